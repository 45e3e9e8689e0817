"""parse_attendance and parse_essays: matching members by card or name, statuses, grades."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from studylog.domain.enums import AttendanceStatus
from studylog.errors import InputError
from studylog.exchange.attendance_parse import (
    AttendanceRow,
    Candidate,
    parse_attendance,
    spelled,
)
from studylog.exchange.essay_parse import EssayRow, parse_essays

DATA = Path(__file__).parent.parent / "data"
CO_MAT, MUON_SOM = AttendanceStatus.CO_MAT, AttendanceStatus.MUON_SOM
CO_LY_DO, VANG = AttendanceStatus.VANG_CO_LY_DO, AttendanceStatus.VANG

MEMBERS = [
    Candidate("u-ngan", "Nguyễn Thị Bích Ngân", "02345678"),
    Candidate("u-toan", "Trần Quốc Toản", "00987654"),
    Candidate("u-nhung", "Lê Thị Hồng Nhung", "079190004567"),
    Candidate("u-dong", "Phạm Văn Đồng", "11223344"),
    Candidate("u-thuy", "Hà Thị Thuỷ", "55667788"),
    Candidate("u-kiet", "Võ Văn Kiệt", "99887766"),
    Candidate("u-hung1", "Nguyễn Văn Hùng", "10000001"),
    Candidate("u-hung2", "Nguyễn Văn Hưng", "10000002"),
    Candidate("u-an1", "Lê Văn An", "20000001"),
    Candidate("u-an2", "Lê Văn An", "20000002"),
]


def workbook(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for number, cells in enumerate(rows, start=1):
        for column, value in enumerate(cells, start=1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    book.save(path)
    return path


def test_attendance_example(tmp_path: Path) -> None:
    path = Path(shutil.copy(DATA / "attendance_example.xlsx", tmp_path / "dd.xlsx"))
    parsed = parse_attendance(path, MEMBERS)
    assert parsed.problems == []
    assert parsed.rows == [
        AttendanceRow(4, "u-ngan", CO_MAT),  # typed without diacritics
        AttendanceRow(5, "u-dong", CO_MAT),
        AttendanceRow(6, "u-thuy", MUON_SOM),  # Thủy in the file, Thuỷ in the roster
        AttendanceRow(7, "u-nhung", CO_LY_DO, "Con ốm"),
    ]


def test_spelling_ignores_tone_placement_but_not_letters() -> None:
    assert spelled("Hà Thị Thuỷ") == spelled("hà thị thủy")
    assert spelled("Hoà") == spelled("Hòa")
    assert spelled("Nguyễn Văn Hùng") != spelled("Nguyễn Văn Hưng")


def test_names_match_by_card_first_then_by_name(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "dd.xlsx",
        [
            ["DANH SÁCH ĐIỂM DANH"],
            ["STT", "Số thẻ ĐV", "Họ và tên", "Tình trạng", "Lý do"],
            [1, 10000001, "Nguyen Van Hung", "x"],
            [2, None, "Nguyễn Văn Hưng", "vắng có lý do", "Đi công tác"],
            [3, None, "NGUYỄN THỊ BÍCH NGÂN", "P"],
            [4, 79190004567, None, "KP"],
            [5, None, "Trần Quốc Toản", None],
            [None, "Cộng: 5 đồng chí"],
        ],
    )
    parsed = parse_attendance(path, MEMBERS)
    assert parsed.problems == []
    assert parsed.rows == [
        AttendanceRow(3, "u-hung1", CO_MAT),
        AttendanceRow(4, "u-hung2", CO_LY_DO, "Đi công tác"),
        AttendanceRow(5, "u-ngan", CO_LY_DO),
        AttendanceRow(6, "u-nhung", VANG),
        AttendanceRow(7, "u-toan", VANG),  # a blank status on a sign-in list is absent
    ]


def test_ambiguous_unknown_and_mismatched_rows_are_problems(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "dd.xlsx",
        [
            ["Số thẻ", "Họ và tên", "Điểm danh"],
            [None, "Nguyen Van Hung", "x"],
            [None, "Lê Văn An", "x"],
            [None, "Lê Văn Ân", "x"],
            [None, "Hoàng Văn Mới", "x"],
            ["99999999", None, "x"],
            ["11223344", "Võ Văn Kiệt", "x"],
            [None, "Phạm Văn Đồng", "đi họp"],
            [None, None, "x"],
            [None, "Hà Thị Thủy", "x"],
        ],
    )
    parsed = parse_attendance(path, MEMBERS)
    assert parsed.rows == [AttendanceRow(10, "u-thuy", CO_MAT)]
    rendered = [(p.row, p.column, p.render("en")) for p in parsed.problems]
    assert rendered == [
        (
            2,
            "B (Họ và tên)",
            "“Nguyen Van Hung” could be any of: Nguyễn Văn Hùng (10000001); "
            "Nguyễn Văn Hưng (10000002). Add the card number to choose.",
        ),
        (
            3,
            "B (Họ và tên)",
            "“Lê Văn An” could be any of: Lê Văn An (20000001); Lê Văn An (20000002)."
            " Add the card number to choose.",
        ),
        (
            4,
            "B (Họ và tên)",
            "“Lê Văn Ân” could be any of: Lê Văn An (20000001); Lê Văn An (20000002)."
            " Add the card number to choose.",
        ),
        (5, "B (Họ và tên)", "No member of the unit is named “Hoàng Văn Mới”."),
        (6, "A (Số thẻ)", "No member of the unit has the card number 99999999."),
        (
            7,
            "B (Họ và tên)",
            "The card number 11223344 belongs to Phạm Văn Đồng, but the row names Võ Văn Kiệt.",
        ),
        (8, "C (Điểm danh)", rendered[6][2]),
        (9, "C (Điểm danh)", "The row has a status but no member name or card number."),
    ]
    assert "đi họp" in rendered[6][2]


def test_a_member_listed_twice_is_a_problem(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "dd.xlsx",
        [
            ["Họ và tên", "Có mặt"],
            ["Võ Văn Kiệt", "x"],
            ["Phạm Văn Đồng", "x"],
            ["vo van kiet", "0"],
        ],
    )
    parsed = parse_attendance(path, MEMBERS)
    assert parsed.rows == [AttendanceRow(3, "u-dong", CO_MAT)]
    assert [(p.row, p.render("vi")) for p in parsed.problems] == [
        (2, "Đảng viên này đã có ở dòng 4."),
        (4, "Đảng viên này đã có ở dòng 2."),
    ]


def test_participant_export_without_status_column_means_present(tmp_path: Path) -> None:
    path = tmp_path / "zoom.csv"
    path.write_text("Tên người tham gia,Email\nPhạm Văn Đồng,dong@example.vn\nVo Van Kiet,\n")
    parsed = parse_attendance(path, MEMBERS)
    assert parsed.problems == []
    assert parsed.rows == [AttendanceRow(2, "u-dong", CO_MAT), AttendanceRow(3, "u-kiet", CO_MAT)]


def test_attendance_without_member_column_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "dd.xlsx", [["Điểm danh", "Lý do"], ["x", None]])
    with pytest.raises(InputError) as caught:
        parse_attendance(path, MEMBERS)
    assert "Số thẻ" in caught.value.render("vi") and "Họ và tên" in caught.value.render("vi")


def test_formula_in_a_status_cell_is_a_problem(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx", [["Họ và tên", "Điểm danh"], ["Võ Văn Kiệt", '=IF(1,"x")']]
    )
    parsed = parse_attendance(path, MEMBERS)
    assert parsed.rows == []
    assert [(p.row, p.column) for p in parsed.problems] == [(2, "B (Điểm danh)")]


# --- essays ----------------------------------------------------------------------


def test_essays_with_a_label_scale(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "bth.xlsx",
        [
            ["DANH SÁCH NỘP BÀI THU HOẠCH"],
            ["STT", "Họ và tên", "Số thẻ", "Ngày nộp", "Xếp loại"],
            [1, "Võ Văn Kiệt", None, "20/02/2026", "khá"],
            [2, None, "11223344", datetime(2026, 2, 21), "TỐT"],
            [3, "Hà Thị Thủy", None, "2026-02-22", None],
            [4, "Lê Thị Hồng Nhung", None, None, "chua dat"],
            [5, "Trần Quốc Toản", None, None, None],
            [6, "Nguyễn Thị Bích Ngân", None, "21/02/2026", "Xuất sắc"],
            [7, "Nguyen Van Hung", None, "21/02/2026", "Tốt"],
            [8, "Lê Văn An", "20000002", "2026", "Đạt"],
        ],
    )
    parsed = parse_essays(path, MEMBERS, ("Tốt", "Khá", "Đạt", "Chưa đạt"))
    assert parsed.rows == [
        EssayRow(3, "u-kiet", date(2026, 2, 20), "Khá"),
        EssayRow(4, "u-dong", date(2026, 2, 21), "Tốt"),
        EssayRow(5, "u-thuy", date(2026, 2, 22), ""),
        EssayRow(6, "u-nhung", None, "Chưa đạt"),
    ]
    rendered = {(p.row, p.column): p.render("en") for p in parsed.problems}
    assert set(rendered) == {(8, "E (Xếp loại)"), (9, "B (Họ và tên)"), (10, "D (Ngày nộp)")}
    assert rendered[(8, "E (Xếp loại)")] == (
        "“Xuất sắc” is not a grade of this campaign; accepted: Tốt, Khá, Đạt, Chưa đạt."
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [(8, "8"), (8.5, "8.5"), ("8,5", "8.5"), ("8.5", "8.5"), ("10", "10"), (0, "0"),
     ("7.0", "7"), (9.25, None), (11, None), (-1, None), ("tám", None), ("8,55", None)],
)  # fmt: skip
def test_essay_marks_out_of_ten(tmp_path: Path, value: object, expected: str | None) -> None:
    path = workbook(tmp_path / "d.xlsx", [["Số thẻ", "Điểm"], ["99887766", value]])
    parsed = parse_essays(path, MEMBERS, "diem10")
    if expected is None:
        assert parsed.rows == []
        [problem] = parsed.problems
        assert (problem.row, problem.column) == (2, "B (Điểm)")
    else:
        assert parsed.problems == []
        assert parsed.rows == [EssayRow(2, "u-kiet", None, expected)]


def test_essay_list_needs_a_date_or_grade_column(tmp_path: Path) -> None:
    path = workbook(tmp_path / "e.xlsx", [["Họ và tên", "Ghi chú"], ["Võ Văn Kiệt", "x"]])
    with pytest.raises(InputError) as caught:
        parse_essays(path, MEMBERS, ("Tốt", "Khá"))
    assert "Ngày nộp" in caught.value.render("vi") and "Xếp loại" in caught.value.render("vi")
