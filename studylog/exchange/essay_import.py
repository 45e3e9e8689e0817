"""Essay lists (SPEC §5.2b): grades checked against the campaign's scale, then applied."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from studylog.domain.models import Essay
from studylog.exchange.attendance_parse import Candidate
from studylog.exchange.essay_parse import parse_essays
from studylog.exchange.problems import Problem
from studylog.exchange.results import ImportResult, refuse, refuse_if_empty
from studylog.i18n import Message
from studylog.storage import followup, members
from studylog.storage.campaigns import campaign_by_code
from studylog.storage.changes import Changes
from studylog.storage.store import Store
from studylog.storage.units import home_unit


@dataclass(frozen=True)
class EssayPlan:
    campaign_uid: str
    rows: list[Essay] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    encoding_note: Message | None = None


def plan_essay_import(store: Store, path: Path, *, campaign_code: str) -> EssayPlan:
    campaign = campaign_by_code(store, campaign_code)
    roster = members.load_members(store, home_unit(store).uid)
    parsed = parse_essays(
        path, [Candidate(m.uid, m.full_name, m.card_no) for m in roster], campaign.essay_scale
    )
    refuse_if_empty(parsed.rows, parsed.problems, path)
    rows = [Essay(campaign.uid, r.member_uid, r.submitted, r.grade) for r in parsed.rows]
    return EssayPlan(campaign.uid, rows, list(parsed.problems), parsed.encoding_note)


def apply_essay_plan(store: Store, plan: EssayPlan) -> ImportResult:
    if plan.problems:
        raise refuse(plan.problems)
    written = followup.record_essays(store, plan.rows)
    return ImportResult(written, len(plan.rows) - written, Changes(essays=written > 0))
