"""Consolidation (SPEC §5.4): every outcome, in the order of the checks."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from package_world import (
    CODE,
    LATE,
    add_member_present,
    chi_bo,
    commune,
    content_hash,
    counts,
    export,
)

from studylog.cli.main import main
from studylog.domain.enums import Level
from studylog.exchange.consolidate import Outcome, consolidate
from studylog.exchange.plan import export_plan
from studylog.storage import packages, units
from studylog.storage.store import Store


def edited(source: Path, target: Path, change: Callable[[openpyxl.Workbook], None]) -> Path:
    """A copy of a package as someone would edit it in a spreadsheet program."""
    wb = openpyxl.load_workbook(source)
    change(wb)
    wb.save(target)
    return target


def set_meta(wb: openpyxl.Workbook, key: str, value: str) -> None:
    for row in wb["_meta"].iter_rows():
        if row[0].value == key:
            row[1].value = value


def only(store: Store, path: Path, **kw: Any) -> Any:
    result = consolidate(store, [path], **kw)
    assert len(result.files) == 1
    return result.files[0]


def test_new_registers_the_unit_then_unchanged(tmp_path: Path) -> None:
    child = chi_bo(tmp_path, "CB-A1", absent={"Lê Văn Cường": "Ốm"})
    up = commune(tmp_path)
    path = export(child, tmp_path).path
    seen: list[tuple[int, int]] = []
    first = consolidate(up, [path], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 1), (1, 1)]
    result = first.files[0]
    assert (result.result, result.unit_code, result.campaign_code) == ("new", "CB-A1", CODE)
    assert result.reason is not None and "CB-A1" in result.reason.render("vi")
    registered = units.child_by_code(up, "CB-A1")
    assert registered is not None and registered.level is Level.CHI_BO
    assert registered.uid == units.home_unit(child).uid
    before = counts(up)
    again = only(up, path)
    assert again.result == Outcome.UNCHANGED
    after = counts(up)
    assert {k: after[k] - before[k] for k in after} == {
        "units": 0,
        "packages": 0,
        "package_records": 0,
        "package_log": 1,
        "trusted_keys": 0,
        "audit": 1,  # the log row only
    }


def test_higher_sequence_replaces_lower_is_older(tmp_path: Path) -> None:
    child = chi_bo(tmp_path, "CB-A1")
    up = commune(tmp_path)
    one = export(child, tmp_path / "1.xlsx").path
    add_member_present(child, "Võ Thị Em")
    two = export(child, tmp_path / "2.xlsx").path
    assert only(up, one).result == Outcome.NEW
    replaced = only(up, two)
    assert replaced.result == Outcome.REPLACED
    older = only(up, one)
    assert older.result == Outcome.OLDER
    assert "1" in older.reason.render("en") and "2" in older.reason.render("en")
    [package] = packages.accepted_for_campaign(up, _campaign_uid(up)).values()
    assert (package.sequence, package.aggregate.members_total) == (2, 5)
    assert up.one("SELECT count(*) AS n FROM package_records")["n"] == len(  # type: ignore[index]
        packages.records_of(up, package.uid)
    )


def _campaign_uid(store: Store) -> str:
    return str(store.one("SELECT uid FROM campaigns WHERE code = ?", [CODE])["uid"])  # type: ignore[index]


def test_not_xlsx_damaged_and_not_a_package_are_refused(tmp_path: Path) -> None:
    up = commune(tmp_path)
    child = chi_bo(tmp_path, "CB-A1")
    good = export(child, tmp_path).path
    text = tmp_path / "notes.xlsx"
    text.write_text("Báo cáo", encoding="utf-8")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    broken = tmp_path / "broken.xlsx"
    data = bytearray(good.read_bytes())
    data[len(data) // 3 : len(data) // 3 + 200] = b"\x00" * 200
    broken.write_bytes(bytes(data))
    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Họ và tên", "Lý do"])  # type: ignore[union-attr]
    wb.save(plain)
    plan = export_plan(up, out=tmp_path / "plan.xlsx")
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    before = content_hash(up)
    result = consolidate(up, [text, truncated, broken, plain, plan, empty, good])
    outcomes = [f.result for f in result.files]
    assert outcomes == [Outcome.REJECTED] * 6 + [Outcome.NEW]
    reasons = [f.reason.render("en") for f in result.files[:6]]  # type: ignore[union-attr]
    assert "not an Excel workbook" in reasons[0]
    assert "damaged" in reasons[1] or "not an Excel workbook" in reasons[1]
    assert "damaged" in reasons[2]
    assert "not a StudyLog package" in reasons[3] and "not a StudyLog package" in reasons[4]
    assert "not an Excel workbook" in reasons[5]
    assert before != content_hash(up)  # the good file still went in
    assert result.rejected == 6


def test_zip_bomb_is_refused_unopened(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (40 * 1024 * 1024))
    result = only(commune(tmp_path), bomb)
    assert result.result == Outcome.REJECTED and "larger" in result.reason.render("en")


def test_newer_format_is_refused_before_anything_else(tmp_path: Path) -> None:
    good = export(chi_bo(tmp_path, "CB-A1"), tmp_path).path
    newer = edited(good, tmp_path / "newer.xlsx", lambda wb: set_meta(wb, "format_version", "2"))
    result = only(commune(tmp_path), newer)
    assert result.result == Outcome.REJECTED
    assert "newer StudyLog" in result.reason.render("en")
    assert "mới hơn" in result.reason.render("vi")


def test_hand_edited_data_cell_is_refused(tmp_path: Path) -> None:
    good = export(chi_bo(tmp_path, "CB-A1"), tmp_path).path

    def raise_attended(wb: openpyxl.Workbook) -> None:
        ws = wb["_data"]
        column = [c.value for c in ws[1]].index("attended") + 1
        ws.cell(row=2, column=column).value = 99

    bad = edited(good, tmp_path / "bad.xlsx", raise_attended)
    up = commune(tmp_path)
    result = only(up, bad)
    assert result.result == Outcome.REJECTED
    assert "changed after export" in result.reason.render("en")
    assert up.one("SELECT count(*) AS n FROM packages") == {"n": 0}


def test_a_row_added_below_the_declared_dimension_is_still_read(tmp_path: Path) -> None:
    """A tool that appends a row without updating <dimension> must not hide it."""
    import re

    from hostile_xlsx import edit_sheet, read_entries, sheet_part

    good = export(chi_bo(tmp_path, "CB-A1"), tmp_path).path
    data = good.read_bytes()
    part = sheet_part(read_entries(data), "_data")
    declared = re.search(rb'<dimension ref="([^"]+)"', zipfile.ZipFile(good).read(part))
    assert declared is not None  # the writer declares it, so the test is meaningful
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(edit_sheet(data, "_data", lambda rows: [*rows, list(rows[-1])]))
    assert declared[0] in zipfile.ZipFile(bad).read(part)
    result = only(commune(tmp_path), bad)
    assert result.result == Outcome.REJECTED
    assert "changed after export" in result.reason.render("en")


def test_resaved_unchanged_file_still_imports(tmp_path: Path) -> None:
    good = export(chi_bo(tmp_path, "CB-A1"), tmp_path).path
    resaved = edited(good, tmp_path / "resaved.xlsx", lambda wb: None)
    assert only(commune(tmp_path), resaved).result == Outcome.NEW


def test_rehashed_data_fails_the_signature(tmp_path: Path) -> None:
    from studylog.exchange import package_data as pd
    from studylog.exchange.package_read import read_package

    good = export(chi_bo(tmp_path, "CB-A1"), tmp_path).path

    def forge(wb: openpyxl.Workbook) -> None:
        ws = wb["_data"]
        column = [c.value for c in ws[1]].index("attended") + 1
        ws.cell(row=2, column=column).value = 99

    forged = edited(good, tmp_path / "forged.xlsx", forge)
    records = read_package(forged).records
    forged = edited(forged, forged, lambda wb: set_meta(wb, "data_sha256", pd.data_sha256(records)))
    result = only(commune(tmp_path), forged)
    assert result.result == Outcome.REJECTED and "signature" in result.reason.render("en")


def test_changed_key_is_refused_until_accepted(tmp_path: Path) -> None:
    child = chi_bo(tmp_path, "CB-A1")
    up = commune(tmp_path)
    assert only(up, export(child, tmp_path / "1.xlsx").path).result == Outcome.NEW
    Path(str(child.path) + ".key").unlink()  # reinstalled: a new key pair
    add_member_present(child, "Võ Thị Em")
    second = export(child, tmp_path / "2.xlsx").path
    refused = only(up, second)
    assert refused.result == Outcome.REJECTED
    assert "--accept-new-key CB-A1" in refused.reason.render("en")
    accepted = only(up, second, accept_new_keys={"CB-A1"})
    assert accepted.result == Outcome.REPLACED
    log = up.all("SELECT * FROM audit WHERE action = 'accept_key'")
    assert len(log) == 1 and json.loads(log[0]["new"])["unit_code"] == "CB-A1"
    assert only(up, second).result == Outcome.UNCHANGED


def test_an_older_file_with_an_old_key_does_not_change_whom_we_trust(tmp_path: Path) -> None:
    child = chi_bo(tmp_path, "CB-A1")
    first = export(child, tmp_path / "1.xlsx").path
    Path(str(child.path) + ".key").unlink()  # reinstalled: a new key pair
    add_member_present(child, "Võ Thị Em")
    second = export(child, tmp_path / "2.xlsx").path
    up = commune(tmp_path)
    assert only(up, second).result == Outcome.NEW  # first seen: the new key is trusted
    stale = only(up, first, accept_new_keys={"CB-A1"})
    assert stale.result == Outcome.OLDER
    add_member_present(child, "Đỗ Văn Phúc")
    third = export(child, tmp_path / "3.xlsx").path
    assert only(up, third).result == Outcome.REPLACED
    assert up.all("SELECT * FROM audit WHERE action = 'accept_key'") == []


def test_unsigned_package_refused_once_a_key_is_known(tmp_path: Path) -> None:
    child = chi_bo(tmp_path, "CB-A1")
    up = commune(tmp_path)
    good = export(child, tmp_path).path

    def strip(wb: openpyxl.Workbook) -> None:
        set_meta(wb, "public_key", "")
        set_meta(wb, "signature", "")

    unsigned = edited(good, tmp_path / "unsigned.xlsx", strip)
    fresh = commune(tmp_path / "other")  # no key known: accepted, with a warning
    result = only(fresh, unsigned)
    assert result.result == Outcome.NEW and result.warnings
    assert only(up, good).result == Outcome.NEW
    assert only(up, unsigned).result == Outcome.REJECTED


def test_foreign_unit_and_unknown_campaign_are_refused(tmp_path: Path) -> None:
    up = commune(tmp_path)
    foreign = export(chi_bo(tmp_path, "CB-X9", parent_code="DU-OTHER"), tmp_path).path
    result = only(up, foreign)
    assert result.result == Outcome.REJECTED and "not registered here" in result.reason.render("en")
    units.add_child(up, name="Chi bộ CB-X9", code="CB-X9", level=Level.CHI_BO)
    assert only(up, foreign).result == Outcome.NEW  # registered by hand: accepted
    other = commune(tmp_path / "other")
    other.db.execute("DELETE FROM campaigns")
    unknown = only(other, export(chi_bo(tmp_path, "CB-A1"), tmp_path).path)
    assert unknown.result == Outcome.REJECTED
    assert "import the plan first" in unknown.reason.render("en")


def test_hand_edited_summary_sheet_imports_from_data_with_a_warning(tmp_path: Path) -> None:
    good = export(chi_bo(tmp_path, "CB-A1", absent={"Lê Văn Cường": "Ốm"}), tmp_path).path

    def tidy(wb: openpyxl.Workbook) -> None:
        ws = wb["Tổng hợp"]
        for row in ws.iter_rows():
            if row[1].value == "Đảng viên đã tham gia học tập":
                row[2].value = 4
                row[3].value = "4/4 (100,00%)"

    tidied = edited(good, tmp_path / "tidied.xlsx", tidy)
    up = commune(tmp_path)
    result = only(up, tidied)
    assert result.result == Outcome.NEW
    assert [w.render("en") for w in result.warnings] == [
        "The Tổng hợp sheet of tidied.xlsx was edited by hand; the figures were imported from"
        " the package's data, not from the sheet."
    ]
    [package] = packages.accepted_for_campaign(up, _campaign_uid(up)).values()
    assert package.aggregate.attended == 3


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    up = commune(tmp_path)
    child = chi_bo(tmp_path, "CB-A1")
    good = export(child, tmp_path).path
    junk = tmp_path / "junk.xlsx"
    junk.write_text("x")
    before = (content_hash(up), counts(up))
    result = consolidate(up, [good, junk], dry_run=True)
    assert [f.result for f in result.files] == [Outcome.NEW, Outcome.REJECTED]
    assert (content_hash(up), counts(up)) == before


def test_cli_consolidate_json_and_exit_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    up = commune(tmp_path)
    a = export(chi_bo(tmp_path, "CB-A1"), tmp_path / "in").path if _mk(tmp_path / "in") else None
    b = export(chi_bo(tmp_path, "CB-B2"), tmp_path / "in", LATE).path
    assert a is not None
    junk = tmp_path / "in" / "junk.xlsx"
    junk.write_text("x")
    code = main(["consolidate", str(tmp_path / "in"), "--db", str(up.path), "--json"])
    out, err = capsys.readouterr()
    assert code == 1 and "1/3" in err
    files = json.loads(out)["files"]
    assert [(Path(f["file"]).name, f["result"]) for f in files] == [
        (a.name, "new"),
        (b.name, "new"),
        ("junk.xlsx", "rejected"),
    ]
    assert set(files[0]) >= {"file", "result", "unit_code", "campaign_code", "reason"}
    assert files[2]["reason"].startswith("junk.xlsx không phải là tệp Excel")
    code = main(["consolidate", str(a), "--db", str(up.path), "--lang", "en"])
    out, _ = capsys.readouterr()
    assert code == 0 and out.startswith("unchanged") and "0 refused" in out
    data = json.loads(_run(capsys, "completeness", "--db", str(up.path), "--campaign", CODE))
    assert (data["expected"], data["reported"], data["on_time"]) == (2, 2, 1)


def _mk(folder: Path) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    return True


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main([*argv, "--json"]) == 0
    return capsys.readouterr().out


def test_copy_of_package_under_another_name_is_unchanged(tmp_path: Path) -> None:
    up = commune(tmp_path)
    good = export(chi_bo(tmp_path, "CB-A1"), tmp_path).path
    copy = tmp_path / "copy.xlsx"
    shutil.copy(good, copy)
    assert [f.result for f in consolidate(up, [good, copy]).files] == ["new", "unchanged"]
