"""The shortcuts taken for speed (docs/PERFORMANCE.md) keep what they replaced."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from package_world import chi_bo, commune, export

from studylog.cli.main import build_parser, opens_window
from studylog.exchange import package_data as pd
from studylog.exchange.consolidate import consolidate
from studylog.exchange.package_read import read_package
from studylog.exchange.package_write import data_sheet
from studylog.exchange.package_xlsx import TEXT, Book, key_value_sheet
from studylog.storage import packages

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--db", "x.db"], True),
        (["--lang", "en", "--db=x.db"], True),
        (["gui", "--page", "members"], True),
        (["--db", "gui"], True),  # a file named gui, then no command: the window
        (["stats", "--campaign", "A"], False),
        (["--help"], False),
        (["--db", "x.db", "export"], False),
    ],
)
def test_the_window_is_recognised_before_parsing(argv: list[str], window: bool) -> None:
    assert opens_window(argv) is window


def test_the_window_parser_still_opens_the_window_with_its_options() -> None:
    args = build_parser(window_only=True).parse_args(["gui", "--page", "members"])
    assert (args.command, args.page) == ("gui", "members")


def test_opening_the_window_loads_no_spreadsheet_or_pdf_library() -> None:
    probe = (
        "import sys\n"
        "from studylog.cli.main import build_parser, opens_window\n"
        "build_parser(window_only=opens_window([]))\n"
        "libraries = {'openpyxl', 'xlsxwriter', 'reportlab', 'docx'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & libraries))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_formula_like_text_in_data_stays_text_with_a_quote_prefix(tmp_path: Path) -> None:
    risky = ["=1+1", "+84 912", "-5", "@x", "#N/A", "#REF!"]
    records = [pd.make(pd.SUMMARY, required=1)]
    records += [pd.make(pd.ABSENTEE, name=text, reason=text, made_up=0) for text in risky]
    wb = Book()
    wb.sheet("Tổng hợp")
    key_value_sheet(wb, "_meta", [("format", pd.PACKAGE_FORMAT)])
    data_sheet(wb, records)
    path = tmp_path / "p.xlsx"
    wb.save(path)
    assert pd.data_sha256(read_package(path).records) == pd.data_sha256(records)
    sheet = openpyxl.load_workbook(path)["_data"]
    kept = [c for row in sheet.iter_rows() for c in row if c.value in risky]
    assert len(kept) == 2 * len(risky) and all(c.data_type == "s" for c in kept)
    # Only what a spreadsheet would retype as a formula gets the apostrophe style.
    assert {c.value for c in kept if c.quotePrefix} == {"=1+1", "+84 912", "-5", "@x"}


def test_cells_of_one_style_share_it_and_keep_every_attribute(tmp_path: Path) -> None:
    wb = Book()
    sheet = wb.sheet("s")
    assert wb.look(TEXT) is wb.look(TEXT)
    sheet.append(["a", "=b", None, 7], wb.looks([TEXT, TEXT, TEXT]))
    path = tmp_path / "s.xlsx"
    wb.save(path)
    back = openpyxl.load_workbook(path)["s"]
    a, b, c, d = back["A1"], back["B1"], back["C1"], back["D1"]
    assert (a.font.name, a.font.size, a.alignment.wrap_text) == ("Times New Roman", 12, True)
    assert a.border.left.style == "thin" and b.border.bottom.style == "thin"
    shared = ("fontId", "fillId", "borderId", "numFmtId", "alignmentId")
    assert [getattr(a._style, k) for k in shared] == [getattr(b._style, k) for k in shared]
    assert b.quotePrefix and not a.quotePrefix  # the apostrophe is the cell's own
    assert b.value == "=b" and b.data_type == "s"
    assert c.value is None and c.border.top.style == "thin"  # an empty cell keeps its box
    assert d.value == 7 and d.font.name != "Times New Roman"  # no look: the default


def test_a_cell_that_cannot_be_written_whole_is_refused() -> None:
    sheet = Book().sheet("s")
    with pytest.raises(ValueError):
        sheet.append(["𝕏" * 20_000])  # 40,000 UTF-16 units: would be cut
    with pytest.raises(TypeError):
        sheet.append([object()])


def test_the_exported_tables_have_their_styles(tmp_path: Path) -> None:
    done = export(chi_bo(tmp_path, "CB-A1"), tmp_path)
    sheet = openpyxl.load_workbook(done.path)["Buổi học"]
    header = sheet["A8"]
    assert header.value == "STT" and header.font.bold and header.fill.fgColor.rgb.endswith("D9D9D9")
    date = sheet["B9"]
    assert date.number_format == "dd/mm/yyyy" and date.border.top.style == "thin"


def test_records_by_package_reads_as_records_of(tmp_path: Path) -> None:
    up = commune(tmp_path)
    files = [
        export(chi_bo(tmp_path, code, absent={"Trần Thị Bình": "Ốm"}), tmp_path / f"{code}.xlsx")
        for code in ("CB-A1", "CB-A2", "CB-A3")
    ]
    consolidate(up, [f.path for f in files])
    uids = [f.package_uid for f in files] + ["no-such-package"]
    found = packages.records_by_package(up, uids, "absentee")
    for uid in uids:
        assert found[uid] == packages.records_of(up, uid, "absentee")
    assert [r["name"] for r in found[files[0].package_uid]] == ["Trần Thị Bình"]
    assert packages.records_by_package(up, [], "absentee") == {}
