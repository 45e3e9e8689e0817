"""The list of pages on the left. Arrow keys move through it; Ctrl+1 … Ctrl+8 jump.

Part of the frame painted before anything else (ui/app.py), so it does without the
`Qt` namespace: importing it makes PySide create the Python classes of its 93
enums, about 15 ms of every start on Python 3.11 (docs/PERFORMANCE.md). Properties
are set by their Qt names instead, through the meta-object system as Designer does.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ui.shell.pages import PAGES


def page_shortcut(index: int) -> QKeySequence:
    """Ctrl+1 for the first page, …, Ctrl+8 for the eighth."""
    return QKeySequence(f"Ctrl+{index + 1}")


class Navigation(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Pages"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        for index, spec in enumerate(PAGES):
            item = QListWidgetItem(spec.title)
            keys = page_shortcut(index).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(self.tr("{page} ({keys})").format(page=spec.title, keys=keys))
            self.addItem(item)
        self.setCurrentRow(0)

    def preferred_width(self) -> int:
        """Wide enough for the longest title in the current language, with the item padding."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(spec.title) for spec in PAGES)
        return widest + 4 * metrics.averageCharWidth() + 2 * self.frameWidth() + 24
