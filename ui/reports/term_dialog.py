"""The committee's term and its report counter, as numbering.py keeps them.

Report numbers restart at 01 in each term. The counter can be corrected here for
reports numbered by hand before StudyLog, so that the next number is the right one.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from studylog.errors import StudyLogError
from studylog.i18n import Lang
from studylog.reports import numbering
from studylog.storage.changes import NOTHING, Changes
from studylog.storage.store import Store
from ui.common.text import hint
from ui.members.fields import FormDialog

MAX_NUMBER = 9999
TERM_TEXT = re.compile(r"[0-9]{4}-[0-9]{4}")
WIDTH_CHARS = 60


class TermDialog(FormDialog):
    def __init__(
        self, store: Store, *, day: date, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Term and report numbers"))
        self.original_term = numbering.current_term(store, day)
        self.term = QLineEdit(self.original_term)
        self.term.setPlaceholderText("2025-2030")
        self.term.setMaxLength(9)
        self.last = QSpinBox()
        self.last.setRange(0, MAX_NUMBER)
        self.last.setValue(numbering.last_number(store, self.original_term))
        # Labels above their fields: the question about the counter is a long one.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.form.addRow(self.tr("&Term:"), self.term)
        self.form.addRow(
            hint(self.tr("Written like 2025-2030. Report numbers start again at 01 each term."))
        )
        self.form.addRow(self.tr("&Last report number issued in this term:"), self.last)
        self.form.addRow(
            hint(
                self.tr(
                    "Correct it if reports were numbered by hand before StudyLog: the next"
                    " report gets the number after it."
                )
            )
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)
        # Another term has its own counter: show it before the user corrects it.
        self.term.textChanged.connect(self._show_counter)
        self.term.selectAll()

    def _show_counter(self, text: str) -> None:
        term = text.strip().replace("–", "-")
        if TERM_TEXT.fullmatch(term):
            self.last.setValue(numbering.last_number(self.store, term))

    def save(self) -> bool:
        changes = NOTHING
        term = self.term.text().strip().replace("–", "-")
        try:
            if term != self.original_term:
                changes |= numbering.set_term(self.store, term)
            if self.last.value() != numbering.last_number(self.store, term):
                changes |= numbering.set_counter(self.store, term, self.last.value())
        except StudyLogError as error:
            return self.fail(self.term, error.render(self.lang))
        self.changes = changes
        return True
