"""Per-computer preferences (window geometry, recent files) in QSettings.

They belong to this PC and this Windows account, not to the unit's data, so they
live in QSettings, not in the database. One constructor, so that the tests can point
QSettings at a temporary folder (QSettings.setPath) and leave the real one alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from studylog.paths import APP_NAME, data_dir, is_portable

GEOMETRY = "window/geometry"
STATE = "window/state"
RECENT = "recent/files"
MAX_RECENT = 8
PORTABLE_FILE = "preferences.ini"


def app_settings() -> QSettings:
    if is_portable():  # a StudyLog on a USB stick keeps its preferences on the stick
        return QSettings(str(data_dir() / PORTABLE_FILE), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def recent_files() -> list[Path]:
    value = app_settings().value(RECENT, [], type=list)
    return [Path(str(v)) for v in value if str(v)]


def remember_file(path: Path) -> list[Path]:
    """Put `path` first in the recent list (no duplicates, at most MAX_RECENT)."""
    path = path.resolve()
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT]
    app_settings().setValue(RECENT, [str(p) for p in files])
    return files
