"""find_header: the header row among title rows, merged two-row headers, every synonym."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from studylog.errors import InputError
from studylog.exchange.attendance_parse import ATTENDANCE_HEADERS
from studylog.exchange.essay_parse import ESSAY_HEADERS
from studylog.exchange.headers import (
    HeaderMatch,
    RowReader,
    column_letter,
    data_rows,
    find_header,
    header_key,
)
from studylog.exchange.roster_parse import ROSTER_HEADERS
from studylog.exchange.sheets import Merge, RawTable
from studylog.exchange.values import parse_card_no


def table(rows: Sequence[Sequence[object]], merges: tuple[Merge, ...] = ()) -> RawTable:
    """Rows numbered from 1 as listed; empty lists are blank rows (left out, as read_table does)."""
    numbered = [(n, list(cells)) for n, cells in enumerate(rows, start=1) if cells]
    return RawTable(rows=numbered, encoding_note=None, source_kind="xlsx", merges=merges)


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 4, 25, 26, 27, 51, 52, 199)] == [
        "A", "E", "Z", "AA", "AB", "AZ", "BA", "GR",
    ]  # fmt: skip


def test_header_key_ignores_case_marks_brackets_and_punctuation() -> None:
    assert header_key("Đảng viên dự bị (x)") == "dang vien du bi"
    assert header_key("HỌ VÀ\nTÊN") == "ho va ten"
    assert header_key("Nam/Nữ") == "nam nu"
    assert header_key("Số thẻ ĐV") == "so the dv"
    assert header_key("  Ngày,  tháng, năm sinh ") == "ngay thang nam sinh"


def test_the_header_is_found_below_title_rows() -> None:
    found = find_header(
        table(
            [
                ["ĐẢNG BỘ XÃ AN BÌNH"],
                ["CHI BỘ ẤP 2"],
                ["SỔ DANH SÁCH ĐẢNG VIÊN"],
                [],
                ["STT", "Họ và tên đảng viên", "Năm sinh", "Nam/Nữ", "Số thẻ ĐV", "Lạ"],
                [1, "Nguyễn Văn An", 1960, "Nam", 2345678],
            ]
        ),
        ROSTER_HEADERS,
        ["full_name"],
    )
    assert found.row == 5
    assert dict(found.columns) == {"stt": 0, "full_name": 1, "birth": 2, "sex": 3, "card_no": 4}
    assert found.label("card_no") == "E (Số thẻ ĐV)"
    assert found.label("full_name") == "B (Họ và tên đảng viên)"


def test_headers_compare_without_case_or_diacritics() -> None:
    found = find_header(
        table([["stt", "HO VA TEN", "so the dang vien (12 so)", "GHI CHÚ KHÁC"]]),
        ROSTER_HEADERS,
        ["full_name"],
    )
    assert dict(found.columns) == {"stt": 0, "full_name": 1, "card_no": 2, "note": 3}


def test_two_row_header_with_merged_groups() -> None:
    rows: list[list[object]] = [
        ["DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ 3"],
        [],
        ["STT", "Họ và tên", "Ngày tháng năm sinh", None, "Ngày vào Đảng", None, "Số thẻ"],
        [None, None, "Nam", "Nữ", "Kết nạp", "Chính thức"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        [1, "Nguyễn Văn An", "12/03/1970", None, "03/02/1995", "03/02/1996", 1234567],
    ]
    merges = ((1, 0, 1, 6), (3, 0, 4, 0), (3, 1, 4, 1), (3, 2, 3, 3), (3, 4, 3, 5), (3, 6, 4, 6))
    found = find_header(table(rows, merges), ROSTER_HEADERS, ["full_name"])
    assert found.row == 4
    assert dict(found.columns) == {
        "stt": 0, "full_name": 1, "male": 2, "female": 3, "joined": 4, "official": 5,
        "card_no": 6,
    }  # fmt: skip
    assert found.label("official") == "F (Ngày vào Đảng Chính thức)"
    assert [n for n, _ in data_rows(table(rows, merges), found)] == [6]


def test_vertically_merged_header_without_groups_starts_data_below_it() -> None:
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Số thẻ"],
        [],
        [1, "Nguyễn Văn An", "02345678"],
    ]
    found = find_header(
        table(rows, ((1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2))), ROSTER_HEADERS, ["full_name"]
    )
    assert found.row == 1


def test_a_single_word_synonym_does_not_claim_longer_headers() -> None:
    found = find_header(table([["Họ và tên", "Năm vào Đảng", "Nữ"]]), ROSTER_HEADERS, ["full_name"])
    assert dict(found.columns) == {"full_name": 0, "female": 2}


def test_data_rows_do_not_pass_for_headers() -> None:
    rows: list[list[object]] = [
        ["Họ và tên", "Ghi chú"],
        ["Ghi chú của chi bộ", "Họ và tên cũ: Lê Văn B"],
    ]
    assert find_header(table(rows), ROSTER_HEADERS, ["full_name"]).row == 1


ROSTER_FIELDS = [(name, word) for name, words in ROSTER_HEADERS.items() for word in words]


@pytest.mark.parametrize(("name", "word"), ROSTER_FIELDS)
def test_every_roster_synonym(name: str, word: str) -> None:
    headers = [word] if name == "full_name" else ["Họ và tên", word]
    found = find_header(table([["Sổ đảng viên"], headers]), ROSTER_HEADERS, ["full_name"])
    assert found.row == 2
    assert found.columns[name] == len(headers) - 1
    # The same header typed in capitals without marks.
    upper = [h.upper() for h in headers]
    assert find_header(table([upper]), ROSTER_HEADERS, ["full_name"]).columns[name] == (
        len(headers) - 1
    )


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["STT", "Họ và tên", "Điểm danh", "Lý do"], {"full_name": 1, "status": 2, "reason": 3}),
        (["Số thẻ", "Có mặt"], {"card_no": 0, "status": 1}),
        (["Họ tên", "Tình trạng"], {"full_name": 0, "status": 1}),
        (
            ["Số thẻ đảng viên", "Họ và tên", "Điểm danh"],
            {"card_no": 0, "full_name": 1, "status": 2},
        ),
    ],
)
def test_attendance_synonyms(headers: list[object], expected: dict[str, int]) -> None:
    found = find_header(table([headers]), ATTENDANCE_HEADERS, [("card_no", "full_name")])
    assert {k: v for k, v in found.columns.items() if k != "stt"} == expected


def test_essay_synonyms() -> None:
    found = find_header(
        table([["Số thẻ ĐV", "Ngày nộp", "Xếp loại"]]),
        ESSAY_HEADERS,
        [("card_no", "full_name"), ("submitted", "grade")],
    )
    assert dict(found.columns) == {"card_no": 0, "submitted": 1, "grade": 2}


def test_missing_required_column_names_the_expected_headers() -> None:
    with pytest.raises(InputError) as caught:
        find_header(table([["Tên", "Tuổi"], ["An", 40]]), ROSTER_HEADERS, ["full_name"])
    assert "“Họ và tên”" in caught.value.render("vi")
    assert "first 20 rows" in caught.value.render("en")


def test_header_below_row_20_is_not_found() -> None:
    rows = [*([f"Dòng tiêu đề {i}"] for i in range(20)), ["Họ và tên"]]
    with pytest.raises(InputError):
        find_header(table(rows), ROSTER_HEADERS, ["full_name"])


def test_an_alternative_requirement_names_both_sides() -> None:
    with pytest.raises(InputError) as caught:
        find_header(table([["Điểm danh"]]), ATTENDANCE_HEADERS, [("card_no", "full_name")])
    text = caught.value.render("vi")
    assert "“Số thẻ”" in text and "“Họ và tên”" in text


def test_data_rows_skip_subtotals_numbering_and_the_signature_block() -> None:
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Số thẻ"],
        [1, 2, 3],
        [1, "Nguyễn Văn An", "02345678"],
        [None, "Cộng tổ 1: 1 đồng chí"],
        [2, "Trần Thị Bé", "02345679"],
        [None, "Tổng cộng"],
        [],
        [None, "NGƯỜI LẬP BIỂU"],
        [None, "Lê Văn Lập"],
    ]
    t = table(rows)
    found = find_header(t, ROSTER_HEADERS, ["full_name"])
    assert [n for n, _ in data_rows(t, found)] == [3, 5]


def test_row_reader_collects_problems_with_row_and_column() -> None:
    header = HeaderMatch(row=1, columns={"card_no": 4}, labels={"card_no": "E (Số thẻ ĐV)"})
    reader = RowReader(7, [None, None, None, None, "ABC"], header)
    assert reader.get("card_no", parse_card_no, "") == ""
    assert reader.get("missing", parse_card_no, "-") == "-"
    [problem] = reader.problems
    assert (problem.row, problem.column) == (7, "E (Số thẻ ĐV)")
    assert problem.as_json("en") == {
        "row": 7,
        "column": "E (Số thẻ ĐV)",
        "message": "“ABC” is not a party card number: only digits are allowed.",
    }
    formula = RowReader(8, [None, None, None, None, "=A1"], header)
    assert formula.get("card_no", parse_card_no, "") == ""
    assert "formula" in formula.problems[0].render("en")


def test_signature_block_without_a_subtotal_ends_the_table() -> None:
    rows: list[list[object]] = [
        ["STT", "Họ và tên", "Số thẻ", "Điểm danh"],
        [1, "Nguyễn Văn An", "02345678", "x"],
        [None, "Trần Thị Bé", None, "P"],
        [],
        [None, None, "Bến Thành, ngày 05 tháng 02 năm 2026"],
        [None, "NGƯỜI LẬP BIỂU", None, "BÍ THƯ"],
        [None, "Phan Văn Lập", None, "Võ Thị Thư"],
    ]
    t = table(rows)
    found = find_header(t, ATTENDANCE_HEADERS, [("card_no", "full_name")])
    assert [n for n, _ in data_rows(t, found)] == [2, 3]


def test_without_numbers_or_cards_every_row_is_data() -> None:
    rows: list[list[object]] = [["Họ và tên"], ["NGUYỄN VĂN AN"], ["TRẦN THỊ BÉ"]]
    t = table(rows)
    found = find_header(t, ROSTER_HEADERS, ["full_name"])
    assert [n for n, _ in data_rows(t, found)] == [2, 3]


def test_names_on_the_second_row_under_a_merged_group_title() -> None:
    rows: list[list[object]] = [
        ["STT", "THÔNG TIN ĐẢNG VIÊN", None, None, "Ghi chú"],
        [None, "Họ và tên", "Năm sinh", "Số thẻ ĐV"],
        [1, "Nguyễn Văn An", 1960, "02345678"],
    ]
    merges = ((1, 0, 2, 0), (1, 1, 1, 3), (1, 4, 2, 4))
    found = find_header(table(rows, merges), ROSTER_HEADERS, ["full_name"])
    assert found.row == 2
    assert dict(found.columns) == {
        "stt": 0, "full_name": 1, "birth": 2, "card_no": 3, "note": 4,
    }  # fmt: skip
    assert found.label("stt") == "A (STT)"
