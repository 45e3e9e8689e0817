"""`studylog gui`: the window, or with --screenshot a PNG of one page and exit.

The window shows its frame before it opens the database. `run` takes the file's lock,
glances at the file with the standard sqlite3 (studylog.storage.peek: its language,
and whether it will simply open), shows the frame (navigation, menus, status bar,
"Opening the data…") and, once that is on the screen, imports the database layer,
opens the file and builds the page asked for. On an old PC the secretary sees
StudyLog in a fraction of the time it takes to load sqlite-utils and the core. A file
that needs more than opening — a refusal (not a database, damaged, written by a
newer StudyLog), the first-run wizard — is opened before any window, as always.

The screenshot mode never waits for a person: no dialog is shown, a refusal is
printed, and a database without a unit renders the first-run wizard. It opens the
database before drawing, so that its picture is the page with its contents.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget

from studylog.errors import StudyLogError
from studylog.i18n import Lang
from studylog.storage.lock import DatabaseLock
from studylog.storage.peek import glance
from ui.context import AppContext
from ui.errors import ExceptHook
from ui.i18n import ENGLISH, VIETNAMESE, Translations, window_language
from ui.main_window import MainWindow
from ui.shell.first_paint import after_first_paint
from ui.shell.look import Look, style_arguments

if TYPE_CHECKING:
    from ui.backup.safeguards import Safeguards

translate = QCoreApplication.translate


def run(*, db_path: Path, screenshot: str | None, page: str, lang: str) -> int:
    app = QApplication.instance()
    made_here = not isinstance(app, QApplication)
    if made_here:
        app = QApplication([*(sys.argv[:1] or ["studylog"]), *style_arguments()])
    assert isinstance(app, QApplication)
    look = Look(app, styled=made_here)
    translations = Translations()
    hook = ExceptHook(interactive=screenshot is None)
    look.apply()
    hook.install()
    try:
        language = _Language(lang, translations)
        if screenshot is not None:
            return _screenshot(db_path, page, Path(screenshot), hook, language)
        return _Start(app, db_path, page, hook, language).run()
    finally:
        hook.uninstall()
        translations.remove()
        look.restore()


class _Language:
    """English when asked for on the command line or chosen in Cài đặt; else Vietnamese."""

    def __init__(self, asked: str, translations: Translations) -> None:
        self.asked = asked
        self.translations = translations
        self.current: Lang = ENGLISH if asked == ENGLISH else VIETNAMESE
        translations.install(self.current)

    def follow(self, stored: str) -> Lang:
        """Switch to the language the database asks for (before any window is built)."""
        chosen: Lang = ENGLISH if window_language(self.asked, stored) == ENGLISH else VIETNAMESE
        if chosen != self.current:
            self.translations.install(chosen)
            self.current = chosen
        return chosen


def _refused(
    exc: StudyLogError, lang: Lang, *, interactive: bool, parent: QWidget | None = None
) -> int:
    print(exc.render(lang), file=sys.stderr)
    if interactive:
        from ui.common.dialogs import refuse  # only for a refusal: not before the frame

        refuse(parent, translate("App", "StudyLog cannot open the database"), exc, lang)
    return 1


class _Start:
    """One interactive run: the lock, the frame, the database, the event loop."""

    def __init__(
        self, app: QApplication, db_path: Path, page: str, hook: ExceptHook, language: _Language
    ) -> None:
        self.app = app
        self.db_path = db_path
        self.page = page
        self.hook = hook
        self.language = language
        self.lock: DatabaseLock | None = None  # until the context holds it
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.guards: Safeguards | None = None
        self.code = 0

    def run(self) -> int:
        # The window takes its file's lock before reading it: a second window on the
        # same file is refused before it could upgrade or change anything.
        lock = DatabaseLock(self.db_path)
        try:
            lock.acquire()
        except StudyLogError as exc:
            return _refused(exc, self.language.current, interactive=True)
        self.lock = lock
        try:
            seen = glance(self.db_path)
            if seen is None:
                # Opened first: the refusal or the first-run wizard comes before any window.
                if not self._open(parent=None):
                    return self.code
                assert self.ctx is not None
                window = self.window = MainWindow(self.ctx)
                window.show_page(self.page)
                window.show()
                self._guard(window)
            else:
                self.language.follow(seen.language)
                window = self.window = MainWindow(db_path=self.db_path)
                window.show_page(self.page)
                window.show()
                after_first_paint(window, self._load)
            code = self.app.exec()
            if self.guards is not None:
                self.guards.close_backup()
            return self.code or code
        finally:
            self._close()

    def _open(self, parent: QWidget | None) -> bool:
        """Open the file (and run the wizard when it has no unit); False to stop."""
        from ui.shell import opening

        try:
            store = opening.open_store(self.db_path)
        except StudyLogError as exc:
            self.code = _refused(exc, self.language.current, interactive=True, parent=parent)
            return False
        # The frame, when there is one, already speaks the language the glance read.
        lang = self.language.current
        if parent is None:
            lang = self.language.follow(opening.stored_language(store))
        ctx = self.ctx = AppContext(store, self.db_path, lang, self.lock)
        self.lock = None
        self.hook.database = lambda: ctx.db_path
        if opening.needs_unit(ctx):
            try:
                return opening.first_run(ctx)
            except StudyLogError as exc:
                self.code = _refused(exc, ctx.lang, interactive=True, parent=parent)
                return False
        return True

    def _load(self) -> None:
        """After the frame's first paint: the database, then the page asked for."""
        window = self.window
        assert window is not None
        if not self._open(parent=window):
            window.close()
            QCoreApplication.exit(self.code)
            return
        assert self.ctx is not None
        window.attach(self.ctx)
        self._guard(window)

    def _guard(self, window: MainWindow) -> None:
        """Today's backup and the quiet check, on their own thread, once the page is
        on the screen (the thread would otherwise compete with painting it)."""
        from ui.shell import opening

        assert self.ctx is not None
        guards = self.guards = opening.safeguards(window, self.ctx)
        after_first_paint(window, guards.start)

    def _close(self) -> None:
        if self.ctx is not None:
            from ui.shell import opening

            opening.close_store(self.ctx.store)
            if self.ctx.lock is not None:
                self.ctx.lock.release()
        elif self.lock is not None:
            self.lock.release()


def _screenshot(db_path: Path, page: str, path: Path, hook: ExceptHook, language: _Language) -> int:
    from ui.shell import opening
    from ui.shell.snapshot import SCREEN, dispose, render

    try:
        store = opening.open_store(db_path)
    except StudyLogError as exc:
        return _refused(exc, language.current, interactive=False)
    ctx = AppContext(store, db_path, language.follow(opening.stored_language(store)))
    hook.database = lambda: ctx.db_path
    try:
        widget: QWidget
        size: QSize | None = SCREEN
        if opening.needs_unit(ctx):
            widget, size = opening.wizard_for(ctx), None
        else:
            # Attached before it is drawn: the picture is the page with its contents.
            window = MainWindow(db_path=db_path, remember=False)
            window.show_page(page)
            window.attach(ctx)
            widget = window
        try:
            saved = render(widget, path, size)
        finally:
            dispose(widget)
    finally:
        opening.close_store(ctx.store)
    if not saved:
        print(
            translate("App", "The screenshot could not be written to {path}.").format(
                path=str(path)
            ),
            file=sys.stderr,
        )
        return 1
    return 1 if hook.failed else 0
