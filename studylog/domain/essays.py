"""Essay status and grading scale (SPEC §2 "Essay")."""

from __future__ import annotations

from datetime import date

from studylog.domain.enums import EssayStatus
from studylog.domain.models import DIEM10, Campaign, Essay


def essay_status(essay: Essay | None, deadline: date | None) -> EssayStatus:
    """Graded beats late: once marked, the essay's lateness is history, not a status."""
    if essay is None or (essay.submitted is None and not essay.grade):
        return EssayStatus.CHUA_NOP
    if essay.grade:
        return EssayStatus.DA_CHAM
    if deadline is not None and essay.submitted is not None and essay.submitted > deadline:
        return EssayStatus.NOP_MUON
    return EssayStatus.DA_NOP


def is_late(essay: Essay, deadline: date | None) -> bool:
    return deadline is not None and essay.submitted is not None and essay.submitted > deadline


def scale_labels(campaign: Campaign) -> tuple[str, ...]:
    """The labels in scale order; for marks out of 10, the marks that were given sort as text."""
    return () if campaign.essay_scale == DIEM10 else tuple(campaign.essay_scale)


def parse_scale(text: str) -> tuple[str, ...] | str:
    """`Tốt, Khá, Đạt, Chưa đạt` → labels; `diem10` → marks out of 10."""
    if text.strip().casefold() == DIEM10:
        return DIEM10
    labels = tuple(part.strip() for part in text.split(",") if part.strip())
    if not labels:
        raise ValueError("empty essay scale")
    return labels


def scale_text(scale: tuple[str, ...] | str) -> str:
    return scale if isinstance(scale, str) else ", ".join(scale)
