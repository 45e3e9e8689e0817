"""A member's dated history: exemptions, transfers, death, leaving the Party."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.enums import EXEMPTION_KINDS, EventKind
from studylog.domain.models import Member, MemberEvent
from studylog.errors import StudyLogError
from studylog.storage import members as member_store
from ui.common.buttons import label_buttons
from ui.context import AppContext
from ui.members.fields import DateField, FormDialog, ask_yes_no, show_date
from ui.members.labels import event_label

Index = QModelIndex | QPersistentModelIndex
MOVE_KINDS = (EventKind.CHUYEN_DEN, EventKind.CHUYEN_DI, EventKind.TU_TRAN, EventKind.RA_KHOI_DANG)


class EventsModel(QAbstractTableModel):
    KIND, FROM, TO, DECISION, NOTE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[MemberEvent] = []

    def set_events(self, events: list[MemberEvent]) -> None:
        self.beginResetModel()
        self._events = sorted(events, key=lambda e: e.date_from)
        self.endResetModel()

    def event_at(self, row: int) -> MemberEvent:
        return self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self._events[index.row()]
        return (
            event_label(e.kind),
            show_date(e.date_from),
            show_date(e.date_to),
            e.decision_no,
            e.note,
        )[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 5:
            return None
        return (
            self.tr("Event"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Decision no."),
            self.tr("Note"),
        )[section]


class EventDialog(FormDialog):
    """One new event; `exemption` chooses between the exemption kinds and the moves."""

    def __init__(
        self, ctx: AppContext, member: Member, *, exemption: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member = member
        self.exemption = exemption
        self.setWindowTitle(
            self.tr("Exemption of {name}").format(name=member.full_name)
            if exemption
            else self.tr("Transfer or leaving of {name}").format(name=member.full_name)
        )
        self.kind = QComboBox()
        for kind in EXEMPTION_KINDS if exemption else MOVE_KINDS[1:] + MOVE_KINDS[:1]:
            self.kind.addItem(event_label(kind), kind.value)
        self.date_from = DateField()
        self.date_to = DateField()
        self.decision = QLineEdit()
        self.decision.setPlaceholderText(self.tr("e.g. 15-QĐ/ĐU"))
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Kind"), self.kind)
        if exemption:
            self.form.addRow(self.tr("&From"), self.date_from)
            self.form.addRow(self.tr("&To (empty: no end)"), self.date_to)
        else:
            self.form.addRow(self.tr("&Date"), self.date_from)
        self.form.addRow(self.tr("Decision &no."), self.decision)
        self.form.addRow(self.tr("N&ote"), self.note)

    def save(self) -> bool:
        lang = self.ctx.lang
        start = self.date_from.date_or_problem(lang)
        if start is None:
            return self.fail(self.date_from, self.tr("Please type the date."))
        if isinstance(start, str):
            return self.fail(self.date_from, start)
        end = self.date_to.date_or_problem(lang) if self.exemption else None
        if isinstance(end, str):
            return self.fail(self.date_to, end)
        event = MemberEvent(
            kind=EventKind(self.kind.currentData()),
            date_from=start,  # type: ignore[arg-type]
            date_to=end,  # type: ignore[arg-type]
            decision_no=self.decision.text().strip(),
            note=self.note.text().strip(),
        )
        try:
            self.ctx.notify(member_store.add_event(self.ctx.store, self.member.uid, event))
        except StudyLogError as error:
            return self.fail(None, error.render(lang))
        return True


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, member_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member_uid = member_uid
        self.resize(760, 420)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = EventsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            EventsModel.NOTE, QHeaderView.ResizeMode.Stretch
        )
        self.add_exemption = QPushButton(self.tr("Add &exemption…"))
        self.add_move = QPushButton(self.tr("Record &transfer or leaving…"))
        self.remove = QPushButton(self.tr("&Remove event"))
        self.remove.setShortcut(QKeySequence.StandardKey.Delete)
        self.add_exemption.clicked.connect(lambda: self._add(exemption=True))
        self.add_move.clicked.connect(lambda: self._add(exemption=False))
        self.remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (self.add_exemption, self.add_move, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        label_buttons(close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self._reload()

    def _reload(self) -> None:
        self.member = member_store.get_member(self.ctx.store, self.member_uid)
        self.setWindowTitle(self.tr("History of {name}").format(name=self.member.full_name))
        self.heading.setText(
            self.tr(
                "Exemptions and moves of {name}. A member counts in a campaign only while "
                "in the unit and not exempt."
            ).format(name=self.member.full_name)
        )
        self.model.set_events(list(self.member.events))
        self.table.resizeColumnsToContents()
        self.remove.setEnabled(self.model.rowCount() > 0)

    def _add(self, *, exemption: bool) -> None:
        dialog = EventDialog(self.ctx, self.member, exemption=exemption, parent=self)
        if dialog.exec():
            self._reload()

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        event = self.model.event_at(rows[0].row())
        question = self.tr("Remove the event “{event}” of {date}?").format(
            event=event_label(event.kind), date=show_date(event.date_from)
        )
        if ask_yes_no(self, question):
            self.ctx.notify(member_store.remove_event(self.ctx.store, event.uid))
            self._reload()
