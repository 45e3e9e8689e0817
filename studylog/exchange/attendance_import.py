"""Attendance lists (SPEC §5.2): plan against the members on the session's date, then apply."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studylog.domain.membership import members_on
from studylog.domain.models import Attendance
from studylog.exchange.attendance_parse import Candidate, parse_attendance
from studylog.exchange.problems import Problem
from studylog.exchange.results import ImportResult, refuse, refuse_if_empty
from studylog.i18n import Message
from studylog.storage import attendance, members, sessions
from studylog.storage.store import Store
from studylog.storage.units import home_unit


@dataclass(frozen=True)
class AttendancePlan:
    session_uid: str
    rows: list[Attendance] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    encoding_note: Message | None = None


def plan_attendance_import(store: Store, path: Path, *, session_uid: str) -> AttendancePlan:
    session = sessions.get_session(store, session_uid)
    roster = members_on(members.load_members(store, home_unit(store).uid), session.date)
    parsed = parse_attendance(path, [Candidate(m.uid, m.full_name, m.card_no) for m in roster])
    refuse_if_empty(parsed.rows, parsed.problems, path)
    rows = [Attendance(session.uid, r.member_uid, r.status, r.reason) for r in parsed.rows]
    return AttendancePlan(session.uid, rows, list(parsed.problems), parsed.encoding_note)


def apply_attendance_plan(store: Store, plan: AttendancePlan) -> ImportResult:
    if plan.problems:
        raise refuse(plan.problems)
    marked = attendance.mark_many(store, plan.rows)
    return ImportResult(marked.written, marked.unchanged, marked.changes)
