"""Opening a database file: refuse what is not ours or too new, before writing a byte."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from studylog.errors import EnvironmentProblem
from studylog.i18n import msg
from studylog.storage.problems import environment_problem
from studylog.storage.schema import SCHEMA_VERSION, migrations

_SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _peek_version(path: Path) -> int:
    """Read the schema version without changing the file (read-only, no WAL switch)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise EnvironmentProblem(
            msg(
                "Cannot read the database {path}: {error}",
                "Không đọc được cơ sở dữ liệu {path}: {error}",
                path=str(path),
                error=exc.strerror or str(exc),
            )
        ) from exc
    if head and head != _SQLITE_MAGIC:
        raise EnvironmentProblem(
            msg(
                "{path} is not a StudyLog database; the file was left untouched.",
                "{path} không phải là cơ sở dữ liệu StudyLog; tệp được giữ nguyên.",
                path=str(path),
            )
        )
    if not head:
        return 0
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise EnvironmentProblem(
            msg(
                "{path} is damaged or not a database: {error}",
                "{path} bị hỏng hoặc không phải là cơ sở dữ liệu: {error}",
                path=str(path),
                error=str(exc),
            )
        ) from exc
    finally:
        conn.close()


def _configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")


def open_database(path: Path | str, *, create: bool = True) -> Database:
    """Open (and create or upgrade) the database at `path`; ':memory:' for tests.

    Refuses, leaving the file as it was: a file that is not SQLite, a damaged file,
    a database written by a newer StudyLog.
    """
    if str(path) == ":memory:":
        db = Database(memory=True, execute_plugins=False)
        _configure(db)
        _upgrade(db)
        return db
    path = Path(path)
    if not path.exists() and not create:
        raise EnvironmentProblem(
            msg(
                "The database {path} does not exist.",
                "Không có cơ sở dữ liệu {path}.",
                path=str(path),
            )
        )
    version = _peek_version(path) if path.exists() else 0
    if version > SCHEMA_VERSION:
        raise EnvironmentProblem(
            msg(
                "{path} was written by a newer StudyLog (schema {found}, this one knows {known});"
                " please update the application. The file was left untouched.",
                "{path} được tạo bởi phiên bản StudyLog mới hơn (lược đồ {found}, phiên bản này"
                " chỉ biết {known}); hãy cập nhật ứng dụng. Tệp được giữ nguyên.",
                path=str(path),
                found=version,
                known=SCHEMA_VERSION,
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path, execute_plugins=False)
    try:
        _configure(db)
        db.execute("PRAGMA journal_mode = WAL")
        _upgrade(db)
    except sqlite3.DatabaseError as exc:
        close_quietly(db)
        raise environment_problem(exc, path) from exc
    return db


def _upgrade(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def close_quietly(db: Database) -> None:
    with contextlib.suppress(sqlite3.Error):
        db.close()
