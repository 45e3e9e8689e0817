"""Sessions (buổi học tập), connection points (điểm cầu) and their per-session use."""

from __future__ import annotations

from dataclasses import replace

from studylog.domain.enums import Group, Quality
from studylog.domain.models import Incident, Point, Session, SessionPoint, new_uid
from studylog.errors import InputError, NotFoundError
from studylog.i18n import msg
from studylog.storage import convert
from studylog.storage.changes import Changes
from studylog.storage.store import Row, Store
from studylog.vntext.fmt import format_date


def session_row(session: Session) -> Row:
    return {
        "uid": session.uid,
        "campaign_uid": session.campaign_uid,
        "date": session.date.isoformat(),
        "start_time": session.start_time,
        "end_time": session.end_time,
        "kind": session.kind.value,
        "title": session.title,
        "chair": session.chair,
        "speaker": session.speaker,
        "place": session.place,
        "makeup_of": session.makeup_of,
        "notes": session.notes,
    }


def _check_makeup(store: Store, session: Session) -> None:
    if session.makeup_of is None:
        return
    original = store.get("sessions", session.makeup_of)
    if original is None:
        raise NotFoundError(
            msg(
                "No session {uid} to make up for.",
                "Không có buổi học {uid} để học bù.",
                uid=session.makeup_of,
            )
        )
    if original["campaign_uid"] != session.campaign_uid:
        raise InputError(
            msg(
                "A make-up class must belong to the campaign of the session it makes up for.",
                "Lớp học bù phải thuộc cùng đợt học tập với buổi học được học bù.",
            )
        )


def add_session(store: Store, session: Session, point_names: tuple[str, ...] = ()) -> Session:
    if not session.uid:
        session = replace(session, uid=new_uid())
    _check_makeup(store, session)
    with store.atomic():
        store.insert("sessions", session_row(session))
        for name in point_names:
            use_point(store, session_uid=session.uid, point_name=name)
    return session


def update_session(store: Store, session: Session) -> Changes:
    _check_makeup(store, session)
    row = session_row(session)
    row.pop("uid")
    with store.atomic():
        return Changes(sessions=store.update("sessions", session.uid, row))


def delete_session(store: Store, uid: str) -> Changes:
    """Delete a session with its attendance and points; refused while a make-up class
    points to it (deleting it would silently turn that class into a regular session)."""
    dependent = store.one("SELECT date FROM sessions WHERE makeup_of = ?", [uid])
    if dependent is not None:
        raise InputError(
            msg(
                "A make-up class on {date} belongs to this session; delete that class first.",
                "Có lớp học bù ngày {date} gắn với buổi học này; hãy xóa lớp học bù đó trước.",
                date=format_date(convert.day(dependent["date"])),
            )
        )
    with store.atomic():
        for row in store.all("SELECT uid FROM attendance WHERE session_uid = ?", [uid]):
            store.delete("attendance", row["uid"])
        for row in store.all("SELECT uid FROM session_points WHERE session_uid = ?", [uid]):
            store.delete("session_points", row["uid"])
        return Changes(sessions=store.delete("sessions", uid), attendance=True, points=True)


def get_session(store: Store, uid: str) -> Session:
    row = store.get("sessions", uid)
    if row is None:
        raise NotFoundError(
            msg("No session with the id {uid}.", "Không có buổi học mã {uid}.", uid=uid)
        )
    return convert.session(row)


def list_sessions(store: Store, campaign_uid: str) -> list[Session]:
    rows = store.all(
        "SELECT * FROM sessions WHERE campaign_uid = ? ORDER BY date, start_time", [campaign_uid]
    )
    return [convert.session(r) for r in rows]


# -- connection points -----------------------------------------------------
def point_by_name(store: Store, name: str) -> Point | None:
    row = store.one("SELECT * FROM points WHERE name = ?", [" ".join(name.split())])
    return None if row is None else Point(row["uid"], row["name"], row["address"], row["level"])


def get_or_create_point(store: Store, name: str, *, address: str = "", level: str = "") -> Point:
    clean = " ".join(name.split())
    if not clean:
        raise InputError(msg("A connection point needs a name.", "Điểm cầu cần có tên."))
    found = point_by_name(store, clean)
    if found is not None:
        return found
    point = Point(new_uid(), clean, address, level)
    store.insert("points", {"uid": point.uid, "name": clean, "address": address, "level": level})
    return point


def list_points(store: Store) -> list[Point]:
    rows = store.all("SELECT * FROM points ORDER BY name")
    return [Point(r["uid"], r["name"], r["address"], r["level"]) for r in rows]


def use_point(store: Store, *, session_uid: str, point_name: str) -> str:
    """The session_points row of this point in this session, created when missing."""
    get_session(store, session_uid)
    point = get_or_create_point(store, point_name)
    row = store.one(
        "SELECT uid FROM session_points WHERE session_uid = ? AND point_uid = ?",
        [session_uid, point.uid],
    )
    if row is not None:
        return str(row["uid"])
    uid = new_uid()
    store.insert("session_points", {"uid": uid, "session_uid": session_uid, "point_uid": point.uid})
    return uid


def set_point(
    store: Store,
    *,
    session_uid: str,
    point_name: str,
    counts: dict[Group, int] | None = None,
    quality: Quality | None = None,
    details: dict[str, object] | None = None,
) -> Changes:
    """Record counts by group, quality and details of a point in a session."""
    changes: dict[str, object] = dict(details or {})
    for group, value in (counts or {}).items():
        if value < 0:
            raise InputError(
                msg(
                    "Attendee counts cannot be negative.",
                    "Số người dự không được âm.",
                )
            )
        changes[convert.count_column(group)] = value
    if quality is not None:
        changes["quality"] = quality.value
    with store.atomic():
        uid = use_point(store, session_uid=session_uid, point_name=point_name)
        changed = store.update("session_points", uid, changes) if changes else False
    return Changes(points=True, sessions=changed)


def add_incident(store: Store, *, session_point_uid: str, incident: Incident) -> Changes:
    with store.atomic():
        store.insert(
            "incidents",
            {
                "uid": incident.uid,
                "session_point_uid": session_point_uid,
                "time": incident.time,
                "kind": incident.kind,
                "minutes_lost": incident.minutes_lost,
                "handling": incident.handling,
            },
        )
    return Changes(points=True)


def session_points(store: Store, session_uids: list[str]) -> list[SessionPoint]:
    """Points used in these sessions, with their incidents."""
    if not session_uids:
        return []
    marks = ", ".join("?" for _ in session_uids)
    rows = store.all(
        "SELECT sp.*, p.name AS point_name FROM session_points sp"
        f" JOIN points p ON p.uid = sp.point_uid WHERE sp.session_uid IN ({marks})"
        " ORDER BY p.name",
        session_uids,
    )
    incident_rows = store.all(
        "SELECT i.* FROM incidents i JOIN session_points sp ON sp.uid = i.session_point_uid"
        f" WHERE sp.session_uid IN ({marks}) ORDER BY i.time",
        session_uids,
    )
    by_point: dict[str, list[Incident]] = {}
    for row in incident_rows:
        by_point.setdefault(row["session_point_uid"], []).append(convert.incident(row))
    return [convert.session_point(r, tuple(by_point.get(r["uid"], ()))) for r in rows]
