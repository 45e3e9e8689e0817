"""Buổi học tập: the sessions of a campaign, and the connection points of each."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.models import Campaign, Session
from studylog.storage import sessions as session_store
from studylog.storage.changes import Changes
from ui.common.campaign_combo import CampaignCombo
from ui.common.dialogs import warn
from ui.common.text import heading
from ui.context import AppContext
from ui.members.fields import ask_yes_no, page_shortcut
from ui.sessions.editor import SessionDialog
from ui.sessions.model import SessionsModel, session_name
from ui.sessions.points_tab import PointsTab

TITLE_PX = 880  # narrower than the panel in a 1280-pixel window


class SessionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaigns = CampaignCombo()
        self.campaigns.currentIndexChanged.connect(lambda _i: self.reload_sessions())
        campaign_label = QLabel(self.tr("&Campaign:"))
        campaign_label.setBuddy(self.campaigns)

        self.model = SessionsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.edit_session())

        self.new_button = QPushButton(self.tr("&New session (Ctrl+N)"))
        self.makeup_button = QPushButton(self.tr("New &make-up class"))
        self.edit_button = QPushButton(self.tr("&Edit session (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete session"))
        self.new_button.clicked.connect(self.new_session)
        self.makeup_button.clicked.connect(self.new_makeup)
        self.edit_button.clicked.connect(self.edit_session)
        self.delete_button.clicked.connect(self.delete_session)
        page_shortcut(self, "Ctrl+N", self.new_session)

        self.points = PointsTab(ctx)
        self.points_box = QGroupBox(self.tr("Connection points"))
        QVBoxLayout(self.points_box).addWidget(self.points)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Study sessions")))
        top.addStretch(1)
        top.addWidget(campaign_label)
        top.addWidget(self.campaigns)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.makeup_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.points_box)
        row = self.table.verticalHeader().defaultSectionSize()
        splitter.setSizes([row * 9, row * 18])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)
        self.campaigns.reload(ctx.store)

    # -- data --------------------------------------------------------------
    def campaign(self) -> Campaign | None:
        return self.campaigns.current_campaign()

    def current_session(self) -> Session | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def reload_sessions(self) -> None:
        keep = self.current_session()
        campaign = self.campaign()
        sessions = session_store.list_sessions(self.ctx.store, campaign.uid) if campaign else []
        self.model.set_records(sessions)
        for button in (self.new_button, self.makeup_button):
            button.setEnabled(campaign is not None)
        has = bool(sessions)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.makeup_button.setEnabled(any(not s.is_makeup for s in sessions))
        row = self.model.row_of(keep.uid) if keep else -1
        if row < 0 and sessions:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self._show_points()

    def select(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row >= 0:
            self.table.selectRow(row)

    def refresh(self, changes: Changes) -> None:
        if changes.campaigns:
            self.campaigns.reload(self.ctx.store)  # reloads the sessions too
        elif changes.sessions:
            self.reload_sessions()
        elif changes.points:
            self._show_points()

    def activate(self) -> None:
        self.table.setFocus()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_points()

    def _show_points(self) -> None:
        session = self.current_session()
        self.points.show_session(session)
        title = (
            self.tr("Connection points of the session of {session}").format(
                session=session_name(session)
            )
            if session
            else self.tr("Connection points")
        )
        # A group box is at least as wide as its title: a long session title would
        # widen the page past the screen, so it is shortened, whole in the tooltip.
        metrics = self.points_box.fontMetrics()
        self.points_box.setTitle(metrics.elidedText(title, Qt.TextElideMode.ElideRight, TITLE_PX))
        self.points_box.setToolTip(title)

    # -- actions -----------------------------------------------------------
    def _open(self, session: Session | None, makeup_of: str | None = None) -> None:
        campaign = self.campaign()
        if campaign is None:
            return
        dialog = SessionDialog(
            self.ctx, campaign, self.model.records(), session, makeup_of=makeup_of, parent=self
        )
        if dialog.exec() and dialog.session is not None:
            self.ctx.notify(dialog.changes)
            self.select(dialog.session.uid)

    def new_session(self) -> None:
        self._open(None)

    def new_makeup(self) -> None:
        current = self.current_session()
        regular = [s for s in self.model.records() if not s.is_makeup]
        if current is not None and not current.is_makeup:
            self._open(None, makeup_of=current.uid)
        elif regular:
            self._open(None, makeup_of=regular[0].uid)

    def edit_session(self) -> None:
        session = self.current_session()
        if session is not None:
            self._open(session)

    def delete_session(self) -> None:
        session = self.current_session()
        if session is None:
            return
        makeups = [s for s in self.model.records() if s.makeup_of == session.uid]
        if makeups:
            # The database keeps a make-up class tied to its session (the core would refuse).
            warn(
                self,
                self.tr("Delete session"),
                self.tr(
                    "The make-up class of {makeup} makes up for this session. Delete it first, "
                    "or set it to make up for another session."
                ).format(makeup=session_name(makeups[0])),
            )
            return
        question = self.tr(
            "Delete the session of {session}? Its attendance and connection points are deleted "
            "with it."
        ).format(session=session_name(session))
        if ask_yes_no(self, question):
            self.ctx.notify(session_store.delete_session(self.ctx.store, session.uid))
