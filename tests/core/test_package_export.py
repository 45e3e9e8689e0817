"""The upward package (SPEC §5.3): sheets, _meta, _data, signature, safe writing."""

from __future__ import annotations

import os
import re
import stat
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from package_world import CODE, chi_bo, commune, export

from studylog.errors import EnvironmentProblem, InputError
from studylog.exchange import package_data as pd
from studylog.exchange import signing
from studylog.exchange.consolidate import consolidate
from studylog.exchange.package_read import read_package
from studylog.storage import settings

VISIBLE_CHI_BO = ["Tổng hợp", "Buổi học", "Điểm cầu", "Vắng mặt", "Thu hoạch", "_meta", "_data"]


def test_chi_bo_package_sheets_meta_and_signature(tmp_path: Path) -> None:
    store = chi_bo(tmp_path, "CB-A1", absent={"Lê Văn Cường": "Ốm"}, exempt=("Phạm Thị Dung",))
    done = export(store, tmp_path)
    assert done.path.name == f"CB-A1_{CODE}_20260401.xlsx"
    package = read_package(done.path)
    assert package.sheets == tuple(VISIBLE_CHI_BO)
    meta = package.meta
    assert list(meta) == [k for k in pd.META_KEYS]
    assert meta["format"] == "studylog-package" and meta["format_version"] == "1"
    assert meta["sequence"] == "1" and meta["supersedes"] == ""
    assert meta["unit_code"] == "CB-A1" and meta["parent_code"] == "DU-AB"
    assert meta["unit_level"] == "chi_bo" and meta["campaign_code"] == CODE
    assert meta["generated_at"] == "2026-04-01T09:00:00+07:00"
    assert meta["data_sha256"] == pd.data_sha256(package.records) == done.data_sha256
    assert signing.verify(meta)
    summary = pd.aggregate_of(package.records)
    assert (summary.members_total, summary.exempt, summary.required, summary.attended) == (
        4,
        1,
        3,
        2,
    )
    assert summary.rate.text == "2/3 (66,67%)"
    absentees = [r for r in package.records if r.kind == pd.ABSENTEE]
    assert [(a.text("name"), a.text("reason")) for a in absentees] == [("Lê Văn Cường", "Ốm")]
    key = Path(str(tmp_path / "CB-A1.db") + ".key")
    assert key.exists()
    if os.name == "posix":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_sequence_is_persisted_and_supersedes_the_previous(tmp_path: Path) -> None:
    store = chi_bo(tmp_path, "CB-A1")
    first = export(store, tmp_path / "one.xlsx")
    second = export(store, tmp_path / "two.xlsx")
    assert (first.sequence, second.sequence) == (1, 2)
    assert second.supersedes == first.package_uid
    assert read_package(second.path).meta["supersedes"] == first.package_uid


def test_bad_targets_are_refused(tmp_path: Path) -> None:
    store = chi_bo(tmp_path, "CB-A1")
    with pytest.raises(InputError):
        export(store, tmp_path / "x.xls")
    with pytest.raises(InputError):
        export(store, tmp_path / "missing" / "x.xlsx")


def test_absentee_names_can_be_left_out(tmp_path: Path) -> None:
    store = chi_bo(tmp_path, "CB-A1", absent={"Lê Văn Cường": "Ốm"})
    settings.set_send_absentee_names(store, False)
    done = export(store, tmp_path)
    package = read_package(done.path)
    assert "Vắng mặt" not in package.sheets
    assert not [r for r in package.records if r.kind == pd.ABSENTEE]
    assert "Lê Văn Cường" not in _all_xml(done.path)
    assert pd.aggregate_of(package.records).attended == 3


def test_upper_package_carries_aggregates_and_no_names(tmp_path: Path) -> None:
    a = chi_bo(tmp_path, "CB-A1", absent={"Lê Văn Cường": "Ốm"})
    up = commune(tmp_path)
    consolidate(up, [export(a, tmp_path).path])
    done = export(up, tmp_path)
    package = read_package(done.path)
    assert package.sheets[:2] == ("Tổng hợp", "Đơn vị") and "Vắng mặt" not in package.sheets
    assert not [r for r in package.records if r.kind == pd.ABSENTEE]
    units = [r for r in package.records if r.kind == pd.UNIT]
    assert [(u.text("code"), u.flag("reported"), u.flag("on_time")) for u in units] == [
        ("CB-A1", True, True)
    ]
    text = _all_xml(done.path)
    assert "Lê Văn Cường" not in text and "Nguyễn Văn An" not in text


