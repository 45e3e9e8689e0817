"""One row per file offered for consolidation: what the dry run (or the import) found."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from studylog.exchange.consolidate import FileResult, Outcome
from studylog.i18n import Lang
from ui.common.record_model import RecordTableModel
from ui.exchange.labels import outcome_name, reason_text

FILE, UNIT, CAMPAIGN, RESULT, REASON = range(5)
COLUMNS = 5

_REFUSED = QBrush(QColor("#fbe1df"))
_REFUSED_TEXT = QBrush(QColor("#8c1d18"))
_QUIET_TEXT = QBrush(QColor("#5f6368"))


class FileResultsModel(RecordTableModel[FileResult]):
    COLUMNS = COLUMNS

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._names: dict[str, str] = {}

    def set_results(self, results: Sequence[FileResult], names: Mapping[str, str]) -> None:
        """`names`: unit code → name of the units registered here (for the Unit column)."""
        self._names = dict(names)
        self.set_records(results)

    def result(self, row: int) -> FileResult | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def role_data(self, record: FileResult, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.file if column == FILE else self.display(record, column)
        if role == Qt.ItemDataRole.BackgroundRole and record.result is Outcome.REJECTED:
            return _REFUSED
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.result is Outcome.REJECTED:
                return _REFUSED_TEXT
            if record.result in (Outcome.UNCHANGED, Outcome.OLDER):
                return _QUIET_TEXT
        return None

    def display(self, record: FileResult, column: int) -> str:
        result = record
        if column == FILE:
            return Path(result.file).name
        if column == UNIT:
            name = self._names.get(result.unit_code, "")
            if name:
                return self.tr("{name} ({code})").format(name=name, code=result.unit_code)
            return result.unit_code
        if column == CAMPAIGN:
            return result.campaign_code
        if column == RESULT:
            return outcome_name(result.result)
        return reason_text(result, self._lang)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("File"),
            self.tr("Unit"),
            self.tr("Campaign"),
            self.tr("Result"),
            self.tr("Reason, notes"),
        )
