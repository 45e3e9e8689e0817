"""Unexpected errors (bugs): a short explanation, the details one click from the clipboard.

Refusals of the core (`StudyLogError`) are not bugs and never come here: pages show
them with ui.common.dialogs.refuse. What reaches `sys.excepthook` is a bug; the user
gets a calm sentence in their language, the details go to the log file
(studylog.paths.log_path) and can be copied for whoever helps them.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from studylog import __version__
from studylog.i18n import Lang
from studylog.paths import log_path
from studylog.storage.problems import surroundings

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def details_text(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    import platform  # only for a bug report: not before the window's first paint

    lines = [
        f"StudyLog {__version__}, Python {platform.python_version()}, PySide6 {pyside_version}",
        f"{platform.platform()} — {datetime.now().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def write_log(details: str, path: Path | None = None) -> Path | None:
    """Append to the log; a log that cannot be written must not raise a second error."""
    target = path or log_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("a", encoding="utf-8") as handle:
            handle.write(details + "\n\n")
    except OSError:
        return None
    return target


def _lang() -> Lang:
    """The window's language, as the installed translators decided it."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


class ExceptHook:
    """What `sys.excepthook` becomes while the window runs.

    Interactive: log and show ErrorDialog (ui/error_dialog.py). Not interactive (the
    --screenshot mode, which must never wait for a person): log, print, and remember
    that it failed.
    """

    def __init__(self, *, interactive: bool) -> None:
        self.interactive = interactive
        self.failed = False
        self._showing = False
        self._previous: Hook | None = None
        # The window's current database, for advice on SQLite's "locked" or "disk full".
        self.database: Callable[[], Path] | None = None

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        problem = surroundings(exc, self.database()) if self.database is not None else None
        if problem is not None:
            # Another program held the file past the busy timeout, or the disk is full:
            # advice, not a bug — no traceback, no "unexpected error".
            write_log(f"{problem.render('en')} ({exc})")
            if self.interactive and not self._showing and QApplication.instance() is not None:
                from ui.backup.advice import show_advice  # when needed, as the dialog

                self._showing = True
                try:
                    show_advice(problem, _lang())
                finally:
                    self._showing = False
            else:
                print(problem.render("en"), file=sys.stderr)
            return
        self.failed = True
        details = details_text(exc_type, exc, tb)
        log = write_log(details)
        if not self.interactive or self._showing or QApplication.instance() is None:
            print(details, file=sys.stderr)
            return
        from ui.error_dialog import ErrorDialog

        self._showing = True  # an error inside the dialog must not open dialogs forever
        try:
            ErrorDialog(details, log, QApplication.activeWindow()).exec()
        finally:
            self._showing = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None
