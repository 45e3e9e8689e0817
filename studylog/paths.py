"""Where things live: resources, the data folder, and whether we run frozen or portable.

This is the only module that decides these; everything else asks it.

Three ways StudyLog runs:

- from the source tree (`make run`, the tests): resources in `<checkout>/resources`;
- installed from the PyInstaller bundle (`sys.frozen` is set): resources in the
  bundle's contents folder (`sys._MEIPASS`, `_internal/` beside the executable),
  data in the user's data folder (platformdirs: `%LOCALAPPDATA%\\StudyLog` on
  Windows, `~/.local/share/StudyLog` on Linux);
- portable, from a USB stick: the bundle with a file `portable.txt` beside the
  executable. Then the database and what lives beside it (its signing key, lock
  and `backups/` folder), the preferences and the error log are kept in `data/`
  beside the executable, and nothing is written to the PC.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "StudyLog"
DB_NAME = "studylog.db"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA = "data"
PREFERENCES_NAME = "preferences.ini"
LOG_NAME = "studylog.log"


def is_frozen() -> bool:
    """True inside the PyInstaller bundle (the bootloader sets `sys.frozen`)."""
    return bool(getattr(sys, "frozen", False))


def app_dir() -> Path:
    """The folder of the executable when frozen, else the source checkout."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """`resources/` of the checkout, or of the bundle's contents folder.

    PyInstaller puts data files under `sys._MEIPASS` (`_internal/` in a one-folder
    bundle); a freezer without it keeps them beside the executable.
    """
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", app_dir())) / "resources"
    return app_dir() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def is_portable() -> bool:
    """A `portable.txt` beside the executable keeps all data on the USB stick.

    Only a frozen app can be portable: in a source checkout the marker would sit
    beside the Python interpreter, which is not the user's to mark.
    """
    return is_frozen() and (app_dir() / PORTABLE_MARKER).is_file()


def data_dir() -> Path:
    """The folder of the default database, its backups and the error log."""
    if is_portable():
        return app_dir() / PORTABLE_DATA
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_NAME


def log_path() -> Path:
    return data_dir() / LOG_NAME


def preferences_path() -> Path:
    """The INI file of the per-computer preferences (window geometry, recent files).

    Portable: in `data/` beside the executable. Otherwise the user's configuration
    folder (`%APPDATA%\\StudyLog` on Windows, `~/.config/StudyLog` on Linux), the
    folder Qt's own user-scope QSettings would choose.
    """
    if is_portable():
        return data_dir() / PREFERENCES_NAME
    config = platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)
    return Path(config) / PREFERENCES_NAME
