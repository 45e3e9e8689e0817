"""Opening another database file, creating a new one, and the recent-files list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from studylog.errors import StudyLogError
from studylog.storage import units
from studylog.storage.db import close_quietly, open_database
from studylog.storage.lock import DatabaseLock
from studylog.storage.store import Store
from ui.common.dialogs import refuse
from ui.context import AppContext
from ui.shell import prefs
from ui.wizard.wizard import DATABASE_FILTER, FirstRunWizard

NEW_FILE = "studylog-moi.db"


class DatabaseSwitcher(QObject):
    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx

    def choose_and_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a StudyLog database"),
            str(self.ctx.db_path.parent),
            DATABASE_FILTER,
        )
        if name:
            self.open_file(Path(name))

    def choose_and_create(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Create a new StudyLog database"),
            str(self.ctx.db_path.parent / NEW_FILE),
            DATABASE_FILTER,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            # An existing file is opened, never overwritten.
            self.open_file(Path(name), create=True)

    def open_file(self, path: Path, *, create: bool = False) -> bool:
        """Switch the window to `path`; asks for the unit when the file has none yet.

        Returns whether the window now works on `path`.
        """
        if path.resolve() == self.ctx.db_path.resolve():
            self.window.statusBar().showMessage(self.tr("This database is already open."), 5000)
            return True
        # A window that holds its file's lock takes the new file's lock first: a file
        # open in another window is refused before anything is read from it.
        lock = DatabaseLock(path) if self.ctx.lock is not None else None
        try:
            if lock is not None:
                lock.acquire()
            db = open_database(path, create=create)
        except StudyLogError as exc:
            if lock is not None:
                lock.release()
            refuse(self.window, self.tr("This file cannot be opened"), exc, self.ctx.lang)
            return False
        store = Store(db, path=path)
        if not units.has_home_unit(store):
            wizard = FirstRunWizard(
                store, path, lang=self.ctx.lang, first_run=False, parent=self.window
            )
            if wizard.exec() != QDialog.DialogCode.Accepted.value:
                close_quietly(db)
                if lock is not None:
                    lock.release()
                return False
        self.ctx.replace_store(store, path, lock)
        if getattr(self.window, "remember", True):
            prefs.remember_file(path)
        self.window.statusBar().showMessage(self.tr("Opened {path}.").format(path=str(path)), 8000)
        return True
