"""Gửi cấp trên / Tổng hợp: the upward package and the consolidation of units below."""
