"""The figures of one unit for one campaign (SPEC §3), computed from plain records.

Storage fetches, these functions compute: the CLI, the window, the package and the
report all call `campaign_figures`, so a figure has exactly one definition.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from studylog.domain.enums import (
    GUEST_GROUPS,
    AttendanceStatus,
    DenominatorRule,
    Group,
    MemberStatus,
)
from studylog.domain.essays import is_late
from studylog.domain.membership import exemption_on, is_excluded, members_on
from studylog.domain.models import (
    Attendance,
    Campaign,
    Essay,
    Makeup,
    Member,
    Session,
    SessionPoint,
)
from studylog.domain.rates import Rate


@dataclass(frozen=True)
class Absentee:
    uid: str
    name: str
    card_no: str
    status: AttendanceStatus
    reason: str
    made_up: bool


@dataclass(frozen=True)
class EssayFigures:
    required: int = 0
    submitted: int = 0
    late: int = 0
    grades: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CampaignFigures:
    reference_date: date | None
    members_total: int
    chinh_thuc: int
    du_bi: int
    exempt: int
    required: int
    attended: int
    made_up: int
    exempt_attended: int
    absent: tuple[Absentee, ...]
    sessions: int
    makeup_sessions: int
    connection_points: int
    guests: dict[Group, int]
    essays: EssayFigures

    @property
    def attended_after_makeup(self) -> int:
        return self.attended + self.made_up

    @property
    def rate(self) -> Rate:
        return Rate(self.attended, self.required)

    @property
    def rate_after_makeup(self) -> Rate:
        return Rate(self.attended_after_makeup, self.required)


def reference_date(campaign: Campaign, sessions: Sequence[Session], today: date) -> date:
    """The day whose roster decides who must study: the first session, else the start."""
    regular = [s.date for s in sessions if not s.is_makeup]
    if regular:
        return min(regular)
    if sessions:
        return min(s.date for s in sessions)
    return campaign.start_date or today


@dataclass(frozen=True)
class Roll:
    """Who the campaign concerns, on the day whose roster decides (SPEC §3.1-3.2)."""

    day: date
    on_roll: list[Member]
    required: list[Member]
    excluded: list[Member]  # on the roll, left out by the denominator rule


def roll_for(
    *,
    campaign: Campaign,
    members: Sequence[Member],
    sessions: Sequence[Session],
    rule: DenominatorRule,
    today: date,
) -> Roll:
    day = reference_date(campaign, sessions, today)
    on_roll = members_on(members, day)
    required = [m for m in on_roll if not is_excluded(m, day, rule)]
    excluded = [m for m in on_roll if is_excluded(m, day, rule)]
    return Roll(day, on_roll, required, excluded)


def essays_due(studied: Sequence[Member], day: date) -> list[Member]:
    """Essays are due from those who studied (after make-up), exempt members excepted (§3.8)."""
    return [m for m in studied if exemption_on(m, day) is None]


def present_members(attendance: Iterable[Attendance], session_uids: set[str]) -> set[str]:
    return {a.member_uid for a in attendance if a.session_uid in session_uids and a.status.present}


def guests(points: Iterable[SessionPoint]) -> dict[Group, int]:
    """Guests in lượt: every group but party members, summed over sessions and points."""
    totals = dict.fromkeys(GUEST_GROUPS, 0)
    for point in points:
        for group in GUEST_GROUPS:
            totals[group] += point.count(group)
    return totals


def _absence_of(member: Member, rows: Sequence[Attendance]) -> tuple[AttendanceStatus, str]:
    """An excused absence with its reason tells the upper level more than a bare one."""
    excused = [a for a in rows if a.status is AttendanceStatus.VANG_CO_LY_DO]
    if excused:
        return AttendanceStatus.VANG_CO_LY_DO, excused[-1].reason
    reasons = [a.reason for a in rows if a.reason]
    return AttendanceStatus.VANG, reasons[-1] if reasons else ""


def campaign_figures(
    *,
    campaign: Campaign,
    members: Sequence[Member],
    sessions: Sequence[Session],
    attendance: Sequence[Attendance],
    points: Sequence[SessionPoint],
    makeups: Sequence[Makeup],
    essays: Sequence[Essay],
    rule: DenominatorRule,
    today: date,
) -> CampaignFigures:
    roll = roll_for(campaign=campaign, members=members, sessions=sessions, rule=rule, today=today)
    day, on_roll, required, excluded = roll.day, roll.on_roll, roll.required, roll.excluded

    regular_uids = {s.uid for s in sessions if not s.is_makeup}
    makeup_uids = {s.uid for s in sessions if s.is_makeup}
    present = present_members(attendance, regular_uids)
    made_up_uids = present_members(attendance, makeup_uids) | {mk.member_uid for mk in makeups}

    attended = [m for m in required if m.uid in present]
    not_attended = [m for m in required if m.uid not in present]
    made_up = [m for m in not_attended if m.uid in made_up_uids]

    by_member: dict[str, list[Attendance]] = {}
    for row in attendance:
        if row.session_uid in regular_uids:
            by_member.setdefault(row.member_uid, []).append(row)
    absent = tuple(
        Absentee(
            uid=m.uid,
            name=m.full_name,
            card_no=m.card_no,
            status=_absence_of(m, by_member.get(m.uid, []))[0],
            reason=_absence_of(m, by_member.get(m.uid, []))[1],
            made_up=m.uid in made_up_uids,
        )
        for m in not_attended
    )

    campaign_session_uids = regular_uids | makeup_uids
    used_points = [p for p in points if p.session_uid in campaign_session_uids]
    return CampaignFigures(
        reference_date=day,
        members_total=len(on_roll),
        chinh_thuc=sum(1 for m in on_roll if m.status is MemberStatus.CHINH_THUC),
        du_bi=sum(1 for m in on_roll if m.status is MemberStatus.DU_BI),
        exempt=sum(1 for m in on_roll if exemption_on(m, day) is not None),
        required=len(required),
        attended=len(attended),
        made_up=len(made_up),
        exempt_attended=sum(1 for m in excluded if m.uid in present),
        absent=absent,
        sessions=len(regular_uids),
        makeup_sessions=len(makeup_uids),
        connection_points=len(used_points),
        guests=guests(used_points),
        essays=essay_figures(
            campaign=campaign,
            due=essays_due(attended + made_up, day),
            essays=essays,
        ),
    )


def essay_figures(
    *, campaign: Campaign, due: Sequence[Member], essays: Sequence[Essay]
) -> EssayFigures:
    """Essays are due from those who studied (after make-up), exempt members excepted.

    Submitted, late and grades count the essays of those members only, so the
    figures of one campaign always relate to the same group of people.
    """
    if not campaign.essays_required:
        return EssayFigures()
    due_uids = {m.uid for m in due}
    mine = [e for e in essays if e.member_uid in due_uids and e.campaign_uid == campaign.uid]
    handed_in = [e for e in mine if e.submitted is not None or e.grade]
    grades = Counter(e.grade for e in handed_in if e.grade)
    return EssayFigures(
        required=len(due_uids),
        submitted=len(handed_in),
        late=sum(1 for e in handed_in if is_late(e, campaign.essay_deadline)),
        grades=dict(grades),
    )
