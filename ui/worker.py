"""Run slow work (imports, exports, consolidation, building a demo) off the GUI thread.

The job is a plain function of the core's kind: `job(store, progress, cancelled)`.
It runs on a QThread with its OWN `Store` on the database file, because an sqlite
connection must not cross threads, and it never touches a widget; progress and the
result travel back by queued signals, and a QProgressDialog shows the way
(picard: AGENTS.md, "Threading").
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from studylog.storage.db import close_quietly, open_database
from studylog.storage.store import Store

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Store, Progress, Cancelled], Any]

# A dialog for work that ends in a blink would only flicker.
SHOW_AFTER_MS = 400

# How many jobs run now (touched on the GUI thread only); see JobRunner.start.
_jobs_running = [0]


def _pause_collector() -> None:
    if _jobs_running[0] == 0:
        gc.collect()
        gc.freeze()
    _jobs_running[0] += 1


def _resume_collector() -> None:
    _jobs_running[0] -= 1
    if _jobs_running[0] == 0:
        gc.unfreeze()
        gc.collect()


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, db_path: Path, job: Job, cancel: threading.Event, create: bool) -> None:
        super().__init__()
        self._db_path = db_path
        self._job = job
        self._cancel = cancel
        self._create = create

    @Slot()
    def run(self) -> None:
        try:
            db = open_database(self._db_path, create=self._create)
        except Exception as exc:  # delivered to the GUI thread, which decides what to say
            self.failed.emit(exc)
            return
        try:
            result = self._job(Store(db, path=self._db_path), self._report, self._cancel.is_set)
        except Exception as exc:
            signal, value = self.failed, exc
        else:
            signal, value = self.succeeded, result
        finally:
            # Closed before the outcome is sent: the GUI thread waits for this thread as
            # soon as it hears, and closing (SQLite folds the WAL back into the file)
            # would hold the window for as long.
            close_quietly(db)
        signal.emit(value)

    def _report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class JobRunner(QObject):
    """One job on its own thread; lives in the GUI thread, so its signals reach slots there.

    Exactly one of `finished(result)`, `failed(exception)` or `cancelled()` is emitted.
    A job that notices `cancelled()` may return early or raise; either way the
    caller hears `cancelled`.
    """

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        *,
        db_path: Path,
        job: Job,
        label: str,
        parent: QWidget | None = None,
        create: bool = False,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._collector_paused = False
        self._thread = QThread()
        self._worker = _Worker(db_path, job, self._cancel, create)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)

        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Please wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        # The job's Python code may trigger a garbage collection on its thread; widgets
        # found there would be deleted through shiboken's deferred deletion, at a moment
        # the GUI thread does not choose (a crash in the tests). Collect here instead,
        # and freeze every object that exists out of the collector until the last job
        # ends: a dialog closed while a long consolidation runs is collected afterwards,
        # here, while the job's own (Qt-free) garbage is still collected as it goes.
        _pause_collector()
        self._collector_paused = True
        self.dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        self.dialog.setLabelText(self.tr("Stopping…"))

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()
        # Here rather than in _end: a runner whose owner goes before the result comes
        # back (a page deleted with its window) is only waited for, never ended.
        if self._collector_paused:
            self._collector_paused = False
            _resume_collector()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self._end()
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.finished.emit(result)

    @Slot(object)
    def _on_failure(self, exc: object) -> None:
        self._end()
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.failed.emit(exc)

    def _end(self) -> None:
        self.wait()
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()


def start_job(
    *,
    db_path: Path,
    job: Job,
    label: str,
    parent: QWidget | None = None,
    create: bool = False,
) -> JobRunner:
    """Start `job` on `db_path` (pass `ctx.db_path`); connect to the runner's signals."""
    runner = JobRunner(db_path=db_path, job=job, label=label, parent=parent, create=create)
    runner.start()
    return runner
