"""The campaign figures of SPEC §3 on a hand-built cell; every number worked out by hand.

Reference date 05/02/2026 (first regular session). Members:
A present S1; B late S1; C excused S1 then present in the make-up class; D no row,
self-study make-up; E absent; F exempt (mien) but present; G temporarily exempt,
absent; H transferred out 10/01/2026; I joined 10/02/2026; J died on 05/02/2026
(still in the unit that day), present; K probationary, present only in S2.
"""

from __future__ import annotations

from datetime import date

import pytest

from studylog.domain.enums import (
    AttendanceStatus as St,
)
from studylog.domain.enums import (
    DenominatorRule,
    EventKind,
    Group,
    MakeupMethod,
    MemberStatus,
)
from studylog.domain.figures import CampaignFigures, campaign_figures
from studylog.domain.models import (
    Attendance,
    Campaign,
    Essay,
    Makeup,
    Member,
    MemberEvent,
    Session,
    SessionPoint,
)

C_UID = "camp"
CAMPAIGN = Campaign(
    uid=C_UID,
    code="NQ-DH-XIV",
    title="Nghị quyết Đại hội XIV",
    start_date=date(2026, 2, 1),
    essay_deadline=date(2026, 3, 15),
)
S1 = Session("s1", C_UID, date(2026, 2, 5))
S2 = Session("s2", C_UID, date(2026, 2, 6))
M1 = Session("m1", C_UID, date(2026, 2, 20), makeup_of="s1")


def member(
    uid: str, *events: MemberEvent, status: MemberStatus = MemberStatus.CHINH_THUC
) -> Member:
    return Member(
        uid=uid,
        full_name=f"Nguyễn Văn {uid}",
        card_no=f"0000000{uid}"[-8:],
        status=status,
        events=events,
    )


MEMBERS = [
    member("A"),
    member("B"),
    member("C"),
    member("D"),
    member("E"),
    member("F", MemberEvent(EventKind.MIEN, date(2020, 1, 1))),
    member("G", MemberEvent(EventKind.TAM_MIEN, date(2026, 1, 1), date(2026, 12, 31))),
    member("H", MemberEvent(EventKind.CHUYEN_DI, date(2026, 1, 10))),
    member("I", MemberEvent(EventKind.CHUYEN_DEN, date(2026, 2, 10))),
    member("J", MemberEvent(EventKind.TU_TRAN, date(2026, 2, 5))),
    member("K", status=MemberStatus.DU_BI),
]
ATTENDANCE = [
    Attendance("s1", "A", St.CO_MAT),
    Attendance("s1", "B", St.MUON_SOM),
    Attendance("s1", "C", St.VANG_CO_LY_DO, "Ốm"),
    Attendance("m1", "C", St.CO_MAT),
    Attendance("s1", "E", St.VANG),
    Attendance("s1", "F", St.CO_MAT),
    Attendance("s1", "J", St.CO_MAT),
    Attendance("s1", "K", St.VANG),
    Attendance("s2", "K", St.CO_MAT),
]
MAKEUPS = [Makeup(C_UID, "D", MakeupMethod.TU_NGHIEN_CUU, date(2026, 2, 25))]
ESSAYS = [
    Essay(C_UID, "A", date(2026, 3, 1), "Tốt"),
    Essay(C_UID, "B", date(2026, 3, 20)),
    Essay(C_UID, "C", date(2026, 3, 15)),
    Essay(C_UID, "F", date(2026, 3, 1), "Khá"),  # exempt: not due, not counted
]
POINTS = [
    SessionPoint(
        "p1",
        "s1",
        "pt",
        counts={
            Group.DANG_VIEN: 9,
            Group.CAN_BO: 3,
            Group.DOAN_VIEN: 5,
            Group.QUAN_CHUNG: 20,
            Group.KHAC: 1,
        },
    ),
    SessionPoint("p2", "s2", "pt", counts={Group.QUAN_CHUNG: 7}),
]


def figures(rule: DenominatorRule) -> CampaignFigures:
    return campaign_figures(
        campaign=CAMPAIGN,
        members=MEMBERS,
        sessions=[S1, S2, M1],
        attendance=ATTENDANCE,
        points=POINTS,
        makeups=MAKEUPS,
        essays=ESSAYS,
        rule=rule,
        today=date(2026, 11, 21),
    )


