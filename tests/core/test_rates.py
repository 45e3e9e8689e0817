"""The rate of SPEC §3.5: half-up to 2 decimals, X/Y (Z,ZZ%), no rate for 0 due."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from studylog.domain.rates import Rate, percent


def test_published_figures() -> None:
    assert percent(35599, 35900) == Decimal("99.16")
    assert percent(350459, 365911) == Decimal("95.78")
    assert Rate(35599, 35900).text == "35.599/35.900 (99,16%)"
    assert Rate(350459, 365911).text == "350.459/365.911 (95,78%)"


def test_half_up_not_bankers() -> None:
    assert percent(1, 800) == Decimal("0.13")  # 0.125 → 0.13
    assert percent(1, 8) == Decimal("12.50")
    assert percent(2, 3) == Decimal("66.67")
    assert percent(1, 3) == Decimal("33.33")
    assert percent(45, 52) == Decimal("86.54")


def test_no_rate_when_nobody_is_due() -> None:
    assert percent(0, 0) is None
    assert Rate(0, 0).as_number is None
    assert Rate(0, 0).text == "0/0 (—)"


def test_json_number() -> None:
    assert Rate(35599, 35900).as_number == 99.16
    assert Rate(5, 5).as_number == 100.0


@given(st.integers(min_value=1, max_value=10**7), st.data())
def test_matches_exact_half_up(denominator: int, data: st.DataObject) -> None:
    numerator = data.draw(st.integers(min_value=0, max_value=denominator))
    exact = Fraction(numerator * 100, denominator)
    hundredths = exact * 100
    floor = hundredths.numerator // hundredths.denominator
    expected = floor + (1 if hundredths - floor >= Fraction(1, 2) else 0)
    assert percent(numerator, denominator) == Decimal(expected) / 100


@given(st.integers(min_value=1, max_value=10**6), st.data())
def test_bounded_and_monotonic(denominator: int, data: st.DataObject) -> None:
    a = data.draw(st.integers(min_value=0, max_value=denominator))
    b = data.draw(st.integers(min_value=a, max_value=denominator))
    pa, pb = percent(a, denominator), percent(b, denominator)
    assert pa is not None and pb is not None
    assert Decimal(0) <= pa <= pb <= Decimal(100)
