"""Import a sign-in list or an online meeting's export for one session (SPEC §5.2).

The preview lists every mark the file would write and every problem by row and
column; a list with any problem imports nothing (the core refuses it), so the
Import button stays off until the file is corrected and chosen again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.models import Session
from studylog.errors import StudyLogError
from studylog.exchange.attendance_import import (
    AttendancePlan,
    apply_attendance_plan,
    plan_attendance_import,
)
from studylog.exchange.results import ImportResult
from studylog.storage import members as member_store
from studylog.storage.units import home_unit
from ui.checkin.labels import status_label
from ui.common.buttons import label_buttons
from ui.context import AppContext
from ui.members.import_dialog import FILE_FILTER, preview_table
from ui.members.preview_models import ProblemsModel, TextRowsModel
from ui.sessions.model import session_name


class AttendanceImportDialog(QDialog):
    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.plan: AttendancePlan | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(
            self.tr("Import attendance for the session of {session}").format(
                session=session_name(session)
            )
        )
        self.resize(860, 520)
        members = member_store.load_members(ctx.store, home_unit(ctx.store).uid)
        self._members = {m.uid: m for m in members}

        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self._choose)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        self.summary = QLabel(
            self.tr(
                "A sign-in list typed into Excel, or the participant list of an online meeting: "
                "a column with the card number or the full name, and a column Điểm danh, "
                "Có mặt or Tình trạng."
            )
        )
        self.summary.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.rows = TextRowsModel(
            (self.tr("Full name"), self.tr("Party card"), self.tr("Attendance"), self.tr("Reason")),
            self,
        )
        self.problems = ProblemsModel(ctx.lang, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(preview_table(self.rows), "")
        self.tabs.addTab(preview_table(self.problems), "")
        self._name_tabs()
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
        layout.addWidget(self.buttons)

    def _name_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Marks to record ({n})").format(n=self.rows.rowCount()))
        self.tabs.setTabText(1, self.tr("Problems ({n})").format(n=self.problems.rowCount()))

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the attendance list"), str(Path.home()), FILE_FILTER
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        self.file_label.setText(self.tr("File: {path}").format(path=str(path)))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_attendance_import(self.ctx.store, path, session_uid=self.session.uid)
        except StudyLogError as error:
            self.plan = None
            self.summary.setText(error.render(self.ctx.lang))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_plan()
        return self.plan is not None

    def _show_plan(self) -> None:
        plan = self.plan
        rows = []
        for mark in plan.rows if plan else []:
            member = self._members.get(mark.member_uid)
            rows.append(
                (
                    member.full_name if member else mark.member_uid,
                    member.card_no if member else "",
                    status_label(mark.status),
                    mark.reason,
                )
            )
        self.rows.set_rows(rows)
        self.problems.set_problems(plan.problems if plan else [])
        self._name_tabs()
        note = plan.encoding_note if plan else None
        self.note.setVisible(note is not None)
        if note is not None:
            self.note.setText(note.render(self.ctx.lang))
        if plan is not None:
            if plan.problems:
                self.summary.setText(
                    self.tr(
                        "{count} problems were found. Nothing can be imported until the file "
                        "is corrected: fix the rows listed and choose the file again."
                    ).format(count=len(plan.problems))
                )
                self.tabs.setCurrentIndex(1)
            else:
                self.summary.setText(
                    self.tr("{count} marks are ready to be recorded.").format(count=len(plan.rows))
                )
                self.tabs.setCurrentIndex(0)
        self.import_button.setEnabled(bool(plan and plan.rows and not plan.problems))

    def accept(self) -> None:
        if self.plan is None or not self.import_button.isEnabled():
            return
        try:
            self.result = apply_attendance_plan(self.ctx.store, self.plan)
        except StudyLogError as error:
            self.summary.setText(error.render(self.ctx.lang))
            return
        self.ctx.notify(self.result.changes)
        super().accept()
