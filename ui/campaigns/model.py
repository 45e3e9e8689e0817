"""The list of campaigns (đợt học tập)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from studylog.domain.models import Campaign
from ui.members.fields import show_date

Index = QModelIndex | QPersistentModelIndex


class CampaignListModel(QAbstractTableModel):
    CODE, TITLE, START, DEADLINE, REPORT = range(5)
    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._campaigns: list[Campaign] = []

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        self.beginResetModel()
        self._campaigns = list(campaigns)
        self.endResetModel()

    def campaign(self, row: int) -> Campaign:
        return self._campaigns[row]

    def row_of(self, uid: str) -> int:
        return next((i for i, c in enumerate(self._campaigns) if c.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._campaigns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._campaigns[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                c.code,
                c.title,
                show_date(c.start_date),
                show_date(c.deadline),
                show_date(c.report_deadline),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            return c.documents or c.title
        if role == Qt.ItemDataRole.UserRole:
            return c.uid
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Start"),
            self.tr("Deadline"),
            self.tr("Report due"),
        )[section]
