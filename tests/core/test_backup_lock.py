"""One window per database file: the lock, who holds it, and that a dead holder frees it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from studylog.errors import EnvironmentProblem
from studylog.storage.lock import DatabaseLock, lock_path, read_holder

HOLD = """
import sys, time
from pathlib import Path
from studylog.storage.lock import DatabaseLock
lock = DatabaseLock(Path(sys.argv[1]))
lock.acquire()
print("HELD", flush=True)
time.sleep(60)
"""


def test_a_second_holder_is_refused_with_the_first_ones_name(tmp_path: Path) -> None:
    db = tmp_path / "studylog.db"
    with DatabaseLock(db) as first:
        assert first.held
        holder = read_holder(lock_path(db))
        assert holder is not None and holder.pid == str(os.getpid())
        with pytest.raises(EnvironmentProblem) as refused:
            DatabaseLock(db).acquire()
        text = refused.value.render("en")
        assert "already open in another StudyLog window" in text and str(os.getpid()) in text
        assert "đang được mở trong một cửa sổ StudyLog khác" in refused.value.render("vi")
    with DatabaseLock(db) as again:  # released: free for the next window
        assert again.held
    assert lock_path(db).read_text(encoding="utf-8") == ""  # no stale name left behind


def test_the_lock_of_a_killed_process_is_free_at_once(tmp_path: Path) -> None:
    """A PC switched off at the wall, or a window killed: no stale lock to clear by hand."""
    db = tmp_path / "studylog.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        with pytest.raises(EnvironmentProblem, match=str(holder.pid)):
            DatabaseLock(db).acquire()
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    with DatabaseLock(db) as mine:
        assert mine.held


def test_a_folder_that_cannot_be_written_takes_no_lock_and_raises_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database on a read-only share or a CD: no second writer can exist there either."""
    real_open = Path.open

    def read_only(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self.name.endswith(".lock"):
            raise PermissionError(13, "Read-only file system", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", read_only)
    lock = DatabaseLock(tmp_path / "studylog.db")
    lock.acquire()
    assert not lock.held
    lock.release()
