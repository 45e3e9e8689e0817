"""Run something once a widget is on the screen: after its first paint pass.

The window shows its frame first and opens the database after that frame has been
painted, so that the secretary sees StudyLog at once on a slow PC instead of nothing
for the time the database layer takes to load.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A widget that is never painted (a minimised window, a platform that paints late)
# must not keep the window empty: the work starts after this long in any case.
FALLBACK_MS = 300


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            self.widget.removeEventFilter(self)
            # Queued: it runs when the whole paint pass (the children too) is over.
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is not None:
            self.widget.removeEventFilter(self)
            callback()
            self.deleteLater()


def after_first_paint(
    widget: QWidget, callback: Callable[[], None], *, fallback_ms: int = FALLBACK_MS
) -> None:
    """Call `callback` once, on the GUI thread, when `widget` has been painted."""
    _AfterPaint(widget, callback, fallback_ms)
