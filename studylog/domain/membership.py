"""Who is in the unit on a date, and who is exempt then (SPEC §3.1–3.2)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from studylog.domain.enums import EXEMPTION_KINDS, LEAVING_KINDS, DenominatorRule, EventKind
from studylog.domain.models import Member


def in_unit_on(member: Member, day: date) -> bool:
    """Whether the member's history puts them in the unit on `day`.

    A member with no "joined" event has been in the unit since before the record
    began (the usual case for a roster imported once). A "joined" event on `day`
    counts; a leaving event (transfer out, death, leaving the Party) takes effect
    the day after, so a member who leaves on `day` was still in the unit that day.
    Someone admitted to the Party (joined_date) after `day` was not a member then.
    """
    if member.joined_date is not None and member.joined_date > day:
        return False  # not yet a Party member that day (admitted later)
    moves = sorted(
        (e for e in member.events if e.kind is EventKind.CHUYEN_DEN or e.kind in LEAVING_KINDS),
        key=lambda e: (e.date_from, e.kind is not EventKind.CHUYEN_DEN),
    )
    inside = not moves or moves[0].kind is not EventKind.CHUYEN_DEN
    for event in moves:
        if event.kind is EventKind.CHUYEN_DEN:
            if event.date_from > day:
                break
            inside = True
        else:
            if event.date_from >= day:
                break
            inside = False
    return inside


def exemption_on(member: Member, day: date) -> EventKind | None:
    """The member's exemption in force on `day`; `mien` outranks `tam_mien`."""
    found: EventKind | None = None
    for event in member.events:
        if event.kind not in EXEMPTION_KINDS:
            continue
        if event.date_from <= day and (event.date_to is None or day <= event.date_to):
            if event.kind is EventKind.MIEN:
                return EventKind.MIEN
            found = event.kind
    return found


def members_on(members: Iterable[Member], day: date) -> list[Member]:
    return [m for m in members if in_unit_on(m, day)]


def is_excluded(member: Member, day: date, rule: DenominatorRule) -> bool:
    """Whether the denominator rule leaves this member out of those who must study."""
    kind = exemption_on(member, day)
    return kind is not None and rule.excludes(kind)
