"""Properties of the rate rules that must hold for any cell, any attendance."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from studylog.domain.enums import AttendanceStatus, DenominatorRule, EventKind, MakeupMethod
from studylog.domain.figures import CampaignFigures, campaign_figures
from studylog.domain.models import Attendance, Campaign, Makeup, Member, MemberEvent, Session

CAMPAIGN = Campaign(uid="c", code="C", title="T", start_date=date(2026, 2, 1))
SESSIONS = [
    Session("s1", "c", date(2026, 2, 5)),
    Session("s2", "c", date(2026, 2, 6)),
    Session("m1", "c", date(2026, 2, 20), makeup_of="s1"),
]
EVENTS = st.sampled_from(
    [
        (),
        (MemberEvent(EventKind.MIEN, date(2020, 1, 1)),),
        (MemberEvent(EventKind.TAM_MIEN, date(2026, 1, 1), date(2026, 6, 30)),),
        (MemberEvent(EventKind.CHUYEN_DI, date(2026, 1, 1)),),
        (MemberEvent(EventKind.CHUYEN_DEN, date(2026, 3, 1)),),
    ]
)


@st.composite
def scenario(draw: st.DrawFn) -> tuple[list[Member], list[Attendance], list[Makeup]]:
    count = draw(st.integers(min_value=0, max_value=25))
    members = [
        Member(uid=f"m{i}", full_name=f"Người {i}", events=draw(EVENTS)) for i in range(count)
    ]
    rows = [
        Attendance(s.uid, m.uid, draw(st.sampled_from(list(AttendanceStatus))))
        for m in members
        for s in SESSIONS
        if draw(st.booleans())
    ]
    makeups = [
        Makeup("c", m.uid, MakeupMethod.TU_NGHIEN_CUU) for m in members if draw(st.booleans())
    ]
    return members, rows, makeups


def compute(
    data: tuple[list[Member], list[Attendance], list[Makeup]], rule: DenominatorRule
) -> CampaignFigures:
    members, rows, makeups = data
    return campaign_figures(
        campaign=CAMPAIGN,
        members=members,
        sessions=SESSIONS,
        attendance=rows,
        points=[],
        makeups=makeups,
        essays=[],
        rule=rule,
        today=date(2026, 11, 21),
    )


@settings(max_examples=150, deadline=None)
@given(scenario(), st.sampled_from(list(DenominatorRule)))
def test_counts_are_consistent(
    data: tuple[list[Member], list[Attendance], list[Makeup]], rule: DenominatorRule
) -> None:
    f = compute(data, rule)
    assert 0 <= f.attended <= f.attended_after_makeup <= f.required <= f.members_total
    assert len(f.absent) == f.required - f.attended
    assert sum(a.made_up for a in f.absent) == f.made_up
    assert f.exempt_attended <= f.members_total - f.required
    if f.required:
        assert f.rate.percent is not None and f.rate_after_makeup.percent is not None
        assert f.rate.percent <= f.rate_after_makeup.percent
    else:
        assert f.rate.percent is None


@settings(max_examples=100, deadline=None)
@given(scenario())
def test_denominator_rules_nest(data: tuple[list[Member], list[Attendance], list[Makeup]]) -> None:
    everyone = compute(data, DenominatorRule.TAT_CA)
    default = compute(data, DenominatorRule.TRU_MIEN)
    narrow = compute(data, DenominatorRule.TRU_MIEN_VA_TAM_MIEN)
    assert everyone.required >= default.required >= narrow.required
    assert everyone.members_total == default.members_total == narrow.members_total
    assert everyone.exempt_attended == 0
    # Attendance of those still required does not depend on who else is excluded.
    assert default.attended + default.exempt_attended >= narrow.attended


@settings(max_examples=60, deadline=None)
@given(scenario())
def test_order_of_records_does_not_matter(
    data: tuple[list[Member], list[Attendance], list[Makeup]],
) -> None:
    members, rows, makeups = data
    forward = compute(data, DenominatorRule.TRU_MIEN)
    backward = compute((members[::-1], rows[::-1], makeups[::-1]), DenominatorRule.TRU_MIEN)
    assert (forward.required, forward.attended, forward.made_up) == (
        backward.required,
        backward.attended,
        backward.made_up,
    )
