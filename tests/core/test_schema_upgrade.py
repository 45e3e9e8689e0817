"""Schema upgrades: a database of each released schema opens, upgraded, with its data intact;
a database of a newer StudyLog is refused untouched, with the advice to update.

tests/fixtures_db/schema<N>.db are demo databases (chi bộ, seed 1) written by the code
of each release (tools/make_fixture_db.py); they are copied before use, never changed.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli_run import run

from studylog.check import run_checks
from studylog.errors import EnvironmentProblem
from studylog.storage.db import open_database
from studylog.storage.schema import SCHEMA_VERSION, migrations
from studylog.storage.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures_db"
RELEASED = list(range(1, SCHEMA_VERSION + 1))


def tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            n: conn.execute(f"SELECT * FROM [{n}] ORDER BY rowid").fetchall()
            for n in names
            if n not in ("_sqlite_migrations", "sqlite_sequence")
        }
    finally:
        conn.close()


def without_uids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_uids(v) for k, v in value.items() if k != "uid"}
    if isinstance(value, list):
        return [without_uids(v) for v in value]
    return value


@pytest.mark.parametrize("version", RELEASED)
def test_every_released_schema_has_its_database(version: int) -> None:
    """A new schema step needs the previous release's database: tools/make_fixture_db.py."""
    path = FIXTURES / f"schema{version}.db"
    assert path.exists(), f"run `python tools/make_fixture_db.py {version}` and commit it"
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
        assert applied == [m.name for m in migrations._migrations[:version]]
    finally:
        conn.close()
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("version", RELEASED)
def test_an_old_database_opens_upgraded_with_its_data(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / f"schema{version}.db", path)
    before = tables(path)
    db = open_database(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        report = run_checks(Store(db, path=path))
        assert report.ok, report.lines("en")
    finally:
        db.close()
    after = tables(path)
    for table, rows in before.items():
        assert after[table] == rows, table
    # Opening again changes nothing more.
    open_database(path).close()
    assert tables(path) == after


def test_an_upgraded_database_gives_the_figures_of_the_current_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both fixtures are the same demo: the oldest, upgraded, must say what the newest says."""
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    shutil.copy(FIXTURES / "schema1.db", old)
    shutil.copy(FIXTURES / f"schema{SCHEMA_VERSION}.db", new)
    code, out, _ = run(capsys, "campaigns", "list", "--db", str(new), "--json")
    assert code == 0
    codes = [c["code"] for c in json.loads(out)["campaigns"]]
    assert len(codes) == 3
    for campaign in codes:
        figures = []
        for path in (old, new):
            code, out, err = run(
                capsys, "stats", "--db", str(path), "--campaign", campaign, "--json"
            )
            assert code == 0, err
            figures.append(without_uids(json.loads(out)))
        assert figures[0] == figures[1], campaign
        assert figures[0]["members"]["total"] == 56


def test_a_newer_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "newer.db"
    shutil.copy(FIXTURES / f"schema{SCHEMA_VERSION}.db", path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(EnvironmentProblem) as refused:
        open_database(path)
    assert "update the application" in refused.value.render("en")
    assert "hãy cập nhật ứng dụng" in refused.value.render("vi")
    code, out, err = run(capsys, "check", "--db", str(path))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "backup", "--db", str(path), "--lang", "en")
    assert code == 1 and "update the application" in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.db"]  # no -wal, no backups/
