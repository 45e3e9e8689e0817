"""startup: process start to the first painted main window, against a bare PySide6 window.

Both are a fresh `python -c` process on the offscreen platform. The clock starts
in the parent just before the process is spawned and stops when the main window
has received its first Paint event and that paint pass is over (a zero timer
queued from the Paint event fires after the children have painted too). The
process then exits at once.

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

RUNS = 7

_PROBE = r"""
import os, sys, time

def _done():
    sys.stdout.write("PAINTED %.6f\n" % time.time())
    sys.stdout.flush()
    os._exit(0)

def _watch(app):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        seen = False
        def eventFilter(self, obj, event):
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                self.seen = True
                QTimer.singleShot(0, _done)
            return False

    app._bench_probe = FirstPaint()
    app.installEventFilter(app._bench_probe)
"""

# The app's own order of imports is kept: PySide6 is first imported by ui.app, as
# `studylog` does it. The QApplication is created where ui.app.run would create it,
# with the probe installed on it.
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
                from PySide6.QtWidgets import QApplication
                app = QApplication.instance() or QApplication(sys.argv[:1] or ["studylog"])
                _watch(app)
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
_watch(_app)
window = QMainWindow()
window.resize(1280, 800)
window.show()
sys.exit(_app.exec())
"""
)


def _once(script: str, args: list[str], env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    painted = [line for line in done.stdout.splitlines() if line.startswith("PAINTED ")]
    if not painted:
        raise RuntimeError(f"no window was painted:\n{done.stdout[-1000:]}{done.stderr[-3000:]}")
    return float(painted[0].split()[1]) - started


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
        app_runs, floor_runs = [], []
        for _ in range(RUNS):
            app_runs.append(_once(APP, [str(db)], env))
            floor_runs.append(_once(FLOOR, [], env))
    app, floor = median(app_runs), median(floor_runs)
    return Figure(
        name="startup",
        value=app / floor,
        target=1.5,
        unit="x",
        detail=f"app {ms(app)}, floor {ms(floor)}; median of {RUNS} runs each",
        extra={"app_s": app_runs, "floor_s": floor_runs},
    )
