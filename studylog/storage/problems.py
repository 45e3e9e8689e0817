"""SQLite's complaints about the surroundings (locked, read-only, disk full) as advice.

Kept apart from `studylog.storage.db` so that the window's error hook and the command
line's last resort can use them without importing sqlite-utils.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from studylog.errors import EnvironmentProblem
from studylog.i18n import msg


def environment_problem(exc: sqlite3.Error, path: Path) -> EnvironmentProblem:
    """Turn SQLite's complaints about the surroundings into advice for the user."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(
            msg(
                "The database {path} is in use by another StudyLog window; close it and try again.",
                "Cơ sở dữ liệu {path} đang được một cửa sổ StudyLog khác sử dụng; hãy đóng cửa"
                " sổ đó rồi thử lại.",
                path=str(path),
            )
        )
    if "readonly" in text or "read-only" in text:
        return EnvironmentProblem(
            msg(
                "The database {path} is read-only; copy it to a folder you can write to.",
                "Cơ sở dữ liệu {path} chỉ cho phép đọc; hãy chép nó sang thư mục có quyền ghi.",
                path=str(path),
            )
        )
    if "disk" in text and "full" in text:
        return EnvironmentProblem(
            msg(
                "The disk holding {path} is full; free some space and try again.",
                "Ổ đĩa chứa {path} đã đầy; hãy giải phóng dung lượng rồi thử lại.",
                path=str(path),
            )
        )
    return EnvironmentProblem(
        msg(
            "The database {path} cannot be used: {error}",
            "Không sử dụng được cơ sở dữ liệu {path}: {error}",
            path=str(path),
            error=str(exc),
        )
    )


def surroundings(exc: BaseException, path: Path) -> EnvironmentProblem | None:
    """SQLite's complaints about the surroundings, raised past the busy timeout or on a
    full or read-only disk, as advice; None for anything else (a bug is a bug)."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    text = str(exc).lower()
    if any(word in text for word in ("locked", "busy", "readonly", "read-only", "disk")):
        return environment_problem(exc, path)
    return None
