"""Figures of a unit above chi bộ: sums over its reported children, and completeness (§3.9–3.10).

- expected: child units active during the campaign (start date … completion
  deadline), plus any child whose package was accepted (it evidently existed);
- reported: expected units with an accepted package for the campaign;
- on time: the package's `generated_at` date is on or before the report deadline;
- overdue: not reported while the report deadline has passed.

The totals are the sums of the reported children's aggregates; the upper level's
own sessions add their sessions, connection points and guests (§3.10) but never
members, so nobody is counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from studylog.domain.aggregate import Aggregate, from_counts, guest_field, total
from studylog.domain.enums import GUEST_GROUPS, Level, MemberStatus
from studylog.domain.figures import guests
from studylog.domain.models import Campaign, Session, SessionPoint, Unit
from studylog.i18n import Message, msg
from studylog.stats import figures_for, grades_in_scale_order, stats_dict
from studylog.storage import packages, sessions
from studylog.storage.packages import Accepted
from studylog.storage.store import Store
from studylog.storage.units import child_units, home_unit


def on_time(generated_at: str, deadline: date | None) -> bool:
    if deadline is None:
        return True
    try:
        made = datetime.fromisoformat(generated_at).date()
    except ValueError:
        return False
    return made <= deadline


@dataclass(frozen=True)
class UnitStatus:
    unit: Unit
    package: Accepted | None
    on_time: bool

    @property
    def reported(self) -> bool:
        return self.package is not None

    @property
    def figures(self) -> Aggregate:
        return self.package.aggregate if self.package is not None else Aggregate()


@dataclass(frozen=True)
class Completeness:
    campaign: Campaign
    rows: tuple[UnitStatus, ...]
    today: date

    @property
    def expected(self) -> int:
        return len(self.rows)

    @property
    def reported(self) -> int:
        return sum(1 for r in self.rows if r.reported)

    @property
    def on_time(self) -> int:
        return sum(1 for r in self.rows if r.reported and r.on_time)

    @property
    def overdue(self) -> tuple[UnitStatus, ...]:
        """Expected units that have not reported although the report deadline has passed."""
        deadline = self.campaign.report_deadline
        if deadline is None or self.today <= deadline:
            return ()
        return tuple(r for r in self.rows if not r.reported)

    @property
    def late(self) -> tuple[UnitStatus, ...]:
        return tuple(r for r in self.rows if r.reported and not r.on_time)

    @property
    def summary(self) -> Message:
        return msg(
            "{reported}/{expected} units have reported",
            "{reported}/{expected} đơn vị đã báo cáo",
            reported=self.reported,
            expected=self.expected,
        )

    def as_json(self) -> dict[str, Any]:
        """The `units` object of `stats --json` (SPEC §6)."""
        return {
            "expected": self.expected,
            "reported": self.reported,
            "on_time": self.on_time,
            "rows": [
                {
                    "code": r.unit.code,
                    "name": r.unit.name,
                    "level": r.unit.level.value,
                    "reported": r.reported,
                    "on_time": r.reported and r.on_time,
                    "generated_at": r.package.generated_at if r.package else None,
                    "required": r.figures.required,
                    "attended": r.figures.attended,
                    "rate": r.figures.rate.as_number,
                    "rate_text": r.figures.rate.text,
                }
                for r in self.rows
            ],
            "overdue": [r.unit.code for r in self.overdue],
        }


def completeness(store: Store, campaign: Campaign, *, today: date | None = None) -> Completeness:
    accepted = packages.accepted_for_campaign(store, campaign.uid)
    rows = []
    for unit in child_units(store):
        package = accepted.get(unit.uid)
        if package is None and not unit.active_during(campaign.start_date, campaign.deadline):
            continue
        timely = package is not None and on_time(package.generated_at, campaign.report_deadline)
        rows.append(UnitStatus(unit=unit, package=package, on_time=timely))
    return Completeness(campaign=campaign, rows=tuple(rows), today=today or date.today())


@dataclass(frozen=True)
class UpperFigures:
    completeness: Completeness
    children: Aggregate  # the sum over reported children
    own: Aggregate  # the upper level's own sessions: sessions, points, guests
    own_sessions: tuple[Session, ...]
    own_points: tuple[SessionPoint, ...]

    @property
    def total(self) -> Aggregate:
        return self.children + self.own


def own_aggregate(campaign_sessions: list[Session], points: list[SessionPoint]) -> Aggregate:
    counted = guests(points)
    return from_counts(
        {
            "sessions": sum(1 for s in campaign_sessions if not s.is_makeup),
            "makeup_sessions": sum(1 for s in campaign_sessions if s.is_makeup),
            "connection_points": len(points),
            **{guest_field(g): counted.get(g, 0) for g in GUEST_GROUPS},
        }
    )


def upper_figures(store: Store, campaign: Campaign, *, today: date | None = None) -> UpperFigures:
    status = completeness(store, campaign, today=today)
    own_sessions = sessions.list_sessions(store, campaign.uid)
    own_points = sessions.session_points(store, [s.uid for s in own_sessions])
    return UpperFigures(
        completeness=status,
        children=total([r.package.aggregate for r in status.rows if r.package is not None]),
        own=own_aggregate(own_sessions, own_points),
        own_sessions=tuple(own_sessions),
        own_points=tuple(own_points),
    )


def reported_absentees(store: Store, status: Completeness) -> list[dict[str, Any]]:
    """Absentees named in the chi bộ packages, for the commune's make-up follow-up."""
    out: list[dict[str, Any]] = []
    reported = [row.package.uid for row in status.rows if row.package is not None]
    named = packages.records_by_package(store, reported, "absentee")
    for row in status.rows:
        if row.package is None:
            continue
        for record in named[row.package.uid]:
            out.append(
                {
                    "uid": "",
                    "name": record.get("name", ""),
                    "card_no": "",
                    "status": record.get("status", ""),
                    "reason": record.get("reason", ""),
                    "made_up": record.get("made_up", 0) == 1,
                    "unit_code": row.unit.code,
                }
            )
    return out


