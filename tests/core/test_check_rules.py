"""`studylog check`: each domain invariant is found when broken, named the way a secretary
knows the record, and a clean database (every demo scale) passes."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_run import run

from studylog.check import MAX_PER_RULE, run_checks
from studylog.demo import build_demo
from studylog.storage.db import open_database
from studylog.storage.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures_db"


@pytest.fixture
def demo() -> Iterator[Store]:
    store = Store(open_database(":memory:"), actor="test")
    build_demo(store, scale="chi_bo", seed=1)
    yield store
    store.db.close()


def problems(store: Store) -> list[str]:
    return [p.render("en") for p in run_checks(store).problems]


def raw(store: Store, sql: str, params: list[object] | None = None) -> None:
    """A write that bypasses StudyLog (another tool, a damaged restore): no CHECK either."""
    store.db.execute("PRAGMA ignore_check_constraints = ON")
    store.db.execute(sql, params or [])
    store.db.execute("PRAGMA ignore_check_constraints = OFF")
    store.db.conn.commit()


def one(store: Store, sql: str) -> dict[str, object]:
    row = store.one(sql)
    assert row is not None
    return row


@pytest.mark.parametrize("scale", ["chi_bo", "xa", "tinh"])
def test_every_demo_is_in_good_order(scale: str) -> None:
    store = Store(open_database(":memory:"), actor="test")
    build_demo(store, scale=scale, seed=2)
    report = run_checks(store)
    assert report.ok, report.lines("en")
    assert report.lines("vi")[0].startswith("Cơ sở dữ liệu không có lỗi")
    store.db.close()


def test_attendance_outside_the_unit_names_the_member(demo: Store) -> None:
    row = one(
        demo,
        "SELECT a.member_uid, s.date, m.full_name FROM attendance a"
        " JOIN sessions s ON s.uid = a.session_uid JOIN members m ON m.uid = a.member_uid"
        " WHERE a.status = 'co_mat' LIMIT 1",
    )
    raw(
        demo,
        "INSERT INTO member_events (uid, member_uid, kind, date_from)"
        " VALUES ('e1', ?, 'chuyen_di', '2000-01-01')",
        [row["member_uid"]],
    )
    found = [p for p in problems(demo) if "was not in the unit" in p]
    assert found and all(str(row["full_name"]) in p for p in found)


def test_negative_counts_are_found(demo: Store) -> None:
    point = one(demo, "SELECT uid FROM session_points LIMIT 1")["uid"]
    raw(demo, "UPDATE session_points SET n_khac = -3 WHERE uid = ?", [point])
    assert any("n_khac" in p and "-3" in p and "negative" in p for p in problems(demo))


def test_make_up_classes_stay_in_their_campaign_and_come_after(demo: Store) -> None:
    sessions = demo.all("SELECT uid, campaign_uid, date FROM sessions WHERE makeup_of IS NULL")
    first = sessions[0]
    other = next(s for s in sessions if s["campaign_uid"] != first["campaign_uid"])
    raw(
        demo,
        "INSERT INTO sessions (uid, campaign_uid, date, makeup_of) VALUES ('m1', ?, ?, ?)",
        [first["campaign_uid"], first["date"], other["uid"]],
    )
    raw(
        demo,
        "INSERT INTO sessions (uid, campaign_uid, date, makeup_of)"
        " VALUES ('m2', ?, '2000-01-01', ?)",
        [first["campaign_uid"], first["uid"]],
    )
    found = problems(demo)
    assert any("another campaign" in p for p in found)
    assert any("is before the session" in p and "01/01/2000" in p for p in found)


def test_grades_outside_the_scale_are_found(demo: Store) -> None:
    essay = one(
        demo,
        "SELECT e.uid, m.full_name FROM essays e JOIN members m ON m.uid = e.member_uid LIMIT 1",
    )
    raw(demo, "UPDATE essays SET grade = 'Xuất sắc' WHERE uid = ?", [essay["uid"]])
    found = [p for p in problems(demo) if "Xuất sắc" in p]
    assert len(found) == 1 and str(essay["full_name"]) in found[0]
    raw(demo, "UPDATE campaigns SET essay_scale = 'diem10'")
    raw(demo, "UPDATE essays SET grade = '8.5' WHERE uid = ?", [essay["uid"]])
    assert not any("8.5" in p for p in problems(demo))
    raw(demo, "UPDATE essays SET grade = '11' WHERE uid = ?", [essay["uid"]])
    assert any("“11”" in p for p in problems(demo))


def test_ranges_and_deadlines_in_order(demo: Store) -> None:
    member = one(demo, "SELECT uid, full_name FROM members LIMIT 1")
    raw(
        demo,
        "INSERT INTO member_events (uid, member_uid, kind, date_from, date_to)"
        " VALUES ('e2', ?, 'tam_mien', '2026-03-01', '2026-01-01')",
        [member["uid"]],
    )
    raw(demo, "UPDATE campaigns SET start_date = '2026-06-01', deadline = '2026-05-01'")
    found = problems(demo)
    assert any(str(member["full_name"]) in p and "ends before it starts" in p for p in found)
    assert any("deadline 01/05/2026 is before the start date 01/06/2026" in p for p in found)


def test_dates_identifiers_units_and_the_audit_trail(demo: Store) -> None:
    raw(
        demo,
        "UPDATE sessions SET date = '2026-02-30' WHERE rowid = (SELECT min(rowid) FROM sessions)",
    )
    member = one(demo, "SELECT uid, full_name FROM members LIMIT 1")
    raw(
        demo,
        "UPDATE members SET card_no = '12AB', citizen_id = '123' WHERE uid = ?",
        [member["uid"]],
    )
    raw(
        demo,
        "INSERT INTO units (uid, code, name, level) VALUES ('u9', 'CB-X', 'Chi bộ lạc', 'chi_bo')",
    )
    demo.db.execute("DROP TRIGGER audit_no_delete")
    found = problems(demo)
    assert any("2026-02-30" in p and "not a date" in p for p in found)
    assert any("“12AB”" in p and str(member["full_name"]) in p for p in found)
    assert any("citizen ID “123”" in p for p in found)
    assert any("CB-X" in p and "not registered under the home unit" in p for p in found)
    assert any("audit_no_delete" in p for p in found)


def test_a_long_list_is_cut_per_rule(demo: Store) -> None:
    raw(demo, "UPDATE member_events SET date_from = 'hôm qua'")
    raw(demo, "UPDATE members SET birth_date = 'không rõ'")
    dates = [p for p in problems(demo) if "not a date" in p or "more of the same kind" in p]
    assert len(dates) == MAX_PER_RULE + 1 and dates[-1].startswith("… and more")


def test_a_damaged_file_says_restore_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "damaged.db"
    shutil.copy(FIXTURES / "schema1.db", path)
    open_database(path).close()
    data = bytearray(path.read_bytes())
    for offset in range(5 * 4096 + 8, 5 * 4096 + 120):
        data[offset] ^= 0xA5
    path.write_bytes(bytes(data))
    code, out, _ = run(capsys, "check", "--db", str(path), "--lang", "en")
    assert code == 1
    assert out.splitlines()[0].endswith("problem(s) found:")
    assert "restore the latest backup" in out
    code, out, _ = run(capsys, "check", "--db", str(path), "--json")
    report = json.loads(out)
    assert code == 1 and report["damaged"] is True and not report["ok"]


def test_check_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ok.db"
    shutil.copy(FIXTURES / "schema1.db", path)
    code, out, _ = run(capsys, "check", "--db", str(path), "--json")
    assert code == 0 and json.loads(out) == {
        "ok": True,
        "schema_version": json.loads(out)["schema_version"],
        "damaged": False,
        "problems": [],
    }
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE incidents SET minutes_lost = -1")
    conn.execute("UPDATE session_points SET n_quan_chung = -5")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "check", "--db", str(path))
    assert code == 1 and "bị âm" in out
