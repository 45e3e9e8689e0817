"""The overview's table of campaigns: rates before and after make-up, and deadlines."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from studylog.vntext.fmt import format_date
from ui.home.overview import CampaignOverview

Index = QModelIndex | QPersistentModelIndex

CODE, TITLE, ATTENDED, AFTER_MAKEUP, DEADLINE, REPORT_DEADLINE = range(6)
COLUMNS = 6
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CampaignsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CampaignOverview] = []

    def set_rows(self, rows: list[CampaignOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def overview(self, row: int) -> CampaignOverview:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            CODE: self.tr("Code"),
            TITLE: self.tr("Campaign"),
            ATTENDED: self.tr("Attended"),
            AFTER_MAKEUP: self.tr("After make-up"),
            DEADLINE: self.tr("Deadline"),
            REPORT_DEADLINE: self.tr("Report due"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        ov = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            c = ov.campaign
            return {
                CODE: c.code,
                TITLE: c.title,
                ATTENDED: ov.figures.rate.text,
                AFTER_MAKEUP: ov.figures.rate_after_makeup.text,
                DEADLINE: format_date(c.deadline),
                REPORT_DEADLINE: format_date(c.report_deadline),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ATTENDED, AFTER_MAKEUP):
            return int(_RIGHT.value)
        return None
