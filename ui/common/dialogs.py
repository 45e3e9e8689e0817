"""Message boxes whose buttons speak the window's language (see buttons.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from studylog.errors import StudyLogError
from studylog.i18n import Lang
from ui.common.buttons import label_buttons

Button = QMessageBox.StandardButton


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    label_buttons(box)
    return box


def inform(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, Button.Ok, Button.Ok).exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, Button.Ok, Button.Ok).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No, with No as the default: Enter must never confirm something by accident."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, Button.No)
    box.exec()
    return box.clickedButton() is box.button(Button.Yes)


def refuse(parent: QWidget | None, title: str, error: StudyLogError, lang: Lang) -> None:
    """A refusal of the core (bad input, a locked file…) is advice, not a crash."""
    warn(parent, title, error.render(lang))
