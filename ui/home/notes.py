"""The overview's sentences: whole sentences with named placeholders, one per situation.

Each situation (in N days, today, N days ago) has its own sentence, because
Vietnamese word order differs; the parts are never glued from fragments.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studylog.vntext.fmt import format_date
from ui.home.overview import CampaignOverview, Deadline, DeadlineKind

translate = QCoreApplication.translate

# Longer lists of names belong on the attendance page, not on the overview.
MAX_NAMES = 12


def _when(d: Deadline) -> str:
    code, day, n = d.overview.campaign.code, format_date(d.day), abs(d.days_left)
    if d.kind is DeadlineKind.COMPLETION:
        if d.days_left > 0:
            text = translate("HomeNotes", "{code}: to be completed by {date}, in {days} day(s).")
        elif d.days_left == 0:
            text = translate("HomeNotes", "{code}: to be completed today, {date}.")
        else:
            text = translate("HomeNotes", "{code}: the deadline {date} passed {days} day(s) ago.")
    elif d.kind is DeadlineKind.ESSAYS:
        if d.days_left > 0:
            text = translate("HomeNotes", "{code}: essays are due by {date}, in {days} day(s).")
        elif d.days_left == 0:
            text = translate("HomeNotes", "{code}: essays are due today, {date}.")
        else:
            text = translate(
                "HomeNotes", "{code}: the essay deadline {date} passed {days} day(s) ago."
            )
    elif d.days_left > 0:
        text = translate(
            "HomeNotes", "{code}: report to the upper level by {date}, in {days} day(s)."
        )
    else:
        text = translate("HomeNotes", "{code}: the report to the upper level is due today, {date}.")
    return text.format(code=code, date=day, days=n)


def _outstanding(d: Deadline) -> str:
    if d.kind is DeadlineKind.COMPLETION:
        return translate(
            "HomeNotes", "{count} absent member(s) have not made up the study yet."
        ).format(count=d.outstanding)
    if d.kind is DeadlineKind.ESSAYS:
        return translate("HomeNotes", "{count} essay(s) not handed in yet.").format(
            count=d.outstanding
        )
    return ""


def deadline_sentence(d: Deadline) -> str:
    """One or two whole sentences: the deadline, then what is still outstanding for it."""
    return " ".join(part for part in (_when(d), _outstanding(d)) if part)


def remaining_sentences(ov: CampaignOverview) -> list[str]:
    code = ov.campaign.code
    out: list[str] = []
    absent = ov.not_made_up
    if absent:
        names = ", ".join(a.name for a in absent[:MAX_NAMES])
        if len(absent) <= MAX_NAMES:
            text = translate(
                "HomeNotes",
                "{code}: {count} absent member(s) have not made up the study yet: {names}.",
            )
        else:
            text = translate(
                "HomeNotes",
                "{code}: {count} absent member(s) have not made up the study yet, among them {names}.",  # noqa: E501 (lupdate needs one literal)
            )
        out.append(text.format(code=code, names=names, count=len(absent)))
    if ov.campaign.essays_required and ov.essays_missing:
        text = translate("HomeNotes", "{code}: {count} essay(s) due have not been handed in.")
        out.append(text.format(code=code, count=ov.essays_missing))
    return out
