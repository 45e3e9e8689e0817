"""Writing a finished file in one step: a crash or a full disk never leaves half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from studylog.errors import EnvironmentProblem
from studylog.i18n import msg


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write through `write` into a temporary file beside `path`, then rename it over `path`.

    The temporary file lives in the same folder so that `os.replace` is a rename on
    one file system, which is atomic: readers see the old file or the new one.
    """
    folder = path.resolve().parent
    if not folder.is_dir():
        raise EnvironmentProblem(
            msg(
                "The folder {folder} does not exist.",
                "Thư mục {folder} không tồn tại.",
                folder=str(folder),
            )
        )
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, then renamed
            dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as exc:
        raise _problem(path, exc) from exc
    temp = Path(handle.name)
    try:
        with handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _problem(path, exc) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _problem(path: Path, exc: OSError) -> EnvironmentProblem:
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
