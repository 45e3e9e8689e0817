"""Điểm danh: mark who came to a session, fast, from the keyboard (keys: see keys.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.enums import AttendanceStatus
from studylog.domain.models import Campaign, Session
from studylog.domain.rates import Rate
from studylog.storage import attendance
from studylog.storage import sessions as session_store
from studylog.storage.changes import Changes
from ui.checkin.import_dialog import AttendanceImportDialog
from ui.checkin.keys import CheckinTable, ReasonBox, SearchBox
from ui.checkin.labels import QUICK_REASONS, status_label
from ui.checkin.marking import Marker
from ui.checkin.model import CheckinModel
from ui.checkin.roster import checkin_members, exempt_members
from ui.common.campaign_combo import CampaignCombo
from ui.common.text import heading, hint
from ui.context import AppContext
from ui.members.fields import page_shortcut
from ui.sessions.model import session_name


class CheckinPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._writing = False  # our own marks need no reload when they come back as changes
        self.model = CheckinModel(self)
        self.marker = Marker(ctx.store, self.model, self._notify)

        self.campaigns = CampaignCombo()
        self.sessions = QComboBox()
        self.sessions.setMinimumContentsLength(30)
        self.campaigns.currentIndexChanged.connect(lambda _i: self._load_sessions())
        self.sessions.currentIndexChanged.connect(lambda _i: self.reload())
        campaign_label = QLabel(self.tr("&Campaign:"))
        campaign_label.setBuddy(self.campaigns)
        session_label = QLabel(self.tr("&Session:"))
        session_label.setBuddy(self.sessions)

        self.counter = QLabel()
        font = self.counter.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.counter.setFont(font)
        self.breakdown = QLabel()

        self.search = SearchBox()
        self.search.setPlaceholderText(self.tr("Type part of a name or a card number to jump"))
        self.search.textEdited.connect(self._jump)
        self.search.step.connect(self._step)
        self.search.done.connect(self._back_to_list)
        self.search.cancelled.connect(self._cancel_search)
        self._matches: list[int] = []
        self._match = 0

        self.table = CheckinTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CheckinModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.command.connect(self._command)
        self.table.search.connect(self._start_search)

        self.reason = ReasonBox(QUICK_REASONS)
        self.reason.chosen.connect(self._reason_chosen)
        self.reason.cancelled.connect(self._back_to_list)
        self.reason_label = QLabel()
        self.reason_label.setBuddy(self.reason)
        quick = "   ".join(f"{i} {text}" for i, text in enumerate(QUICK_REASONS, start=1))
        self.reason_hint = hint(
            self.tr("Type a digit to pick: {choices} — or type the reason and press Enter.").format(
                choices=quick
            )
        )
        self.reason_panel = QWidget()
        reason_layout = QVBoxLayout(self.reason_panel)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        reason_layout.addLayout(reason_row)
        reason_layout.addWidget(self.reason_hint)
        self.reason_panel.hide()
        self._reason_row = -1

        self.all_button = QPushButton(self.tr("Mark everyone &present (Ctrl+Shift+A)"))
        self.undo_button = QPushButton(self.tr("&Undo (Ctrl+Z)"))
        self.import_button = QPushButton(self.tr("&Import a list…"))
        self.show_exempt = QCheckBox(self.tr("Also list &exempt members (not counted)"))
        self.show_exempt.toggled.connect(lambda _on: self.reload())
        self.all_button.clicked.connect(self.mark_all_present)
        self.undo_button.clicked.connect(self.undo)
        self.import_button.clicked.connect(self.import_list)
        page_shortcut(self, "Ctrl+Shift+A", self.mark_all_present)
        page_shortcut(self, "Ctrl+Z", self.undo)
        page_shortcut(self, "Ctrl+F", lambda: self._start_search(""))
        self.keys_hint = hint(
            self.tr(
                "Space or Enter: present and next · M or L: late or left early · P: excused, "
                "then the reason · V or K: absent · Delete: clear · other letters and digits "
                "search (/ first for names starting with M, L, P, V or K)."
            )
        )

        # The title has a row of its own: beside two wide drop-downs it was squeezed
        # onto two lines, and the drop-downs get the whole width for long titles.
        chooser = QHBoxLayout()
        chooser.addWidget(campaign_label)
        chooser.addWidget(self.campaigns, 3)
        chooser.addSpacing(12)
        chooser.addWidget(session_label)
        chooser.addWidget(self.sessions, 2)
        counter_row = QHBoxLayout()
        counter_row.addWidget(self.counter)
        counter_row.addWidget(self.breakdown, 1)
        buttons = QHBoxLayout()
        for button in (self.all_button, self.undo_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_exempt)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Attendance")))
        layout.addLayout(chooser)
        layout.addLayout(counter_row)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_panel)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_hint)
        self.setFocusProxy(self.table)
        self.campaigns.reload(ctx.store)

    # -- loading -----------------------------------------------------------
    def campaign(self) -> Campaign | None:
        return self.campaigns.current_campaign()

    def session(self) -> Session | None:
        uid = self.sessions.currentData()
        return session_store.get_session(self.ctx.store, uid) if uid else None

    def _load_sessions(self) -> None:
        campaign = self.campaign()
        keep = self.sessions.currentData()
        found = session_store.list_sessions(self.ctx.store, campaign.uid) if campaign else []
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for s in found:
            self.sessions.addItem(session_name(s), s.uid)
        # The session of today, or the latest one already held, is the likely one.
        index = self.sessions.findData(keep) if keep else -1
        if index < 0 and found:
            past = [i for i, s in enumerate(found) if s.date <= date.today()]
            index = past[-1] if past else 0
        self.sessions.setCurrentIndex(index)
        self.sessions.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        campaign, session = self.campaign(), self.session()
        self.marker.start(self.ctx.store, session.uid if session else None)
        if campaign is None or session is None:
            self.model.load([], {})
        else:
            members = checkin_members(self.ctx.store, campaign, session)
            exempt = []
            if self.show_exempt.isChecked() and not session.is_makeup:
                exempt = exempt_members(self.ctx.store, campaign)
            marks = attendance.for_session(self.ctx.store, session.uid)
            self.model.load(members, marks, exempt)
        for button in (self.all_button, self.import_button):
            button.setEnabled(session is not None)
        self._hide_reason()
        self._update_counter()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, CheckinModel.NAME))

    def refresh(self, changes: Changes) -> None:
        if changes.campaigns:
            self.campaigns.reload(self.ctx.store)
        elif changes.sessions or changes.members or changes.settings:
            self._load_sessions()
        elif changes.attendance and not self._writing:
            self.reload()

    def activate(self) -> None:
        self.table.setFocus()

    def _notify(self, changes: Changes) -> None:
        self._writing = True
        try:
            self.ctx.notify(changes)
        finally:
            self._writing = False
        self._update_counter()

    def _update_counter(self) -> None:
        rate = Rate(self.model.present(), self.model.counted())
        self.counter.setText(self.tr("Present {rate}").format(rate=rate.text))
        parts = [
            self.tr("{label}: {count}").format(label=status_label(s), count=self.model.count(s))
            for s in (
                AttendanceStatus.MUON_SOM,
                AttendanceStatus.VANG_CO_LY_DO,
                AttendanceStatus.VANG,
            )
        ]
        parts.append(self.tr("not marked: {count}").format(count=self.model.count(None)))
        self.breakdown.setText(" · ".join(parts))
        self.undo_button.setEnabled(self.marker.can_undo)

    # -- marking -----------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def go_to(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, CheckinModel.NAME)
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _command(self, status: AttendanceStatus | None) -> None:
        row = self.current_row()
        if row < 0:
            return
        keep_reason = status is AttendanceStatus.VANG_CO_LY_DO
        current = self.model.mark(row)
        reason = current.reason if (keep_reason and current) else ""
        self.marker.mark(row, status, reason)
        if status is AttendanceStatus.VANG_CO_LY_DO:
            self._ask_reason(row)
        elif status is not None:
            self.go_to(row + 1)
        self._update_counter()

    def _ask_reason(self, row: int) -> None:
        self._reason_row = row
        name = self.model.member(row).full_name
        self.reason_label.setText(self.tr("&Reason why {name} is excused:").format(name=name))
        current = self.model.mark(row)
        self.reason.setText(current.reason if current else "")
        self.reason_panel.show()
        self.reason.setFocus()
        self.reason.selectAll()

    def _reason_chosen(self, reason: str) -> None:
        row = self._reason_row
        if row >= 0:
            self.marker.set_reason(row, reason)
        self._hide_reason()
        self.table.setFocus()
        self.go_to(row + 1)
        self._update_counter()

    def _hide_reason(self) -> None:
        self._reason_row = -1
        self.reason_panel.hide()

    def _back_to_list(self) -> None:
        self._hide_reason()
        self.search.clear()
        self.table.setFocus()

    def mark_all_present(self) -> None:
        self.marker.mark_all_present()
        self._update_counter()
        self.table.setFocus()

    def undo(self) -> None:
        self._hide_reason()
        uid = self.marker.undo()
        if uid is not None:
            self.go_to(self.model.row_of(uid))
        self._update_counter()
        self.table.setFocus()

    # -- searching ---------------------------------------------------------
    def _start_search(self, first: str) -> None:
        self._hide_reason()
        self.search.setText(first)
        self.search.setFocus()
        self._jump(first)

    def _jump(self, text: str) -> None:
        self._matches = self.model.matches(text)
        self._match = 0
        if self._matches:
            self.go_to(self._matches[0])

    def _step(self, delta: int) -> None:
        if self._matches:
            self._match = (self._match + delta) % len(self._matches)
            self.go_to(self._matches[self._match])

    def _cancel_search(self) -> None:
        self.search.clear()
        self.table.setFocus()

    # -- import ------------------------------------------------------------
    def import_list(self) -> None:
        session = self.session()
        if session is None:
            return
        AttendanceImportDialog(self.ctx, session, parent=self).exec()
