"""parse_roster on the shared sample, on messy workbooks built here, and on bad cells."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studylog.domain.enums import MemberStatus, Sex
from studylog.errors import InputError
from studylog.exchange.roster_parse import RosterParse, RosterRow, parse_roster

DATA = Path(__file__).parent.parent / "data"
TODAY = date(2026, 2, 5)


def workbook(path: Path, rows: Sequence[Sequence[object]], merges: Iterable[str] = ()) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for number, cells in enumerate(rows, start=1):
        for column, value in enumerate(cells, start=1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    for ref in merges:
        sheet.merge_cells(ref)
    book.save(path)
    return path


def by_name(parsed: RosterParse) -> dict[str, RosterRow]:
    return {row.full_name: row for row in parsed.rows}


def problems(parsed: RosterParse, lang: str = "en") -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.render("en" if lang == "en" else "vi")) for p in parsed.problems]


# --- the shared sample -----------------------------------------------------------


def test_roster_example(tmp_path: Path) -> None:
    path = Path(shutil.copy(DATA / "roster_example.xlsx", tmp_path / "roster_example.xlsx"))
    parsed = parse_roster(path, today=TODAY)
    assert parsed.problems == []
    assert parsed.encoding_note is None
    assert [r.full_name for r in parsed.rows] == [
        "Nguyễn Thị Bích Ngân",
        "Trần Quốc Toản",
        "Lê Thị Hồng Nhung",
        "Phạm Văn Đồng",
        "Hà Thị Thuỷ",
        "Võ Văn Kiệt",
    ]  # 'Cộng: 6 đồng chí' on row 12 is not a member
    rows = by_name(parsed)
    assert rows["Nguyễn Thị Bích Ngân"] == RosterRow(
        row=6,
        full_name="Nguyễn Thị Bích Ngân",
        birth_date=date(1964, 5, 4),
        birth_year=1964,
        sex=Sex.NU,
        card_no="02345678",
        status=MemberStatus.DU_BI,
        status_given=True,
    )
    toan = rows["Trần Quốc Toản"]
    assert (toan.birth_date, toan.birth_year, toan.card_no) == (None, 1959, "00987654")
    assert (toan.exempt, toan.exempt_from, toan.status) == (True, None, MemberStatus.CHINH_THUC)
    nhung = rows["Lê Thị Hồng Nhung"]
    assert (nhung.birth_date, nhung.card_no, nhung.exempt) == (
        date(1990, 1, 9),
        "079190004567",
        False,
    )
    assert rows["Phạm Văn Đồng"].birth_date == date(1971, 11, 20)
    thuy = rows["Hà Thị Thuỷ"]
    assert (thuy.birth_date, thuy.status, thuy.sex) == (date(1982, 8, 3), MemberStatus.DU_BI, "nu")
    kiet = rows["Võ Văn Kiệt"]
    assert (kiet.exempt, kiet.exempt_from, kiet.birth_year) == (True, date(2025, 1, 15), 1952)


def test_roster_in_tcvn3_is_converted(tmp_path: Path) -> None:
    path = Path(shutil.copy(DATA / "roster_tcvn3_example.xlsx", tmp_path / "abc.xlsx"))
    parsed = parse_roster(path, today=TODAY)
    expected = (DATA / "roster_tcvn3_example.expected.txt").read_text(encoding="utf-8").split()
    assert parsed.problems == []
    assert [r.full_name for r in parsed.rows] == [
        " ".join(expected[i : i + 3]) for i in range(0, len(expected), 3)
    ]
    assert [r.card_no for r in parsed.rows] == [f"8000000{i}" for i in range(1, 6)]
    assert parsed.rows[0].birth_date == date(1961, 1, 1)
    assert parsed.encoding_note is not None
    assert parsed.encoding_note.render("vi") == (
        "Tệp được gõ bằng bảng mã TCVN3 (ABC) và đã được chuyển sang Unicode."
    )


# --- messy workbooks ---------------------------------------------------------------


def test_two_row_header_stt_subtotals_and_signature_block(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "mau.xlsx",
        [
            ["ĐẢNG BỘ PHƯỜNG BẾN THÀNH"],
            ["DANH SÁCH ĐẢNG VIÊN"],
            [],
            ["STT", "Họ và tên", "Ngày tháng năm sinh", None, "Ngày vào Đảng", None,
             "Số thẻ đảng viên", "Số CCCD", "SĐT", "Miễn SH", "Ghi chú"],
            [None, None, "Nam", "Nữ", "Kết nạp", "Chính thức"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)"],
            [1, "  Nguyễn   Văn An ", "12/03/1970", None, datetime(1995, 2, 3), "03/02/1996",
             1234567, 79190004567, 912345678, None, "Bí thư"],
            [2, "Trần Thị Bé", None, "5/6/85", "2019-05-19", None, "12345678", None, None, "x"],
            [None, "Cộng tổ 1: 2 đồng chí"],
            [3, "Lê Văn Cường", "x", None, None, None, 87654321.0, None, None, "01/03/2024"],
            [4],
            [None, "Tổng cộng: 3 đồng chí"],
            [],
            [None, "NGƯỜI LẬP BIỂU", None, None, None, None, None, "T/M CHI BỘ"],
            [None, "Phan Văn Lập", None, None, None, None, None, "Võ Thị Thư"],
        ],
        merges=["A1:K1", "A2:K2", "A4:A5", "B4:B5", "C4:D4", "E4:F4", "G4:G5", "H4:H5",
                "I4:I5", "J4:J5", "K4:K5"],
    )  # fmt: skip
    parsed = parse_roster(path, today=TODAY)
    assert parsed.problems == []
    an, be, cuong = parsed.rows
    assert an == RosterRow(
        row=7,
        full_name="Nguyễn Văn An",
        birth_date=date(1970, 3, 12),
        birth_year=1970,
        sex="nam",
        card_no="01234567",
        citizen_id="079190004567",
        joined=date(1995, 2, 3),
        official=date(1996, 2, 3),
        phone="0912345678",
        note="Bí thư",
    )
    assert (be.sex, be.birth_date, be.joined, be.card_no) == (
        "nu",
        date(1985, 6, 5),
        date(2019, 5, 19),
        "12345678",
    )
    assert (be.exempt, be.exempt_from) == (True, None)
    assert (cuong.row, cuong.sex, cuong.birth_date, cuong.card_no) == (10, "nam", None, "87654321")
    assert cuong.exempt_from == date(2024, 3, 1)


@pytest.mark.parametrize(
    ("status_header", "value", "expected"),
    [
        ("Chính thức/Dự bị", "Dự bị", MemberStatus.DU_BI),
        ("Chính thức/Dự bị", "du bi", MemberStatus.DU_BI),
        ("Loại đảng viên", "Chính thức", MemberStatus.CHINH_THUC),
        ("Loại đảng viên", "CHÍNH THỨC", MemberStatus.CHINH_THUC),
        ("Đảng viên dự bị (x)", "x", MemberStatus.DU_BI),
        ("Dự bị", "X", MemberStatus.DU_BI),
    ],
)
def test_status_columns(
    tmp_path: Path, status_header: str, value: str, expected: MemberStatus
) -> None:
    path = workbook(tmp_path / "s.xlsx", [["Họ và tên", status_header], ["Lê Văn A", value]])
    [row] = parse_roster(path, today=TODAY).rows
    assert (row.status, row.status_given) == (expected, True)


def test_without_a_status_column_status_is_not_given(tmp_path: Path) -> None:
    path = workbook(tmp_path / "n.xlsx", [["Họ và tên"], ["Lê Văn A"]])
    [row] = parse_roster(path, today=TODAY).rows
    assert (row.status, row.status_given) == (MemberStatus.CHINH_THUC, False)


def test_csv_roster(tmp_path: Path) -> None:
    path = tmp_path / "ds.csv"
    path.write_text(
        "STT;Họ và tên;Năm sinh;Giới tính;Số thẻ\n1;Nguyễn Văn An;1960;nam;2345678\n"
        "2;Hà Thị Thủy;03/08/1982;Nữ;0055667788\n",
        encoding="utf-8-sig",
    )
    parsed = parse_roster(path, today=TODAY)
    assert parsed.problems == []
    assert [(r.full_name, r.birth_year, r.sex, r.card_no) for r in parsed.rows] == [
        ("Nguyễn Văn An", 1960, "nam", "02345678"),
        ("Hà Thị Thủy", 1982, "nu", "000055667788"),
    ]


# --- problems --------------------------------------------------------------------


def test_each_bad_cell_is_a_problem_with_row_and_column(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        [
            ["DANH SÁCH"],
            ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ ĐV", "Ngày vào Đảng",
             "Ngày chính thức", "Miễn sinh hoạt", "Chính thức/Dự bị"],
            [1, "Nguyễn Văn An", "31/02/1970", "Nam", "2345678"],
            [2, "Trần Văn Bình", "1970", "Nam", "AB12", "1995"],
            [3, "Lê Văn Cường", "=DATE(1970,1,1)", "Nam", "11111111"],
            [4, "Phạm Văn Dũng", "1970", "trai", "22222222", "03/02/1996", "03/02/1995"],
            [5, None, "1970", "Nam", "33333333"],
            [6, "Võ Văn Em", "2030", "Nam", "44444444", None, None, "miễn", "tạm"],
            [7, "Đỗ Văn Giang", "1970", "Nam", "55555555"],
            [8, 12345, None, None, "66666666"],
        ],
    )  # fmt: skip
    parsed = parse_roster(path, today=TODAY)
    assert [r.full_name for r in parsed.rows] == ["Đỗ Văn Giang"]
    found = {(row, column) for row, column, _ in problems(parsed)}
    assert found == {
        (3, "C (Ngày sinh)"),
        (4, "E (Số thẻ ĐV)"),
        (4, "F (Ngày vào Đảng)"),
        (5, "C (Ngày sinh)"),
        (6, "D (Giới tính)"),
        (6, "G (Ngày chính thức)"),
        (7, "B (Họ và tên)"),
        (8, "C (Ngày sinh)"),
        (8, "H (Miễn sinh hoạt)"),
        (8, "I (Chính thức/Dự bị)"),
        (10, "B (Họ và tên)"),
    }
    texts = {(row, column): text for row, column, text in problems(parsed)}
    assert texts[(5, "C (Ngày sinh)")] == "The cell holds a formula; type the value instead."
    assert "AB12" in texts[(4, "E (Số thẻ ĐV)")]
    assert all(p.message.render("vi") != p.message.render("en") for p in parsed.problems)
    assert [p.row for p in parsed.problems] == sorted(p.row for p in parsed.problems)


def test_duplicate_card_numbers_are_problems_on_every_row(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "dup.xlsx",
        [
            ["Họ và tên", "Số thẻ"],
            ["Nguyễn Văn An", 2345678],
            ["Trần Văn Bình", "11111111"],
            ["Nguyễn Văn An", "02345678"],
        ],
    )
    parsed = parse_roster(path, today=TODAY)
    assert [r.full_name for r in parsed.rows] == ["Trần Văn Bình"]
    assert problems(parsed) == [
        (2, "B (Số thẻ)", "The number 02345678 is also on row 4: each member appears once."),
        (4, "B (Số thẻ)", "The number 02345678 is also on row 2: each member appears once."),
    ]


def test_huge_cells_and_control_characters_are_problems(tmp_path: Path) -> None:
    path = tmp_path / "hostile.csv"
    path.write_text(
        "Họ và tên,Ghi chú\n"
        f"Nguyễn Văn An,{'A' * 100_000}\n"
        "Trần\x07 Văn Bình,\n"
        "Lê Văn Cường,bình thường\n",
        encoding="utf-8",
    )
    parsed = parse_roster(path, today=TODAY)
    assert [r.full_name for r in parsed.rows] == ["Lê Văn Cường"]
    assert [(p.row, p.column) for p in parsed.problems] == [
        (2, "B (Ghi chú)"),
        (3, "A (Họ và tên)"),
    ]
    assert "100000 characters" in parsed.problems[0].render("en")
    assert "ký tự điều khiển" in parsed.problems[1].render("vi")


def test_template_rows_with_only_a_number_are_skipped(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "t.xlsx", [["STT", "Họ và tên", "Số thẻ"], [1, "Lê Văn A", "11111111"], [2], [3]]
    )
    parsed = parse_roster(path, today=TODAY)
    assert (len(parsed.rows), parsed.problems) == (1, [])


def test_wrong_headers_refuse_the_file(tmp_path: Path) -> None:
    path = workbook(tmp_path / "w.xlsx", [["Tên", "Tuổi"], ["An", 40]])
    with pytest.raises(InputError) as caught:
        parse_roster(path)
    assert "Họ và tên" in caught.value.render("vi")


def test_an_empty_workbook_has_no_header(tmp_path: Path) -> None:
    path = workbook(tmp_path / "empty.xlsx", [])
    with pytest.raises(InputError):
        parse_roster(path)


def test_header_only_gives_nothing_and_no_problem(tmp_path: Path) -> None:
    path = workbook(tmp_path / "h.xlsx", [["STT", "Họ và tên", "Số thẻ"]])
    assert parse_roster(path) == RosterParse([], [], None)


def test_csv_roster_typed_in_vni(tmp_path: Path) -> None:
    from studylog.vntext.legacy import encode

    text = "STT,Họ và tên,Số thẻ\n1,Nguyễn Thị Phượng,80000002\n2,Trương Thị Diệu,80000004\n"
    path = tmp_path / "vni.csv"
    path.write_bytes(encode(text, "vni").encode("cp1252"))
    parsed = parse_roster(path, today=TODAY)
    assert [r.full_name for r in parsed.rows] == ["Nguyễn Thị Phượng", "Trương Thị Diệu"]
    assert parsed.encoding_note is not None
    assert parsed.encoding_note.render("en") == (
        "The file was typed in VNI and has been converted to Unicode."
    )


_PIECES = [
    ";", ",", "\t", "\n", "\r\n", '"', "=", "x", "0", "7", "/", ".", "-", " ", "Đ", "ư", "\x07",
    "\x00", "Cộng", "Tổng cộng", "(1)", "Họ và tên", "Số thẻ", "Ngày sinh", "Nam", "Nữ",
    "Dự bị", "12/03/1970", "2345678", "Nguyễn Văn An",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=80),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_any_csv_gives_rows_and_problems_or_a_refusal(pieces: list[str], encoding: str) -> None:
    """Whatever the bytes, the parser answers with rows and problems or an InputError."""
    text = "STT;Họ và tên;Ngày sinh;Số thẻ\n" + "".join(pieces)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ds.csv"
        path.write_bytes(text.encode(encoding, errors="replace"))
        try:
            parsed = parse_roster(path, today=TODAY)
        except InputError as exc:
            assert exc.render("vi") and exc.render("en")
        else:
            assert all(p.row > 0 and p.message.render("vi") for p in parsed.problems)
            assert {r.row for r in parsed.rows}.isdisjoint(p.row for p in parsed.problems)


def test_a_ticked_box_or_invisible_characters_are_not_names(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        [
            ["STT", "Họ và tên", "Số thẻ"],
            [1, True, "11111111"],
            [2, "Lê Văn\u202e An", "22222222"],
            [3, "Trần\u200b Bình", "33333333"],
            [4, "Lê Văn Cường", "44444444"],
        ],
    )
    parsed = parse_roster(path, today=TODAY)
    assert [r.full_name for r in parsed.rows] == ["Lê Văn Cường"]
    assert [(p.row, p.column) for p in parsed.problems] == [
        (2, "B (Họ và tên)"),
        (3, "B (Họ và tên)"),
        (4, "B (Họ và tên)"),
    ]
