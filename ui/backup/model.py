"""One row per backup file: when it was taken, how big it is, what kind of copy it is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from studylog.storage.backup import BackupFile

Index = QModelIndex | QPersistentModelIndex

TAKEN, SIZE, KIND, NAME = range(4)
COLUMNS = 4


class BackupsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups: list[BackupFile] = []

    def set_backups(self, backups: Sequence[BackupFile]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupFile | None:
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            TAKEN: self.tr("Taken on"),
            SIZE: self.tr("Size"),
            KIND: self.tr("Kind"),
            NAME: self.tr("File"),
        }.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self._backups[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(backup, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, backup: BackupFile, column: int) -> str:
        if column == TAKEN:
            return backup.taken_at.strftime("%d/%m/%Y %H:%M:%S")
        if column == SIZE:
            kilobytes = max(1, round(backup.size / 1024))
            return self.tr("{size} KB").format(size=QLocale().toString(kilobytes))
        if column == KIND:
            if backup.before_restore:
                return self.tr("Kept before a restore")
            return self.tr("Backup")
        return backup.path.name
