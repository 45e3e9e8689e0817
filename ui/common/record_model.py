"""A read-only table over a list of records: the part every list model of the window shares.

A subclass names its columns (constants and `COLUMNS`), says what a cell shows
(`display`), and gives its headers (`headers`). The headers are translated in the
subclass on purpose: `self.tr()` written there keeps the subclass's name as the
translation context the catalogs know; this module translates nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel, Generic[T]):
    COLUMNS = 0
    NUMBER_COLUMNS: tuple[int, ...] = ()  # right-aligned

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[T] = []

    # -- hooks -------------------------------------------------------------
    def headers(self) -> tuple[str, ...]:
        """The column titles, `COLUMNS` of them, each through the subclass's `self.tr()`."""
        raise NotImplementedError

    def display(self, record: T, column: int) -> str:
        raise NotImplementedError

    def key_of(self, record: T) -> str | None:
        """What identifies a record: the UserRole of its row, what `row_of` looks for."""
        return None

    def role_data(self, record: T, column: int, role: int) -> Any:
        """Any other role (tool tip, colours); None when there is nothing to say."""
        return None

    # -- records -----------------------------------------------------------
    def set_records(self, records: Iterable[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._records) if self.key_of(r) == key), -1)

    # -- Qt model API ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, column)
        if role == Qt.ItemDataRole.UserRole:
            return self.key_of(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMBER_COLUMNS:
            return RIGHT
        return self.role_data(record, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return self.headers()[section]
