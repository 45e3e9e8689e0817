"""A glance at a database file before the window opens it, with the standard sqlite3.

The window paints its frame before it loads the database layer (sqlite-utils and the
rest of the core, about a third of its start). To draw the frame it needs only the
language chosen in Cài đặt, and to know that the file will open as a working
database: if not, the window opens the file first, as it always did, so that a
refusal or the first-run wizard still comes before any window.

Read-only and without any change to the file (no WAL switch, no upgrade); the
caller holds the file's lock (studylog.storage.lock) already.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

# studylog.storage.schema.SCHEMA_VERSION, which cannot be imported without sqlite-utils;
# tests/core/test_peek.py keeps the two equal.
SCHEMA_VERSION = 2
_SQLITE_MAGIC = b"SQLite format 3\x00"
# studylog.storage.settings.LANGUAGE
_LANGUAGE = "language"


@dataclass(frozen=True)
class Glance:
    language: str  # "vi" or "en", as studylog.storage.settings.language reads it


def glance(path: Path) -> Glance | None:
    """The file's language when it is a StudyLog database that has its home unit and
    that this StudyLog knows; None for anything else (missing, empty, not SQLite,
    damaged, busy, written by a newer StudyLog, no home unit yet)."""
    try:
        with path.open("rb") as handle:
            if handle.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
                return None
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1.0)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if not 1 <= version <= SCHEMA_VERSION:
            return None
        if conn.execute("SELECT 1 FROM units WHERE is_home = 1 LIMIT 1").fetchone() is None:
            return None
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [_LANGUAGE]).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return Glance(language="vi" if row is None else str(row[0]))
