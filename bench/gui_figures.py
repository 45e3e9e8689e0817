"""filter and responsiveness: the window's figures, on the offscreen platform.

- filter: typing into the search field of the real Members page (MembersModel +
  MemberFilter) and of the real Attendance page (CheckinModel, jump-as-you-type)
  over 2,000 members, with the app's look (Fusion, style sheet, larger font).
  One keystroke is timed from the key press (QTest.keyClick) until the events it
  caused (filtering, the table's relayout, the repaint) have been processed. The
  figure is the larger of the two pages' medians.
- responsiveness: the 150 commune packages consolidated through ui.worker's
  JobRunner (a QThread with its own store, a QProgressDialog on the GUI thread),
  as the window runs it. The dialog is asked to repaint every 20 ms (as the
  window system asks when a window is moved over it), and every paint of the
  dialog is time-stamped on the GUI thread; the figure is the largest gap between
  two paints, from the dialog's first paint to the end of the job. A GUI thread
  that the work blocked (or starved of the GIL) would show here as a long gap.
  The gaps between the progress reports that reach the GUI thread are given too.
"""

from __future__ import annotations

import itertools
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.data import Data, copy_db
from bench.measure import Figure, median, ms
from bench.plans import BENCH_CAMPAIGN

# What a secretary types: names without diacritics, a name with them, card digits.
QUERIES = ("nguyen van hung", "thi lan", "tran", "pham ngoc anh", "thủy", "4512", "le minh")


def _app() -> Any:
    from PySide6.QtWidgets import QApplication

    from ui.i18n import Translations
    from ui.shell.look import Look

    app = QApplication.instance() or QApplication(["studylog-bench"])
    Look(app).apply()
    Translations().install("vi")
    return app


def _settle(app: Any) -> None:
    for _ in range(3):
        app.processEvents()


class _Paints:
    """Counts the paints of one widget (here a table's viewport)."""

    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    outer.count += 1
                return False

        self.count = 0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


