"""Numbers and dates the Vietnamese way (SPEC §4)."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studylog.vntext.fmt import (
    date_line,
    format_date,
    format_decimal,
    format_int,
    format_percent,
    parse_user_date,
)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1000, "1.000"),
        (24834, "24.834"),
        (35599, "35.599"),
        (100000, "100.000"),
        (1234567, "1.234.567"),
        (-999, "-999"),
        (-1234, "-1.234"),
    ],
)
def test_format_int(n: int, text: str) -> None:
    assert format_int(n) == text


@pytest.mark.parametrize(
    ("x", "places", "text"),
    [
        (Decimal("99.16"), 2, "99,16"),
        (Decimal("99.155"), 2, "99,16"),  # half-up, as a person rounds
        (Decimal("99.154999"), 2, "99,15"),
        (Decimal("0.125"), 2, "0,13"),
        (Decimal("-0.125"), 2, "-0,13"),  # halves round away from zero
        (Decimal("-0.001"), 2, "0,00"),  # never "-0,00"
        (Decimal("24834.5"), 2, "24.834,50"),
        (Decimal("1E+30"), 2, "1.000.000.000.000.000.000.000.000.000.000,00"),
        (5, 2, "5,00"),
        (-1234567, 2, "-1.234.567,00"),
        (2.675, 2, "2,68"),  # the float as it prints, not its binary value 2.67499…
        (0.1 + 0.2, 2, "0,30"),
        (Decimal("2.5"), 0, "3"),
        (Decimal("1999.95"), 1, "2.000,0"),
        (Decimal("3.14159"), 4, "3,1416"),
    ],
)
def test_format_decimal(x: Decimal | int | float, places: int, text: str) -> None:
    assert format_decimal(x, places) == text


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_format_decimal_refuses_what_is_not_a_number(bad: Decimal | float) -> None:
    with pytest.raises(ValueError, match="finite"):
        format_decimal(bad)


def test_format_decimal_refuses_negative_places() -> None:
    with pytest.raises(ValueError, match="places"):
        format_decimal(1, -1)


@pytest.mark.parametrize(
    ("x", "text"),
    [
        (Decimal("99.16"), "99,16%"),  # Tây Ninh, 35.599/35.900
        (Decimal("95.78"), "95,78%"),
        (Decimal("100"), "100,00%"),
        (Decimal("0"), "0,00%"),
        (Decimal("12.345"), "12,35%"),
        (None, "—"),
    ],
)
def test_format_percent(x: Decimal | None, text: str) -> None:
    assert format_percent(x) == text


def test_format_percent_places() -> None:
    assert format_percent(Decimal("99.16"), places=1) == "99,2%"


def test_format_date() -> None:
    assert format_date(date(2026, 2, 5)) == "05/02/2026"
    assert format_date(date(2026, 12, 31)) == "31/12/2026"
    assert format_date(datetime(2026, 10, 15, 23, 59)) == "15/10/2026"
    assert format_date(date(999, 1, 1)) == "01/01/0999"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("d", "line"),
    [
        (date(2026, 2, 5), "Phường Bến Thành, ngày 05 tháng 02 năm 2026"),
        (date(2026, 1, 31), "Phường Bến Thành, ngày 31 tháng 01 năm 2026"),
        (date(2026, 3, 5), "Phường Bến Thành, ngày 05 tháng 3 năm 2026"),
        (date(2026, 9, 9), "Phường Bến Thành, ngày 09 tháng 9 năm 2026"),
        (date(2026, 10, 15), "Phường Bến Thành, ngày 15 tháng 10 năm 2026"),
        (date(2026, 12, 25), "Phường Bến Thành, ngày 25 tháng 12 năm 2026"),
    ],
)
def test_date_line(d: date, line: str) -> None:
    assert date_line("Phường Bến Thành", d) == line


def test_date_line_tidies_the_place() -> None:
    assert date_line("  Xã  Tân Hội ", date(2026, 2, 5)) == "Xã Tân Hội, ngày 05 tháng 02 năm 2026"
    assert date_line("", date(2026, 3, 5)) == "Ngày 05 tháng 3 năm 2026"


@pytest.mark.parametrize(
    ("text", "d"),
    [
        ("2026-02-05", date(2026, 2, 5)),
        ("05/02/2026", date(2026, 2, 5)),
        ("5/2/2026", date(2026, 2, 5)),
        (" 31/12/2026\n", date(2026, 12, 31)),
        ("2024-02-29", date(2024, 2, 29)),
        ("2026-2-5", date(2026, 2, 5)),
    ],
)
def test_parse_user_date(text: str, d: date) -> None:
    assert parse_user_date(text) == d


@pytest.mark.parametrize(
    "text",
    [
        "",
        "abc",
        "05-02-2026",
        "2026/02/05",
        "05/02/26",
        "05.02.2026",
        "2026-02-05T10:00",
        "05/02/2026 extra",
        "٠٥/٠٢/٢٠٢٦",  # Arabic-Indic digits are digits to Python, not to us
    ],
)
def test_parse_user_date_refuses_other_forms(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_user_date(text)


@pytest.mark.parametrize("text", ["31/02/2026", "2026-13-01", "00/01/2026", "2025-02-29"])
def test_parse_user_date_refuses_dates_that_do_not_exist(text: str) -> None:
    with pytest.raises(ValueError, match="no such date"):
        parse_user_date(text)


# --- properties --------------------------------------------------------------------------


@given(st.integers())
def test_format_int_groups_by_three(n: int) -> None:
    text = format_int(n)
    assert int(text.replace(".", "")) == n
    groups = text.lstrip("-").split(".")
    assert 1 <= len(groups[0]) <= 3
    assert all(len(g) == 3 for g in groups[1:])


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12),
    st.integers(0, 6),
)
def test_format_decimal_rounds_half_up(x: Decimal, places: int) -> None:
    text = format_decimal(x, places)
    whole, _, fraction = text.partition(",")
    assert len(fraction) == places
    shown = Decimal(whole.replace(".", "") + ("." + fraction if places else ""))
    step = Decimal(1).scaleb(-places)
    # within half a step of the value, and a tie goes away from zero
    assert abs(shown - x) <= step / 2
    if abs(shown - x) == step / 2:
        assert abs(shown) > abs(x)
    assert shown == x.quantize(step, ROUND_HALF_UP)


@given(st.dates())
def test_dates_read_back(d: date) -> None:
    assert parse_user_date(format_date(d)) == d
    assert parse_user_date(d.isoformat()) == d


@given(st.dates())
def test_date_line_shape(d: date) -> None:
    match = re.fullmatch(
        r"Phường Bến Thành, ngày (\d+) tháng (\d+) năm (\d+)", date_line("Phường Bến Thành", d)
    )
    assert match is not None
    day, month, year = match.groups()
    assert (int(day), int(month), int(year)) == (d.day, d.month, d.year)
    assert len(day) == 2
    assert month == (f"{d.month:02d}" if d.month <= 2 else str(d.month))
