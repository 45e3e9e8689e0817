"""`studylog gui`: the window, or with --screenshot a PNG of one page and exit.

The screenshot mode never waits for a person: no dialog is shown, a refusal is
printed, and a database without a unit renders the first-run wizard.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from studylog.errors import StudyLogError
from studylog.i18n import Lang
from studylog.storage import settings, units
from studylog.storage.db import close_quietly, open_database
from studylog.storage.lock import DatabaseLock
from studylog.storage.store import Store
from ui.backup.safeguards import Safeguards
from ui.common.dialogs import refuse
from ui.context import AppContext
from ui.errors import ExceptHook
from ui.i18n import ENGLISH, VIETNAMESE, Translations, window_language
from ui.main_window import MainWindow
from ui.shell.look import Look
from ui.shell.snapshot import SCREEN, dispose, render
from ui.wizard.wizard import FirstRunWizard

translate = QCoreApplication.translate


def run(*, db_path: Path, screenshot: str | None, page: str, lang: str) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1] or ["studylog"])
    look = Look(app)
    translations = Translations()
    hook = ExceptHook(interactive=screenshot is None)
    look.apply()
    hook.install()
    try:
        cli_lang: Lang = ENGLISH if lang == ENGLISH else VIETNAMESE
        translations.install(cli_lang)
        # The window takes its file's lock before reading it: a second window on the
        # same file is refused before it could upgrade or change anything.
        lock = DatabaseLock(db_path) if screenshot is None else None
        try:
            if lock is not None:
                lock.acquire()
            db = open_database(db_path)
        except StudyLogError as exc:
            if lock is not None:
                lock.release()
            return _refused(exc, cli_lang, interactive=screenshot is None)
        store = Store(db, path=db_path)
        chosen: Lang = (
            ENGLISH if window_language(lang, settings.language(store)) == ENGLISH else VIETNAMESE
        )
        if chosen != cli_lang:
            translations.install(chosen)
        ctx = AppContext(store, db_path, chosen, lock)
        hook.database = lambda: ctx.db_path
        try:
            if screenshot is not None:
                return _screenshot(ctx, page, Path(screenshot), hook)
            return _interactive(app, ctx, page)
        finally:
            close_quietly(ctx.store.db)
            if ctx.lock is not None:
                ctx.lock.release()
    finally:
        hook.uninstall()
        translations.remove()
        look.restore()


def _refused(exc: StudyLogError, lang: Lang, *, interactive: bool) -> int:
    print(exc.render(lang), file=sys.stderr)
    if interactive:
        refuse(None, translate("App", "StudyLog cannot open the database"), exc, lang)
    return 1


def _interactive(app: QApplication, ctx: AppContext, page: str) -> int:
    if not units.has_home_unit(ctx.store):
        wizard = FirstRunWizard(ctx.store, ctx.db_path, lang=ctx.lang)
        if wizard.exec() != QDialog.DialogCode.Accepted.value:
            return 0
        if wizard.chosen_path != ctx.db_path:
            lock = DatabaseLock(wizard.chosen_path)
            try:
                lock.acquire()
                db = open_database(wizard.chosen_path, create=False)
            except StudyLogError as exc:
                lock.release()
                return _refused(exc, ctx.lang, interactive=True)
            ctx.replace_store(Store(db, path=wizard.chosen_path), wizard.chosen_path, lock)
    window = MainWindow(ctx)
    window.show_page(page)
    safeguards = Safeguards(window, ctx)
    safeguards.start()
    window.show()
    code = app.exec()
    safeguards.close_backup()
    return code


def _screenshot(ctx: AppContext, page: str, path: Path, hook: ExceptHook) -> int:
    widget: QWidget
    size: QSize | None = SCREEN
    if units.has_home_unit(ctx.store):
        window = MainWindow(ctx, remember=False)
        window.show_page(page)
        widget = window
    else:
        widget, size = FirstRunWizard(ctx.store, ctx.db_path, lang=ctx.lang), None
    try:
        saved = render(widget, path, size)
    finally:
        dispose(widget)
    if not saved:
        print(
            translate("App", "The screenshot could not be written to {path}.").format(
                path=str(path)
            ),
            file=sys.stderr,
        )
        return 1
    return 1 if hook.failed else 0
