"""The dialog of an unexpected error (ui/errors.py): a calm sentence, the details one
click from the clipboard.

Its own module, imported when a bug happens: the hook is installed before the window's
first paint, and the dialog's widget classes cost PySide a few milliseconds to build.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.buttons import label_buttons


class ErrorDialog(QDialog):
    def __init__(self, details: str, log: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("StudyLog — unexpected error"))
        self.details = details
        intro = QLabel(
            self.tr(
                "Something went wrong inside StudyLog. Your data that was already saved"
                " is safe. Please close this message and try again; if it happens again,"
                " copy the details and send them to whoever helps you with the computer."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(
            self.tr("The details were also written to {path}.").format(path=str(log))
            if log is not None
            else self.tr("The details could not be written to the log file.")
        )
        where.setWordWrap(True)
        where.setProperty("role", "hint")
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setMinimumHeight(160)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        label_buttons(buttons)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))
