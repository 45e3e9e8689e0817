"""Học bù: who still has to make up the campaign, and recording how they did."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.enums import MakeupMethod
from studylog.domain.figures import Absentee, CampaignFigures
from studylog.domain.models import Campaign, Makeup
from studylog.errors import StudyLogError
from studylog.storage import followup
from ui.context import AppContext
from ui.followup.labels import method_label
from ui.followup.makeup_model import MakeupModel
from ui.members.fields import DateField, FormDialog, ask_yes_no, page_shortcut


class MakeupDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        campaign: Campaign,
        absentee: Absentee,
        current: Makeup | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign = campaign
        self.absentee = absentee
        self.setWindowTitle(self.tr("Make-up of {name}").format(name=absentee.name))
        self.method = QComboBox()
        for method in MakeupMethod:
            self.method.addItem(method_label(method), method.value)
        self.day = DateField(current.date if current else date.today())
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(
            self.tr("e.g. signed list of the make-up class, essay handed in")
        )
        if current is not None:
            self.method.setCurrentIndex(self.method.findData(current.method.value))
            self.evidence.setText(current.evidence)
        self.form.addRow(self.tr("&Method"), self.method)
        self.form.addRow(self.tr("&Date"), self.day)
        self.form.addRow(self.tr("&Evidence"), self.evidence)
        self.setMinimumWidth(520)

    def save(self) -> bool:
        day = self.day.date_or_problem(self.ctx.lang)
        if isinstance(day, str):
            return self.fail(self.day, day)
        try:
            changes = followup.record_makeup(
                self.ctx.store,
                campaign_uid=self.campaign.uid,
                member_uid=self.absentee.uid,
                method=MakeupMethod(self.method.currentData()),
                day=day if isinstance(day, date) else None,
                evidence=self.evidence.text(),
            )
        except StudyLogError as error:
            return self.fail(None, error.render(self.ctx.lang))
        self.ctx.notify(changes)
        return True


class MakeupTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign: Campaign | None = None
        self.model = MakeupModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MakeupModel.EVIDENCE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.record())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pending_only = QCheckBox(self.tr("Show only those who still have to make up"))
        self.pending_only.setChecked(True)
        self.pending_only.toggled.connect(self._pending_only)
        self.record_button = QPushButton(self.tr("&Record make-up… (Enter)"))
        self.remove_button = QPushButton(self.tr("Remove make-up record"))
        self.record_button.clicked.connect(self.record)
        self.remove_button.clicked.connect(self.remove)
        page_shortcut(self, QKeySequence(Qt.Key.Key_Delete), self.remove)

        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.pending_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_campaign(self, campaign: Campaign | None, figures: CampaignFigures | None) -> None:
        keep = self._current_uid()
        self.campaign = campaign
        if campaign is None or figures is None:
            self.model.load((), [])
            self.summary.clear()
        else:
            self.model.load(figures.absent, followup.makeups(self.ctx.store, campaign.uid))
            self.summary.setText(
                self.tr(
                    "{absent} members did not attend any session; {pending} still have to "
                    "make up. After make-up: {rate}."
                ).format(
                    absent=self.model.total(),
                    pending=self.model.pending(),
                    rate=figures.rate_after_makeup.text,
                )
            )
        self.table.resizeColumnsToContents()
        self._select(keep)

    def _pending_only(self, on: bool) -> None:
        keep = self._current_uid()
        self.model.set_pending_only(on)
        self._select(keep)

    def _current_uid(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def _select(self, uid: str | None) -> None:
        row = self.model.row_of(uid) if uid else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, MakeupModel.NAME))

    def record(self) -> None:
        index = self.table.currentIndex()
        if self.campaign is None or not index.isValid():
            return
        absentee = self.model.absentee(index.row())
        dialog = MakeupDialog(
            self.ctx, self.campaign, absentee, self.model.makeup(index.row()), parent=self
        )
        dialog.exec()

    def remove(self) -> None:
        index = self.table.currentIndex()
        if self.campaign is None or not index.isValid():
            return
        if self.model.makeup(index.row()) is None:
            return
        absentee = self.model.absentee(index.row())
        question = self.tr("Remove the make-up record of {name}?").format(name=absentee.name)
        if ask_yes_no(self, question):
            self.ctx.notify(
                followup.remove_makeup(
                    self.ctx.store, campaign_uid=self.campaign.uid, member_uid=absentee.uid
                )
            )
