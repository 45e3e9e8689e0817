"""Which units below have reported for a campaign (SPEC §3.9), one row per expected unit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from studylog.upper import Completeness, UnitStatus
from studylog.vntext.fmt import format_date, format_int

Index = QModelIndex | QPersistentModelIndex

CODE, NAME, STATE, SENT, SEQUENCE, REQUIRED, ATTENDED, AFTER_MAKEUP = range(8)
COLUMNS = 8
NUMBERS = (SEQUENCE, REQUIRED, ATTENDED, AFTER_MAKEUP)

_OVERDUE = QBrush(QColor("#fbe1df"))
_OVERDUE_TEXT = QBrush(QColor("#8c1d18"))
_LATE_TEXT = QBrush(QColor("#8a4b00"))
_WAITING_TEXT = QBrush(QColor("#5f6368"))


def sent_on(status: UnitStatus) -> str:
    if status.package is None:
        return ""
    try:
        return format_date(datetime.fromisoformat(status.package.generated_at).date())
    except ValueError:
        return status.package.generated_at


class CompletenessModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnitStatus] = []
        self._overdue: set[str] = set()

    def set_completeness(self, status: Completeness | None) -> None:
        self.beginResetModel()
        self._rows = list(status.rows) if status is not None else []
        self._overdue = {r.unit.uid for r in status.overdue} if status is not None else set()
        self.endResetModel()

    def status(self, row: int) -> UnitStatus | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_overdue(self, row: int) -> bool:
        status = self.status(row)
        return status is not None and status.unit.uid in self._overdue

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        status = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(status, column, overdue=self.is_overdue(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_overdue(row):
            return _OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            if self.is_overdue(row):
                return _OVERDUE_TEXT
            if not status.reported:
                return _WAITING_TEXT
            if not status.on_time:
                return _LATE_TEXT
        return None

    def _text(self, status: UnitStatus, column: int, *, overdue: bool) -> str:
        figures = status.figures
        if column == CODE:
            return status.unit.code
        if column == NAME:
            return status.unit.name
        if column == STATE:
            if status.reported:
                return self.tr("Reported on time") if status.on_time else self.tr("Reported late")
            return self.tr("Overdue, not reported") if overdue else self.tr("Not reported yet")
        if not status.reported:
            return ""
        if column == SENT:
            return sent_on(status)
        if column == SEQUENCE:
            return format_int(status.package.sequence) if status.package is not None else ""
        if column == REQUIRED:
            return format_int(figures.required)
        if column == ATTENDED:
            return figures.rate.text
        return figures.rate_after_makeup.text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Code"),
            self.tr("Unit"),
            self.tr("Report"),
            self.tr("Sent on"),
            self.tr("File no."),
            self.tr("Must study"),
            self.tr("Attended"),
            self.tr("After make-up"),
        )
        return headers[section] if 0 <= section < COLUMNS else None
