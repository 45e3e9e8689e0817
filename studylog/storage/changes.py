"""What a mutation changed, so the window refreshes only the views that show it."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    units: bool = False
    members: bool = False
    campaigns: bool = False
    sessions: bool = False
    points: bool = False
    attendance: bool = False
    makeups: bool = False
    essays: bool = False
    settings: bool = False
    packages: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


NOTHING = Changes()
