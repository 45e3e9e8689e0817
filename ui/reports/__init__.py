"""Báo cáo: the campaign report and the sign-in sheets."""
