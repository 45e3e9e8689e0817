"""The check-in list: the members due at a session, in name order, with their marks.

The search used to jump while typing is ranked, so that typing the start of a
given name ("lan") lands on Lan rather than on the first name that merely contains
those letters ("Lan Anh" files under Anh, before Lan).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from studylog.domain.enums import AttendanceStatus
from studylog.domain.models import Attendance, Member
from studylog.vntext import fold
from ui.checkin.labels import status_label

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# Colour helps, the status text says it all: colour-blind users lose nothing.
_COLOURS = {
    AttendanceStatus.CO_MAT: QColor("#e3f4e1"),
    AttendanceStatus.MUON_SOM: QColor("#fff4cf"),
    AttendanceStatus.VANG_CO_LY_DO: QColor("#e4ecfa"),
    AttendanceStatus.VANG: QColor("#fbe1df"),
}


@dataclass(frozen=True)
class _Keys:
    name: str  # folded full name
    words: tuple[str, ...]
    card: str


class CheckinModel(QAbstractTableModel):
    NUMBER, NAME, CARD, BORN, STATUS, REASON = range(6)
    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._keys: list[_Keys] = []
        self._marks: dict[str, Attendance] = {}
        self._rows: dict[str, int] = {}
        self._counted = 0  # the first rows are the members due; exempt ones may follow

    def load(
        self,
        members: list[Member],
        marks: dict[str, Attendance],
        exempt: list[Member] | None = None,
    ) -> None:
        """`exempt` members are listed after the others and left out of every count."""
        self.beginResetModel()
        self._counted = len(members)
        self._members = list(members) + list(exempt or [])
        self._rows = {m.uid: i for i, m in enumerate(self._members)}
        self._keys = [
            _Keys(fold(m.full_name), tuple(fold(m.full_name).split()), m.card_no)
            for m in self._members
        ]
        self._marks = {uid: a for uid, a in marks.items() if uid in self._rows}
        self.endResetModel()

    # -- reading -----------------------------------------------------------
    def member(self, row: int) -> Member:
        return self._members[row]

    def mark(self, row: int) -> Attendance | None:
        return self._marks.get(self._members[row].uid)

    def row_of(self, uid: str) -> int:
        return self._rows.get(uid, -1)

    def is_counted(self, row: int) -> bool:
        return row < self._counted

    def counted(self) -> int:
        return self._counted

    def unmarked_rows(self) -> list[int]:
        """Rows due and not yet marked (exempt members are never marked in bulk)."""
        members = self._members[: self._counted]
        return [i for i, m in enumerate(members) if m.uid not in self._marks]

    def _counted_marks(self) -> list[Attendance]:
        return [a for uid, a in self._marks.items() if self._rows[uid] < self._counted]

    def count(self, status: AttendanceStatus | None) -> int:
        marks = self._counted_marks()
        if status is None:
            return self._counted - len(marks)
        return sum(1 for a in marks if a.status is status)

    def present(self) -> int:
        return sum(1 for a in self._counted_marks() if a.status.present)

    def matches(self, query: str) -> list[int]:
        """Rows matching `query`, best first: given name, a word, anywhere; card numbers too."""
        q = fold(query)
        if not q:
            return []
        ranked: list[tuple[int, int]] = []
        for row, keys in enumerate(self._keys):
            rank = self._rank(q, keys)
            if rank is not None:
                ranked.append((rank, row))
        ranked.sort()
        return [row for _rank, row in ranked]

    @staticmethod
    def _rank(q: str, keys: _Keys) -> int | None:
        if keys.words and keys.words[-1].startswith(q):
            return 0
        if keys.card.startswith(q):
            return 0
        if keys.name.startswith(q) or f" {q}" in keys.name:
            return 1
        if q in keys.name or (q.isdigit() and q in keys.card):
            return 2
        return None

    # -- writing (the page has already stored it) --------------------------
    def set_mark(self, uid: str, mark: Attendance | None) -> None:
        row = self._rows.get(uid)
        if row is None:
            return
        if mark is None:
            self._marks.pop(uid, None)
        else:
            self._marks[uid] = mark
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # -- Qt model API ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        mark = self._marks.get(member.uid)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, index.row(), member, mark)
        if role == Qt.ItemDataRole.UserRole:
            return member.uid
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(_COLOURS[mark.status])
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_counted(index.row()):
            return self.tr("Exempt: may attend, but is not counted in the rate.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.NUMBER:
            return _RIGHT
        return None

    def _text(self, column: int, row: int, member: Member, mark: Attendance | None) -> str:
        counted = self.is_counted(row)
        if column == self.NUMBER:
            return str(row + 1) if counted else ""
        if column == self.NAME:
            if counted:
                return member.full_name
            return self.tr("{name} (exempt)").format(name=member.full_name)
        if column == self.CARD:
            return member.card_no
        if column == self.BORN:
            return member.birth_text
        if column == self.STATUS:
            return status_label(mark.status if mark else None) if mark else ""
        return mark.reason if mark else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("No."),
            self.tr("Full name"),
            self.tr("Party card"),
            self.tr("Born"),
            self.tr("Attendance"),
            self.tr("Reason"),
        )[section]
