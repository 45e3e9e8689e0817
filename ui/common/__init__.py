"""Widgets and helpers that several pages of the window share."""
