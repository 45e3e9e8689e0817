"""A unit's figures for a campaign, fetched from storage and computed by the domain rules.

`stats_dict` is the shape of `studylog stats --json` (SPEC §6); the window, the
package and the report read the same `CampaignFigures`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from studylog.domain.enums import GUEST_GROUPS, MemberStatus
from studylog.domain.figures import CampaignFigures, Roll, campaign_figures, essays_due, roll_for
from studylog.domain.models import Campaign, Member, Unit
from studylog.storage import attendance, followup, members, sessions, settings
from studylog.storage.store import Store
from studylog.storage.units import home_unit


def figures_for(store: Store, campaign: Campaign, *, today: date | None = None) -> CampaignFigures:
    home = home_unit(store)
    campaign_sessions = sessions.list_sessions(store, campaign.uid)
    return campaign_figures(
        campaign=campaign,
        members=members.load_members(store, home.uid),
        sessions=campaign_sessions,
        attendance=attendance.for_campaign(store, campaign.uid),
        points=sessions.session_points(store, [s.uid for s in campaign_sessions]),
        makeups=followup.makeups(store, campaign.uid),
        essays=followup.essays(store, campaign.uid),
        rule=settings.denominator_rule(store),
        today=today or date.today(),
    )


def roll(store: Store, campaign: Campaign, *, today: date | None = None) -> Roll:
    """The members the campaign concerns, in name order: the check-in and sign-in lists."""
    return roll_for(
        campaign=campaign,
        members=members.load_members(store, home_unit(store).uid),
        sessions=sessions.list_sessions(store, campaign.uid),
        rule=settings.denominator_rule(store),
        today=today or date.today(),
    )


def essay_due_members(store: Store, campaign: Campaign, figures: CampaignFigures) -> list[Member]:
    """The members counted in `figures.essays.required`, in name order."""
    concerned = roll(store, campaign)
    not_made_up = {a.uid for a in figures.absent if not a.made_up}
    return essays_due([m for m in concerned.required if m.uid not in not_made_up], concerned.day)


def grades_in_scale_order(campaign: Campaign, grades: dict[str, int]) -> dict[str, int]:
    order = list(campaign.essay_scale) if isinstance(campaign.essay_scale, tuple) else []
    known = {label: grades[label] for label in order if label in grades}
    rest = {label: grades[label] for label in sorted(grades) if label not in known}
    return known | rest


def stats_dict(unit: Unit, campaign: Campaign, figures: CampaignFigures) -> dict[str, Any]:
    return {
        "campaign": {"code": campaign.code, "title": campaign.title},
        "unit": {"code": unit.code, "name": unit.name, "level": unit.level.value},
        "reference_date": figures.reference_date.isoformat() if figures.reference_date else None,
        "members": {
            "total": figures.members_total,
            MemberStatus.CHINH_THUC.value: figures.chinh_thuc,
            MemberStatus.DU_BI.value: figures.du_bi,
            "exempt": figures.exempt,
        },
        "required": figures.required,
        "attended": figures.attended,
        "rate": figures.rate.as_number,
        "rate_text": figures.rate.text,
        "made_up": figures.made_up,
        "attended_after_makeup": figures.attended_after_makeup,
        "rate_after_makeup": figures.rate_after_makeup.as_number,
        "rate_after_makeup_text": figures.rate_after_makeup.text,
        "exempt_attended": figures.exempt_attended,
        "absent": [
            {
                "uid": a.uid,
                "name": a.name,
                "card_no": a.card_no,
                "status": a.status.value,
                "reason": a.reason,
                "made_up": a.made_up,
            }
            for a in figures.absent
        ],
        "sessions": figures.sessions,
        "makeup_sessions": figures.makeup_sessions,
        "connection_points": figures.connection_points,
        "guests": {g.value: figures.guests.get(g, 0) for g in GUEST_GROUPS},
        "essays": {
            "required": figures.essays.required,
            "submitted": figures.essays.submitted,
            "late": figures.essays.late,
            "grades": grades_in_scale_order(campaign, figures.essays.grades),
        },
    }
