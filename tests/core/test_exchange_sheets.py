"""read_table: what a workbook or CSV becomes, and every hostile file refused cleanly."""

from __future__ import annotations

import os
import sys
import types
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from studylog.errors import InputError
from studylog.exchange import sheets, workbook_guard
from studylog.exchange.sheets import RawTable, read_table, sniff_delimiter


def _fake_legacy(
    detect: Callable[[Iterable[str]], str | None] = lambda texts: None,
    decode: Callable[[str, str], str] = lambda text, encoding: text,
    decode_bytes: Callable[[bytes], tuple[str, str]] = lambda data: (
        data.decode("utf-8-sig"),
        "utf-8",
    ),
) -> types.ModuleType:
    module = types.ModuleType("studylog.vntext.legacy")
    module.detect = detect  # type: ignore[attr-defined]
    module.decode = decode  # type: ignore[attr-defined]
    module.decode_bytes = decode_bytes  # type: ignore[attr-defined]
    return module


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


def rewrite(path: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """The same package with one part edited, as Excel's own features would leave it."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts[member] = change(parts[member])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def refused(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_table(path)
    english, vietnamese = caught.value.render("en"), caught.value.render("vi")
    assert english and vietnamese and english != vietnamese
    return english


# --- workbooks -----------------------------------------------------------------


def test_rows_keep_excel_numbers_types_and_merges(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "ds.xlsx",
        [
            ["DANH SÁCH ĐẢNG VIÊN"],
            [],
            ["STT", "  Họ và tên  ", "Ngày sinh", "Số thẻ"],
            [1, "Nguyễn Văn An", datetime(1970, 3, 12), 2345678],
            [],
            [2, unicodedata.normalize("NFD", "Hà Thị Thuỷ"), "3/8/82", 12.5],
        ],
        merges=["A1:D1"],
    )
    table = read_table(path)
    assert table.source_kind == "xlsx"
    assert table.encoding_note is None
    assert table.merges == ((1, 0, 1, 3),)
    assert table.rows == [
        (1, ["DANH SÁCH ĐẢNG VIÊN"]),
        (3, ["STT", "Họ và tên", "Ngày sinh", "Số thẻ"]),
        (4, [1, "Nguyễn Văn An", datetime(1970, 3, 12), 2345678]),
        (6, [2, "Hà Thị Thuỷ", "3/8/82", 12.5]),
    ]
    assert table.rows[3][1][1] == unicodedata.normalize("NFC", "Hà Thị Thuỷ")


def test_formulas_are_seen_never_evaluated(tmp_path: Path) -> None:
    path = workbook(tmp_path / "f.xlsx", [["Họ và tên", "Số thẻ"], ["An", "=1+1"]])
    assert read_table(path).rows[1] == (2, ["An", "=1+1"])


def test_only_the_active_sheet_is_read(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first["A1"] = "Họ và tên"
    book.create_sheet("Khác")["A1"] = "Ghi chú"
    book.save(tmp_path / "two.xlsx")
    assert read_table(tmp_path / "two.xlsx").rows == [(1, ["Họ và tên"])]


def test_unsupported_extensions_do_not_leak_warnings(tmp_path: Path) -> None:
    # Excel's x14 data validation makes openpyxl warn; pytest turns warnings into errors.
    ext = (
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'
    )
    path = workbook(tmp_path / "dv.xlsx", [["Họ và tên"], ["An"]])
    rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"</worksheet>", ext))
    assert read_table(path).rows == [(1, ["Họ và tên"]), (2, ["An"])]


def test_excel_escapes_become_characters(tmp_path: Path) -> None:
    path = workbook(tmp_path / "esc.xlsx", [["PLACEHOLDER"]])
    rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"PLACEHOLDER", b"Nguyen_x0007_Van_x000D_"),
    )
    assert read_table(path).rows == [(1, ["Nguyen\x07Van"])]


def test_legacy_text_is_converted_and_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def detect(texts: Iterable[str]) -> str | None:
        seen.extend(texts)
        return "tcvn3"

    fake = _fake_legacy(detect=detect, decode=lambda text, enc: text.replace("Hä", "Họ"))
    monkeypatch.setitem(sys.modules, "studylog.vntext.legacy", fake)
    table = read_table(workbook(tmp_path / "abc.xlsx", [["Hä vµ tªn", 5]]))
    assert seen == ["Hä vµ tªn"]
    assert table.rows == [(1, ["Họ vµ tªn", 5])]
    assert table.encoding_note is not None
    assert "TCVN3 (ABC)" in table.encoding_note.render("vi")
    assert table.encoding_note.render("en") == (
        "The file was typed in TCVN3 (ABC) and has been converted to Unicode."
    )


def test_merged_ranges_survive_streaming(tmp_path: Path) -> None:
    # Guards the use of openpyxl's WorkSheetParser (read_only hides merges otherwise).
    path = workbook(
        tmp_path / "m.xlsx",
        [["T"], [], ["STT", "Họ và tên", "Ngày vào Đảng"], [None, None, "Kết nạp", "Chính thức"]],
        merges=["A1:D1", "A3:A4", "B3:B4", "C3:D3"],
    )
    assert sorted(read_table(path).merges) == [
        (1, 0, 1, 3),
        (3, 0, 4, 0),
        (3, 1, 4, 1),
        (3, 2, 3, 3),
    ]


# --- CSV -----------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    lines = [["Họ và tên", "Ngày sinh", "Số thẻ"], ["Nguyễn Văn An", "12/03/1970", "02345678"]]
    text = "\r\n".join(delimiter.join(cells) for cells in lines)
    path = tmp_path / "ds.csv"
    path.write_bytes(("\ufeff" + text).encode("utf-8"))
    table = read_table(path)
    assert table.source_kind == "csv"
    assert table.rows == [(1, lines[0]), (2, lines[1])]


def test_csv_quoted_cells_keep_their_delimiters_and_lines(tmp_path: Path) -> None:
    path = tmp_path / "q.csv"
    path.write_text('Họ và tên;Ghi chú\r\n"Lê Văn C";"chuyển đến; 2024\r\ntừ xã khác"\r\n\r\n;\r\n')
    assert read_table(path).rows == [
        (1, ["Họ và tên", "Ghi chú"]),
        (2, ["Lê Văn C", "chuyển đến; 2024\r\ntừ xã khác"]),
    ]


def test_sniffing_falls_back_to_comma() -> None:
    assert sniff_delimiter("Họ và tên\nAn\n") == ","
    assert sniff_delimiter("a;b;c\n1;2;3\n") == ";"


def test_csv_in_a_legacy_encoding_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _fake_legacy(decode_bytes=lambda data: ("Họ và tên\nAn\n", "vni"))
    monkeypatch.setitem(sys.modules, "studylog.vntext.legacy", fake)
    path = tmp_path / "vni.csv"
    path.write_bytes(b"Ho\xf8 va\xf8 te\xean\nAn\n")
    table = read_table(path)
    assert table.rows == [(1, ["Họ và tên"]), (2, ["An"])]
    assert table.encoding_note is not None and "VNI" in table.encoding_note.render("en")


def test_csv_that_cannot_be_decoded_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "studylog.vntext.legacy", _fake_legacy())
    path = tmp_path / "cp.csv"
    path.write_bytes("Họ và tên\nNguyễn Văn An\n".encode("utf-16-le"))
    assert "CSV UTF-8" in refused(path)


@pytest.mark.parametrize(
    "data",
    [
        "Họ và tên;Số thẻ\nJosé Müller;1\n".encode("cp1252", errors="replace"),
        "Họ và tên;Số thẻ\nNguyễn Văn An;1\n".encode("utf-16"),
        "Họ và tên;Số thẻ\nNguyễn Văn An;1\n".encode("utf-16-le"),
        "Họ và tên;Số thẻ\nNguyễn Văn An;1\n".encode("cp1258", errors="replace"),
        b"\x00\x01\x02\xff" * 100,
    ],
)
def test_csv_in_other_encodings_gives_rows_or_a_clear_refusal(tmp_path: Path, data: bytes) -> None:
    """Whatever the converter makes of the bytes: a table, or an InputError, nothing else."""
    path = tmp_path / "enc.csv"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except InputError as exc:
        assert exc.render("vi")
    else:
        assert all(isinstance(number, int) for number, _ in table.rows)


def test_csv_that_is_really_a_workbook(tmp_path: Path) -> None:
    path = workbook(tmp_path / "x.xlsx", [["Họ và tên"]])
    path.rename(tmp_path / "x.csv")
    assert ".xlsx" in refused(tmp_path / "x.csv")


def test_csv_with_nul_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"Ho va ten\nAn\x00\n")
    refused(path)


# --- hostile files -------------------------------------------------------------


def test_random_bytes_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(os.urandom(4096))
    assert "damaged" in refused(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    path.write_bytes(b"")
    assert "empty" in refused(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "does not exist" in refused(tmp_path / "none.xlsx")
    (tmp_path / "dir.xlsx").mkdir()
    refused(tmp_path / "dir.xlsx")


def test_truncated_workbook(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", [["Họ và tên"], *[[f"Người {i}"] for i in range(500)]])
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 100):
        path.write_bytes(data[:cut])
        assert "damaged" in refused(path)


def test_workbook_with_a_corrupt_entry(tmp_path: Path) -> None:
    path = workbook(tmp_path / "c.xlsx", [["Họ và tên"], *[[f"Người {i}"] for i in range(500)]])
    data = bytearray(path.read_bytes())
    start = data.find(b"xl/worksheets/sheet1.xml") + 40
    data[start : start + 40] = bytes(40)
    path.write_bytes(bytes(data))
    assert "damaged" in refused(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    assert "damaged" in refused(path)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "damaged" in refused(path)


def test_old_excel_files(tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert refused(xls) == (
        "Excel 97-2003 .xls files cannot be read; open it in Excel and save as .xlsx."
    )
    disguised = tmp_path / "old.xlsx"
    disguised.write_bytes(xls.read_bytes())
    assert "password" in refused(disguised)


def test_other_extensions(tmp_path: Path) -> None:
    path = tmp_path / "ds.ods"
    path.write_bytes(b"PK\x03\x04whatever")
    assert "not a spreadsheet" in refused(path)


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = workbook(tmp_path / "bomb.xlsx", [["Họ và tên"]])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", bytes(20 * 1024 * 1024))
    assert "too large" in refused(path)


def test_xml_entity_expansion_is_refused(tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    path = workbook(tmp_path / "lol.xlsx", [["PLACEHOLDER"]])
    rewrite(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: laughs + xml.replace(b"PLACEHOLDER", b"&lol3;"),
    )
    assert "damaged" in refused(path)


def test_total_uncompressed_size_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workbook_guard, "MAX_UNCOMPRESSED", 4096)
    path = workbook(tmp_path / "big.xlsx", [[f"Người {i}" * 20] for i in range(300)])
    assert "too large" in refused(path)


def test_too_many_rows_and_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wide = workbook(tmp_path / "wide.xlsx", [[None] * 200 + ["x"]])
    assert "column 201" in refused(wide)
    monkeypatch.setattr(sheets, "MAX_ROWS", 50)
    tall = workbook(tmp_path / "tall.xlsx", [[i] for i in range(60)])
    assert "more than 50 rows" in refused(tall)
    csv_path = tmp_path / "tall.csv"
    csv_path.write_text("\n".join(str(i) for i in range(60)))
    assert "more than 50 rows" in refused(csv_path)


def test_chart_as_active_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.create_chartsheet("Biểu đồ", 0)
    book.active = 0
    book.save(tmp_path / "chart.xlsx")
    try:
        table = read_table(tmp_path / "chart.xlsx")
    except InputError as exc:
        assert exc.render("en")
    else:
        assert isinstance(table, RawTable)


def test_huge_cell_is_kept_for_the_row_parser(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("Họ và tên\n" + "A" * 100_000 + "\n")
    assert len(str(read_table(path).rows[1][1][0])) == 100_000
    bigger = tmp_path / "bigger.csv"
    bigger.write_text("Họ và tên\n" + "A" * 200_000 + "\n")
    refused(bigger)
