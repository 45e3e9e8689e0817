"""Tổng quan: the current campaigns, their deadlines, and what is left to do."""
