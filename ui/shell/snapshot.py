"""Render a window to a PNG without showing it: `--screenshot` and ui.screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

SCREEN = QSize(1280, 800)


def render(widget: QWidget, path: Path, size: QSize | None = SCREEN) -> bool:
    """Lay the widget out at `size` (its own size when None), grab it, save it as PNG."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    if size is not None:
        widget.resize(size)
    widget.show()
    # Layouts, lazy page loads and the style settle over a few turns of the loop.
    for _ in range(3):
        QApplication.processEvents()
    path.parent.mkdir(parents=True, exist_ok=True)
    return widget.grab().save(str(path), "PNG")


def dispose(widget: QWidget) -> None:
    """Close and really delete now: the caller may close the database next."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
