"""Reading single cells: dates, identifiers, marks, statuses, rows that are not data."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from studylog.domain.enums import AttendanceStatus, Sex
from studylog.exchange.values import (
    ValueProblem,
    check_cell,
    is_numbering_row,
    is_subtotal_row,
    parse_card_no,
    parse_citizen_id,
    parse_date,
    parse_full_date,
    parse_mark,
    parse_phone,
    parse_sex,
    parse_status,
)

TODAY = date(2026, 2, 5)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(1990, 1, 9), date(1990, 1, 9)),
        (date(1971, 11, 20), date(1971, 11, 20)),
        ("04/05/1964", date(1964, 5, 4)),
        ("4/5/1964", date(1964, 5, 4)),
        ("04-05-1964", date(1964, 5, 4)),
        ("04.05.1964", date(1964, 5, 4)),
        (" 20/11/1971 ", date(1971, 11, 20)),
        ("3/8/82", date(1982, 8, 3)),
        ("15/1/26", date(2026, 1, 15)),
        ("1/1/27", date(1927, 1, 1)),
        ("1990-01-09", date(1990, 1, 9)),
        ("1990-01-09 00:00:00", date(1990, 1, 9)),
        ("1959", 1959),
        ("1959.0", 1959),
        (1959, 1959),
        (1959.0, 1959),
    ],
)
def test_parse_date_accepts_every_form_of_the_spec(value: object, expected: object) -> None:
    assert parse_date(value, today=TODAY) == expected


@pytest.mark.parametrize(
    "value",
    [
        "31/02/1990",
        "1/13/1990",
        "ngày mai",
        "12/1990",
        "",
        "1850",
        1959.5,
        20000,
        True,
        "05/05/2200",
    ],
)
def test_parse_date_refuses_with_a_bilingual_message(value: object) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_date(value, today=TODAY)
    message = caught.value.message
    assert message.render("en") and message.render("vi") != message.render("en")


def test_two_digit_years_pivot_on_the_current_year() -> None:
    assert parse_date("1/1/26", today=TODAY) == date(2026, 1, 1)
    assert parse_date("1/1/27", today=TODAY) == date(1927, 1, 1)
    assert parse_date("1/1/00", today=TODAY) == date(2000, 1, 1)
    assert parse_date("1/1/99", today=TODAY) == date(1999, 1, 1)


def test_a_party_date_needs_more_than_the_year() -> None:
    assert parse_full_date("03/02/1995") == date(1995, 2, 3)
    with pytest.raises(ValueProblem) as caught:
        parse_full_date("1995")
    assert "1995" in caught.value.message.render("vi")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2345678, "02345678"),
        (2345678.0, "02345678"),
        ("2345678", "02345678"),
        ("2345678.0", "02345678"),
        ("00987654", "00987654"),
        ("11223344", "11223344"),
        (79190004567, "079190004567"),
        (79190004567.0, "079190004567"),
        ("079190004567", "079190004567"),
        ("079 190 004 567", "079190004567"),
        ("0234.5678", "02345678"),
        (None, ""),
        ("", ""),
    ],
)
def test_card_numbers_regain_their_leading_zeros(value: object, expected: str) -> None:
    assert parse_card_no(value) == expected


@pytest.mark.parametrize(
    "value", ["AB123456", "0234567x", -5, 12.5, True, "1234567890123", "7,9190E+10", "７８９"]
)
def test_bad_card_numbers_are_problems(value: object) -> None:
    with pytest.raises(ValueProblem):
        parse_card_no(value)


def test_scientific_notation_says_digits_were_lost() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_card_no("7,9190E+10")
    assert "Text" in caught.value.message.render("en")


def test_citizen_ids_have_twelve_digits() -> None:
    assert parse_citizen_id(79190004567) == "079190004567"
    assert parse_citizen_id(1190004567) == "001190004567"
    assert parse_citizen_id("001190004567") == "001190004567"
    assert parse_citizen_id(None) == ""
    for bad in ("123456789", "1234567890123", "CCCD01"):
        with pytest.raises(ValueProblem):
            parse_citizen_id(bad)


def test_phone_numbers_typed_as_numbers_get_their_zero_back() -> None:
    assert parse_phone(912345678) == "0912345678"
    assert parse_phone(912345678.0) == "0912345678"
    assert parse_phone("0912 345 678") == "0912 345 678"
    assert parse_phone(None) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Nam", Sex.NAM), ("nam", Sex.NAM), ("NAM", Sex.NAM), ("Nữ", Sex.NU), ("nu", Sex.NU),
     ("NỮ", Sex.NU), (None, None), ("", None)],
)  # fmt: skip
def test_parse_sex(value: object, expected: Sex | None) -> None:
    assert parse_sex(value) == expected


def test_parse_sex_refuses_other_words() -> None:
    with pytest.raises(ValueProblem):
        parse_sex("x")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x", True), ("X", True), ("có", True), ("Có", True), ("co", True), (1, True),
        ("1", True), ("✓", True), (True, True), (None, False), ("", False), (0, False),
        ("không", False), ("15/01/2025", date(2025, 1, 15)),
        (datetime(2025, 1, 15), date(2025, 1, 15)),
    ],
)  # fmt: skip
def test_parse_mark(value: object, expected: object) -> None:
    assert parse_mark(value) == expected


@pytest.mark.parametrize("value", ["miễn", "2024", 2])
def test_parse_mark_refuses_what_is_neither_mark_nor_date(value: object) -> None:
    with pytest.raises(ValueProblem):
        parse_mark(value)


CO_MAT, MUON_SOM = AttendanceStatus.CO_MAT, AttendanceStatus.MUON_SOM
CO_LY_DO, VANG = AttendanceStatus.VANG_CO_LY_DO, AttendanceStatus.VANG


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x", CO_MAT), ("X", CO_MAT), ("có", CO_MAT), ("CÓ", CO_MAT), ("có mặt", CO_MAT),
        ("Co mat", CO_MAT), ("1", CO_MAT), (1, CO_MAT), (1.0, CO_MAT),
        ("muộn", MUON_SOM), ("Muon", MUON_SOM), ("về sớm", MUON_SOM), ("VỀ SỚM", MUON_SOM),
        ("vắng có lý do", CO_LY_DO), ("Vắng (có lý do)", CO_LY_DO), ("có lý do", CO_LY_DO),
        ("P", CO_LY_DO), ("p", CO_LY_DO), ("vang co ly do", CO_LY_DO),
        ("vắng", VANG), ("Vắng", VANG), ("không", VANG), ("0", VANG), (0, VANG),
        ("KP", VANG), ("kp", VANG),
    ],
)  # fmt: skip
def test_parse_status_follows_the_spec(value: object, expected: AttendanceStatus) -> None:
    assert parse_status(value) == expected


def test_parse_status_refuses_unknown_words() -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_status("đi công tác")
    assert "đi công tác" in caught.value.message.render("vi")


def test_check_cell_reports_formulas_errors_length_and_control_characters() -> None:
    assert check_cell("=SUM(A1:A3)") is not None
    assert "công thức" in str(check_cell("=A1"))
    assert check_cell("#N/A") is not None
    assert check_cell("x" * 1001) is not None
    assert check_cell("x" * 1000) is None
    assert check_cell("Nguyễn\x07Văn") is not None
    assert check_cell("dòng một\ndòng hai\tcột") is None
    assert check_cell(12345) is None


@pytest.mark.parametrize(
    "cells",
    [
        [None, "Tổng cộng"],
        [None, "Cộng: 6 đồng chí"],
        ["Cộng", None],
        [None, "Cong: 6 dong chi"],
        [None, "TỔNG SỐ: 12"],
        [None, None],
        ["", "  "],
    ],
)
def test_subtotal_and_blank_rows(cells: list[object]) -> None:
    assert is_subtotal_row(cells, [0, 1])


@pytest.mark.parametrize(
    "cells", [[1, "Công Tằng Tôn Nữ Thị Hoa"], [2, "Nguyễn Thành Công"], [3, "Cộng", "x"]]
)
def test_members_named_cong_are_not_subtotals(cells: list[object]) -> None:
    # Only the STT and name columns are looked at; "Cộng" in a third column is data.
    assert is_subtotal_row(cells, [0, 1]) == (cells[1] == "Cộng")


def test_numbering_row_under_the_header() -> None:
    assert is_numbering_row(["(1)", "(2)", "(3)", "(4)"])
    assert is_numbering_row([1, 2, 3, 4, 5])
    assert not is_numbering_row([7, 12345678])
    assert not is_numbering_row([1, "Nguyễn Văn An", 3])
