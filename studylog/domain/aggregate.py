"""The figures that travel upward in a package: counts only, and they add up (SPEC §1, §3.9).

A chi bộ's aggregate is taken from its `CampaignFigures`; an upper level's is the
sum of its reported children's aggregates plus the connection points and guests
of its own sessions (§3.10). Rates are never stored: they are recomputed from the
summed counts by `Rate`, so a province's rate is 35.599/35.900, not an average.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any

from studylog.domain.enums import GUEST_GROUPS, Group
from studylog.domain.figures import CampaignFigures
from studylog.domain.rates import Rate


@dataclass(frozen=True)
class Aggregate:
    members_total: int = 0
    chinh_thuc: int = 0
    du_bi: int = 0
    exempt: int = 0
    required: int = 0
    attended: int = 0
    made_up: int = 0
    exempt_attended: int = 0
    sessions: int = 0
    makeup_sessions: int = 0
    connection_points: int = 0
    guests_can_bo_cong_chuc_vien_chuc: int = 0
    guests_doan_vien_hoi_vien: int = 0
    guests_quan_chung: int = 0
    guests_khac: int = 0
    essays_required: int = 0
    essays_submitted: int = 0
    essays_late: int = 0
    # Essay grade label → number of essays; kept apart from the counts above
    # because the labels are data (the campaign's scale), not field names.
    grades: dict[str, int] = field(default_factory=dict)

    @property
    def attended_after_makeup(self) -> int:
        return self.attended + self.made_up

    @property
    def rate(self) -> Rate:
        return Rate(self.attended, self.required)

    @property
    def rate_after_makeup(self) -> Rate:
        return Rate(self.attended_after_makeup, self.required)

    @property
    def guests(self) -> dict[Group, int]:
        return {g: int(getattr(self, guest_field(g))) for g in GUEST_GROUPS}

    def counts(self) -> dict[str, int]:
        """The integer fields by name, in declaration order (the package's column order)."""
        return {name: int(getattr(self, name)) for name in COUNT_FIELDS}

    def __add__(self, other: Aggregate) -> Aggregate:
        summed: dict[str, Any] = {
            name: getattr(self, name) + getattr(other, name) for name in COUNT_FIELDS
        }
        grades = Counter(self.grades)
        grades.update(other.grades)
        return Aggregate(**summed, grades=dict(grades))


COUNT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Aggregate) if f.name != "grades")


def guest_field(group: Group) -> str:
    return f"guests_{group.value}"


def total(parts: list[Aggregate]) -> Aggregate:
    out = Aggregate()
    for part in parts:
        out = out + part
    return out


def from_counts(counts: dict[str, int], grades: dict[str, int] | None = None) -> Aggregate:
    """Build from a mapping that may hold other keys too (a stored row, a record)."""
    values = {name: int(counts.get(name) or 0) for name in COUNT_FIELDS}
    return Aggregate(**values, grades=dict(grades or {}))


def from_figures(figures: CampaignFigures) -> Aggregate:
    """A chi bộ's own figures as they travel upward: counts, no names."""
    guests = {guest_field(g): figures.guests.get(g, 0) for g in GUEST_GROUPS}
    return Aggregate(
        members_total=figures.members_total,
        chinh_thuc=figures.chinh_thuc,
        du_bi=figures.du_bi,
        exempt=figures.exempt,
        required=figures.required,
        attended=figures.attended,
        made_up=figures.made_up,
        exempt_attended=figures.exempt_attended,
        sessions=figures.sessions,
        makeup_sessions=figures.makeup_sessions,
        connection_points=figures.connection_points,
        essays_required=figures.essays.required,
        essays_submitted=figures.essays.submitted,
        essays_late=figures.essays.late,
        grades=dict(figures.essays.grades),
        **guests,
    )
