"""What the overview shows, assembled from the core's figures; no Qt, no new rules.

Figures come from studylog.stats.figures_for. This module only decides what is worth
the secretary's attention today: which campaigns are current and which deadlines
are near or passed while something is still outstanding.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from studylog.domain.figures import Absentee, CampaignFigures
from studylog.domain.models import Campaign

# Deadlines further away than this are not news yet.
LOOKAHEAD = timedelta(days=30)
# A campaign stays on the overview this long after its last deadline, for the stragglers.
GRACE = timedelta(days=30)


@dataclass(frozen=True)
class CampaignOverview:
    campaign: Campaign
    figures: CampaignFigures

    @property
    def not_made_up(self) -> tuple[Absentee, ...]:
        return tuple(a for a in self.figures.absent if not a.made_up)

    @property
    def essays_missing(self) -> int:
        essays = self.figures.essays
        return max(essays.required - essays.submitted, 0)

    def is_current(self, today: date) -> bool:
        c = self.campaign
        ends = [d for d in (c.deadline, c.report_deadline, c.essay_deadline) if d is not None]
        if c.start_date is not None and c.start_date > today + LOOKAHEAD:
            return False
        return not ends or max(ends) + GRACE >= today


class DeadlineKind(StrEnum):
    COMPLETION = "completion"
    ESSAYS = "essays"
    REPORT = "report"


@dataclass(frozen=True)
class Deadline:
    overview: CampaignOverview
    kind: DeadlineKind
    day: date
    days_left: int  # negative: passed that many days ago
    outstanding: int  # absentees without make-up, or essays missing; 0 for the report


def deadlines(overviews: list[CampaignOverview], today: date) -> list[Deadline]:
    """Near or passed deadlines of current campaigns where something is still outstanding.

    The report deadline is shown only before it passes: whether the report was sent
    is not recorded yet (the exchange feature will), and "overdue" would be a guess.
    """
    found: list[Deadline] = []
    for ov in overviews:
        if not ov.is_current(today):
            continue
        c = ov.campaign
        candidates = [
            (DeadlineKind.COMPLETION, c.deadline, len(ov.not_made_up)),
            (
                DeadlineKind.ESSAYS,
                c.essay_deadline if c.essays_required else None,
                ov.essays_missing,
            ),
        ]
        for kind, day, outstanding in candidates:
            if day is not None and outstanding > 0 and day - today <= LOOKAHEAD:
                found.append(Deadline(ov, kind, day, (day - today).days, outstanding))
        report = c.report_deadline
        if report is not None and today <= report <= today + LOOKAHEAD:
            found.append(Deadline(ov, DeadlineKind.REPORT, report, (report - today).days, 0))
    return sorted(found, key=lambda d: (d.day, d.overview.campaign.code, d.kind.value))
