"""The command line of SPEC §6, driven exactly as scripts and acceptance tests drive it.

The figures are worked out by hand from tests/data/roster_example.xlsx (a copy of
shared/samples): six members; Trần Quốc Toản exempt ("x"), Võ Văn Kiệt exempt from
15/01/2025; Nguyễn Thị Bích Ngân and Hà Thị Thuỷ probationary.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_run import DATA, db, run, run_json

__all__ = ["db"]  # the fixture, used by name


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


def test_a_grading_list_after_a_submission_list_keeps_the_dates(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_json(capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db)
    run(
        capsys, "campaigns", "add", "--db", db, "--code", "C1", "--title", "Đợt 1",
        "--start", "2026-02-01", "--essay-deadline", "2026-03-15",
    )  # fmt: skip
    s1 = run_json(capsys, "sessions", "add", "--db", db, "--campaign", "C1", "--date", "2026-02-05")
    present = tmp_path / "present.csv"
    present.write_text("Số thẻ,Điểm danh\n02345678,x\n11223344,x\n", encoding="utf-8")
    run_json(capsys, "attendance", "import", str(present), "--db", db, "--session", s1["uid"])
    handed_in = tmp_path / "nop.csv"
    handed_in.write_text("Số thẻ,Ngày nộp\n02345678,10/03/2026\n11223344,20/03/2026\n", "utf-8")
    graded = tmp_path / "cham.csv"
    graded.write_text("Số thẻ,Xếp loại\n02345678,Tốt\n11223344,khá\n", encoding="utf-8")
    run_json(capsys, "essays", "import", str(handed_in), "--db", db, "--campaign", "C1")
    run_json(capsys, "essays", "import", str(graded), "--db", db, "--campaign", "C1")
    essays = run_json(capsys, "stats", "--db", db, "--campaign", "C1")["essays"]
    assert essays == {"required": 2, "submitted": 2, "late": 1, "grades": {"Tốt": 1, "Khá": 1}}


def test_an_exemption_given_again_with_a_new_end_is_corrected(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run_json(capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db)
    for end in ("2026-01-15", "28/02/2026"):
        code, _, err = run(
            capsys, "members", "exempt", "11223344", "--db", db, "--from", "2026-01-01",
            "--to", end,
        )  # fmt: skip
        assert code == 0, err
    run(capsys, "campaigns", "add", "--db", db, "--code", "C1", "--title", "Đợt 1")
    run(capsys, "sessions", "add", "--db", db, "--campaign", "C1", "--date", "2026-02-10")
    stats = run_json(capsys, "stats", "--db", db, "--campaign", "C1")
    # Six members; Toản and Kiệt exempt from the roster, Đồng now exempt until 28/02.
    assert stats["required"] == 3


def test_namesakes_and_a_reissued_card_do_not_duplicate_members(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    twins = tmp_path / "twins.csv"
    twins.write_text(
        "STT,Họ và tên,Năm sinh,Số thẻ\n1,Nguyễn Văn Hùng,1975,\n2,Nguyễn Văn Hùng,1975,\n"
        "3,Nguyễn Văn An,1970,01234567\n",
        encoding="utf-8",
    )
    assert run_json(capsys, "members", "import", str(twins), "--db", db)["added"] == 3
    again = run_json(capsys, "members", "import", str(twins), "--db", db)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 3)
    reissued = tmp_path / "reissued.csv"
    reissued.write_text("Họ và tên,Năm sinh,Số thẻ\nNguyễn Văn An,1970,079001234567\n", "utf-8")
    result = run_json(capsys, "members", "import", str(reissued), "--db", db)
    assert (result["added"], result["updated"]) == (0, 1)
    cards = [m["card_no"] for m in run_json(capsys, "members", "list", "--db", db)["members"]]
    assert sorted(cards) == ["", "", "079001234567"]


def test_counts_say_what_was_written(
    db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run_json(capsys, "members", "import", str(DATA / "roster_example.xlsx"), "--db", db)
    run(capsys, "campaigns", "add", "--db", db, "--code", "C1", "--title", "Đợt 1")
    s1 = run_json(capsys, "sessions", "add", "--db", db, "--campaign", "C1", "--date", "2026-02-05")
    sheet = tmp_path / "ok.csv"
    sheet.write_text("Số thẻ,Điểm danh\n02345678,x\n11223344,x\n", encoding="utf-8")
    args = ("attendance", "import", str(sheet), "--db", db, "--session", s1["uid"])
    dry = run_json(capsys, *args, "--dry-run")
    assert (dry["imported"], dry["unchanged"]) == (2, 0)
    assert run_json(capsys, "stats", "--db", db, "--campaign", "C1")["attended"] == 0
    run_json(capsys, *args)
    dry = run_json(capsys, *args, "--dry-run")
    assert (dry["imported"], dry["unchanged"]) == (0, 2)
    bad = tmp_path / "bad.csv"
    bad.write_text("Họ và tên,Điểm danh\nPhạm Văn Đồng,x\nNgười Lạ,x\n", encoding="utf-8")
    code, out, _ = run(capsys, "attendance", "import", str(bad), "--db", db, "--session",
                       s1["uid"], "--json")  # fmt: skip
    assert code == 1 and json.loads(out)["imported"] == 0
    broken = tmp_path / "broken.csv"
    broken.write_text("Họ và tên,Số thẻ\nLê Văn Mới,12345678\n=1+1,87654321\n", encoding="utf-8")
    code, out, _ = run(capsys, "members", "import", str(broken), "--db", db, "--json")
    assert code == 1 and json.loads(out)["added"] == 0 and json.loads(out)["errors"]
