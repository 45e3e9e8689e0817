"""The window paints its frame first, then opens the database and fills the page.

What the secretary sees on an old PC: StudyLog's window at once, with "Opening the
data…" where the page will be, instead of nothing while sqlite-utils and the core load.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studylog.cli.main import main
from ui.context import AppContext
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# Notes what is loaded when the main window is first painted, and again when the
# Overview (with its figures) is painted, then ends the process.
PROBE = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

seen = {}

def inside(widget, name):
    while widget is not None:
        if widget.objectName() == name:
            return True
        widget = widget.parentWidget()
    return False

def note(key, window):
    seen[key] = {
        "sqlite_utils": "sqlite_utils" in sys.modules,
        "storage": "studylog.storage.store" in sys.modules,
        "showing": window.stack.currentWidget().objectName(),
        "title": window.windowTitle(),
        "lock": os.path.exists(sys.argv[1] + ".lock"),
        # PySide creates the `Qt` namespace's 93 enum classes on first use: ~15 ms.
        "qt_namespace": "Qt" in vars(sys.modules["PySide6.QtCore"]),
    }
    if key == "page":
        print(json.dumps(seen), flush=True)
        os._exit(0)

class Probe(QObject):
    window = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            if self.window is None and isinstance(obj, QMainWindow):
                self.window = obj
                note("frame", obj)
            elif self.window is not None and "page" not in seen and inside(obj, "page_home"):
                QTimer.singleShot(0, lambda: note("page", self.window))
        return False

app = QApplication(["studylog"])
probe = Probe()
app.installEventFilter(probe)
QTimer.singleShot(30000, lambda: os._exit(3))
from studylog.cli.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def test_the_frame_is_painted_before_the_database_is_opened(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--seed", "1"]) == 0
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    frame, page = seen["frame"], seen["page"]
    # The frame: the lock is taken, nothing of the database layer is loaded yet, and
    # the frame is built without the `Qt` namespace (ui/shell/navigation.py).
    assert frame == {
        "sqlite_utils": False,
        "storage": False,
        "showing": "loading",
        "title": "StudyLog",
        "lock": True,
        "qt_namespace": False,
    }
    # Then the database, in the same window: the Overview with the unit's name.
    assert page["sqlite_utils"] and page["storage"]
    assert page["showing"] == "" and page["title"].startswith("StudyLog — ")


def test_the_page_asked_for_before_the_database_is_the_one_shown(
    qtbot, demo_ctx: AppContext
) -> None:
    window = MainWindow(db_path=demo_ctx.db_path, remember=False)
    qtbot.addWidget(window)
    assert window.show_page("members") is window.loading
    assert window.current_key() == "members" and window.pages == {}
    assert not window.menus.open_action.isEnabled()
    assert not window.menus.about_action.isEnabled()
    window.show_page("sessions")  # Ctrl+4 while the data is opening
    window.attach(demo_ctx)
    assert window.current_key() == "sessions" and set(window.pages) == {"sessions"}
    assert window.stack.currentWidget() is window.frames["sessions"]
    assert window.menus.open_action.isEnabled() and window.menus.about_action.isEnabled()
    assert window.backup_action.isEnabled()


def test_a_window_without_its_database_keeps_the_preferences_it_finds(
    qtbot, demo_ctx: AppContext, private_preferences: Path
) -> None:
    from ui.shell import prefs

    window = MainWindow(db_path=demo_ctx.db_path, remember=True)
    qtbot.addWidget(window)
    assert prefs.recent_files() == []  # remembered once the file is open
    window.attach(demo_ctx)
    assert prefs.recent_files() == [demo_ctx.db_path.resolve()]


@pytest.mark.parametrize("page", ["home", "members"])
def test_the_window_opens_on_the_page_asked_for(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    from PySide6.QtWidgets import QApplication

    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--seed", "1"]) == 0
    shown: list[tuple[str, set[str]]] = []

    def exec_once() -> int:
        for _ in range(50):
            QApplication.processEvents()
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        shown.append((window.current_key(), set(window.pages)))
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(type(qapp), "exec", lambda self: exec_once())
    assert main(["gui", "--db", str(db), "--page", page]) == 0
    assert shown == [(page, {page})]


def test_the_frame_set_by_property_names_is_the_frame_asked_for(
    qtbot, demo_ctx: AppContext
) -> None:
    """The frame's settings made by name (without `Qt`) did take effect."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    window = MainWindow(db_path=demo_ctx.db_path, remember=False)
    qtbot.addWidget(window)
    assert window.nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.loading.alignment() == Qt.AlignmentFlag.AlignCenter
    flags = window.status.file_label.textInteractionFlags()
    assert flags == Qt.TextInteractionFlag.TextSelectableByMouse
    shortcuts = [a.shortcut() for a in window.menus.page_actions]
    assert shortcuts == [QKeySequence(f"Ctrl+{i}") for i in range(1, len(shortcuts) + 1)]
    assert shortcuts[0] == QKeySequence(Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_1)
    assert QKeySequence(QKeySequence.StandardKey.Open) in window.menus.open_action.shortcuts()


def test_a_long_file_path_is_cut_in_the_middle() -> None:
    from ui.shell.statusbar import PATH_CHARS, cut_middle

    short = "/home/an/studylog.db"
    assert cut_middle(short) == short
    long = "D:\\Chi bo\\" + "Nam 2026\\" * 10 + "studylog.db"
    cut = cut_middle(long)
    assert len(cut) == PATH_CHARS and "…" in cut
    assert cut.startswith("D:\\Chi bo") and cut.endswith("studylog.db")
