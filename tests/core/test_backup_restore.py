"""`studylog backup` / `studylog restore` as scripts drive them: checks first, a copy kept."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_run import run

from studylog.demo import build_demo
from studylog.storage.db import open_database
from studylog.storage.lock import DatabaseLock
from studylog.storage.restore import restore_backup
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures_db"


def content(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        ):
            digest.update(
                repr(conn.execute(f"SELECT * FROM [{name}] ORDER BY rowid").fetchall()).encode()
            )
        return digest.hexdigest()
    finally:
        conn.close()


def count(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "studylog.db"
    store = Store(open_database(path), path=path, actor="test")
    build_demo(store, scale="chi_bo", seed=1)
    store.db.close()
    return path


def backup_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, "backup", *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_backup_then_restore_round_trip(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = backup_json(capsys, "--db", str(demo))["backup"]
    before = content(demo)
    attended = count(demo, "attendance")
    conn = sqlite3.connect(demo)
    conn.execute("DELETE FROM attendance")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "restore", made["path"], "--db", str(demo), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert count(demo, "attendance") == attended and content(demo) == before
    saved = Path(result["saved_copy"]["path"])
    assert saved.parent == demo.parent / "backups" and "truoc-khoi-phuc" in saved.name
    assert count(saved, "attendance") == 0  # the database as it was before the restore
    listed = backup_json(capsys, "--list", "--db", str(demo))
    assert {b["path"] for b in listed["backups"]} == {made["path"], str(saved)}
    assert [p.name for p in demo.parent.iterdir() if p.name.startswith(".")] == []


def test_the_messages_in_both_languages(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "backup", "--db", str(demo), "--lang", "en")
    assert code == 0 and out.startswith("Backed up to ") and "KB" in out
    backup = next((demo.parent / "backups").iterdir())
    code, out, _ = run(capsys, "restore", str(backup), "--db", str(demo))
    assert code == 0 and "Đã khôi phục" in out and "giữ lại" in out


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, 3 * page + 200):  # a b-tree page's header and cells
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["damaged", "not_db", "foreign", "newer", "empty", "itself"])
def test_a_bad_backup_is_refused_and_nothing_changes(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    bad = tmp_path / "bad.db"
    if kind == "damaged":
        shutil.copy(FIXTURES / "schema1.db", bad)
        damage(bad)
    elif kind == "not_db":
        bad.write_text("SQLite format 3 is what this file pretends to be", encoding="utf-8")
    elif kind == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE photos (x)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        shutil.copy(FIXTURES / f"schema{SCHEMA_VERSION}.db", bad)
        conn = sqlite3.connect(bad)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    elif kind == "empty":
        bad.write_bytes(b"")
    else:
        bad = demo
    offered = bad.read_bytes()
    before = demo.read_bytes()
    code, out, err = run(capsys, "restore", str(bad), "--db", str(demo), "--lang", "en")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    expected = {
        "damaged": "damaged",
        "not_db": "not a StudyLog database",
        "foreign": "not a StudyLog database",
        "newer": "update the application",
        "empty": "not a StudyLog database",
        "itself": "the database itself",
    }[kind]
    assert expected in err
    assert demo.read_bytes() == before and bad.read_bytes() == offered
    assert not (demo.parent / "backups").exists()  # no copy kept: nothing was replaced
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_is_refused_while_a_window_has_the_database(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backup_json(capsys, "--db", str(demo))["backup"]["path"]
    before = demo.read_bytes()
    with DatabaseLock(demo):
        code, _, err = run(capsys, "restore", backup, "--db", str(demo), "--lang", "en")
    assert code == 1 and "already open in another StudyLog window" in err and "process" in err
    assert demo.read_bytes() == before


def test_an_older_backup_is_upgraded_with_its_data(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = FIXTURES / "schema1.db"
    code, _, err = run(capsys, "restore", str(old), "--db", str(demo))
    assert code == 0, err
    conn = sqlite3.connect(demo)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in ("members", "attendance", "sessions", "essays", "audit"):
            assert table in tables
            old_rows = (
                sqlite3.connect(old).execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            )
            assert conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() == old_rows
    finally:
        conn.close()
    code, out, _ = run(capsys, "check", "--db", str(demo))
    assert code == 0, out


def test_a_damaged_database_is_replaced_and_kept_byte_for_byte(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = backup_json(capsys, "--db", str(demo))["backup"]["path"]
    demo.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    wrecked = demo.read_bytes()
    code, out, err = run(capsys, "restore", backup, "--db", str(demo), "--json")
    assert code == 0, err
    saved = Path(json.loads(out)["saved_copy"]["path"])
    assert saved.read_bytes() == wrecked
    assert content(demo) == content(Path(backup))


def test_restore_onto_a_new_path_and_with_a_wal_beside_the_backup(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live"
    live.mkdir()
    shutil.copy(demo, live / "copy.db")
    writer = sqlite3.connect(live / "copy.db")
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("DELETE FROM essays")
    writer.commit()
    assert Path(f"{live / 'copy.db'}-wal").stat().st_size > 0
    target = tmp_path / "fresh" / "new.db"
    target.parent.mkdir()
    code, out, err = run(capsys, "restore", str(live / "copy.db"), "--db", str(target), "--json")
    writer.close()
    assert code == 0, err
    assert json.loads(out)["saved_copy"] is None
    assert count(target, "essays") == 0 and count(target, "members") == count(demo, "members")


def test_the_window_restores_under_its_own_lock_and_its_connection_sees_it(demo: Path) -> None:
    from studylog.storage.backup import make_backup

    backup = make_backup(demo).backup.path
    with DatabaseLock(demo):
        db = open_database(demo)
        db.execute("DELETE FROM essays")
        assert db.execute("SELECT count(*) FROM essays").fetchone()[0] == 0
        result = restore_backup(backup, demo, lock_held=True)
        assert db.execute("SELECT count(*) FROM essays").fetchone()[0] > 0
        db.close()
    assert result.schema_version == SCHEMA_VERSION and result.saved_copy is not None


def test_a_busy_database_is_a_message_not_an_unexpected_error(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program holds the write lock past the busy timeout: 'in use', exit 1."""
    monkeypatch.setattr("studylog.storage.db.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(demo, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(
            capsys,
            "units",
            "add",
            "--db",
            str(demo),
            "--name",
            "Chi bộ Mới",
            "--code",
            "CB-M",
            "--level",
            "chi_bo",
            "--lang",
            "en",
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1
    assert "in use by another StudyLog window" in err
    assert "Unexpected" not in err and "Traceback" not in err


def test_the_rotation_numbers_are_settings(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "backup", "--db", str(demo), "--keep-daily", "2", "--keep-last", "1")
    assert code == 0, err
    from studylog.storage.backup import backups_of

    policy, found = backups_of(demo)
    assert (policy.retention.daily, policy.retention.weekly, policy.retention.last) == (2, 8, 1)
    assert len(found) == 1
    code, _, err = run(capsys, "backup", "--db", str(demo), "--keep-weekly", "-1", "--lang", "en")
    assert code == 1 and "between 0 and 1000" in err
