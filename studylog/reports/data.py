"""Everything a campaign report says, gathered once from storage as plain records.

The renderers never touch the database: tests build a `ReportInput` by hand, the CLI
and the window build it with `gather`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from studylog.domain.figures import CampaignFigures, present_members
from studylog.domain.membership import is_excluded, members_on
from studylog.domain.models import Campaign, Session, SessionPoint, Unit
from studylog.reports.numbering import free_text
from studylog.stats import figures_for
from studylog.storage import attendance, members, sessions, settings
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.upper import completeness


@dataclass(frozen=True)
class UnitRow:
    """One child unit in an upper level's report, as consolidation computed it."""

    code: str
    name: str
    reported: bool
    on_time: bool
    required: int
    attended: int
    rate_text: str


@dataclass(frozen=True)
class SessionLine:
    """A session with how many of the members who must study were present."""

    session: Session
    present: int
    required: int


@dataclass(frozen=True)
class ReportInput:
    unit: Unit
    campaign: Campaign
    figures: CampaignFigures
    sessions: tuple[SessionLine, ...]
    points: tuple[SessionPoint, ...]
    issued_on: date
    number: int | None = None
    difficulties: str = ""
    proposals: str = ""
    # Given above chi bộ: the per-unit section is rendered from these rows.
    unit_rows: tuple[UnitRow, ...] | None = None


def session_lines(store: Store, campaign: Campaign, figures: CampaignFigures) -> list[SessionLine]:
    """Per session, the members who must study (SPEC §3.2) that were present."""
    campaign_sessions = sessions.list_sessions(store, campaign.uid)
    day = figures.reference_date
    if day is None:
        return [SessionLine(s, 0, figures.required) for s in campaign_sessions]
    home = home_unit(store)
    rule = settings.denominator_rule(store)
    required = {
        m.uid
        for m in members_on(members.load_members(store, home.uid), day)
        if not is_excluded(m, day, rule)
    }
    rows = attendance.for_campaign(store, campaign.uid)
    return [
        SessionLine(s, len(present_members(rows, {s.uid}) & required), figures.required)
        for s in campaign_sessions
    ]


def rows_from_packages(store: Store, campaign: Campaign, *, today: date) -> tuple[UnitRow, ...]:
    """The child units' rows, from the packages consolidation accepted (SPEC §3.9)."""
    status = completeness(store, campaign, today=today)
    return tuple(
        UnitRow(
            code=row.unit.code,
            name=row.unit.name,
            reported=row.reported,
            on_time=row.reported and row.on_time,
            required=row.figures.required,
            attended=row.figures.attended,
            rate_text=row.figures.rate.text,
        )
        for row in status.rows
    )


def gather(
    store: Store,
    campaign: Campaign,
    *,
    issued_on: date,
    number: int | None = None,
    difficulties: str | None = None,
    proposals: str | None = None,
    unit_rows: tuple[UnitRow, ...] | None = None,
) -> ReportInput:
    """The report's input; free text not given comes from the stored sections.

    Above chi bộ, the per-unit rows are read from the accepted packages unless given.
    """
    unit = home_unit(store)
    if unit_rows is None and unit.level.is_committee:
        unit_rows = rows_from_packages(store, campaign, today=issued_on)
    figures = figures_for(store, campaign, today=issued_on)
    lines = session_lines(store, campaign, figures)
    stored = free_text(store, campaign.uid)
    return ReportInput(
        unit=unit,
        campaign=campaign,
        figures=figures,
        sessions=tuple(lines),
        points=tuple(sessions.session_points(store, [line.session.uid for line in lines])),
        issued_on=issued_on,
        number=number,
        difficulties=stored.difficulties if difficulties is None else difficulties,
        proposals=stored.proposals if proposals is None else proposals,
        unit_rows=unit_rows,
    )
