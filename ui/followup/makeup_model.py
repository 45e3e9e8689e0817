"""Who missed the campaign's sessions, and how each one made up (học bù)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from studylog.domain.figures import Absentee
from studylog.domain.models import Makeup
from ui.checkin.labels import status_label
from ui.common.record_model import RecordTableModel
from ui.followup.labels import method_label
from ui.members.fields import show_date

_DONE = QBrush(QColor("#1d6b2a"))
_Row = tuple[Absentee, Makeup | None]


class MakeupModel(RecordTableModel[_Row]):
    NAME, CARD, ABSENCE, DONE, METHOD, DATE, EVIDENCE = range(7)
    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[_Row] = []
        self._pending_only = True

    def load(self, absent: tuple[Absentee, ...], makeups: list[Makeup]) -> None:
        by_member = {m.member_uid: m for m in makeups}
        self._all = [(a, by_member.get(a.uid)) for a in absent]
        self.set_records(self._shown())

    def set_pending_only(self, pending_only: bool) -> None:
        self._pending_only = pending_only
        self.set_records(self._shown())

    def _shown(self) -> list[_Row]:
        return [r for r in self._all if not (self._pending_only and r[0].made_up)]

    def pending(self) -> int:
        return sum(1 for a, _ in self._all if not a.made_up)

    def total(self) -> int:
        return len(self._all)

    def absentee(self, row: int) -> Absentee:
        return self._records[row][0]

    def makeup(self, row: int) -> Makeup | None:
        return self._records[row][1]

    def key_of(self, record: _Row) -> str:
        return record[0].uid

    def role_data(self, record: _Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.DONE:
            return _DONE if record[0].made_up else None
        return None

    def display(self, record: _Row, column: int) -> str:
        a, makeup = record
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

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Full name"),
            self.tr("Party card"),
            self.tr("Absence"),
            self.tr("Make-up"),
            self.tr("How"),
            self.tr("Date"),
            self.tr("Evidence"),
        )
