"""The connection points used in one session, and the incidents of one point."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from studylog.domain.enums import GUEST_GROUPS, Group
from studylog.domain.models import Incident, SessionPoint
from studylog.vntext import format_int
from ui.sessions.labels import incident_label, quality_label

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SessionPointsModel(QAbstractTableModel):
    """Name, party members and quality: the rest is in the form beside the list."""

    NAME, MEMBERS, QUALITY = range(3)
    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._points: list[SessionPoint] = []

    def set_points(self, points: list[SessionPoint]) -> None:
        self.beginResetModel()
        self._points = list(points)
        self.endResetModel()

    def point(self, row: int) -> SessionPoint:
        return self._points[row]

    def row_of(self, uid: str) -> int:
        return next((i for i, p in enumerate(self._points) if p.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._points)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._points[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return p.point_name
            if column == self.MEMBERS:
                return format_int(p.count(Group.DANG_VIEN))
            return quality_label(p.quality)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            guests = format_int(sum(p.count(g) for g in GUEST_GROUPS))
            return self.tr("{name}: {guests} guests, {incidents} incidents").format(
                name=p.point_name, guests=guests, incidents=len(p.incidents)
            )
        if role == Qt.ItemDataRole.UserRole:
            return p.uid
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.MEMBERS:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (self.tr("Connection point"), self.tr("Party members"), self.tr("Quality"))[section]


class IncidentsModel(QAbstractTableModel):
    TIME, KIND, MINUTES, HANDLING = range(4)
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._incidents: list[Incident] = []

    def set_incidents(self, incidents: list[Incident]) -> None:
        self.beginResetModel()
        self._incidents = list(incidents)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._incidents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        i = self._incidents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (i.time, incident_label(i.kind), str(i.minutes_lost), i.handling)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.MINUTES:
            return _RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Time"),
            self.tr("Incident"),
            self.tr("Minutes lost"),
            self.tr("How it was handled"),
        )[section]