RISKY = ('=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1:A2)", "\tTab", "\rCR")


def test_user_text_is_never_a_formula(tmp_path: Path) -> None:
    names = ('=HYPERLINK("http://evil","bấm")', "@SUM(A1)", "Nguyễn Văn An")
    store = chi_bo(
        tmp_path,
        "CB-A1",
        names=names,
        absent={names[0]: "+1", names[1]: "-1+2"},
        chair="\tBí thư",
    )
    done = export(store, tmp_path)
    with zipfile.ZipFile(done.path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode()
                assert not re.search(r"<f[\s>]", xml), name
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wb = openpyxl.load_workbook(done.path, read_only=True)
        rows = [r for r in wb["Vắng mặt"].iter_rows(values_only=True)]
        chairs = [r[5] for r in wb["Buổi học"].iter_rows(values_only=True) if len(r) > 5]
        wb.close()
    assert (1, names[0], "Vắng có lý do", "+1", "Chưa học bù") in rows
    assert (2, names[1], "Vắng có lý do", "-1+2", "Chưa học bù") in rows
    assert "\tBí thư" in chairs
    # The package still imports: the values hashed are the values written.
    up = commune(tmp_path)
    assert consolidate(up, [done.path]).files[0].result == "new"


def test_risky_text_is_written_as_text_cells(tmp_path: Path) -> None:
    from studylog.exchange.package_write import data_sheet
    from studylog.exchange.package_xlsx import Book

    wb = Book()
    wb.sheet("Tổng hợp")
    records = [pd.make(pd.ABSENTEE, name=text, reason=text) for text in RISKY]
    data_sheet(wb, records)
    wb.save(tmp_path / "risky.xlsx")
    xml = _all_xml(tmp_path / "risky.xlsx")
    assert not re.search(r"<f[\s>]", xml) and xml.count('t="s"') >= 2 * len(RISKY)
    back = read_package_records(tmp_path / "risky.xlsx")
    assert [r.values["name"] for r in back] == [t.replace("\r", "\n") for t in RISKY]
    assert [r.values["reason"] for r in back] == [t.replace("\r", "\n") for t in RISKY]


def read_package_records(path: Path) -> list[pd.Record]:
    from studylog.exchange.package_read import read_records

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return read_records(wb["_data"], path.name, pd.PACKAGE_FORMAT)
    finally:
        wb.close()


def test_cr_in_text_is_stored_as_line_feed() -> None:
    record = pd.make(pd.ABSENTEE, name="A", reason="\rx\r\ny")
    assert record.values["reason"] == "\nx\ny"
    assert pd.make(pd.ABSENTEE, name="A", reason="").values == {"name": "A"}


def test_opens_read_only_without_warnings_and_print_setup(tmp_path: Path) -> None:
    done = export(chi_bo(tmp_path, "CB-A1"), tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        wb = openpyxl.load_workbook(done.path, read_only=True)
        for ws in wb.worksheets:
            list(ws.iter_rows(values_only=True))
        wb.close()
        full = openpyxl.load_workbook(done.path)
    ws = full["Tổng hợp"]
    assert ws.print_title_rows == "$8:$8"
    assert ws.freeze_panes == "A9"
    assert ws.page_setup.paperSize == 9 or ws.page_setup.paperSize == "9"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws["B9"].font.name == "Times New Roman" and ws["B9"].border.left.style == "thin"
    # XlsxWriter stores a width with Excel's own cell padding, so Excel shows 52.
    assert ws["B8"].font.b and 52 < ws.column_dimensions["B"].width < 53
    assert "A5:D5" in {str(r) for r in ws.merged_cells.ranges}
    assert (ws["B14"].value, ws["C14"].value, ws["D14"].value) == (
        "Đảng viên đã tham gia học tập",
        4,
        "4/4 (100,00%)",
    )
    assert full["_meta"].sheet_state == "hidden" and full["_data"].sheet_state == "hidden"
    assert full["Buổi học"]["B9"].number_format == "dd/mm/yyyy"


def test_failed_write_leaves_no_file_and_no_sequence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = chi_bo(tmp_path, "CB-A1")
    target = tmp_path / "out.xlsx"

    import xlsxwriter

    close = xlsxwriter.Workbook.close

    def full_disk(self: xlsxwriter.Workbook) -> None:
        close(self)  # the workbook is written, then the disk is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsxwriter.Workbook, "close", full_disk)
    with pytest.raises(EnvironmentProblem):
        export(store, target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == []
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]
    assert store.one("SELECT count(*) AS n FROM exports") == {"n": 0}
    monkeypatch.undo()
    assert export(store, target).sequence == 1


def test_signing_key_is_made_once(tmp_path: Path) -> None:
    path = tmp_path / "k.db.key"
    first = signing.load_or_create(path)
    again = signing.load_or_create(path)
    assert first.public_key == again.public_key
    meta = {"format": "studylog-package", "data_sha256": "ab", "public_key": first.public_key}
    meta["signature"] = first.sign(meta)
    assert signing.verify(meta)
    assert not signing.verify({**meta, "data_sha256": "ac"})
    assert not signing.verify({**meta, "signature": "not base64!"})
    path.write_text("garbage")
    with pytest.raises(EnvironmentProblem):
        signing.load_or_create(path)


def _all_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())
