"""One window per database file: an operating-system lock on `<database>.lock`.

Why a lock of the operating system and not SQLite's own locking: SQLite keeps two
windows from corrupting the file, but not from overwriting each other's work — each
window shows what it read, and the last one to save wins. A second window on the
same file is therefore refused with a message naming the first one.

Why not a plain "PID file": the PCs are switched off at the wall, which leaves such
a file behind, and after a restart its PID may belong to another program. The lock
taken here (flock on POSIX, a byte-range lock on Windows) belongs to the open file
handle: the system drops it when the process ends, however it ends. The file's text
(process id, computer, time) only serves to say who holds it.

The command line does not take this lock for its short reads and writes (SQLite's
locking and busy timeout keep those safe), except `restore`, which replaces the
whole file under a running window.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from studylog.errors import EnvironmentProblem
from studylog.i18n import msg

# Windows locks a byte range; the byte locked lies past the text, which stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass(frozen=True)
class Holder:
    pid: str
    host: str
    since: str


class DatabaseLock:
    """`with DatabaseLock(path):` or `acquire()`/`release()`; refuses while another holds it."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError:
            # A folder we cannot write to (a read-only share, a CD): no second writer
            # can exist there either, and SQLite will refuse to write with its own advice.
            return
        if not _try_lock(handle):
            holder = read_holder(self.path)
            handle.close()
            raise in_use(self.db_path, holder)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(
                f"{os.getpid()}\n{_host()}\n{datetime.now().isoformat(timespec='seconds')}\n"
            )
            handle.flush()
        except OSError:
            pass  # the lock itself is what matters; the text only names its holder
        self._handle = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
            handle.flush()
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()
        # The file stays: removing it would let a third process lock a new file while a
        # second one still waits on the old one.

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def read_holder(path: Path) -> Holder | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    if len(lines) < 3:
        return None
    return Holder(pid=lines[0].strip(), host=lines[1].strip(), since=lines[2].strip())


def in_use(db_path: Path, holder: Holder | None) -> EnvironmentProblem:
    if holder is None:
        return EnvironmentProblem(
            msg(
                "The database {path} is already open in another StudyLog window. Switch to"
                " that window, or close it and try again.",
                "Cơ sở dữ liệu {path} đang được mở trong một cửa sổ StudyLog khác. Hãy chuyển"
                " sang cửa sổ đó, hoặc đóng nó rồi thử lại.",
                path=str(db_path),
            )
        )
    return EnvironmentProblem(
        msg(
            "The database {path} is already open in another StudyLog window (process {pid}"
            " on {host}, since {since}). Switch to that window, or close it and try again.",
            "Cơ sở dữ liệu {path} đang được mở trong một cửa sổ StudyLog khác (tiến trình"
            " {pid} trên máy {host}, từ {since}). Hãy chuyển sang cửa sổ đó, hoặc đóng nó"
            " rồi thử lại.",
            path=str(db_path),
            pid=holder.pid,
            host=holder.host,
            since=holder.since.replace("T", " "),
        )
    )


def _host() -> str:
    # What platform.node() answers, without importing platform (a few ms at each start
    # of the window, which takes this lock before its first paint).
    if hasattr(os, "uname"):
        return os.uname().nodename or "?"
    return os.environ.get("COMPUTERNAME") or "?"


if sys.platform == "win32":
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
