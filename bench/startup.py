"""startup: process start to the first painted main window, against a bare PySide6 window.

Both are a fresh `python -c` process on the offscreen platform. The clock starts
in the parent just before the process is spawned and stops when the main window
has received its first Paint event and that paint pass is over (a zero timer
queued from the Paint event fires after the children have painted too). The
floor then exits at once; the app goes on until the Overview page (`page_home`,
filled with its campaigns and figures) has been painted too, which is reported
beside the figure: the window paints its frame before it opens the database.

- app: `studylog` with no subcommand, exactly the installed entry point
  (studylog.cli.main), on a copy of the commune database;
- floor: a bare PySide6 script showing an empty QMainWindow of the same size
  (1280 × 800, the size StudyLog opens at on a PC without saved preferences).

Preferences (QSettings) and the data folder point at a temporary HOME.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.data import Data, copy_db
from bench.measure import Figure, child_env, median, ms

RUNS = 11

_PROBE = r"""
import os, sys, time

def _stamp(what, last):
    sys.stdout.write("%s %.6f\n" % (what, time.time()))
    sys.stdout.flush()
    if last:
        os._exit(0)

def _inside(widget, name):
    while widget is not None:
        if widget.objectName() == name:
            return True
        widget = widget.parentWidget()
    return False

_KEEP = []

def _watch(page=None):
    # The window is watched by a filter on the window alone, put on it when it is
    # shown. A filter on the whole application would be a probe that costs the app
    # more than the floor: PySide then wraps every object that gets an event, and the
    # first hidden helper object of a real window (the gesture manager of a list, the
    # animation timer of a label) makes it build the Python classes of every QObject
    # type, 20-30 ms that a user never pays and an empty window never meets.
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class WindowPainted(QObject):
        seen = False
        def eventFilter(self, obj, event):
            if self.seen:
                return False
            if event.type() != QEvent.Type.Paint:
                # Kept the last filter installed (Qt then asks it first), so that its
                # zero timer is queued before any the window's own code queues at the
                # same paint: the stamp marks the end of the paint pass, not the end
                # of work the app starts after it.
                obj.installEventFilter(self)
                return False
            self.seen = True
            QTimer.singleShot(0, painted)
            return False

    class PagePainted(QObject):
        seen = False
        def eventFilter(self, obj, event):
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget)
                and _inside(obj, page)
            ):
                self.seen = True
                QTimer.singleShot(0, lambda: _stamp("PAGE", True))
            return False

    def painted():
        _stamp("PAINTED", page is None)
        # From here on the whole application is watched for the page: its paint is
        # reported beside the figure, and comes after the window's in any case.
        QApplication.instance().installEventFilter(page_probe)

    window_probe, page_probe = WindowPainted(), PagePainted()
    _KEEP.extend((window_probe, page_probe))
    show = QWidget.show

    def show_watched(widget):
        if isinstance(widget, QMainWindow) and not window_probe.seen:
            widget.installEventFilter(window_probe)
        show(widget)

    QWidget.show = show_watched
"""

# The app's own order of imports is kept: PySide6 is first imported by ui.app, as
# `studylog` does it, and ui.app.run creates the QApplication as it always does; the
# probe is set up just before run is called.
APP = (
    _PROBE
    + r"""
import importlib.machinery

class _Hook:
    def find_spec(self, name, path, target=None):
        if name != "ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        exec_module = spec.loader.exec_module

        def patched(module):
            exec_module(module)
            run = module.run

            def run_probed(*args, **kwargs):
                _watch("page_home")
                return run(*args, **kwargs)

            module.run = run_probed

        spec.loader.exec_module = patched
        return spec

sys.meta_path.insert(0, _Hook())
from studylog.cli.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""
)

FLOOR = (
    _PROBE
    + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
_app = QApplication(sys.argv[:1] or ["python"])
_watch()
window = QMainWindow()
window.resize(1280, 800)
window.show()
sys.exit(_app.exec())
"""
)


def _once(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds to the main window's first paint, and to the Overview page's (app only)."""
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    stamps = dict(line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)
    if "PAINTED" not in stamps:
        raise RuntimeError(f"no window was painted:\n{done.stdout[-1000:]}{done.stderr[-3000:]}")
    page = float(stamps["PAGE"]) - started if "PAGE" in stamps else None
    return float(stamps["PAINTED"]) - started, page


def measure(data: Data) -> Figure:
    with tempfile.TemporaryDirectory(prefix="studylog-bench-startup-") as tmp:
        home = Path(tmp)
        db = copy_db(data.commune, home / "commune.db")
        env = child_env(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CACHE_HOME=str(home / "cache"),
        )
        # The first runs warm the disk cache and open (upgrade) the copied database once.
        _once(APP, [str(db)], env)
        _once(FLOOR, [], env)
        app_runs, page_runs, floor_runs = [], [], []
        for _ in range(RUNS):
            window, page = _once(APP, [str(db)], env)
            app_runs.append(window)
            if page is None:
                raise RuntimeError("the Overview page was never painted")
            page_runs.append(page)
            floor_runs.append(_once(FLOOR, [], env)[0])
    app, page, floor = median(app_runs), median(page_runs), median(floor_runs)
    return Figure(
        name="startup",
        value=app / floor,
        target=1.5,
        unit="x",
        detail=f"app {ms(app)}, floor {ms(floor)}; Overview with its figures {ms(page)}"
        f" ({page / floor:.2f}x); median of {RUNS} runs each",
        extra={"app_s": app_runs, "page_s": page_runs, "floor_s": floor_runs},
    )
