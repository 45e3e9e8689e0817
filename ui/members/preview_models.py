"""Tables for import previews: the rows a file would write, and every problem by row and column.

Both import dialogs (roster, attendance) show the same two kinds of table, so they
share these models; the rows are given as already-displayable text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from studylog.exchange.problems import Problem
from studylog.i18n import Lang
from ui.common.record_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class TextRowsModel(QAbstractTableModel):
    """A read-only table of strings with the given headers."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        width = len(self._headers)
        self._rows = [tuple(r[:width]) + ("",) * (width - len(r)) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class ProblemsModel(RecordTableModel[Problem]):
    ROW, COLUMN, MESSAGE = range(3)
    COLUMNS = 3
    NUMBER_COLUMNS = (ROW,)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.set_records(sorted(problems, key=lambda p: (p.row, p.column)))

    def display(self, record: Problem, column: int) -> str:
        if column == self.ROW:
            # Row 0 is the whole file, not a line of it.
            return str(record.row) if record.row else self.tr("whole file")
        if column == self.COLUMN:
            return record.column
        return record.render(self._lang)

    def role_data(self, record: Problem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(record, column)
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))
