"""The roster as a table, and the as-you-type filter over it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from studylog.domain.enums import LEAVING_KINDS
from studylog.domain.membership import exemption_on, in_unit_on
from studylog.domain.models import Member
from studylog.vntext import fold
from ui.common.record_model import Index, RecordTableModel
from ui.members.fields import show_date
from ui.members.labels import event_label, sex_label, status_label

_GREY = QBrush(QColor("#6b6b6b"))


@dataclass(frozen=True)
class _Row:
    member: Member
    cells: tuple[str, ...]
    key: str  # folded name, card and citizen ID: what the filter searches
    current: bool  # still in the unit today


class MembersModel(RecordTableModel[_Row]):
    NUMBER, NAME, BIRTH, SEX, CARD, STATUS, STATE, PHONE = range(8)
    COLUMNS = 8
    NUMBER_COLUMNS = (NUMBER,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = 0

    def set_members(self, members: list[Member], today: date) -> None:
        """Members arrive in name order; display text and search keys are built once here,
        so filtering 2,000 rows while typing is a substring test per row, nothing more."""
        rows = [self._row(i, m, today) for i, m in enumerate(members, start=1)]
        self._current = sum(1 for r in rows if r.current)
        self.set_records(rows)

    def _row(self, number: int, member: Member, today: date) -> _Row:
        # Someone whose arrival is dated in the future is listed; only leavers are "former".
        current = in_unit_on(member, today) or not any(
            e.kind in LEAVING_KINDS and e.date_from < today for e in member.events
        )
        cells = (
            str(number),
            member.full_name,
            member.birth_text,
            sex_label(member.sex),
            member.card_no,
            status_label(member.status),
            self._state(member, today),
            member.phone,
        )
        key = " ".join((fold(member.full_name), member.card_no, member.citizen_id))
        return _Row(member, cells, key, current)

    def _state(self, member: Member, today: date) -> str:
        if not in_unit_on(member, today):
            left = [e for e in member.events if e.kind in LEAVING_KINDS and e.date_from < today]
            if left:
                last = max(left, key=lambda e: e.date_from)
                return self.tr("{event} on {date}").format(
                    event=event_label(last.kind), date=show_date(last.date_from)
                )
            return self.tr("Not yet in the unit")
        kind = exemption_on(member, today)
        return event_label(kind) if kind is not None else ""

    # -- the table ---------------------------------------------------------
    def key_of(self, record: _Row) -> str:
        return record.member.uid

    def display(self, record: _Row, column: int) -> str:
        return record.cells[column]

    def role_data(self, record: _Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not record.current:
            return _GREY
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("No."),
            self.tr("Full name"),
            self.tr("Born"),
            self.tr("Sex"),
            self.tr("Party card"),
            self.tr("Membership"),
            self.tr("Status today"),
            self.tr("Phone"),
        )

    # -- for the page ------------------------------------------------------
    def member(self, row: int) -> Member:
        return self._records[row].member

    def key(self, row: int) -> str:
        return self._records[row].key

    def is_current(self, row: int) -> bool:
        return self._records[row].current

    def search_keys(self) -> list[tuple[str, bool]]:
        """(search key, still in the unit) of every row, in row order."""
        return [(r.key, r.current) for r in self._records]

    def current_count(self) -> int:
        """How many members are still in the unit today."""
        return self._current


class MemberFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded name or card number contains every typed word.

    The rows a query keeps are found in one pass over the model's search keys when
    the proxy first asks; Qt then asks row by row, and gets a list look-up (one
    Python call per row and keystroke is what typing over 2,000 members costs).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_former = False
        self._kept: list[bool] | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        old = self.sourceModel()
        if old is not None:
            old.modelAboutToBeReset.disconnect(self._forget)
        super().setSourceModel(model)
        # Before the proxy filters the new rows (it does so on modelReset).
        model.modelAboutToBeReset.connect(self._forget)
        self._forget()

    def _forget(self) -> None:
        self._kept = None

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self._kept = None
        self.endFilterChange()

    def set_show_former(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_former = show
        self._kept = None
        self.endFilterChange()

    def _kept_rows(self) -> list[bool]:
        model = self.sourceModel()
        assert isinstance(model, MembersModel)
        words, former = self._words, self._show_former
        return [
            (former or current) and all(word in key for word in words)
            for key, current in model.search_keys()
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        kept = self._kept
        if kept is None or source_row >= len(kept):
            kept = self._kept = self._kept_rows()
        return kept[source_row]
