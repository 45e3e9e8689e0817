"""Backups: a consistent, self-contained copy taken while in use; names, rotation, settings."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studylog.demo import build_demo
from studylog.errors import EnvironmentProblem
from studylog.storage.backup import (
    BackupFile,
    Retention,
    backup_name,
    backups_of,
    daily_backup_due,
    default_folder,
    list_backups,
    make_backup,
    set_policy,
    to_remove,
)
from studylog.storage.db import open_database
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store

NOW = datetime(2026, 11, 21, 14, 30, 0)


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f"SELECT * FROM [{n}] ORDER BY rowid").fetchall() for n in names}
    finally:
        conn.close()


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "studylog.db"
    store = Store(open_database(path), path=path, actor="test")
    build_demo(store, scale="chi_bo", seed=1)
    store.db.close()
    return path


def test_a_backup_is_a_whole_self_contained_copy(demo: Path) -> None:
    result = make_backup(demo, now=NOW)
    backup = result.backup
    assert backup.path == demo.parent / "backups" / "studylog-20261121-143000.db"
    assert backup.size == backup.path.stat().st_size and not backup.before_restore
    assert rows(backup.path) == rows(demo)
    conn = sqlite3.connect(backup.path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.path.name]


def test_a_backup_taken_during_a_write_holds_only_committed_work(demo: Path) -> None:
    writer = sqlite3.connect(demo, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM attendance")
    try:
        backup = make_backup(demo, now=NOW).backup
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert rows(backup.path)["attendance"] == rows(demo)["attendance"] != []


def test_backups_in_the_same_second_do_not_overwrite_each_other(demo: Path) -> None:
    first = make_backup(demo, now=NOW).backup.path
    second = make_backup(demo, now=NOW).backup.path
    assert first != second and second.name == "studylog-20261121-143000-2.db"
    assert [b.path for b in list_backups(first.parent, "studylog")] == [second, first]


def test_the_folder_is_a_setting_and_dir_is_not_rotated(demo: Path, tmp_path: Path) -> None:
    store = Store(open_database(demo), path=demo, actor="test")
    set_policy(store, folder=tmp_path / "usb", retention=Retention(daily=1, weekly=0, last=1))
    store.db.close()
    policy, _ = backups_of(demo)
    assert policy.folder == tmp_path / "usb" and policy.retention.daily == 1
    for day in range(3):
        make_backup(demo, now=NOW + timedelta(days=day))
    assert len(list_backups(tmp_path / "usb", "studylog")) == 1  # rotated
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    for day in range(3):
        make_backup(demo, folder=elsewhere, now=NOW + timedelta(days=day))
    assert len(list_backups(elsewhere, "studylog")) == 3  # the user's own folder: untouched


def test_the_first_start_of_the_day_is_due_once(demo: Path) -> None:
    assert daily_backup_due(demo, NOW.date())
    make_backup(demo, now=NOW)
    assert not daily_backup_due(demo, NOW.date())
    assert daily_backup_due(demo, NOW.date() + timedelta(days=1))


def test_rotation_keeps_seven_days_eight_weeks_and_the_latest(tmp_path: Path) -> None:
    backups = [
        BackupFile(tmp_path / f"s{i}.db", NOW - timedelta(hours=12 * i), 1) for i in range(200)
    ]
    kept = set(backups) - set(to_remove(backups, Retention()))
    days = {b.taken_at.date() for b in kept}
    weeks = {b.taken_at.date().isocalendar()[:2] for b in kept}
    assert backups[0] in kept and backups[1] in kept and backups[2] in kept
    assert len(days) >= 7 and len(weeks) == 8
    assert len(kept) <= 7 + 8 + 3
    # The newest of each of the last seven days is kept.
    for offset in range(7):
        day = NOW.date() - timedelta(days=offset)
        newest = max((b for b in backups if b.taken_at.date() == day), key=lambda b: b.taken_at)
        assert newest in kept


@settings(max_examples=60, deadline=None)
@given(
    hours=st.lists(st.integers(min_value=0, max_value=24 * 120), min_size=1, max_size=60),
    daily=st.integers(0, 10),
    weekly=st.integers(0, 10),
    last=st.integers(0, 5),
    before=st.integers(0, 3),
)
def test_rotation_never_removes_the_newest_or_a_copy_kept_before_restore(
    hours: list[int], daily: int, weekly: int, last: int, before: int
) -> None:
    folder = Path("/nowhere")
    backups = [
        BackupFile(folder / f"b{i}.db", NOW - timedelta(hours=h), 1) for i, h in enumerate(hours)
    ] + [BackupFile(folder / f"r{i}.db", NOW - timedelta(days=400), 1, True) for i in range(before)]
    removed = to_remove(backups, Retention(daily=daily, weekly=weekly, last=last))
    newest = max(
        (b for b in backups if not b.before_restore), key=lambda b: (b.taken_at, b.path.name)
    )
    assert newest not in removed
    assert not any(b.before_restore for b in removed)
    assert len(backups) - len(removed) <= daily + weekly + max(last, 1) + before


def test_names_carry_the_local_time() -> None:
    assert backup_name("studylog", NOW) == "studylog-20261121-143000.db"
    assert (
        backup_name("demo", NOW, before_restore=True) == "demo-20261121-143000-truoc-khoi-phuc.db"
    )


def test_other_files_in_the_folder_are_left_alone(demo: Path) -> None:
    folder = default_folder(demo)
    folder.mkdir()
    mine = folder / "ghi-chu.txt"
    mine.write_text("notes", encoding="utf-8")
    other = folder / "khac-20200101-000000.db"
    other.write_bytes(b"x")
    store = Store(open_database(demo), path=demo, actor="test")
    set_policy(store, folder=None, retention=Retention(daily=0, weekly=0, last=1))
    store.db.close()
    for day in range(4):
        make_backup(demo, now=NOW + timedelta(days=day))
    assert mine.exists() and other.exists()
    assert len(list_backups(folder, "studylog")) == 1


def test_what_is_not_a_studylog_database_is_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_bytes(b"not a database at all")
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    for path in (notes, foreign):
        before = path.read_bytes()
        with pytest.raises(EnvironmentProblem, match="StudyLog"):
            make_backup(path, now=NOW)
        assert path.read_bytes() == before
    with pytest.raises(EnvironmentProblem):
        make_backup(tmp_path / "missing.db", now=NOW)
    assert not (tmp_path / "missing.db").exists()


def test_a_newer_database_is_refused_untouched(demo: Path) -> None:
    conn = sqlite3.connect(demo)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(EnvironmentProblem, match="update"):
        make_backup(demo, now=NOW)


def test_daily_backup_due_reads_no_backup_of_another_day(demo: Path) -> None:
    make_backup(demo, now=datetime(2026, 11, 20, 23, 59, 59))
    assert daily_backup_due(demo, date(2026, 11, 21))
