"""Where the file sent upward is written: a USB stick when one is plugged in, or a folder.

USB sticks are found among the mounted volumes (QStorageInfo): on Windows the drives
whose type is removable, on Linux the mounts under /media or /run/media, on macOS
those under /Volumes. A folder can always be chosen; the last one is remembered on
this PC (QSettings), like the window's size, not in the unit's data.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QStandardPaths, QStorageInfo, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.shell import prefs

LAST_FOLDER = "exchange/folder"
DRIVE_REMOVABLE = 2  # GetDriveTypeW


class Volume(Protocol):
    def isValid(self) -> bool: ...
    def isReady(self) -> bool: ...
    def isReadOnly(self) -> bool: ...
    def rootPath(self) -> str: ...
    def displayName(self) -> str: ...


@dataclass(frozen=True)
class Drive:
    root: Path
    name: str


def windows_drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    return int(windll.kernel32.GetDriveTypeW(root)) if windll is not None else 0


def is_removable(root: str, *, platform: str, drive_type: Callable[[str], int]) -> bool:
    if platform == "win32":
        return drive_type(root) == DRIVE_REMOVABLE
    if platform == "darwin":
        return root.startswith("/Volumes/")
    return root.startswith(("/media/", "/run/media/"))


def removable_drives(
    volumes: Iterable[Volume] | None = None,
    *,
    platform: str = sys.platform,
    drive_type: Callable[[str], int] = windows_drive_type,
) -> list[Drive]:
    found = QStorageInfo.mountedVolumes() if volumes is None else volumes
    out = []
    for volume in found:
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if is_removable(root, platform=platform, drive_type=drive_type):
            out.append(Drive(Path(root), volume.displayName() or root))
    return out


def documents_folder() -> Path:
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        or Path.home()
    )


class DestinationPicker(QWidget):
    """A drop-down of USB sticks and folders, with "Choose folder…" and "Look for USB sticks"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        label = QLabel(self.tr("Sa&ve to:"))
        label.setBuddy(self.combo)
        self.choose_button = QPushButton(self.tr("Choose &folder…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.scan_button = QPushButton(self.tr("Look for &USB sticks"))
        self.scan_button.clicked.connect(self.scan)
        self._folders: list[Path] = []
        last = str(prefs.app_settings().value(LAST_FOLDER, "", type=str) or "")
        if last and Path(last).is_dir():
            self._folders.append(Path(last))

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.scan_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self.scan()

    def scan(self) -> None:
        """List the USB sticks plugged in now; keep the current choice when it is still there."""
        keep = self.folder()
        self.combo.blockSignals(True)
        self.combo.clear()
        for drive in removable_drives():
            self.combo.addItem(
                self.tr("USB stick {name} ({path})").format(name=drive.name, path=str(drive.root)),
                str(drive.root),
            )
        for folder in self._folders:
            self.combo.addItem(self.tr("Folder {path}").format(path=str(folder)), str(folder))
        documents = documents_folder()
        if documents not in self._folders:
            self.combo.addItem(
                self.tr("Documents folder ({path})").format(path=str(documents)), str(documents)
            )
        index = self.combo.findData(str(keep)) if keep is not None else -1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self.changed.emit()

    def folder(self) -> Path | None:
        data = self.combo.currentData()
        return Path(data) if data else None

    def set_folder(self, folder: Path) -> None:
        """Offer `folder` (first among the folders) and choose it."""
        self._folders = [folder] + [f for f in self._folders if f != folder]
        prefs.app_settings().setValue(LAST_FOLDER, str(folder))
        self.scan()
        self.combo.setCurrentIndex(self.combo.findData(str(folder)))

    def choose_folder(self) -> None:
        start = self.folder() or documents_folder()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the file"), str(start)
        )
        if chosen:
            self.set_folder(Path(chosen))
