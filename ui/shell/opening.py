"""Opening the window's database: the file, its language, the first-run wizard.

ui.app imports this once the window's frame is on the screen (or before any window,
when the file needs the wizard or a refusal): it brings in sqlite-utils, the storage
and the backup safeguards, which the frame does without.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMainWindow

from studylog.errors import StudyLogError
from studylog.storage import settings, units
from studylog.storage.db import close_quietly, open_database
from studylog.storage.lock import DatabaseLock
from studylog.storage.store import Store
from ui.backup.safeguards import Safeguards
from ui.context import AppContext
from ui.wizard.wizard import FirstRunWizard


def open_store(db_path: Path) -> Store:
    """The database at `db_path`, created or upgraded; raises StudyLogError."""
    return Store(open_database(db_path), path=db_path)


def stored_language(store: Store) -> str:
    return settings.language(store)


def needs_unit(ctx: AppContext) -> bool:
    return not units.has_home_unit(ctx.store)


def first_run(ctx: AppContext) -> bool:
    """The first-run wizard; False when it was cancelled.

    When the wizard chose another file (a demo, an existing database), the context
    moves to it with its lock; raises StudyLogError when that file cannot be opened.
    """
    wizard = FirstRunWizard(ctx.store, ctx.db_path, lang=ctx.lang)
    if wizard.exec() != QDialog.DialogCode.Accepted.value:
        return False
    if wizard.chosen_path != ctx.db_path:
        lock = DatabaseLock(wizard.chosen_path)
        try:
            lock.acquire()
            db = open_database(wizard.chosen_path, create=False)
        except StudyLogError:
            lock.release()
            raise
        ctx.replace_store(Store(db, path=wizard.chosen_path), wizard.chosen_path, lock)
    return True


def wizard_for(ctx: AppContext) -> FirstRunWizard:
    """The wizard as the screenshot mode draws it."""
    return FirstRunWizard(ctx.store, ctx.db_path, lang=ctx.lang)


def safeguards(window: QMainWindow, ctx: AppContext) -> Safeguards:
    """Today's backup and the quiet check (started by the caller), the backup at close."""
    return Safeguards(window, ctx)


def close_store(store: Store) -> None:
    close_quietly(store.db)
