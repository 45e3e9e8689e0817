"""The status bar: which unit and which database file the window is working on.

Shared office PCs often hold more than one database (a demo, last year's copy);
the file name is always in sight so that nobody types into the wrong one.

Part of the frame painted first, so it does without the `Qt` namespace (see
ui/shell/navigation.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

if TYPE_CHECKING:  # the frame shows its file before the storage is imported
    from studylog.storage.store import Store

# Long paths are cut in the middle, keeping the drive and the file name readable.
PATH_CHARS = 60


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_label = QLabel()
        self.unit_label.setObjectName("statusUnit")
        self.file_label = QLabel()
        self.file_label.setObjectName("statusFile")
        self.file_label.setProperty("textInteractionFlags", "TextSelectableByMouse")
        self.addPermanentWidget(self.unit_label)
        self.addPermanentWidget(self.file_label)

    def show_database(self, store: Store, db_path: Path) -> None:
        from studylog.storage import units

        if units.has_home_unit(store):
            unit = units.home_unit(store)
            self.unit_label.setText(
                self.tr("Unit: {name} ({code})").format(name=unit.name, code=unit.code)
            )
        else:
            self.unit_label.setText(self.tr("Unit: not set up yet"))
        self.show_file(db_path)

    def show_file(self, db_path: Path) -> None:
        full = str(db_path)
        self.file_label.setText(self.tr("Database: {path}").format(path=cut_middle(full)))
        self.file_label.setToolTip(full)


def cut_middle(text: str, chars: int = PATH_CHARS) -> str:
    """`text` in at most `chars` characters, cut in the middle with an ellipsis."""
    if len(text) <= chars:
        return text
    head = (chars - 1) // 2
    return text[:head] + "…" + text[len(text) - (chars - 1 - head) :]
