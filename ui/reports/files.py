"""Where the printed documents go: proposed names, the folder, asking, opening.

The first proposal is the user's Documents folder; after that, the folder last
saved to, because a secretary who saves to a USB stick once usually does again.
The folder is a preference of this PC (QSettings), not of the unit's data.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.shell import prefs

FOLDER_KEY = "reports/folder"
# Characters Windows refuses in a file name; campaign codes like "NQ-45-NQ/TW" have them.
_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def safe_part(text: str) -> str:
    return _UNSAFE.sub("-", text.strip()).strip("-.") or "x"


def report_name(unit_code: str, campaign_code: str, suffix: str) -> str:
    return f"BaoCao_{safe_part(unit_code)}_{safe_part(campaign_code)}{suffix}"


def sheet_name(unit_code: str, day: date, *, makeup: bool) -> str:
    kind = "DanhSachKyTen_HocBu" if makeup else "DanhSachKyTen"
    return f"{kind}_{safe_part(unit_code)}_{day.isoformat()}.pdf"


def default_folder() -> Path:
    remembered = str(prefs.app_settings().value(FOLDER_KEY, "") or "")
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(path: Path) -> None:
    prefs.app_settings().setValue(FOLDER_KEY, str(path.parent))


def ask_save_path(
    parent: QWidget, *, title: str, name: str, filter_text: str, suffix: str
) -> Path | None:
    """The file chosen in the save dialog (with `suffix` added if the user left it off)."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(default_folder() / name), filter_text
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(path)
    return path


def open_path(path: Path) -> bool:
    """Open a file or folder the way double-clicking it in Explorer would."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
