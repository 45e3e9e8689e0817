"""The sessions of one campaign, in date order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from studylog.domain.models import Session
from ui.members.fields import show_date
from ui.sessions.labels import kind_label

Index = QModelIndex | QPersistentModelIndex


def session_name(session: Session) -> str:
    """How a session is named in lists and messages: its date, then its title."""
    day = show_date(session.date)
    return f"{day} — {session.title}" if session.title else day


class SessionsModel(QAbstractTableModel):
    # The title last: it takes the room left, and nothing after it gets cut.
    DATE, TIME, KIND, MAKEUP, PLACE, CHAIR, TITLE = range(7)
    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[Session] = []

    def set_sessions(self, sessions: list[Session]) -> None:
        self.beginResetModel()
        self._sessions = list(sessions)
        self.endResetModel()

    def session(self, row: int) -> Session:
        return self._sessions[row]

    def sessions(self) -> list[Session]:
        return list(self._sessions)

    def row_of(self, uid: str) -> int:
        return next((i for i, s in enumerate(self._sessions) if s.uid == uid), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._sessions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.column(), s)
        if role == Qt.ItemDataRole.UserRole:
            return s.uid
        return None

    def _text(self, column: int, s: Session) -> str:
        if column == self.DATE:
            return show_date(s.date)
        if column == self.TIME:
            return "–".join(t for t in (s.start_time, s.end_time) if t)
        if column == self.KIND:
            return kind_label(s.kind)
        if column == self.TITLE:
            return s.title
        if column == self.MAKEUP:
            if s.makeup_of is None:
                return ""
            original = next((o for o in self._sessions if o.uid == s.makeup_of), None)
            return self.tr("make-up of {session}").format(
                session=show_date(original.date) if original else "?"
            )
        if column == self.PLACE:
            return s.place
        return s.chair

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        return (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Make-up"),
            self.tr("Place"),
            self.tr("Chair"),
            self.tr("Title"),
        )[section]
