"""The connection points used in one session, and the incidents of one point."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from studylog.domain.enums import GUEST_GROUPS, Group
from studylog.domain.models import Incident, SessionPoint
from studylog.vntext import format_int
from ui.common.record_model import RecordTableModel
from ui.sessions.labels import incident_label, quality_label


class SessionPointsModel(RecordTableModel[SessionPoint]):
    """Name, party members and quality: the rest is in the form beside the list."""

    NAME, MEMBERS, QUALITY = range(3)
    COLUMNS = 3
    NUMBER_COLUMNS = (MEMBERS,)

    def key_of(self, record: SessionPoint) -> str:
        return record.uid

    def display(self, record: SessionPoint, column: int) -> str:
        if column == self.NAME:
            return record.point_name
        if column == self.MEMBERS:
            return format_int(record.count(Group.DANG_VIEN))
        return quality_label(record.quality)

    def role_data(self, record: SessionPoint, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            guests = format_int(sum(record.count(g) for g in GUEST_GROUPS))
            return self.tr("{name}: {guests} guests, {incidents} incidents").format(
                name=record.point_name, guests=guests, incidents=len(record.incidents)
            )
        return None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Connection point"), self.tr("Party members"), self.tr("Quality"))


class IncidentsModel(RecordTableModel[Incident]):
    TIME, KIND, MINUTES, HANDLING = range(4)
    COLUMNS = 4
    NUMBER_COLUMNS = (MINUTES,)

    def display(self, record: Incident, column: int) -> str:
        i = record
        return (i.time, incident_label(i.kind), str(i.minutes_lost), i.handling)[column]

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Time"),
            self.tr("Incident"),
            self.tr("Minutes lost"),
            self.tr("How it was handled"),
        )
