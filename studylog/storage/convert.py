"""Rows ↔ records: the one place that knows how dates and flags are stored."""

from __future__ import annotations

from datetime import date
from typing import Any

from studylog.domain.enums import (
    AttendanceStatus,
    EventKind,
    Group,
    Level,
    MakeupMethod,
    MemberStatus,
    Quality,
    SessionKind,
)
from studylog.domain.essays import parse_scale
from studylog.domain.models import (
    Attendance,
    Campaign,
    Essay,
    Incident,
    Makeup,
    Member,
    MemberEvent,
    Session,
    SessionPoint,
    Unit,
)

Row = dict[str, Any]


def iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def day(value: Any) -> date | None:
    return None if not value else date.fromisoformat(str(value))


def unit(row: Row) -> Unit:
    return Unit(
        uid=row["uid"],
        code=row["code"],
        name=row["name"],
        level=Level(row["level"]),
        parent_uid=row["parent_uid"],
        parent_name=row["parent_name"],
        parent_code=row["parent_code"],
        secretary=row["secretary"],
        place=row["place"],
        active_from=day(row["active_from"]),
        active_to=day(row["active_to"]),
    )


def event(row: Row) -> MemberEvent:
    return MemberEvent(
        uid=row["uid"],
        kind=EventKind(row["kind"]),
        date_from=date.fromisoformat(row["date_from"]),
        date_to=day(row["date_to"]),
        decision_no=row["decision_no"],
        note=row["note"],
    )


def member(row: Row, events: tuple[MemberEvent, ...] = ()) -> Member:
    return Member(
        uid=row["uid"],
        unit_uid=row["unit_uid"],
        full_name=row["full_name"],
        sex=row["sex"],
        birth_date=day(row["birth_date"]),
        birth_year=row["birth_year"],
        card_no=row["card_no"] or "",
        citizen_id=row["citizen_id"] or "",
        status=MemberStatus(row["status"]),
        joined_date=day(row["joined_date"]),
        official_date=day(row["official_date"]),
        phone=row["phone"],
        note=row["note"],
        events=events,
    )


def campaign(row: Row) -> Campaign:
    return Campaign(
        uid=row["uid"],
        code=row["code"],
        title=row["title"],
        documents=row["documents"],
        issuing_body=row["issuing_body"],
        plan_ref=row["plan_ref"],
        start_date=day(row["start_date"]),
        deadline=day(row["deadline"]),
        report_deadline=day(row["report_deadline"]),
        essay_deadline=day(row["essay_deadline"]),
        essays_required=bool(row["essays_required"]),
        essay_scale=parse_scale(row["essay_scale"]),
    )


def session(row: Row) -> Session:
    return Session(
        uid=row["uid"],
        campaign_uid=row["campaign_uid"],
        date=date.fromisoformat(row["date"]),
        kind=SessionKind(row["kind"]),
        title=row["title"],
        start_time=row["start_time"],
        end_time=row["end_time"],
        chair=row["chair"],
        speaker=row["speaker"],
        place=row["place"],
        makeup_of=row["makeup_of"],
        notes=row["notes"],
    )


def count_column(group: Group) -> str:
    return f"n_{group.value}"


def session_point(row: Row, incidents: tuple[Incident, ...] = ()) -> SessionPoint:
    return SessionPoint(
        uid=row["uid"],
        session_uid=row["session_uid"],
        point_uid=row["point_uid"],
        point_name=row.get("point_name", ""),
        counts={g: int(row[count_column(g)]) for g in Group},
        quality=Quality(row["quality"]) if row["quality"] else None,
        chair=row["chair"],
        technician=row["technician"],
        phone=row["phone"],
        planned_start=row["planned_start"],
        planned_end=row["planned_end"],
        actual_start=row["actual_start"],
        actual_end=row["actual_end"],
        test_done=bool(row["test_done"]),
        incidents=incidents,
    )


def incident(row: Row) -> Incident:
    return Incident(
        uid=row["uid"],
        time=row["time"],
        kind=row["kind"],
        minutes_lost=row["minutes_lost"],
        handling=row["handling"],
    )


def attendance(row: Row) -> Attendance:
    return Attendance(
        session_uid=row["session_uid"],
        member_uid=row["member_uid"],
        status=AttendanceStatus(row["status"]),
        reason=row["reason"],
    )


def makeup(row: Row) -> Makeup:
    return Makeup(
        campaign_uid=row["campaign_uid"],
        member_uid=row["member_uid"],
        method=MakeupMethod(row["method"]),
        date=day(row["date"]),
        evidence=row["evidence"],
    )


def essay(row: Row) -> Essay:
    return Essay(
        campaign_uid=row["campaign_uid"],
        member_uid=row["member_uid"],
        submitted=day(row["submitted"]),
        grade=row["grade"],
        notes=row["notes"],
    )
