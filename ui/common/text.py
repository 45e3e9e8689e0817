"""Small presentation helpers: page headings and hints."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

HEADING_SCALE = 1.45
SUBHEADING_SCALE = 1.15


def heading(text: str, parent: QWidget | None = None, *, scale: float = HEADING_SCALE) -> QLabel:
    """A page title: bigger and bold, relative to the user's font so it scales with it."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A sentence of explanation under a field or a section."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label