def upper_stats_dict(
    unit: Unit, campaign: Campaign, figures: UpperFigures, absent: list[dict[str, Any]]
) -> dict[str, Any]:
    t = figures.total
    return {
        "campaign": {"code": campaign.code, "title": campaign.title},
        "unit": {"code": unit.code, "name": unit.name, "level": unit.level.value},
        "reference_date": None,
        "members": {
            "total": t.members_total,
            MemberStatus.CHINH_THUC.value: t.chinh_thuc,
            MemberStatus.DU_BI.value: t.du_bi,
            "exempt": t.exempt,
        },
        "required": t.required,
        "attended": t.attended,
        "rate": t.rate.as_number,
        "rate_text": t.rate.text,
        "made_up": t.made_up,
        "attended_after_makeup": t.attended_after_makeup,
        "rate_after_makeup": t.rate_after_makeup.as_number,
        "rate_after_makeup_text": t.rate_after_makeup.text,
        "exempt_attended": t.exempt_attended,
        "absent": absent,
        "sessions": t.sessions,
        "makeup_sessions": t.makeup_sessions,
        "connection_points": t.connection_points,
        "guests": {g.value: t.guests[g] for g in GUEST_GROUPS},
        "essays": {
            "required": t.essays_required,
            "submitted": t.essays_submitted,
            "late": t.essays_late,
            "grades": grades_in_scale_order(campaign, t.grades),
        },
        "units": figures.completeness.as_json(),
    }


def stats_payload(store: Store, campaign: Campaign, *, today: date | None = None) -> dict[str, Any]:
    """`stats --json` for the home unit, whatever its level."""
    unit = home_unit(store)
    if unit.level is Level.CHI_BO:
        return stats_dict(unit, campaign, figures_for(store, campaign, today=today))
    figures = upper_figures(store, campaign, today=today)
    absent = reported_absentees(store, figures.completeness)
    return upper_stats_dict(unit, campaign, figures, absent)
