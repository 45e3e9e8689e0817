"""Restoring a backup: check it, keep a copy of what it replaces, then replace in one step.

The backup is first copied beside the database (a USB stick may be pulled out, and
the user's file must not be touched) and the copy is checked: SQLite's
integrity_check, a StudyLog database, a schema this version knows. Only then is
the current database backed up (`…-truoc-khoi-phuc.db` in the backup folder) and
overwritten — through SQLite's backup API, inside one transaction of the live
database, so a crash or a power cut leaves the old database or the restored one,
and a connection that another process holds stays valid. A restored backup of an
older schema is upgraded at once.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from studylog.errors import EnvironmentProblem, InputError, IntegrityProblem, StudyLogError
from studylog.files import TEMP_SUFFIX, atomic_path, fsync_folder, write_problem
from studylog.i18n import msg
from studylog.storage.backup import (
    SQLITE_MAGIC,
    BackupFile,
    damage_lines,
    default_folder,
    free_name,
    is_studylog,
    make_backup,
    newer_schema,
    not_studylog,
)
from studylog.storage.db import BUSY_TIMEOUT_MS, close_quietly, open_database
from studylog.storage.lock import DatabaseLock
from studylog.storage.problems import environment_problem
from studylog.storage.schema import SCHEMA_VERSION


@dataclass(frozen=True)
class BackupCheck:
    schema_version: int
    units: int
    members: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    saved_copy: BackupFile | None
    schema_version: int

    def as_json(self) -> dict[str, Any]:
        return {
            "restored_from": str(self.restored_from),
            "saved_copy": self.saved_copy.as_json() if self.saved_copy else None,
            "schema_version": self.schema_version,
        }


def check_backup_file(path: Path) -> BackupCheck:
    """Check a file as a backup to restore, without writing a byte to it."""
    path = Path(path)
    with _PrivateCopy(path, path.absolute().parent) as copy:
        return _check_copy(copy, path)


def restore_backup(
    source: Path,
    db_path: Path,
    *,
    now: datetime | None = None,
    lock_held: bool = False,
) -> RestoreResult:
    """Replace the database at `db_path` with the backup `source`.

    `lock_held`: the caller (the window working on `db_path`) already holds the
    database's lock; otherwise it is taken here, and a running window refuses.
    """
    source, db_path = Path(source), Path(db_path)
    lock = DatabaseLock(db_path)
    if not lock_held:
        lock.acquire()
    try:
        folder = db_path.absolute().parent
        if not folder.is_dir():
            raise EnvironmentProblem(
                msg(
                    "The folder {folder} does not exist.",
                    "Thư mục {folder} không tồn tại.",
                    folder=str(folder),
                )
            )
        if db_path.exists() and source.exists() and source.samefile(db_path):
            raise InputError(
                msg(
                    "{path} is the database itself, not a backup of it.",
                    "{path} chính là cơ sở dữ liệu đang dùng, không phải bản sao lưu.",
                    path=str(source),
                )
            )
        with _PrivateCopy(source, folder) as copy:
            check = _check_copy(copy, source)
            saved = _save_current(db_path, now)
            _replace(copy, db_path)
        version = _upgrade(db_path)
        return RestoreResult(source, saved, version or check.schema_version)
    finally:
        lock.release()


class _PrivateCopy:
    """A copy of `source` (and of its -wal, if any) in `folder`, removed afterwards."""

    def __init__(self, source: Path, folder: Path) -> None:
        self.source = source
        self.folder = folder
        self.copy: Path | None = None

    def __enter__(self) -> Path:
        _check_header(self.source)
        try:
            fd, name = tempfile.mkstemp(
                dir=self.folder, prefix=f".{self.source.name}.", suffix=TEMP_SUFFIX
            )
            os.close(fd)
        except OSError as exc:
            raise write_problem(self.folder / self.source.name, exc) from exc
        self.copy = Path(name)
        self.copy_target = self.folder / self.source.name
        try:
            shutil.copyfile(self.source, self.copy)
            wal = Path(f"{self.source}-wal")
            if wal.is_file() and wal.stat().st_size:
                shutil.copyfile(wal, f"{self.copy}-wal")
        except OSError as exc:
            self.__exit__()
            if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
                raise write_problem(self.copy_target, exc) from exc
            raise _unreadable(self.source, exc) from exc
        return self.copy

    def __exit__(self, *exc: object) -> None:
        if self.copy is not None:
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    Path(f"{self.copy}{suffix}").unlink()
            self.copy = None


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if head != SQLITE_MAGIC:
        raise not_studylog(path)


def _check_copy(copy: Path, shown: Path) -> BackupCheck:
    try:
        with closing(sqlite3.connect(copy, isolation_level=None)) as conn:
            problems = damage_lines(conn)
            if problems:
                raise damaged_backup(shown, "; ".join(problems[:3]))
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise newer_schema(shown, version)
            if version < 1 or not is_studylog(conn):
                raise not_studylog(shown)
            # A backup is one self-contained file; a copy of a live database may not be.
            conn.execute("PRAGMA journal_mode = DELETE")
            units = int(conn.execute("SELECT count(*) FROM units").fetchone()[0])
            members = int(conn.execute("SELECT count(*) FROM members").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise damaged_backup(shown, str(exc)) from exc
    return BackupCheck(version, units, members)


def _save_current(db_path: Path, now: datetime | None) -> BackupFile | None:
    """Keep the database about to be replaced; a damaged one is kept byte for byte."""
    if not db_path.exists():
        return None
    try:
        return make_backup(db_path, now=now, before_restore=True).backup
    except StudyLogError:
        if not _is_damaged_file(db_path):
            raise  # a full disk, a locked file: advice, and nothing is replaced
    # Damaged beyond SQLite's backup (the usual reason to restore): its settings cannot
    # be read either, so the copy goes to the default folder, the files as they are.
    folder = default_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    moment = (now or datetime.now()).replace(microsecond=0)
    target = free_name(folder, db_path.stem, moment, before_restore=True)
    for suffix in ("", "-wal"):
        original = Path(f"{db_path}{suffix}")
        if original.exists():
            with atomic_path(Path(f"{target}{suffix}")) as temp:
                shutil.copyfile(original, temp)
    return BackupFile(target, moment, target.stat().st_size, before_restore=True)


def _is_damaged_file(db_path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
            return bool(damage_lines(conn, "quick_check"))
    except sqlite3.DatabaseError:
        return True


def _replace(copy: Path, db_path: Path) -> None:
    if not db_path.exists():
        with atomic_path(db_path) as temp:
            shutil.copyfile(copy, temp)
        return
    try:
        with (
            closing(sqlite3.connect(copy, isolation_level=None)) as src,
            closing(sqlite3.connect(db_path, isolation_level=None)) as dst,
        ):
            dst.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _match_page_size(src, dst)
            src.backup(dst)
    except sqlite3.DatabaseError as exc:
        if _is_damaged(exc):
            _replace_file(copy, db_path)
            return
        raise environment_problem(exc, db_path) from exc


def _match_page_size(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """A WAL database only takes a backup of its own page size: rebuild the copy if needed."""
    wanted = int(dst.execute("PRAGMA page_size").fetchone()[0])
    if int(src.execute("PRAGMA page_size").fetchone()[0]) != wanted:
        src.execute(f"PRAGMA page_size = {wanted}")
        src.execute("VACUUM")


def _is_damaged(exc: sqlite3.DatabaseError) -> bool:
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _replace_file(copy: Path, db_path: Path) -> None:
    """The current file is beyond SQLite (already saved byte for byte): swap the files."""
    with atomic_path(db_path) as temp:
        shutil.copyfile(copy, temp)
        # The old -wal would be replayed into the restored file: it goes first.
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{db_path}{suffix}").unlink()
    fsync_folder(db_path.absolute().parent)


def _upgrade(db_path: Path) -> int:
    db = open_database(db_path, create=False)
    try:
        return int(db.execute("PRAGMA user_version").fetchone()[0])
    finally:
        close_quietly(db)


def damaged_backup(path: Path, detail: str) -> IntegrityProblem:
    return IntegrityProblem(
        msg(
            "The backup {path} is damaged ({detail}); nothing was restored. Choose another backup.",
            "Bản sao lưu {path} bị hỏng ({detail}); chưa khôi phục gì. Hãy chọn bản sao lưu khác.",
            path=str(path),
            detail=detail,
        )
    )


def _unreadable(path: Path, exc: OSError) -> EnvironmentProblem:
    return EnvironmentProblem(
        msg(
            "Cannot read {path}: {error}",
            "Không đọc được tệp {path}: {error}",
            path=str(path),
            error=exc.strerror or str(exc),
        )
    )
