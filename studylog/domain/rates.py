"""The participation rate: one place computes it, every screen and file calls it (SPEC §3.5)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from studylog.vntext.fmt import format_int, format_percent

_CENT = Decimal("0.01")


def percent(numerator: int, denominator: int) -> Decimal | None:
    """numerator/denominator in percent, rounded half-up to 2 decimals; None when 0 are due.

    Decimal arithmetic, not float: 0.125 must round to 0.13 exactly as a person
    rounding by hand would, and binary floats cannot promise that.
    """
    if denominator <= 0:
        return None
    return (Decimal(numerator) * 100 / Decimal(denominator)).quantize(_CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Rate:
    numerator: int
    denominator: int

    @property
    def percent(self) -> Decimal | None:
        return percent(self.numerator, self.denominator)

    @property
    def as_number(self) -> float | None:
        """For JSON: the rounded percent as a number (99.16), or None."""
        value = self.percent
        return None if value is None else float(value)

    @property
    def text(self) -> str:
        """`35.599/35.900 (99,16%)`; `0/0 (—)` when nobody was due."""
        return (
            f"{format_int(self.numerator)}/{format_int(self.denominator)} "
            f"({format_percent(self.percent)})"
        )
