"""`studylog report` on the demo database: numbering, stored text, refusals."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest

from studylog.cli.main import main
from studylog.reports import numbering
from studylog.stats import figures_for
from studylog.storage.campaigns import campaign_by_code
from studylog.storage.db import open_database
from studylog.storage.store import Store
from studylog.vntext.fmt import format_percent


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--scale", "chi_bo", "--seed", "1"]) == 0
    capsys.readouterr()
    return path


def report(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["report", "--db", str(db), "--date", "2026-04-10", "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if code == 0 else {}


def test_numbers_text_and_formats(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, word = tmp_path / "bc.pdf", tmp_path / "bc.docx"
    code, first = report(
        capsys,
        demo,
        "--campaign",
        "NQ-DH-XIV",
        "--out",
        str(pdf),
        "--difficulties",
        "Đường truyền có lúc gián đoạn.",
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    assert (first["number"], first["number_text"], first["term"]) == (1, "Số 01-BC/CB", "2025-2030")
    db = open_database(demo)
    store = Store(db)
    campaign = campaign_by_code(store, "NQ-DH-XIV")
    figures = figures_for(store, campaign, today=date(2026, 4, 10))
    assert first["rate_text"] == figures.rate.text
    # The Word draft of the same report keeps its number and the stored text.
    code, again = report(capsys, demo, "--campaign", "NQ-DH-XIV", "--out", str(word))
    assert code == 0 and again["number"] == 1
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    assert "Đường truyền có lúc gián đoạn." in text
    assert f"đạt tỷ lệ {format_percent(figures.rate.percent)}" in text
    code, other = report(capsys, demo, "--campaign", "NQ-45-NQ/TW", "--out", str(pdf))
    assert other["number"] == 2
    code, given = report(
        capsys, demo, "--campaign", "HNTW2-XIV", "--out", str(pdf), "--number", "9"
    )
    assert given["number"] == 9
    assert numbering.next_number(store, "2025-2030") == 3
    assert numbering.free_text(store, campaign.uid).difficulties == "Đường truyền có lúc gián đoạn."
    db.close()


def test_refusals_write_nothing(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bc.txt"
    assert main(["report", "--db", str(demo), "--campaign", "NQ-DH-XIV", "--out", str(bad)]) == 1
    assert "--out" in capsys.readouterr().err and not bad.exists()
    out = tmp_path / "bc.pdf"
    assert main(["report", "--db", str(demo), "--campaign", "KHONG-CO", "--out", str(out)]) == 1
    assert "KHONG-CO" in capsys.readouterr().err
    assert (
        main(
            [
                "report",
                "--db",
                str(demo),
                "--campaign",
                "NQ-DH-XIV",
                "--out",
                str(out),
                "--number",
                "0",
            ]
        )
        == 1
    )
    missing = tmp_path / "no-such-folder" / "bc.pdf"
    assert (
        main(
            [
                "report",
                "--db",
                str(demo),
                "--campaign",
                "NQ-DH-XIV",
                "--out",
                str(missing),
                "--lang",
                "en",
            ]
        )
        == 1
    )
    assert "does not exist" in capsys.readouterr().err
    assert not out.exists() and not missing.parent.exists()
    db = open_database(demo)
    assert numbering.last_number(Store(db), "2025-2030") == 0  # no number used up
    db.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_demo_report_text(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bc.pdf"
    code, _ = report(capsys, demo, "--campaign", "NQ-DH-XIV", "--out", str(out))
    assert code == 0
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(out), "-"], capture_output=True, check=True, text=True
        ).stdout.split()
    )
    db = open_database(demo)
    store = Store(db)
    figures = figures_for(store, campaign_by_code(store, "NQ-DH-XIV"), today=date(2026, 4, 10))
    secretary = store.one("SELECT secretary FROM units WHERE is_home = 1")["secretary"]  # type: ignore[index]
    db.close()
    r, a = figures.rate, figures.rate_after_makeup
    assert f"{r.numerator}/{r.denominator} đồng chí, đạt tỷ lệ {format_percent(r.percent)}" in text
    assert f"{a.numerator}/{a.denominator} đồng chí, đạt tỷ lệ {format_percent(a.percent)}" in text
    assert f"Có {len(figures.absent)} đồng chí chưa tham gia" in text
    for absentee in figures.absent:
        assert absentee.name in text
    assert "T/M CHI BỘ BÍ THƯ" in text and secretary in text and "Số 01-BC/CB" in text
