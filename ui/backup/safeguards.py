"""The window's safety net: today's backup and a quiet check at start, a backup at close.

At start, on a thread of its own and without any dialog: the first start of the day
makes a backup, then the database is checked as `studylog check` does. Problems go
to the log and to a note in the status bar; nothing here ever stops the secretary
from working. When the window has closed, a last backup is made (and the backup
folder rotated); a failure there is logged, never shown: the window is gone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from studylog.errors import StudyLogError
from studylog.storage.backup import BackupResult, daily_backup_due, make_backup
from studylog.storage.db import close_quietly, open_database
from studylog.storage.store import Store
from ui.context import AppContext
from ui.errors import write_log

if TYPE_CHECKING:
    from studylog.check import CheckReport


@dataclass(frozen=True)
class StartOutcome:
    backup: BackupResult | None
    backup_error: StudyLogError | None
    report: CheckReport | None
    check_error: str = ""


def start_work(db_path: Path, today: date | None = None) -> StartOutcome:
    """What runs off the GUI thread at start: never raises."""
    # Imported here, on the worker thread: the checks are not needed to open the window.
    from studylog.check import run_checks

    backup: BackupResult | None = None
    backup_error: StudyLogError | None = None
    try:
        if daily_backup_due(db_path, today):
            backup = make_backup(db_path)
    except StudyLogError as exc:
        backup_error = exc
    try:
        db = open_database(db_path, create=False)
        try:
            report = run_checks(Store(db, path=db_path))
        finally:
            close_quietly(db)
    except StudyLogError as exc:
        return StartOutcome(backup, backup_error, None, exc.render("en"))
    except Exception as exc:  # the check must never take the window down with it
        return StartOutcome(backup, backup_error, None, f"{type(exc).__name__}: {exc}")
    return StartOutcome(backup, backup_error, report)


class _Worker(QObject):
    done = Signal(object)

    def __init__(self, db_path: Path, today: date | None) -> None:
        super().__init__()
        self.db_path = db_path
        self.today = today

    @Slot()
    def run(self) -> None:
        self.done.emit(start_work(self.db_path, self.today))


class Safeguards(QObject):
    finished_start = Signal(object)  # StartOutcome

    def __init__(self, window: QMainWindow, ctx: AppContext, *, today: date | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.today = today
        self.outcome: StartOutcome | None = None
        self.note = QLabel()
        self.note.setObjectName("safetyNote")
        self.note.setProperty("role", "warning")
        self.note.hide()
        window.statusBar().addWidget(self.note)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    def start(self) -> None:
        self._thread = QThread()
        self._worker = _Worker(self.ctx.db_path, self.today)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._on_start_done)
        self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None

    @Slot(object)
    def _on_start_done(self, outcome: StartOutcome) -> None:
        self.wait()
        self.outcome = outcome
        notes: list[str] = []
        if outcome.backup_error is not None:
            write_log(f"Daily backup failed: {outcome.backup_error.render('en')}")
            notes.append(
                self.tr("Today's backup could not be made: {reason}").format(
                    reason=outcome.backup_error.render(self._lang())
                )
            )
        report = outcome.report
        if outcome.check_error:
            write_log(f"Start-up check could not run: {outcome.check_error}")
        elif report is not None and not report.ok:
            log = write_log("Start-up check:\n" + "\n".join(report.lines("en")))
            notes.append(
                self.tr(
                    "The database check found {count} problem(s); they are listed in {log}"
                    " (and by the command “studylog check”)."
                ).format(count=len(report.problems), log=str(log or ""))
            )
            self.note.setToolTip("\n".join(report.lines(self._lang())[:20]))
        if notes:
            self.note.setText(" ".join(notes))
            self.note.show()
        self.finished_start.emit(outcome)

    def close_backup(self) -> BackupResult | None:
        """The backup made when the window has closed; a failure is logged, not raised."""
        self.wait()
        try:
            return make_backup(self.ctx.db_path)
        except StudyLogError as exc:
            write_log(f"Backup at closing failed: {exc.render('en')}")
        return None

    def _lang(self) -> str:
        return "en" if self.ctx.lang == "en" else "vi"
