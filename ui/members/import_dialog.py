"""Import a roster from Excel/CSV: preview what would change and every problem, then write.

Nothing is written until the user presses Import; a file with problems imports only
when the user ticks "import the valid rows" (SPEC §5.1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.models import Member
from studylog.errors import StudyLogError
from studylog.exchange import roster_import
from studylog.exchange.roster_import import MemberUpdate
from studylog.storage.changes import Changes
from ui.common.buttons import label_buttons
from ui.context import AppContext
from ui.members.preview_models import ProblemsModel, TextRowsModel

FILE_FILTER = "Excel, CSV (*.xlsx *.csv)"


def field_label(name: str) -> str:
    labels = {
        "full_name": QCoreApplication.translate("RosterImport", "name"),
        "sex": QCoreApplication.translate("RosterImport", "sex"),
        "birth_date": QCoreApplication.translate("RosterImport", "birth date"),
        "birth_year": QCoreApplication.translate("RosterImport", "birth year"),
        "card_no": QCoreApplication.translate("RosterImport", "party card"),
        "citizen_id": QCoreApplication.translate("RosterImport", "citizen ID"),
        "status": QCoreApplication.translate("RosterImport", "membership"),
        "joined_date": QCoreApplication.translate("RosterImport", "admission date"),
        "official_date": QCoreApplication.translate("RosterImport", "full membership date"),
        "phone": QCoreApplication.translate("RosterImport", "phone"),
        "note": QCoreApplication.translate("RosterImport", "note"),
    }
    return labels.get(name, name)


def added_row(item: tuple[int, Member]) -> tuple[str, ...]:
    row, member = item
    return (str(row), member.full_name, member.card_no, member.birth_text)


def updated_row(update: MemberUpdate) -> tuple[str, ...]:
    what = [field_label(name) for name in update.fields]
    if update.new_exemption is not None:
        what.append(QCoreApplication.translate("RosterImport", "exemption"))
    m = update.member
    return (str(update.row), m.full_name, m.card_no, ", ".join(what))


def preview_table(model: Any) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


class RosterImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: Any = None
        self.result: Any = None
        self.changes = Changes()
        self.setWindowTitle(self.tr("Import the roster from a file"))
        self.resize(900, 560)

        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()

        self.added = TextRowsModel(
            (self.tr("Row"), self.tr("Full name"), self.tr("Party card"), self.tr("Born")), self
        )
        self.updated = TextRowsModel(
            (self.tr("Row"), self.tr("Full name"), self.tr("Party card"), self.tr("What changes")),
            self,
        )
        self.problems = ProblemsModel(ctx.lang, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(preview_table(self.added), "")
        self.tabs.addTab(preview_table(self.updated), "")
        self.tabs.addTab(preview_table(self.problems), "")
        self._name_tabs()

        self.accept_valid = QCheckBox(
            self.tr("Import the &valid rows and skip the rows with problems")
        )
        self.accept_valid.hide()
        self.accept_valid.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        label_buttons(self.buttons)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.accept_valid)
        layout.addWidget(self.buttons)

    def _name_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("To add ({n})").format(n=self.added.rowCount()))
        self.tabs.setTabText(1, self.tr("To update ({n})").format(n=self.updated.rowCount()))
        self.tabs.setTabText(2, self.tr("Problems ({n})").format(n=self.problems.rowCount()))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the roster file"), str(Path.home()), FILE_FILTER
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Plan the import of `path` and show the preview; returns whether a plan was made."""
        self.file_label.setText(self.tr("File: {path}").format(path=str(path)))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = roster_import.plan_roster_import(self.ctx.store, path)
        except StudyLogError as error:
            self.plan = None
            self.summary.setText(error.render(self.ctx.lang))
            self._show_plan()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_plan()
        return True

    def _show_plan(self) -> None:
        plan = self.plan
        self.added.set_rows([added_row(item) for item in (plan.added if plan else [])])
        self.updated.set_rows([updated_row(u) for u in (plan.updated if plan else [])])
        self.problems.set_problems(plan.problems if plan else [])
        self._name_tabs()
        note = plan.encoding_note if plan else None
        self.note.setVisible(note is not None)
        if note is not None:
            self.note.setText(note.render(self.ctx.lang))
        has_problems = bool(plan and plan.problems)
        self.accept_valid.setVisible(has_problems)
        self.accept_valid.setChecked(False)
        if plan is not None:
            self.summary.setText(self._summary_text())
            self.tabs.setCurrentIndex(2 if has_problems else 0)
        self._update_button()

    def _summary_text(self) -> str:
        plan = self.plan
        text = self.tr(
            "{added} members to add, {updated} to update, {unchanged} unchanged."
        ).format(added=len(plan.added), updated=len(plan.updated), unchanged=plan.unchanged)
        if plan.problems:
            text += " " + self.tr(
                "{count} problems were found: correct the file and choose it again, "
                "or import only the valid rows."
            ).format(count=len(plan.problems))
        return text

    def _update_button(self) -> None:
        plan = self.plan
        ok = plan is not None and bool(plan.added or plan.updated)
        if ok and plan.problems:
            ok = self.accept_valid.isChecked()
        self.import_button.setEnabled(ok)

    def accept(self) -> None:
        if not self.import_button.isEnabled():
            return
        try:
            self.result = roster_import.apply_roster_plan(
                self.ctx.store, self.plan, accept_valid=self.accept_valid.isChecked()
            )
        except StudyLogError as error:
            self.summary.setText(error.render(self.ctx.lang))
            return
        self.changes = self.result.changes
        self.ctx.notify(self.changes)
        super().accept()
