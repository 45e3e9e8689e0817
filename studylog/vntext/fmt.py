"""Numbers and dates the Vietnamese way (SPEC §4): `24.834`, `99,16%`, `05/02/2026`."""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal

Number = Decimal | int | float

NO_VALUE = "—"

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_VN_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")


def format_int(n: int) -> str:
    """`24834` → `24.834`; `-1234` → `-1.234`."""
    sign = "-" if n < 0 else ""
    return sign + f"{abs(n):,}".replace(",", ".")


def _to_decimal(x: Number) -> Decimal:
    # A float is taken as it prints (2.675, not its binary neighbour 2.67499…),
    # so that half-up rounding gives what the reader expects.
    value = Decimal(repr(x)) if isinstance(x, float) else Decimal(x)
    if not value.is_finite():
        raise ValueError(f"not a finite number: {x!r}")
    return value


def format_decimal(x: Number, places: int = 2) -> str:
    """`99.155` → `99,16` (half-up, as a person rounds); `24834.5` → `24.834,50`."""
    if places < 0:
        raise ValueError(f"places must not be negative: {places}")
    value = _to_decimal(x)
    # Enough precision for every digit, whatever the size of the number.
    context = Context(prec=max(28, value.adjusted() + places + 2))
    rounded = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP, context)
    sign = "-" if rounded < 0 else ""  # -0,00 is written 0,00
    whole, _, fraction = f"{rounded.copy_abs():f}".partition(".")
    return sign + format_int(int(whole)) + ("," + fraction if places else "")


def format_percent(x: Number | None, places: int = 2) -> str:
    """A value already in percent: `99.16` → `99,16%`; None (nobody was due) → `—`."""
    if x is None:
        return NO_VALUE
    return format_decimal(x, places) + "%"


def format_date(d: date | None) -> str:
    """`05/02/2026` as in tables; None → empty."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def date_line(place: str, d: date) -> str:
    """`Phường Bến Thành, ngày 05 tháng 02 năm 2026`, the date line of Party documents.

    The day always has two digits, but of the months only January and February get
    a leading zero (`ngày 05 tháng 3 năm 2026`): the rule of administrative
    documents, which keeps 01 and 02 from being altered into 11 and 12.
    """
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    when = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    place = " ".join(place.split())
    return f"{place}, {when}" if place else when[0].upper() + when[1:]


def parse_user_date(text: str) -> date:
    """`2026-02-05` or `05/02/2026` (also `5/2/2026`); ValueError for anything else."""
    stripped = text.strip()
    if match := _ISO_DATE.fullmatch(stripped):
        year, month, day = (int(g) for g in match.groups())
    elif match := _VN_DATE.fullmatch(stripped):
        day, month, year = (int(g) for g in match.groups())
    else:
        raise ValueError(f"not a date (yyyy-mm-dd or dd/mm/yyyy): {text!r}")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"no such date: {text!r}") from exc
