"""A disk that fails on cue: writes, fsyncs, renames and SQLite's pages under one folder.

`FaultyDisk(folder)` patches, for files under `folder` only, Python's `open` (every
handle opened for writing counts its `write` calls), `os.fsync`, `os.replace` and,
through `max_page_count`, SQLite connections to database files there. A counting run
(`plan=None`) learns how many of each the operation makes; a failing run then raises
`OSError(ENOSPC)` or `OSError(EIO)` at the chosen one, as a full or failing USB stick
would, and SQLite reports "database or disk is full" when a page limit is hit.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sqlite3
import stat
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

POINTS = ("write", "fsync", "replace", "sqlite")


@dataclass(frozen=True)
class Fault:
    point: str  # one of POINTS
    nth: int  # the n-th call at that point fails (sqlite: the page limit)
    code: int = errno.ENOSPC

    def error(self) -> OSError:
        return OSError(self.code, os.strerror(self.code))


class _Handle:
    """A file opened for writing whose `write` can fail after some calls."""

    def __init__(self, inner: Any, disk: FaultyDisk) -> None:
        self._inner = inner
        self._disk = disk

    def write(self, data: Any) -> int:
        self._disk.hit("write")
        return int(self._inner.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __enter__(self) -> _Handle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._inner.close()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._inner)


class FaultyDisk:
    def __init__(self, folder: Path, fault: Fault | None = None) -> None:
        self.folder = folder.resolve()
        self.fault = fault
        self.calls: Counter[str] = Counter()

    def _mine(self, path: object) -> bool:
        """Under the folder; not the window lock's name tag, which is written best effort."""
        try:
            resolved = Path(os.fspath(path)).resolve()  # type: ignore[arg-type]
        except TypeError:
            return False  # a file descriptor
        return resolved.is_relative_to(self.folder) and resolved.suffix != ".lock"

    def hit(self, point: str) -> None:
        self.calls[point] += 1
        if (
            self.fault is not None
            and self.fault.point == point
            and self.calls[point] == self.fault.nth
        ):
            raise self.fault.error()

    @contextmanager
    def installed(self) -> Iterator[FaultyDisk]:
        real_open, real_fsync, real_replace = io.open, os.fsync, os.replace
        real_connect = sqlite3.connect
        disk = self

        def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real_open(file, mode, *args, **kwargs)
            if any(c in mode for c in "wax+") and not isinstance(file, int) and disk._mine(file):
                return _Handle(handle, disk)
            return handle

        def fake_fsync(fd: int) -> None:
            # Files only: a folder's fsync after the rename is best effort by design.
            target = os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else ""
            if stat.S_ISREG(os.fstat(fd).st_mode) and (not target or disk._mine(target)):
                disk.hit("fsync")
            real_fsync(fd)

        def fake_replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
            if disk._mine(dst):
                disk.hit("replace")
            real_replace(src, dst, *args, **kwargs)

        def fake_connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
            conn = real_connect(database, *args, **kwargs)
            name = str(database)
            if not name.startswith("file:") and name != ":memory:" and disk._mine(name):
                disk.calls["sqlite"] += 1
                fault = disk.fault
                if fault is not None and fault.point == "sqlite":
                    conn.execute(f"PRAGMA max_page_count = {fault.nth}")
            return conn

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(io, "open", fake_open)
            patch.setattr(builtins, "open", fake_open)
            patch.setattr(os, "fsync", fake_fsync)
            patch.setattr(os, "replace", fake_replace)
            patch.setattr(sqlite3, "connect", fake_connect)
            yield self


def leftovers(folder: Path) -> list[str]:
    """Temporary files (ours: `.<name>.<random>.tmp`) anywhere under `folder`."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.name.endswith(".tmp"))
