"""The command line of SPEC §6, driven exactly as scripts and acceptance tests drive it.

The figures are worked out by hand from tests/data/roster_example.xlsx (a copy of
shared/samples): six members; Trần Quốc Toản exempt ("x"), Võ Văn Kiệt exempt from
15/01/2025; Nguyễn Thị Bích Ngân and Hà Thị Thuỷ probationary.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studylog.cli.main import main

DATA = Path(__file__).parent.parent / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cb.db")
    code, _, err = run(
        capsys,
        "init",
        "--db",
        path,
        "--unit-name",
        "Chi bộ Ấp 2",
        "--unit-code",
        "CB-A2",
        "--level",
        "chi_bo",
        "--parent-name",
        "Đảng ủy xã An Bình",
        "--parent-code",
        "DU-AB",
        "--place",
        "Xã An Bình",
    )
    assert code == 0, err
    return path


def test_roster_import_and_name_order(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db)
    assert result["added"] == 6 and result["errors"] == []
    listed = run_json(capsys, "members", "list", "--db", db)["members"]
    assert [m["name"] for m in listed] == [
        "Phạm Văn Đồng",
        "Võ Văn Kiệt",
        "Nguyễn Thị Bích Ngân",
        "Lê Thị Hồng Nhung",
        "Hà Thị Thuỷ",
        "Trần Quốc Toản",
    ]
    by_name = {m["name"]: m for m in listed}
    assert by_name["Nguyễn Thị Bích Ngân"]["card_no"] == "02345678"
    assert by_name["Nguyễn Thị Bích Ngân"]["status"] == "du_bi"
    assert by_name["Nguyễn Thị Bích Ngân"]["birth"] == "1964-05-04"
    assert by_name["Trần Quốc Toản"]["card_no"] == "00987654"
    assert by_name["Trần Quốc Toản"]["exempt"] is True
    assert by_name["Võ Văn Kiệt"]["exempt"] is True
    assert by_name["Lê Thị Hồng Nhung"]["card_no"] == "079190004567"
    # Re-importing the same file changes nothing.
    again = run_json(capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 6)


def test_dry_run_writes_nothing(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(
        capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db, "--dry-run"
    )
    assert result["added"] == 6
    assert run_json(capsys, "members", "list", "--db", db)["members"] == []


def test_tcvn3_roster(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "members", "import", str(DATA / "roster_tcvn3_example.xlsx"), "--db", db
    )
    assert code == 0, err
    assert "TCVN3" in out + err
    names = {m["name"] for m in run_json(capsys, "members", "list", "--db", db)["members"]}
    expected = (DATA / "roster_tcvn3_example.expected.txt").read_text(encoding="utf-8").split("\n")
    assert names == {n for n in expected if n}


def test_campaign_stats_end_to_end(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_json(capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db)
    code, _, err = run(
        capsys,
        "campaigns",
        "add",
        "--db",
        db,
        "--code",
        "NQ-DH-XIV",
        "--title",
        "Nghị quyết Đại hội XIV",
        "--start",
        "2026-02-01",
        "--essay-deadline",
        "15/03/2026",
    )
    assert code == 0, err
    s1 = run_json(
        capsys,
        "sessions",
        "add",
        "--db",
        db,
        "--campaign",
        "NQ-DH-XIV",
        "--date",
        "2026-02-05",
        "--kind",
        "truc_tuyen",
        "--point",
        "Hội trường xã",
    )["uid"]
    code, _, err = run(
        capsys,
        "points",
        "set",
        "--db",
        db,
        "--session",
        s1,
        "--point",
        "Hội trường xã",
        "--dang-vien",
        "4",
        "--can-bo",
        "3",
        "--quan-chung",
        "25",
        "--quality",
        "tot",
    )
    assert code == 0, err
    imported = run_json(
        capsys,
        "attendance",
        "import",
        str(DATA / "attendance_example.xlsx"),
        "--db",
        db,
        "--session",
        s1,
    )
    assert (imported["imported"], imported["errors"]) == (4, [])

    stats = run_json(capsys, "stats", "--db", db, "--campaign", "NQ-DH-XIV")
    assert stats["members"] == {"total": 6, "chinh_thuc": 4, "du_bi": 2, "exempt": 2}
    assert (stats["required"], stats["attended"], stats["rate"]) == (4, 3, 75.0)
    assert stats["rate_text"] == "3/4 (75,00%)"
    assert stats["absent"] == [
        {
            "uid": stats["absent"][0]["uid"],
            "name": "Lê Thị Hồng Nhung",
            "card_no": "079190004567",
            "status": "vang_co_ly_do",
            "reason": "Con ốm",
            "made_up": False,
        }
    ]
    assert (stats["sessions"], stats["makeup_sessions"], stats["connection_points"]) == (1, 0, 1)
    assert stats["guests"] == {
        "can_bo_cong_chuc_vien_chuc": 3,
        "doan_vien_hoi_vien": 0,
        "quan_chung": 25,
        "khac": 0,
    }
    assert stats["essays"]["required"] == 3

    # A make-up class for Nhung, then an essay list.
    m1 = run_json(
        capsys,
        "sessions",
        "add",
        "--db",
        db,
        "--campaign",
        "NQ-DH-XIV",
        "--date",
        "2026-02-20",
        "--makeup-of",
        s1,
    )["uid"]
    makeup_list = tmp_path / "hocbu.csv"
    makeup_list.write_text("Họ và tên,Điểm danh\nLê Thị Hồng Nhung,x\n", encoding="utf-8")
    run_json(capsys, "attendance", "import", str(makeup_list), "--db", db, "--session", m1)
    essays = tmp_path / "thuhoach.csv"
    essays.write_text(
        "Số thẻ,Ngày nộp,Xếp loại\n02345678,01/03/2026,Tốt\n11223344,20/03/2026,Khá\n",
        encoding="utf-8",
    )
    result = run_json(
        capsys, "essays", "import", str(essays), "--db", db, "--campaign", "NQ-DH-XIV"
    )
    assert (result["imported"], result["errors"]) == (2, [])

    stats = run_json(capsys, "stats", "--db", db, "--campaign", "NQ-DH-XIV")
    assert (stats["made_up"], stats["attended_after_makeup"], stats["rate_after_makeup"]) == (
        1,
        4,
        100.0,
    )
    assert stats["absent"][0]["made_up"] is True
    assert stats["essays"] == {
        "required": 4,
        "submitted": 2,
        "late": 1,
        "grades": {"Tốt": 1, "Khá": 1},
    }


def test_exempt_command(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_json(capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db)
    code, _, err = run(
        capsys,
        "members",
        "exempt",
        "11223344",
        "--db",
        db,
        "--from",
        "2026-01-01",
        "--kind",
        "tam_mien",
        "--to",
        "2026-12-31",
    )
    assert code == 0, err
    listed = run_json(capsys, "members", "list", "--db", db)["members"]
    assert {m["name"]: m["exempt"] for m in listed}["Phạm Văn Đồng"] is True
    code, _, err = run(capsys, "members", "exempt", "99999999", "--db", db, "--from", "2026-01-01")
    assert code == 1 and "99999999" in err


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
