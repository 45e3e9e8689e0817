"""Writing a finished file in one step: a crash, a power cut or a full disk never leaves
half a file, and the previous file stays as it was until the new one is complete.

Every file StudyLog writes (packages, plans, reports, backups) goes through here: the
bytes go to a temporary file in the same folder, are flushed to the disk, and the
temporary file is renamed over the target. A rename within one folder is atomic, so
readers see the old file or the new one, never a mixture. On failure the temporary
file is removed and the error becomes advice for the user.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from studylog.errors import EnvironmentProblem
from studylog.i18n import msg

TEMP_SUFFIX = ".tmp"
# `.<target name>.<random>.tmp`: hidden on Unix, recognisable for the clean-up below.
_TEMP = re.compile(r"^\.(?P<target>.+)\.[A-Za-z0-9_]{6,}\.tmp$")
# A temporary file older than this was left by a process that died (SIGKILL, power cut).
STALE_AFTER_S = 15 * 60


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path`; when the block ends normally, it replaces `path`.

    For writers that need a file name rather than a handle (SQLite's backup API).
    The block must close whatever it opened on the temporary path.
    """
    folder = _folder_of(path)
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
        os.close(fd)
    except OSError as exc:
        raise write_problem(path, exc) from exc
    temp = Path(name)
    try:
        yield temp
        _fsync_file(temp)
        os.replace(temp, path)
        fsync_folder(folder)
    except OSError as exc:
        _discard(temp)
        raise write_problem(path, exc) from exc
    except BaseException:
        _discard(temp)
        raise


def atomic_write(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write through `write(handle)` into a temporary file beside `path`, then rename it.

    The writer fills memory first (our files are a few MB at most) and the disk gets
    the bytes in one write: a disk that fails half-way then fails in our code, not in
    the middle of a library's zip or PDF writer, which would leave half-closed objects
    that complain on stderr long after the clear message.
    """
    buffer = io.BytesIO()
    try:
        write(buffer)
    except OSError as exc:  # a writer that reaches the disk itself (a font, a cache)
        raise write_problem(path, exc) from exc
    data = buffer.getvalue()
    with atomic_path(path) as temp, temp.open("wb") as handle:
        handle.write(data)
        handle.flush()


def _folder_of(path: Path) -> Path:
    folder = path.absolute().parent
    if not folder.is_dir():
        raise EnvironmentProblem(
            msg(
                "The folder {folder} does not exist.",
                "Thư mục {folder} không tồn tại.",
                folder=str(folder),
            )
        )
    return folder


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename survive a power cut (POSIX); Windows has no handle on a folder."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (network shares) refuse; the rename is done all the same
    finally:
        os.close(fd)


def _discard(temp: Path) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()


def is_temporary(path: Path) -> bool:
    return _TEMP.match(path.name) is not None


def remove_stale_temporaries(folder: Path, *, older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """Remove our temporary files that a killed process left behind in `folder`.

    Only old ones: a younger one may belong to a write that is still going on.
    """
    removed: list[Path] = []
    limit = time.time() - older_than_s
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        with contextlib.suppress(OSError):
            if is_temporary(entry) and entry.is_file() and entry.stat().st_mtime < limit:
                entry.unlink()
                removed.append(entry)
    return removed


def write_problem(path: Path, exc: OSError) -> EnvironmentProblem:
    """Advice for a failed write: the usual causes on an office PC, in that order."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return EnvironmentProblem(
            msg(
                "Could not write {path}: the disk is full. Free some space (or use another"
                " disk or USB stick) and try again; the previous file, if any, is unchanged.",
                "Không ghi được tệp {path}: ổ đĩa đã đầy. Hãy giải phóng dung lượng (hoặc dùng"
                " ổ đĩa hay USB khác) rồi thử lại; tệp cũ (nếu có) vẫn được giữ nguyên.",
                path=str(path),
            )
        )
    # On Windows a PDF open in a viewer cannot be replaced: say so, it is the usual cause.
    return EnvironmentProblem(
        msg(
            "Could not write {path} ({error}). Check that the disk is not full, that the"
            " folder can be written to, and that the file is not open in another program.",
            "Không ghi được tệp {path} ({error}). Hãy kiểm tra ổ đĩa còn chỗ trống, thư mục"
            " cho phép ghi và tệp không đang mở trong chương trình khác.",
            path=str(path),
            error=exc.strerror or type(exc).__name__,
        )
    )
