"""Attendance rows: one per member per session; a missing row means absent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studylog.domain.enums import AttendanceStatus
from studylog.domain.models import Attendance, new_uid
from studylog.storage import convert
from studylog.storage.changes import Changes
from studylog.storage.store import Store


@dataclass(frozen=True)
class Marked:
    """What a batch of marks did: rows written and rows that already said the same."""

    written: int
    unchanged: int

    @property
    def changes(self) -> Changes:
        return Changes(attendance=self.written > 0)


def _mark(store: Store, row: Attendance) -> bool:
    existing = store.one(
        "SELECT uid, status, reason FROM attendance WHERE session_uid = ? AND member_uid = ?",
        [row.session_uid, row.member_uid],
    )
    if existing is None:
        store.insert(
            "attendance",
            {
                "uid": new_uid(),
                "session_uid": row.session_uid,
                "member_uid": row.member_uid,
                "status": row.status.value,
                "reason": row.reason,
            },
        )
        return True
    return store.update(
        "attendance", existing["uid"], {"status": row.status.value, "reason": row.reason}
    )


def mark(
    store: Store,
    *,
    session_uid: str,
    member_uid: str,
    status: AttendanceStatus,
    reason: str = "",
) -> Changes:
    with store.atomic():
        changed = _mark(store, Attendance(session_uid, member_uid, status, reason.strip()))
    return Changes(attendance=changed)


def mark_many(store: Store, rows: Sequence[Attendance]) -> Marked:
    """All marks in one transaction: a list imports whole or not at all."""
    written = 0
    with store.atomic():
        for row in rows:
            written += _mark(store, row)
    return Marked(written=written, unchanged=len(rows) - written)


def unmark(store: Store, *, session_uid: str, member_uid: str) -> Changes:
    row = store.one(
        "SELECT uid FROM attendance WHERE session_uid = ? AND member_uid = ?",
        [session_uid, member_uid],
    )
    if row is None:
        return Changes()
    with store.atomic():
        store.delete("attendance", row["uid"])
    return Changes(attendance=True)


def for_session(store: Store, session_uid: str) -> dict[str, Attendance]:
    rows = store.all("SELECT * FROM attendance WHERE session_uid = ?", [session_uid])
    return {r["member_uid"]: convert.attendance(r) for r in rows}


def for_campaign(store: Store, campaign_uid: str) -> list[Attendance]:
    rows = store.all(
        "SELECT a.* FROM attendance a JOIN sessions s ON s.uid = a.session_uid"
        " WHERE s.campaign_uid = ?",
        [campaign_uid],
    )
    return [convert.attendance(r) for r in rows]
