"""The sessions of one campaign, in date order."""

from __future__ import annotations

from studylog.domain.models import Session
from ui.common.record_model import RecordTableModel
from ui.members.fields import show_date
from ui.sessions.labels import kind_label


def session_name(session: Session) -> str:
    """How a session is named in lists and messages: its date, then its title."""
    day = show_date(session.date)
    return f"{day} — {session.title}" if session.title else day


class SessionsModel(RecordTableModel[Session]):
    # The title last: it takes the room left, and nothing after it gets cut.
    DATE, TIME, KIND, MAKEUP, PLACE, CHAIR, TITLE = range(7)
    COLUMNS = 7

    def key_of(self, record: Session) -> str:
        return record.uid

    def display(self, record: Session, column: int) -> str:
        s = record
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
            original = next((o for o in self._records if o.uid == s.makeup_of), None)
            return self.tr("make-up of {session}").format(
                session=show_date(original.date) if original else "?"
            )
        if column == self.PLACE:
            return s.place
        return s.chair

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Time"),
            self.tr("Kind"),
            self.tr("Make-up"),
            self.tr("Place"),
            self.tr("Chair"),
            self.tr("Title"),
        )
