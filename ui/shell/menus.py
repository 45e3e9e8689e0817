"""The menu bar. Every action has a keyboard shortcut or an Alt+letter path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.shell.navigation import page_shortcut
from ui.shell.pages import PAGES
from ui.shell.prefs import recent_files


class Menus(QObject):
    page_requested = Signal(int)
    recent_requested = Signal(Path)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self.file_menu = file_menu
        self.open_action = QAction(self.tr("&Open database…"), window)
        # setShortcuts, not setShortcut: the latter's overloads make PySide import the
        # `Qt` namespace before the frame is painted (ui/shell/navigation.py).
        self.open_action.setShortcuts(QKeySequence.StandardKey.Open)
        # No Ctrl+N here: the data pages use it for "new record", which is far more common.
        self.new_action = QAction(self.tr("&New database…"), window)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.quit_action = QAction(self.tr("E&xit"), window)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.new_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        # The page shortcuts live in a menu so that a user can discover them.
        view_menu = bar.addMenu(self.tr("&Pages"))
        self.page_actions: list[QAction] = []
        for index, spec in enumerate(PAGES):
            action = QAction(spec.title, window)
            action.setShortcuts([page_shortcut(index)])
            action.triggered.connect(lambda _checked=False, i=index: self.page_requested.emit(i))
            view_menu.addAction(action)
            self.page_actions.append(action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About StudyLog"), window)
        help_menu.addAction(self.about_action)

    def fill_recent(self) -> None:
        """Rebuilt each time it opens: the list is shared with other StudyLog windows."""
        self.recent_menu.clear()
        files = [p for p in recent_files() if p.exists()]
        if not files:
            empty = self.recent_menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(files, start=1):
            text = self.tr("&{number} {name} — {folder}").format(
                number=number, name=path.name, folder=str(path.parent)
            )
            action = self.recent_menu.addAction(text)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.recent_requested.emit(p))
