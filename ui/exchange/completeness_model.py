"""Which units below have reported for a campaign (SPEC §3.9), one row per expected unit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from studylog.upper import Completeness, UnitStatus
from studylog.vntext.fmt import format_date, format_int
from ui.common.record_model import RecordTableModel

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


class CompletenessModel(RecordTableModel[UnitStatus]):
    COLUMNS = COLUMNS
    NUMBER_COLUMNS = NUMBERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._overdue: set[str] = set()

    def set_completeness(self, status: Completeness | None) -> None:
        self._overdue = {r.unit.uid for r in status.overdue} if status is not None else set()
        self.set_records(status.rows if status is not None else [])

    def status(self, row: int) -> UnitStatus | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def is_overdue(self, row: int) -> bool:
        status = self.status(row)
        return status is not None and self._late(status)

    def _late(self, status: UnitStatus) -> bool:
        return status.unit.uid in self._overdue

    def role_data(self, record: UnitStatus, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.BackgroundRole and self._late(record):
            return _OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
            if self._late(record):
                return _OVERDUE_TEXT
            if not record.reported:
                return _WAITING_TEXT
            if not record.on_time:
                return _LATE_TEXT
        return None

    def display(self, record: UnitStatus, column: int) -> str:
        status, figures = record, record.figures
        if column == CODE:
            return status.unit.code
        if column == NAME:
            return status.unit.name
        if column == STATE:
            if status.reported:
                return self.tr("Reported on time") if status.on_time else self.tr("Reported late")
            overdue = self._late(status)
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

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Unit"),
            self.tr("Report"),
            self.tr("Sent on"),
            self.tr("File no."),
            self.tr("Must study"),
            self.tr("Attended"),
            self.tr("After make-up"),
        )
