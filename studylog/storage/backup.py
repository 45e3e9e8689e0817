"""Backups: a consistent copy of the database, taken while it is in use, kept in rotation.

A backup is made with SQLite's online backup API (a snapshot even while a window
writes), checked, switched to a single self-contained file (no -wal beside it, so
it can be copied to a USB stick as it is) and renamed into place: a backup file is
whole or absent. Names carry the local time: `studylog-20261121-143000.db`.

Rotation keeps the newest backup of each of the last 7 days that have one, of each
of the last 8 weeks, and the 3 most recent whatever their day (configurable in the
database's settings). Copies kept before a restore are never rotated away.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from studylog.errors import EnvironmentProblem, IntegrityProblem
from studylog.files import atomic_path, remove_stale_temporaries
from studylog.i18n import msg
from studylog.storage.changes import Changes
from studylog.storage.db import BUSY_TIMEOUT_MS
from studylog.storage.problems import environment_problem
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store

FOLDER_NAME = "backups"
BACKUP_DIR = "backup_dir"
KEEP_DAILY = "backup_keep_daily"
KEEP_WEEKLY = "backup_keep_weekly"
KEEP_LAST = "backup_keep_last"
BEFORE_RESTORE = "truoc-khoi-phuc"
_STAMP = "%Y%m%d-%H%M%S"
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 8
    last: int = 3


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the file name
    size: int
    before_restore: bool = False
    number: int = 1  # the second backup within one second is `…-2.db`

    @property
    def order(self) -> tuple[datetime, int, str]:
        return (self.taken_at, self.number, self.path.name)

    def as_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "name": self.path.name,
            "taken_at": self.taken_at.isoformat(timespec="seconds"),
            "size": self.size,
            "before_restore": self.before_restore,
        }


@dataclass(frozen=True)
class BackupResult:
    backup: BackupFile
    removed: tuple[Path, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"backup": self.backup.as_json(), "removed": [str(p) for p in self.removed]}


@dataclass(frozen=True)
class Policy:
    folder: Path
    retention: Retention


# -- names ---------------------------------------------------------------------------


def backup_name(stem: str, moment: datetime, *, before_restore: bool = False) -> str:
    tail = f"-{BEFORE_RESTORE}" if before_restore else ""
    return f"{stem}-{moment.strftime(_STAMP)}{tail}.db"


def _name_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<n>\d+))?"
        rf"(?P<before>-{BEFORE_RESTORE})?\.db$"
    )


def list_backups(folder: Path, stem: str) -> list[BackupFile]:
    """The backups of the database named `stem` in `folder`, newest first."""
    pattern = _name_pattern(stem)
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match["stamp"], _STAMP)
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(
            BackupFile(
                entry,
                taken,
                size,
                before_restore=bool(match["before"]),
                number=int(match["n"] or 1),
            )
        )
    return sorted(found, key=lambda b: b.order, reverse=True)


def free_name(folder: Path, stem: str, moment: datetime, *, before_restore: bool) -> Path:
    target = folder / backup_name(stem, moment, before_restore=before_restore)
    number = 2
    while target.exists():
        tail = f"-{BEFORE_RESTORE}" if before_restore else ""
        target = folder / f"{stem}-{moment.strftime(_STAMP)}-{number}{tail}.db"
        number += 1
    return target


# -- rotation ------------------------------------------------------------------------


def to_remove(backups: list[BackupFile], retention: Retention) -> list[BackupFile]:
    """What rotation deletes: the regular backups that no rule keeps."""
    regular = sorted(
        (b for b in backups if not b.before_restore), key=lambda b: b.order, reverse=True
    )
    keep = set(regular[: max(retention.last, 1)])
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in regular:
        day = backup.taken_at.date()
        if day not in days and len(days) < retention.daily:
            days.add(day)
            keep.add(backup)
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < retention.weekly:
            weeks.add(week)
            keep.add(backup)
    return [b for b in regular if b not in keep]


def rotate(folder: Path, stem: str, retention: Retention) -> tuple[Path, ...]:
    removed: list[Path] = []
    for backup in to_remove(list_backups(folder, stem), retention):
        try:
            backup.path.unlink()
        except OSError:
            continue  # a backup that cannot be removed now is removed next time
        removed.append(backup.path)
    remove_stale_temporaries(folder)
    return tuple(removed)


# -- settings ------------------------------------------------------------------------


def default_folder(db_path: Path) -> Path:
    return db_path.absolute().parent / FOLDER_NAME


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])


def _count(conn: sqlite3.Connection, key: str, default: int) -> int:
    text = _setting(conn, key)
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    return value if 0 <= value <= 1000 else default


def read_policy(conn: sqlite3.Connection, db_path: Path) -> Policy:
    folder = _setting(conn, BACKUP_DIR)
    base = Retention()
    return Policy(
        folder=Path(folder) if folder else default_folder(db_path),
        retention=Retention(
            daily=_count(conn, KEEP_DAILY, base.daily),
            weekly=_count(conn, KEEP_WEEKLY, base.weekly),
            last=_count(conn, KEEP_LAST, base.last),
        ),
    )


def set_policy(store: Store, *, folder: Path | None, retention: Retention) -> Changes:
    """`folder=None`: the `backups` folder beside the database."""
    with store.atomic():
        changed = store.set_setting(BACKUP_DIR, str(folder) if folder else "")
        return Changes(settings=set_retention(store, retention).settings or changed)


def set_retention(store: Store, retention: Retention) -> Changes:
    changed = False
    with store.atomic():
        for key, value in (
            (KEEP_DAILY, retention.daily),
            (KEEP_WEEKLY, retention.weekly),
            (KEEP_LAST, retention.last),
        ):
            changed = store.set_setting(key, str(value)) or changed
    return Changes(settings=changed)


# -- making a backup -----------------------------------------------------------------


@contextmanager
def source_connection(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A plain connection to an existing StudyLog database: nothing is upgraded or written."""
    db_path = Path(db_path)
    try:
        with db_path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise EnvironmentProblem(
            msg(
                "Cannot read the database {path}: {error}",
                "Không đọc được cơ sở dữ liệu {path}: {error}",
                path=str(db_path),
                error=exc.strerror or str(exc),
            )
        ) from exc
    if head != SQLITE_MAGIC:
        raise not_studylog(db_path)
    conn = sqlite3.connect(db_path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise newer_schema(db_path, version)
        if not is_studylog(conn):
            raise not_studylog(db_path)
        yield conn
    except sqlite3.DatabaseError as exc:
        raise environment_problem(exc, db_path) from exc
    finally:
        conn.close()


def is_studylog(conn: sqlite3.Connection) -> bool:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {"_sqlite_migrations", "units", "members", "audit", "settings"} <= tables


# Lines of SQLite's integrity check that are about values breaking a CHECK or NOT NULL
# rule (written by another tool): data problems for `studylog check`, not a damaged file.
CONSTRAINT_LINES = ("CHECK constraint failed", "NOT NULL constraint failed")


def damage_lines(conn: sqlite3.Connection, pragma: str = "integrity_check") -> list[str]:
    """What SQLite's `pragma` finds wrong with the file itself (empty: the file is sound)."""
    lines = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    return [line for line in lines if line != "ok" and not line.startswith(CONSTRAINT_LINES)]


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """An atomic, checked, self-contained copy of the database open on `source`."""
    with atomic_path(target) as temp:
        with closing(sqlite3.connect(temp, isolation_level=None)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            damage = damage_lines(copy, "quick_check")
        if damage:
            raise IntegrityProblem(
                msg(
                    "The copy of the database did not pass SQLite's check ({detail});"
                    " it was not kept. Run `studylog check` on the database.",
                    "Bản sao cơ sở dữ liệu không qua được kiểm tra của SQLite ({detail});"
                    " bản sao không được giữ lại. Hãy chạy `studylog check` trên cơ sở dữ liệu.",
                    detail="; ".join(damage[:3]),
                )
            )


def make_backup(
    db_path: Path,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
    before_restore: bool = False,
) -> BackupResult:
    """Back up `db_path`. Into the configured folder (and rotate it) unless `folder` is given."""
    db_path = Path(db_path)
    moment = now or datetime.now()
    with source_connection(db_path) as conn:
        policy = read_policy(conn, db_path)
        target_folder = Path(folder) if folder is not None else policy.folder
        _make_folder(target_folder)
        target = free_name(target_folder, db_path.stem, moment, before_restore=before_restore)
        try:
            copy_database(conn, target)
        except sqlite3.DatabaseError as exc:
            raise environment_problem(exc, db_path) from exc
    size = target.stat().st_size
    removed: tuple[Path, ...] = ()
    if folder is None and not before_restore:
        removed = rotate(target_folder, db_path.stem, policy.retention)
    return BackupResult(
        BackupFile(target, moment.replace(microsecond=0), size, before_restore), removed
    )


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(
            msg(
                "Cannot create the backup folder {folder}: {error}",
                "Không tạo được thư mục sao lưu {folder}: {error}",
                folder=str(folder),
                error=exc.strerror or str(exc),
            )
        ) from exc


def backups_of(db_path: Path) -> tuple[Policy, list[BackupFile]]:
    """The policy and the backups in the configured folder, newest first."""
    with source_connection(db_path) as conn:
        policy = read_policy(conn, db_path)
    return policy, list_backups(policy.folder, Path(db_path).stem)


def daily_backup_due(db_path: Path, today: date | None = None) -> bool:
    """No regular backup from `today` yet: the first start of the day makes one."""
    day = today or date.today()
    _, found = backups_of(db_path)
    return not any(b.taken_at.date() == day and not b.before_restore for b in found)


# -- messages ------------------------------------------------------------------------


def not_studylog(path: Path) -> EnvironmentProblem:
    return EnvironmentProblem(
        msg(
            "{path} is not a StudyLog database; the file was left untouched.",
            "{path} không phải là cơ sở dữ liệu StudyLog; tệp được giữ nguyên.",
            path=str(path),
        )
    )


def newer_schema(path: Path, version: int) -> EnvironmentProblem:
    return EnvironmentProblem(
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
