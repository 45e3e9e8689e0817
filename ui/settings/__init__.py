"""Cài đặt: the unit's details and the settings that change how figures are computed."""
