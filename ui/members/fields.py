"""Small form helpers shared by the record pages (members, campaigns, sessions, follow-up).

Dates are typed as text (dd/mm/yyyy) rather than picked in a QDateEdit: secretaries
copy them from paper decisions, a field must be able to stay empty, and the core's
own parser (the one the importers use) decides what a valid date is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from studylog.errors import StudyLogError
from studylog.exchange.values import ValueProblem, parse_date, parse_full_date
from studylog.i18n import Lang
from studylog.vntext.fmt import format_date
from ui.common.buttons import label_buttons
from ui.common.dialogs import ask, refuse

DATE_PLACEHOLDER = "dd/mm/yyyy"


def show_date(value: date | None) -> str:
    return "" if value is None else format_date(value)


class DateField(QLineEdit):
    """A line edit for a date typed as dd/mm/yyyy; empty means no date."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(DATE_PLACEHOLDER)
        self.setMaxLength(10)
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        self.setText(show_date(value))

    def date_or_problem(self, lang: Lang, *, year_ok: bool = False) -> date | int | str | None:
        """The date (or a bare year when allowed), None when empty, else the message to show."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text) if year_ok else parse_full_date(text)
        except ValueProblem as problem:
            return problem.message.render(lang)


def show_error(parent: QWidget, error: StudyLogError, lang: Lang) -> None:
    """The core's bilingual message, in the user's language, in a plain dialog."""
    refuse(parent, QCoreApplication.translate("Fields", "StudyLog"), error, lang)


def ask_yes_no(parent: QWidget, question: str) -> bool:
    return ask(parent, QCoreApplication.translate("Fields", "Please confirm"), question)


class FormDialog(QDialog):
    """A dialog with a form, a line for the first problem found, and OK/Cancel.

    Subclasses implement `save()`: it checks the fields, writes through the core
    and returns True, or calls `fail()` and returns False so the dialog stays open
    with the user's typing intact.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        label_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def fail(self, widget: QWidget | None, text: str) -> bool:
        self.problem.setText(text)
        self.problem.show()
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        return False

    def save(self) -> bool:
        raise NotImplementedError

    def accept(self) -> None:
        if self.save():
            super().accept()


def page_shortcut(page: QWidget, keys: QKeySequence | str, slot: Callable[[], object]) -> QShortcut:
    """A shortcut live only while focus is inside `page`, so pages never steal each other's keys."""
    shortcut = QShortcut(QKeySequence(keys), page)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut


class TimeField(QLineEdit):
    """A time of day typed as hh:mm (7:30 is accepted and shown as 07:30)."""

    def __init__(self, value: str = "", parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self.setPlaceholderText("hh:mm")
        self.setMaxLength(5)

    def time_or_problem(self) -> tuple[str, str | None]:
        """(the time as hh:mm or "" when empty, the problem to show or None)."""
        text = self.text().strip().replace(".", ":").replace("h", ":")
        if not text:
            return "", None
        hours, _, minutes = text.partition(":")
        if hours.isdigit() and (minutes.isdigit() or not minutes) and len(minutes) in (0, 2):
            h, m = int(hours), int(minutes or 0)
            if h < 24 and m < 60:
                return f"{h:02d}:{m:02d}", None
        problem = QCoreApplication.translate("Fields", "“{text}” is not a time; write it as hh:mm.")
        return "", problem.format(text=self.text())
