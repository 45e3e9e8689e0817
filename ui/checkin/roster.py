"""Who appears on a check-in list and on the essay grid: the core's roll, in name order."""

from __future__ import annotations

from studylog.domain.models import Campaign, Member, Session
from studylog.stats import figures_for, roll
from studylog.storage.store import Store


def exempt_members(store: Store, campaign: Campaign) -> list[Member]:
    """On the roll but left out by the denominator rule: they may attend, counted apart."""
    return roll(store, campaign).excluded


def checkin_members(store: Store, campaign: Campaign, session: Session) -> list[Member]:
    """A regular session lists the required members; a make-up class, those who missed."""
    required = roll(store, campaign).required
    if not session.is_makeup:
        return required
    missed = {a.uid for a in figures_for(store, campaign).absent}
    return [m for m in required if m.uid in missed]
