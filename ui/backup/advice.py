"""SQLite's complaints about the surroundings, shown as advice instead of an error report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from studylog.errors import StudyLogError
from studylog.i18n import Lang
from ui.common.dialogs import warn


def show_advice(problem: StudyLogError, lang: Lang) -> None:
    """ "The database is in use by another window", "the disk is full": a message box."""
    warn(
        QApplication.activeWindow(),
        QCoreApplication.translate("SafetyAdvice", "StudyLog could not save"),
        problem.render(lang),
    )