def test_default_rule_excludes_mien_only() -> None:
    f = figures(DenominatorRule.TRU_MIEN)
    assert f.reference_date == date(2026, 2, 5)
    assert (f.members_total, f.chinh_thuc, f.du_bi, f.exempt) == (9, 8, 1, 2)
    assert (f.required, f.attended, f.made_up) == (8, 4, 2)
    assert f.rate.text == "4/8 (50,00%)"
    assert f.rate_after_makeup.text == "6/8 (75,00%)"
    assert f.exempt_attended == 1
    assert [(a.uid, a.status, a.reason, a.made_up) for a in f.absent] == [
        ("C", St.VANG_CO_LY_DO, "Ốm", True),
        ("D", St.VANG, "", True),
        ("E", St.VANG, "", False),
        ("G", St.VANG, "", False),
    ]


def test_all_members_rule() -> None:
    f = figures(DenominatorRule.TAT_CA)
    assert (f.required, f.attended, f.exempt_attended) == (9, 5, 0)
    assert f.rate.text == "5/9 (55,56%)"


def test_exclude_both_exemptions() -> None:
    f = figures(DenominatorRule.TRU_MIEN_VA_TAM_MIEN)
    assert (f.required, f.attended, f.made_up, f.exempt_attended) == (7, 4, 2, 1)
    assert f.rate.text == "4/7 (57,14%)"
    assert f.rate_after_makeup.text == "6/7 (85,71%)"


def test_sessions_points_and_guests() -> None:
    f = figures(DenominatorRule.TRU_MIEN)
    assert (f.sessions, f.makeup_sessions, f.connection_points) == (2, 1, 2)
    assert f.guests == {Group.CAN_BO: 3, Group.DOAN_VIEN: 5, Group.QUAN_CHUNG: 27, Group.KHAC: 1}


def test_essays() -> None:
    f = figures(DenominatorRule.TRU_MIEN)
    # Due: A, B, J, K (attended) and C, D (made up) — six, none exempt.
    assert (f.essays.required, f.essays.submitted, f.essays.late) == (6, 3, 1)
    assert f.essays.grades == {"Tốt": 1}


def test_no_sessions_uses_start_date_and_gives_no_rate() -> None:
    f = campaign_figures(
        campaign=CAMPAIGN,
        members=[],
        sessions=[],
        attendance=[],
        points=[],
        makeups=[],
        essays=[],
        rule=DenominatorRule.TRU_MIEN,
        today=date(2026, 11, 21),
    )
    assert f.reference_date == date(2026, 2, 1)
    assert f.rate.percent is None and f.rate.text == "0/0 (—)"


@pytest.mark.parametrize(
    ("events", "day", "inside"),
    [
        ((), date(2000, 1, 1), True),
        ((MemberEvent(EventKind.CHUYEN_DEN, date(2026, 2, 5)),), date(2026, 2, 5), True),
        ((MemberEvent(EventKind.CHUYEN_DEN, date(2026, 2, 5)),), date(2026, 2, 4), False),
        ((MemberEvent(EventKind.CHUYEN_DI, date(2026, 2, 5)),), date(2026, 2, 5), True),
        ((MemberEvent(EventKind.CHUYEN_DI, date(2026, 2, 5)),), date(2026, 2, 6), False),
        ((MemberEvent(EventKind.RA_KHOI_DANG, date(2025, 1, 1)),), date(2026, 2, 6), False),
        (
            (
                MemberEvent(EventKind.CHUYEN_DI, date(2024, 1, 1)),
                MemberEvent(EventKind.CHUYEN_DEN, date(2025, 6, 1)),
            ),
            date(2026, 1, 1),
            True,
        ),
    ],
)
def test_members_on_a_date(events: tuple[MemberEvent, ...], day: date, inside: bool) -> None:
    from studylog.domain.membership import in_unit_on

    assert in_unit_on(member("X", *events), day) is inside


def test_a_member_admitted_after_the_date_is_not_on_the_roll() -> None:
    from dataclasses import replace

    from studylog.domain.membership import in_unit_on

    admitted = replace(member("N"), joined_date=date(2026, 3, 1))
    assert not in_unit_on(admitted, date(2026, 2, 10))
    assert in_unit_on(admitted, date(2026, 3, 1))
