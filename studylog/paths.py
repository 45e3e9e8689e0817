"""Where things live: resources, the data folder, and whether we run frozen or portable.

This is the only module that decides these; everything else asks it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "StudyLog"
DB_NAME = "studylog.db"
PORTABLE_MARKER = "portable.txt"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_dir() -> Path:
    """The folder of the executable when frozen, else the source checkout."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", app_dir())) / "resources"
    return app_dir() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def is_portable() -> bool:
    """A `portable.txt` beside the executable keeps all data on the USB stick."""
    return is_frozen() and (app_dir() / PORTABLE_MARKER).exists()


def data_dir() -> Path:
    if is_portable():
        return app_dir() / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def log_path() -> Path:
    return data_dir() / "studylog.log"
