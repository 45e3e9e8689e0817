"""The `_data` records: canonical form, hash, and a round trip through a real workbook."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from package_world import chi_bo, export

from studylog.exchange import package_data as pd
from studylog.exchange.package_read import read_package
from studylog.exchange.package_write import data_sheet
from studylog.exchange.package_xlsx import Book, key_value_sheet


def test_canonical_form_is_documented_exactly() -> None:
    records = [
        pd.make(pd.GRADE, label="Tốt", count=12),
        pd.make(pd.ABSENTEE, name="Lê Văn Cường", status="vang", reason="", made_up=0),
    ]
    expected = (
        '{"count":12,"label":"Tốt","record":"grade"}\n'
        '{"made_up":0,"name":"Lê Văn Cường","record":"absentee","status":"vang"}\n'
    ).encode()
    assert pd.canonical_data(records) == expected
    assert pd.data_sha256(records) == hashlib.sha256(expected).hexdigest()


def test_any_other_cell_type_never_hashes_like_an_exported_value() -> None:
    exported = pd.Record(pd.GRADE, {"label": "Tốt", "count": 12})
    for odd in (12.0, "12", True):
        assert pd.data_sha256([pd.Record(pd.GRADE, {"label": "Tốt", "count": odd})]) != (
            pd.data_sha256([exported])
        )


def test_make_checks_types() -> None:
    with pytest.raises(TypeError):
        pd.make(pd.GRADE, label="Tốt", count="12")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        pd.make(pd.GRADE, colour="red")


texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(
        st.tuples(texts, st.integers(min_value=0, max_value=10**12), texts, st.booleans()),
        max_size=6,
    )
)
def test_records_survive_a_workbook_round_trip(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, int, str, bool]]
) -> None:
    records = [pd.make(pd.GRADE, label=a, count=n) for a, n, _, _ in rows]
    records += [pd.make(pd.ABSENTEE, name=a, reason=r, made_up=int(flag)) for a, _, r, flag in rows]
    records.insert(0, pd.make(pd.SUMMARY, required=1))
    wb = Book()
    wb.sheet("Tổng hợp")
    key_value_sheet(wb, "_meta", [("format", pd.PACKAGE_FORMAT)])
    data_sheet(wb, records)
    path = tmp_path_factory.mktemp("rt") / "p.xlsx"
    wb.save(path)
    back = read_package(path).records
    assert pd.data_sha256(back) == pd.data_sha256(records)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_libreoffice_reads_the_package(tmp_path: Path) -> None:
    name = '=HYPERLINK("http://evil","bấm")'
    store = chi_bo(tmp_path, "CB-A1", names=(name, "Trần Thị Bình"), absent={name: "+1"})
    done = export(store, tmp_path)
    out = tmp_path / "csv"
    profile = (tmp_path / "lo-profile").as_uri()
    # Sheet -1: every sheet to its own CSV; "true" in position 9: values as shown.
    filter_options = "44,34,76,1,,0,false,true,true,false,false,-1"
    completed = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            f"csv:Text - txt - csv (StarCalc):{filter_options}",
            "--outdir",
            str(out),
            str(done.path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert completed.returncode == 0, completed.stderr
    stem = done.path.stem
    summary = (out / f"{stem}-Tổng hợp.csv").read_text(encoding="utf-8")
    absent = (out / f"{stem}-Vắng mặt.csv").read_text(encoding="utf-8")
    assert "TỔNG HỢP KẾT QUẢ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT" in summary
    assert '"1/2 (50,00%)"' in summary
    # The would-be formula is text: shown literally, not evaluated to "bấm".
    assert '"=HYPERLINK(""http://evil"",""bấm"")"' in absent and ",+1," in absent
    sessions = (out / f"{stem}-Buổi học.csv").read_text(encoding="utf-8")
    assert "05/02/2026" in sessions


def test_text_is_cut_to_what_a_cell_holds_in_utf16_units(tmp_path: Path) -> None:
    wide = "𝕏" * 20_000  # 40,000 UTF-16 units
    kept = pd.make(pd.ABSENTEE, name="A", reason=wide).values["reason"]
    assert isinstance(kept, str) and len(kept.encode("utf-16-le")) == 2 * (pd.MAX_TEXT - 1)
    assert set(kept) == {"𝕏"}  # the pair cut in half is dropped, not written half
    assert len(pd.clean_text("a" * 40_000)) == pd.MAX_TEXT
    records = [pd.make(pd.SUMMARY, required=1), pd.make(pd.ABSENTEE, name="A", reason=wide)]
    wb = Book()
    wb.sheet("Tổng hợp")
    key_value_sheet(wb, "_meta", [("format", pd.PACKAGE_FORMAT)])
    data_sheet(wb, records)
    path = tmp_path / "wide.xlsx"
    wb.save(path)  # the writer would refuse a text it had to cut
    assert pd.data_sha256(read_package(path).records) == pd.data_sha256(records)
