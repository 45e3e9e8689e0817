"""What every page of the window shares: the open store and the change notifications.

A page never reaches for a global: it is handed the `AppContext`, calls core
functions with `ctx.store`, and reports what it changed with `ctx.notify(changes)`;
every page listens to `ctx.changed` and refreshes only when the flags concern it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from studylog.storage.changes import Changes
from studylog.storage.store import Store


class AppContext(QObject):
    changed = Signal(object)  # a studylog.storage.changes.Changes
    store_replaced = Signal()  # another database file was opened

    def __init__(self, store: Store, db_path: Path, lang: str = "vi") -> None:
        super().__init__()
        self.store = store
        self.db_path = db_path
        self.lang = lang

    def notify(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)

    def replace_store(self, store: Store, db_path: Path) -> None:
        old = self.store
        self.store = store
        self.db_path = db_path
        old.db.close()
        self.store_replaced.emit()
