"""Plain records of SPEC §2. Dates are `datetime.date`; every record has a text UUID."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

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


def new_uid() -> str:
    return str(uuid.uuid4())


DEFAULT_ESSAY_SCALE: tuple[str, ...] = ("Tốt", "Khá", "Đạt", "Chưa đạt")
DIEM10 = "diem10"


@dataclass(frozen=True)
class Unit:
    uid: str
    code: str
    name: str
    level: Level
    parent_uid: str | None = None
    parent_name: str = ""
    parent_code: str = ""
    secretary: str = ""
    place: str = ""
    active_from: date | None = None
    active_to: date | None = None

    def active_during(self, start: date | None, end: date | None) -> bool:
        """Whether the unit existed at some point of [start, end] (open ends allowed)."""
        if self.active_to is not None and start is not None and self.active_to < start:
            return False
        return not (self.active_from is not None and end is not None and self.active_from > end)


@dataclass(frozen=True)
class MemberEvent:
    kind: EventKind
    date_from: date
    date_to: date | None = None  # exemptions only; open-ended when None
    decision_no: str = ""
    note: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass(frozen=True)
class Member:
    uid: str
    full_name: str
    unit_uid: str = ""
    sex: str = ""
    birth_date: date | None = None
    birth_year: int | None = None
    card_no: str = ""
    citizen_id: str = ""
    status: MemberStatus = MemberStatus.CHINH_THUC
    joined_date: date | None = None
    official_date: date | None = None
    phone: str = ""
    note: str = ""
    events: tuple[MemberEvent, ...] = ()

    @property
    def birth_text(self) -> str:
        if self.birth_date is not None:
            return self.birth_date.strftime("%d/%m/%Y")
        return str(self.birth_year) if self.birth_year else ""


@dataclass(frozen=True)
class Campaign:
    uid: str
    code: str
    title: str
    documents: str = ""
    issuing_body: str = ""
    plan_ref: str = ""
    start_date: date | None = None
    deadline: date | None = None
    report_deadline: date | None = None
    essay_deadline: date | None = None
    essays_required: bool = True
    # An ordered list of labels, best first, or DIEM10 for marks out of 10.
    essay_scale: tuple[str, ...] | str = DEFAULT_ESSAY_SCALE


@dataclass(frozen=True)
class Session:
    uid: str
    campaign_uid: str
    date: date
    kind: SessionKind = SessionKind.TRUC_TIEP
    title: str = ""
    start_time: str = ""
    end_time: str = ""
    chair: str = ""
    speaker: str = ""
    place: str = ""
    makeup_of: str | None = None
    notes: str = ""

    @property
    def is_makeup(self) -> bool:
        return self.makeup_of is not None


@dataclass(frozen=True)
class Point:
    uid: str
    name: str
    address: str = ""
    level: str = ""


@dataclass(frozen=True)
class Incident:
    time: str
    kind: str
    minutes_lost: int = 0
    handling: str = ""
    uid: str = field(default_factory=new_uid)


@dataclass(frozen=True)
class SessionPoint:
    """One connection point as used in one session."""

    uid: str
    session_uid: str
    point_uid: str
    point_name: str = ""
    counts: dict[Group, int] = field(default_factory=dict)
    quality: Quality | None = None
    chair: str = ""
    technician: str = ""
    phone: str = ""
    planned_start: str = ""
    planned_end: str = ""
    actual_start: str = ""
    actual_end: str = ""
    test_done: bool = False
    incidents: tuple[Incident, ...] = ()

    def count(self, group: Group) -> int:
        return self.counts.get(group, 0)


@dataclass(frozen=True)
class Attendance:
    session_uid: str
    member_uid: str
    status: AttendanceStatus
    reason: str = ""


@dataclass(frozen=True)
class Makeup:
    campaign_uid: str
    member_uid: str
    method: MakeupMethod
    date: date | None = None
    evidence: str = ""


@dataclass(frozen=True)
class Essay:
    campaign_uid: str
    member_uid: str
    submitted: date | None = None
    grade: str = ""
    notes: str = ""
