"""What every page of the window shares: the open store and the change notifications.

A page never reaches for a global: it is handed the `AppContext`, calls core
functions with `ctx.store`, and reports what it changed with `ctx.notify(changes)`;
every page listens to `ctx.changed` and refreshes only when the flags concern it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studylog.storage.changes import Changes

if TYPE_CHECKING:  # the window imports this before its first paint, sqlite-utils after
    from studylog.storage.lock import DatabaseLock
    from studylog.storage.store import Store


class AppContext(QObject):
    changed = Signal(object)  # a studylog.storage.changes.Changes
    store_replaced = Signal()  # another database file was opened

    def __init__(
        self, store: Store, db_path: Path, lang: str = "vi", lock: DatabaseLock | None = None
    ) -> None:
        super().__init__()
        self.store = store
        self.db_path = db_path
        self.lang = lang
        # The interactive window holds its file's lock (one window per file); the
        # screenshot mode and the tests run without one.
        self.lock = lock

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def replace_store(self, store: Store, db_path: Path, lock: DatabaseLock | None = None) -> None:
        """Work on `store` from now on. Another file comes with its `lock` (taken by the
        caller before opening it); the same file reopened (after a restore) keeps its lock."""
        old = self.store
        if _same_file(db_path, self.db_path):
            if lock is not None and lock is not self.lock:
                lock.release()
        else:
            if self.lock is not None:
                self.lock.release()
            self.lock = lock
        self.store = store
        self.db_path = db_path
        old.db.close()
        self.store_replaced.emit()


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()
