"""The main window: navigation on the left, the current page on the right.

The window is built in two steps. First the frame (navigation, menus, status bar and
an "Opening the data…" page), which needs nothing of the database: `studylog` shows
it at once and opens the file once it is on the screen. Then `attach(ctx)` gives it
the open database and shows the page asked for. `MainWindow(ctx)` does both at once.

Pages are built the first time they are shown; each listens to `ctx.changed` and
decides from the flags whether to reload. Opening another database file replaces
the store in the context and tells every page that everything changed.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from studylog.storage.changes import Changes
from ui.context import AppContext
from ui.shell import prefs
from ui.shell.menus import Menus
from ui.shell.navigation import Navigation
from ui.shell.pages import PAGES, page_index
from ui.shell.statusbar import StatusBar

EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


class MainWindow(QMainWindow):
    ctx: AppContext  # from attach(); the frame alone has no database yet

    def __init__(
        self,
        ctx: AppContext | None = None,
        *,
        remember: bool = True,
        db_path: Path | None = None,
    ) -> None:
        """The frame for `db_path`, attached to `ctx` at once when given.

        `remember=False` (screenshots, tests) leaves the PC's preferences untouched.
        """
        super().__init__()
        self.remember = remember
        self.attached = False
        self.pages: dict[str, QWidget] = {}
        self.frames: dict[str, QScrollArea] = {}
        self._wanted = ("home", False)  # the page to show once attached, with focus?

        self.nav = Navigation()
        self.nav.setFixedWidth(self.nav.preferred_width())
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the data…"))
        self.loading.setObjectName("loading")
        self.loading.setProperty("role", "hint")
        self.loading.setProperty("alignment", "AlignCenter")  # no `Qt` yet: navigation.py
        self.stack.addWidget(self.loading)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = StatusBar()
        self.setStatusBar(self.status)
        self.setWindowTitle("StudyLog")

        self.menus = Menus(self)
        self.menus.page_requested.connect(lambda i: self.show_page(PAGES[i].key, focus=True))
        self.menus.quit_action.triggered.connect(self.close)
        self.nav.currentRowChanged.connect(lambda row: self.show_page(PAGES[row].key))
        # What needs the database waits for it.
        self._database_actions = (
            self.menus.open_action,
            self.menus.new_action,
            self.menus.recent_menu.menuAction(),
            self.menus.about_action,
        )
        for action in self._database_actions:
            action.setEnabled(False)

        if db_path is not None:
            self.status.show_file(db_path)
        if remember:
            self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Work on `ctx`'s database: the file menu, the status bar, the page asked for."""
        # These bring in the database layer, which the frame does without.
        from ui.backup.menu import add_backup_action
        from ui.shell.about import show_about
        from ui.shell.database import DatabaseSwitcher

        self.ctx = ctx
        self.databases = DatabaseSwitcher(self, ctx)
        self.menus.open_action.triggered.connect(self.databases.choose_and_open)
        self.menus.new_action.triggered.connect(self.databases.choose_and_create)
        self.menus.recent_requested.connect(self.databases.open_file)
        self.menus.about_action.triggered.connect(lambda: show_about(self, ctx))
        self.backup_action = add_backup_action(
            self, ctx, self.menus.file_menu, self.menus.quit_action
        )
        ctx.changed.connect(self._on_changed)
        ctx.store_replaced.connect(self._on_store_replaced)
        self._show_database()
        if self.remember:
            prefs.remember_file(ctx.db_path)
        for action in self._database_actions:
            action.setEnabled(True)
        self.attached = True
        key, focus = self._wanted
        self.show_page(key, focus=focus)
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()

    # -- pages -----------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for `key`, built on first use."""
        if key not in self.pages:
            spec = PAGES[page_index(key)]
            page = spec.create(self.ctx)
            page.setObjectName(f"page_{key}")
            page.setAccessibleName(spec.title)
            self.ctx.changed.connect(page.refresh)
            # A page wider than the screen scrolls instead of stretching the window
            # (a stack is as wide as its widest page, shown or not).
            frame = QScrollArea()
            frame.setWidgetResizable(True)
            frame.setFrameShape(QFrame.Shape.NoFrame)
            frame.setWidget(page)
            self.stack.addWidget(frame)
            self.frames[key] = frame
            self.pages[key] = page
        return self.pages[key]

    def current_key(self) -> str:
        return PAGES[self.nav.currentRow()].key

    def show_page(self, key: str, *, focus: bool = False) -> QWidget:
        """The page for `key`, shown; before `attach`, the "Opening the data…" page
        (the navigation follows, and `attach` shows the page asked for last)."""
        index = page_index(key)
        if self.nav.currentRow() != index:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(index)
            self.nav.blockSignals(False)
        if not self.attached:
            self._wanted = (key, focus)
            return self.loading
        page = self.page(key)
        self.stack.setCurrentWidget(self.frames[key])
        activate = getattr(page, "activate", None)
        if callable(activate):
            activate()
        if focus:
            _focus_first(page)
        return page

    # -- database ----------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.units:
            self._show_database()

    def _on_store_replaced(self) -> None:
        self._show_database()
        for page in self.pages.values():
            page.refresh(EVERYTHING)  # type: ignore[attr-defined]
        activate = getattr(self.pages.get(self.current_key()), "activate", None)
        if callable(activate):
            activate()

    def _show_database(self) -> None:
        from studylog.storage import units

        store = self.ctx.store
        self.status.show_database(store, self.ctx.db_path)
        if units.has_home_unit(store):
            self.setWindowTitle(
                self.tr("StudyLog — {unit}").format(unit=units.home_unit(store).name)
            )
        else:
            self.setWindowTitle("StudyLog")

    # -- geometry ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = prefs.app_settings()
        geometry = settings.value(prefs.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.value(prefs.STATE)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            settings = prefs.app_settings()
            settings.setValue(prefs.GEOMETRY, self.saveGeometry())
            settings.setValue(prefs.STATE, self.saveState())
        super().closeEvent(event)


def _focus_first(page: QWidget) -> None:
    """Put the keyboard focus on the page's first field, so Ctrl+N then typing just works."""
    from PySide6.QtCore import Qt  # not before the frame is painted (ui/shell/navigation.py)

    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
