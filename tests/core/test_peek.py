"""The glance the window takes at its file before the database layer is loaded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studylog.domain.enums import Level
from studylog.storage import peek, settings, units
from studylog.storage.db import open_database
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store


def _database(path: Path, *, unit: bool = True) -> Store:
    store = Store(open_database(path), path=path)
    if unit:
        units.init_home(store, name="Chi bộ A", code="CB-A", level=Level.CHI_BO)
    return store


def test_the_glance_knows_the_schema_this_studylog_writes() -> None:
    assert peek.SCHEMA_VERSION == SCHEMA_VERSION
    assert peek._LANGUAGE == settings.LANGUAGE


def test_a_working_database_gives_its_language(tmp_path: Path) -> None:
    store = _database(tmp_path / "a.db")
    assert peek.glance(tmp_path / "a.db") == peek.Glance(language="vi")
    settings.set_language(store, "en")
    assert peek.glance(tmp_path / "a.db") == peek.Glance(language="en")
    store.db.close()


def test_the_glance_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    _database(path).db.close()
    before = path.read_bytes()
    peek.glance(path)
    assert path.read_bytes() == before


def test_anything_but_a_plain_start_is_left_to_the_full_opening(tmp_path: Path) -> None:
    assert peek.glance(tmp_path / "missing.db") is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert peek.glance(tmp_path / "empty.db") is None
    (tmp_path / "notes.db").write_text("not a database", encoding="utf-8")
    assert peek.glance(tmp_path / "notes.db") is None
    (tmp_path / "broken.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    assert peek.glance(tmp_path / "broken.db") is None
    _database(tmp_path / "new.db", unit=False).db.close()  # the first-run wizard's case
    assert peek.glance(tmp_path / "new.db") is None
    _database(tmp_path / "newer.db").db.close()
    conn = sqlite3.connect(tmp_path / "newer.db")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    assert peek.glance(tmp_path / "newer.db") is None
