"""Who missed the campaign's sessions, and how each one made up (học bù)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from studylog.domain.figures import Absentee
from studylog.domain.models import Makeup
from ui.checkin.labels import status_label
from ui.followup.labels import method_label
from ui.members.fields import show_date

Index = QModelIndex | QPersistentModelIndex
_DONE = QBrush(QColor("#1d6b2a"))


class MakeupModel(QAbstractTableModel):
    NAME, CARD, ABSENCE, DONE, METHOD, DATE, EVIDENCE = range(7)
    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[tuple[Absentee, Makeup | None]] = []
        self._rows: list[tuple[Absentee, Makeup | None]] = []
        self._pending_only = True

    def load(self, absent: tuple[Absentee, ...], makeups: list[Makeup]) -> None:
        by_member = {m.member_uid: m for m in makeups}
        self.beginResetModel()
        self._all = [(a, by_member.get(a.uid)) for a in absent]
        self._filter()
        self.endResetModel()

    def set_pending_only(self, pending_only: bool) -> None:
        self.beginResetModel()
        self._pending_only = pending_only
        self._filter()
        self.endResetModel()

    def _filter(self) -> None:
        self._rows = [r for r in self._all if not (self._pending_only and r[0].made_up)]

    def pending(self) -> int:
        return sum(1 for a, _ in self._all if not a.made_up)

    def total(self) -> int:
        return len(self._all)

    def absentee(self, row: int) -> Absentee:
        return self._rows[row][0]

    def makeup(self, row: int) -> Makeup | None:
        return self._rows[row][1]

    def row_of(self, uid: str) -> int:
        return next((i for i, (a, _) in enumerate(self._rows) if a.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        absentee, makeup = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.column(), absentee, makeup)
        if role == Qt.ItemDataRole.UserRole:
            return absentee.uid
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.DONE:
            return _DONE if absentee.made_up else None
        return None

    def _text(self, column: int, a: Absentee, makeup: Makeup | None) -> str:
        if column == self.NAME:
            return a.name
        if column == self.CARD:
            return a.card_no
        if column == self.ABSENCE:
            label = status_label(a.status)
            return f"{label}: {a.reason}" if a.reason else label
        if column == self.DONE:
            return self.tr("Made up") if a.made_up else self.tr("Still to do")
        if makeup is None:
            # Attending a make-up class counts without a record (SPEC §3.4).
            if a.made_up and column == self.METHOD:
                return self.tr("Attended a make-up class")
            return ""
        if column == self.METHOD:
            return method_label(makeup.method)
        if column == self.DATE:
            return show_date(makeup.date)
        return makeup.evidence

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Full name"),
            self.tr("Party card"),
            self.tr("Absence"),
            self.tr("Make-up"),
            self.tr("How"),
            self.tr("Date"),
            self.tr("Evidence"),
        )[section]