def _key(field: Any, char: str) -> None:
    """One key press and release typing `char`, as the keyboard (or Unikey) sends it.

    QTest types ASCII only; a Vietnamese letter arrives as a key event carrying its text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    if char.isascii():
        QTest.keyClicks(field, char)
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        QApplication.sendEvent(field, event)


def _type(app: Any, field: Any, viewport: Any, queries: tuple[str, ...]) -> tuple[list[float], int]:
    paints = _Paints(viewport)
    times: list[float] = []
    unpainted = 0
    for query in queries:
        field.clear()
        _settle(app)
        for char in query:
            before = paints.count
            started = time.perf_counter()
            _key(field, char)
            _settle(app)
            times.append(time.perf_counter() - started)
            unpainted += paints.count == before
    return times, unpainted


def filter_figure(data: Data) -> Figure:
    from studylog.storage.campaigns import campaign_by_code
    from studylog.storage.db import open_database
    from studylog.storage.store import Store
    from ui.checkin.page import CheckinPage
    from ui.context import AppContext
    from ui.members.page import MembersPage

    app = _app()
    with tempfile.TemporaryDirectory(prefix="studylog-bench-filter-") as tmp:
        path = copy_db(data.big_chi_bo, Path(tmp) / "chibo.db")
        store = Store(open_database(path), path=path, actor="bench")
        ctx = AppContext(store, path, "vi")

        members = MembersPage(ctx)
        members.resize(1280, 800)
        members.show()
        members.activate()
        _settle(app)
        shown = members.model.rowCount()
        member_times, unpainted = _type(app, members.search, members.table.viewport(), QUERIES)
        members.close()

        checkin = CheckinPage(ctx)
        campaign = campaign_by_code(store, BENCH_CAMPAIGN)
        checkin.campaigns.setCurrentIndex(checkin.campaigns.findData(campaign.uid))
        # The campaign's first session (the online conference), not its make-up class.
        checkin.sessions.setCurrentIndex(0)
        checkin.resize(1280, 800)
        checkin.show()
        _settle(app)
        listed = checkin.model.rowCount()
        checkin_times, unpainted_c = _type(app, checkin.search, checkin.table.viewport(), QUERIES)
        checkin.close()
        store.db.close()
    m, c = median(member_times), median(checkin_times)
    worst = max(member_times + checkin_times)
    return Figure(
        name="filter",
        value=max(m, c) * 1000,
        target=16,
        unit="ms",
        detail=f"members {ms(m)} over {shown:,} rows, check-in {ms(c)} over {listed:,} rows"
        f" (median per keystroke, {len(member_times) + len(checkin_times)} keystrokes;"
        f" slowest {ms(worst)})",
        extra={
            "members_s": member_times,
            "checkin_s": checkin_times,
            "keystrokes_without_repaint": unpainted + unpainted_c,
        },
    )


def responsiveness_figure(data: Data) -> Figure:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QProgressBar, QProgressDialog

    from studylog.exchange.consolidate import consolidate
    from ui.worker import start_job

    app = _app()
    files = data.packages
    paints: list[float] = []
    beats: list[float] = []
    progress: list[tuple[float, int]] = []

    dialogs: list[Any] = []

    class Watch(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, QProgressDialog):
                paints.append(time.perf_counter())
            return False

    def ask_repaint() -> None:
        beats.append(time.perf_counter())
        for dialog in dialogs:
            if dialog.isVisible():
                dialog.update()

    def job(store: Any, report: Any, cancelled: Any) -> object:
        return consolidate(store, files, progress=report)

    with tempfile.TemporaryDirectory(prefix="studylog-bench-worker-") as tmp:
        db = copy_db(data.province, Path(tmp) / "province.db")
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        watch = Watch()
        app.installEventFilter(watch)
        heartbeat = QTimer()
        heartbeat.setInterval(20)
        heartbeat.timeout.connect(ask_repaint)
        loop = QEventLoop()
        outcome: dict[str, object] = {}
        started = time.perf_counter()
        runner = start_job(db_path=db, job=job, label="Tổng hợp 150 gói dữ liệu…", parent=window)
        dialogs.append(runner.dialog)
        # The progress bar's value as it changes on the GUI thread (one per package).
        bar = runner.dialog.findChild(QProgressBar)
        bar.valueChanged.connect(lambda value: progress.append((time.perf_counter(), value)))
        runner.finished.connect(lambda result: (outcome.update(result=result), loop.quit()))
        runner.failed.connect(lambda exc: (outcome.update(error=exc), loop.quit()))
        heartbeat.start()
        loop.exec()
        ended = time.perf_counter()
        heartbeat.stop()
        app.removeEventFilter(watch)
        window.close()
    if "error" in outcome:
        raise RuntimeError(f"the consolidation failed: {outcome['error']!r}")
    shown = [t for t in paints if t <= ended]
    if not shown:
        raise RuntimeError("the progress dialog was never painted")
    gaps = [b - a for a, b in itertools.pairwise([*shown, ended])]
    beat_gaps = [b - a for a, b in itertools.pairwise(beats)] or [0.0]
    ticks = [t for t, _done in progress]
    tick_gaps = [b - a for a, b in itertools.pairwise(ticks)] or [0.0]
    return Figure(
        name="responsiveness",
        value=max(gaps) * 1000,
        target=100,
        unit="ms",
        label="max gap {value}",
        detail=f"{len(shown)} paints of the progress dialog over {ended - shown[0]:.2f} s"
        f" (shown {ms(shown[0] - started)} after the start); 20 ms repaint timer: worst"
        f" interval {ms(max(beat_gaps))}; progress bar moved {len(progress)} times, longest"
        f" between two {ms(max(tick_gaps))}; {len(files)} packages in {ended - started:.2f} s",
    )
