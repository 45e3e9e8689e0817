"""Start one of the page's jobs and say plainly what went wrong when it fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from studylog.errors import StudyLogError
from studylog.i18n import Lang
from ui.common.dialogs import refuse, warn
from ui.context import AppContext
from ui.exchange.jobs import Stopped
from ui.worker import Job, JobRunner, start_job

translate = QCoreApplication.translate


def show_failure(parent: QWidget, title: str, error: object, lang: Lang) -> None:
    """A refusal or a file problem is advice for the user; anything else is a bug."""
    if isinstance(error, Stopped):
        return
    if isinstance(error, StudyLogError):
        refuse(parent, title, error, lang)
        return
    if isinstance(error, OSError):
        where = error.filename if error.filename else ""
        warn(
            parent,
            title,
            translate(
                "ExchangeRunning",
                "The file could not be written or read ({problem}: {path}). Check that the USB"
                " stick is still plugged in, that it is not full or write-protected, and that"
                " the file is not open in Excel; then try again.",
            ).format(problem=error.strerror or str(error), path=str(where)),
        )
        return
    if isinstance(error, BaseException):
        raise error  # reaches sys.excepthook: the error dialog and the log
    raise RuntimeError(str(error))


def run_job(
    parent: QWidget,
    ctx: AppContext,
    job: Job,
    *,
    label: str,
    title: str,
    done: Callable[[object], None],
    stopped: Callable[[], None] | None = None,
    failed: Callable[[], None] | None = None,
) -> JobRunner:
    runner = start_job(db_path=ctx.db_path, job=job, label=label, parent=parent)
    runner.finished.connect(done)

    def on_failure(error: object) -> None:
        if failed is not None:
            failed()
        show_failure(parent, title, error, "en" if ctx.lang == "en" else "vi")

    runner.failed.connect(on_failure)
    if stopped is not None:
        runner.cancelled.connect(stopped)
    return runner
