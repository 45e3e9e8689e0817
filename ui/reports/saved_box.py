"""The message after a file is saved: where it is, and a way to open it or its folder.

Shown with `open()`, not `exec()`: it does not hold up the window, and the
secretary can leave it for later; the page keeps it as `saved_box`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ui.common.buttons import label_buttons
from ui.reports import files


class SavedBox(QMessageBox):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        text: str,
        path: Path,
        open_file_first: bool = False,
    ) -> None:
        super().__init__(
            QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent
        )
        self.path = path
        self.setInformativeText(str(path))
        self.open_file_button = self.addButton(
            self.tr("&Open the file"), QMessageBox.ButtonRole.ActionRole
        )
        self.open_folder_button = self.addButton(
            self.tr("Open the &folder"), QMessageBox.ButtonRole.ActionRole
        )
        label_buttons(self)
        self.setDefaultButton(
            self.open_file_button
            if open_file_first
            else self.button(QMessageBox.StandardButton.Close)
        )
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.open_file_button:
            files.open_path(self.path)
        elif button is self.open_folder_button:
            files.open_path(self.path.parent)
