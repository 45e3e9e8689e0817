"""Crash safety, proven: SIGKILL during real units of work loses nothing acknowledged and
leaves nothing half done (tests/core/crash_harness.py; `make stress` kills 200+ times)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from crash_harness import run_crashes

from studylog.storage.db import open_database

FIXTURES = Path(__file__).parents[1] / "fixtures_db"
needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks (POSIX)")


@needs_fork
def test_twenty_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    tally = run_crashes(tmp_path, kills=20, seed=20261121, fixture_db=FIXTURES / "schema1.db")
    assert tally.failures == [], tally.summary()
    assert tally.kills == 20
    assert tally.units_acked > 20  # the kills came during real work, not before it
    assert tally.in_flight_kept + tally.in_flight_lost > 0


def test_commits_are_durable_against_power_loss(tmp_path: Path) -> None:
    """WAL with synchronous=FULL: an acknowledged commit is on the disk, not in a cache.

    SIGKILL cannot show this (the kernel still writes what the process wrote); the
    setting is what makes a PC switched off at the wall keep its last commit."""
    db = open_database(tmp_path / "x.db")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    finally:
        db.close()


def test_a_killed_write_leaves_a_hot_wal_that_the_next_open_recovers(tmp_path: Path) -> None:
    """The -wal left by a kill is read back by the next connection: the data is there."""
    path = tmp_path / "w.db"
    first = sqlite3.connect(path)
    first.execute("PRAGMA journal_mode = WAL")
    first.execute("CREATE TABLE t (x)")
    first.execute("INSERT INTO t VALUES (1)")
    first.commit()
    # No checkpoint, no close: as if the process died here.
    assert Path(f"{path}-wal").stat().st_size > 0
    second = sqlite3.connect(path)
    try:
        assert second.execute("SELECT x FROM t").fetchall() == [(1,)]
    finally:
        second.close()
        first.close()
