"""The command line: set-up, demo, refusals of bad databases and bad files, the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_run import db, run, run_json

from studylog.cli.main import main

__all__ = ["db"]  # the fixture, used by name


@pytest.mark.parametrize(
    "content",
    [b"", b"not a workbook at all", b"PK\x03\x04truncated", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"],
)
def test_bad_roster_files_refused_without_change(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)
    code, _out, err = run(capsys, "members", "import", str(bad), "--db", db)
    assert code == 1
    assert err.strip() and "Traceback" not in err
    assert run_json(capsys, "members", "list", "--db", db)["members"] == []


def test_xls_is_refused_with_advice(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    legacy = tmp_path / "roster.xls"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    code, _, err = run(capsys, "members", "import", str(legacy), "--db", db)
    assert code == 1 and ".xlsx" in err


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["stats"])
    assert exc.value.code == 2


def test_english_messages(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "stats", "--db", db, "--campaign", "NOPE", "--lang", "en")
    assert code == 1 and "No campaign" in err
    code, _, err = run(capsys, "stats", "--db", db, "--campaign", "NOPE")
    assert code == 1 and "Không có đợt học tập" in err


def test_not_a_database_left_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 10)
    before = path.read_bytes()
    code, _, err = run(capsys, "members", "list", "--db", str(path))
    assert code == 1 and "StudyLog" in err
    assert path.read_bytes() == before


def test_newer_schema_refused_untouched(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = Path(db).read_bytes()
    code, _, err = run(capsys, "members", "list", "--db", db, "--lang", "en")
    assert code == 1 and "newer" in err
    assert Path(db).read_bytes() == before


def test_check_passes_on_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.db")
    code, _, err = run(capsys, "demo", "--db", path, "--scale", "chi_bo", "--seed", "7")
    assert code == 0, err
    report = run_json(capsys, "check", "--db", path)
    assert report["ok"] is True


def test_demo_is_reproducible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = []
    for name in ("a.db", "b.db"):
        path = str(tmp_path / name)
        assert run(capsys, "demo", "--db", path, "--seed", "3")[0] == 0
        stats = run_json(capsys, "stats", "--db", path, "--campaign", "NQ-DH-XIV")
        members = run_json(capsys, "members", "list", "--db", path)["members"]
        figures.append(
            (
                [(m["name"], m["card_no"]) for m in members],
                {k: v for k, v in stats.items() if k != "absent"},
                [(a["name"], a["status"], a["reason"]) for a in stats["absent"]],
            )
        )
    assert figures[0] == figures[1]
    members, stats, _ = figures[0]
    assert 42 <= len(members) <= 58
    assert stats["required"] > 0 and stats["rate"] is not None
    assert stats["connection_points"] >= 1 and stats["makeup_sessions"] >= 0


def test_demo_refuses_a_used_database(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "demo", "--db", db)
    assert code == 1 and err.strip()


def test_every_subcommand_is_in_the_readme() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    from studylog.cli.main import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, subparser in sub.choices.items():  # type: ignore[union-attr]
        nested = [
            a
            for a in subparser._actions
            if getattr(a, "choices", None) and a.dest.endswith("_command")
        ]
        if nested:
            for action in nested[0].choices:
                assert f"studylog {name} {action}" in readme, f"{name} {action}"
        else:
            assert f"studylog {name}" in readme, name


def test_units_add(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "xa.db")
    code, _, err = run(
        capsys,
        "init",
        "--db",
        path,
        "--unit-name",
        "Đảng ủy xã An Bình",
        "--unit-code",
        "DU-AB",
        "--level",
        "xa",
        "--parent-name",
        "Tỉnh ủy Tây Ninh",
        "--parent-code",
        "TU-TN",
    )
    assert code == 0, err
    code, out, err = run(
        capsys,
        "units",
        "add",
        "--db",
        path,
        "--name",
        "Chi bộ Ấp 2",
        "--code",
        "CB-A2",
        "--level",
        "chi_bo",
    )
    assert code == 0 and "CB-A2" in out, err
    code, _, err = run(
        capsys,
        "units",
        "add",
        "--db",
        path,
        "--name",
        "Chi bộ khác",
        "--code",
        "CB-A2",
        "--level",
        "chi_bo",
    )
    assert code == 1 and "CB-A2" in err
    # "huyen" exists only to read old packages; no district level may be created (294-QĐ/TW).
    with pytest.raises(SystemExit) as exc:
        main(["init", "--db", path, "--unit-name", "X", "--unit-code", "Y", "--level", "huyen"])
    assert exc.value.code == 2


def test_campaigns_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.db")
    assert run(capsys, "demo", "--db", path, "--seed", "2")[0] == 0
    listed = run_json(capsys, "campaigns", "list", "--db", path)["campaigns"]
    assert {c["code"] for c in listed} == {"NQ-DH-XIV", "NQ-45-NQ/TW", "HNTW2-XIV"}
    first = next(c for c in listed if c["code"] == "NQ-DH-XIV")
    assert first["start"] == "2026-02-01"
    assert [s["date"] for s in first["sessions"] if s["makeup_of"] is None] == [
        "2026-02-05",
        "2026-02-06",
    ]


def test_a_roster_with_a_header_and_no_rows_is_refused(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("STT,Họ và tên,Số thẻ\n", encoding="utf-8")
    code, _, err = run(capsys, "members", "import", str(empty), "--db", db, "--lang", "en")
    assert code == 1 and "No rows were found" in err
