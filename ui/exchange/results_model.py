"""One row per file offered for consolidation: what the dry run (or the import) found."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from studylog.exchange.consolidate import FileResult, Outcome
from studylog.i18n import Lang
from ui.exchange.labels import outcome_name, reason_text

Index = QModelIndex | QPersistentModelIndex

FILE, UNIT, CAMPAIGN, RESULT, REASON = range(5)
COLUMNS = 5

_REFUSED = QBrush(QColor("#fbe1df"))
_REFUSED_TEXT = QBrush(QColor("#8c1d18"))
_QUIET_TEXT = QBrush(QColor("#5f6368"))


class FileResultsModel(QAbstractTableModel):
    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._results: list[FileResult] = []
        self._names: dict[str, str] = {}

    def set_results(self, results: Sequence[FileResult], names: Mapping[str, str]) -> None:
        """`names`: unit code → name of the units registered here (for the Unit column)."""
        self.beginResetModel()
        self._results = list(results)
        self._names = dict(names)
        self.endResetModel()

    def results(self) -> list[FileResult]:
        return list(self._results)

    def result(self, row: int) -> FileResult | None:
        return self._results[row] if 0 <= row < len(self._results) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(result, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return result.file if column == FILE else self._text(result, column)
        if role == Qt.ItemDataRole.BackgroundRole and result.result is Outcome.REJECTED:
            return _REFUSED
        if role == Qt.ItemDataRole.ForegroundRole:
            if result.result is Outcome.REJECTED:
                return _REFUSED_TEXT
            if result.result in (Outcome.UNCHANGED, Outcome.OLDER):
                return _QUIET_TEXT
        return None

    def _text(self, result: FileResult, column: int) -> str:
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

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("File"),
            self.tr("Unit"),
            self.tr("Campaign"),
            self.tr("Result"),
            self.tr("Reason, notes"),
        )
        return headers[section] if 0 <= section < COLUMNS else None
