"""The essay grid (bài thu hoạch): submitted date, grade and notes edited in place.

Each edit is written at once through storage.followup.record_essay; a value the
core would refuse (a date that is not a date, a grade outside the campaign's scale)
is not written and `problem` says why.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from studylog.domain.essays import essay_status, is_late
from studylog.domain.models import DIEM10, Campaign, Essay, Member
from studylog.exchange.essay_parse import parse_grade
from studylog.exchange.values import ValueProblem, parse_full_date
from studylog.storage import followup
from ui.context import AppContext
from ui.followup.labels import essay_status_label
from ui.members.fields import show_date

Index = QModelIndex | QPersistentModelIndex
_LATE = QBrush(QColor("#a40000"))


class EssaysModel(QAbstractTableModel):
    NAME, CARD, SUBMITTED, GRADE, LATE, STATUS, NOTES = range(7)
    COLUMNS = 7
    EDITABLE = (SUBMITTED, GRADE, NOTES)
    problem = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign: Campaign | None = None
        self._members: list[Member] = []
        self._essays: dict[str, Essay] = {}
        # True while this model's own edit is being announced: the page need not reload
        # the grid it came from (a reset would lose the cell the user is working in).
        self.writing = False

    def load(self, campaign: Campaign | None, members: list[Member], essays: list[Essay]) -> None:
        self.beginResetModel()
        self.campaign = campaign
        self._members = list(members)
        self._essays = {e.member_uid: e for e in essays}
        self.endResetModel()

    def member(self, row: int) -> Member:
        return self._members[row]

    def essay(self, row: int) -> Essay | None:
        return self._essays.get(self._members[row].uid)

    def grades(self) -> tuple[str, ...]:
        """The choices offered by the grade editor; marks are typed for diem10."""
        if self.campaign is None or self.campaign.essay_scale == DIEM10:
            return ()
        return tuple(self.campaign.essay_scale)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.campaign is None:
            return None
        member = self._members[index.row()]
        essay = self._essays.get(member.uid)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(column, member, essay)
        if role == Qt.ItemDataRole.UserRole:
            return member.uid
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.LATE, self.STATUS):
            late = essay is not None and is_late(essay, self.campaign.essay_deadline)
            return _LATE if late else None
        return None

    def _text(self, column: int, member: Member, essay: Essay | None) -> str:
        assert self.campaign is not None
        if column == self.NAME:
            return member.full_name
        if column == self.CARD:
            return member.card_no
        if column == self.STATUS:
            return essay_status_label(essay_status(essay, self.campaign.essay_deadline))
        if essay is None:
            return ""
        if column == self.SUBMITTED:
            return show_date(essay.submitted)
        if column == self.GRADE:
            return essay.grade
        if column == self.LATE:
            return self.tr("late") if is_late(essay, self.campaign.essay_deadline) else ""
        return essay.notes

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.campaign is None:
            return False
        if index.column() not in self.EDITABLE:
            return False
        member = self._members[index.row()]
        current = self._essays.get(member.uid) or Essay(self.campaign.uid, member.uid)
        try:
            updated = self._apply(current, index.column(), str(value or "").strip())
        except ValueProblem as problem:
            self.problem.emit(problem.message.render(self.ctx.lang))
            return False
        if updated == current:
            return False
        changes = followup.record_essay(self.ctx.store, updated)
        self._essays[member.uid] = updated
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.COLUMNS - 1))
        self.writing = True
        try:
            self.ctx.notify(changes)
        finally:
            self.writing = False
        return True

    def _apply(self, essay: Essay, column: int, text: str) -> Essay:
        assert self.campaign is not None
        if column == self.SUBMITTED:
            return replace(essay, submitted=parse_full_date(text) if text else None)
        if column == self.GRADE:
            if not text:
                return replace(essay, grade="")
            scale = self.campaign.essay_scale
            grade = parse_grade(scale, text)
            return replace(essay, grade=grade)
        return replace(essay, notes=text)

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
            self.tr("Handed in on"),
            self.tr("Grade"),
            self.tr("Late"),
            self.tr("Status"),
            self.tr("Notes"),
        )[section]
