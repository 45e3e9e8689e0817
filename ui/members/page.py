"""Đảng viên: the roster, filtered as you type, with add/edit, history and import."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.storage import members as member_store
from studylog.storage.changes import Changes
from studylog.storage.units import has_home_unit, home_unit
from ui.common.text import heading
from ui.context import AppContext
from ui.members.editor import MemberDialog
from ui.members.fields import page_shortcut
from ui.members.history import HistoryDialog
from ui.members.import_dialog import RosterImportDialog
from ui.members.model import MemberFilter, MembersModel


class _SearchField(QLineEdit):
    """Down (or Enter) hands the keyboard to the table, so searching then acting needs no mouse."""

    def __init__(self, table: QTableView) -> None:
        super().__init__()
        self._table = table

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._table.setFocus()
            if not self._table.currentIndex().isValid() and self._table.model().rowCount() > 0:
                self._table.selectRow(0)
            return
        super().keyPressEvent(event)


class MembersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MembersModel(self)
        self.proxy = MemberFilter(self)
        self.proxy.setSourceModel(self.model)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Columns are fitted to the roster when it loads (reload), not on every change of
        # the filter: fitting them measured up to 1,000 rows at each keystroke.
        header.setSectionResizeMode(MembersModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_member())
        self.table.activated.connect(lambda _index: self.edit_member())

        self.search = _SearchField(self.table)
        self.search.setPlaceholderText(self.tr("Search by name or party card number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.show_former = QCheckBox(self.tr("Show &former members"))
        self.show_former.toggled.connect(self._show_former)
        self.count = QLabel()

        self.add_button = QPushButton(self.tr("&Add member (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit (Enter)"))
        self.history_button = QPushButton(self.tr("E&xemptions and transfers (Ctrl+H)"))
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.history_button.clicked.connect(self.show_history)
        self.import_button.clicked.connect(self.import_roster)
        page_shortcut(self, QKeySequence.StandardKey.Find, self._focus_search)
        page_shortcut(self, "Ctrl+N", self.add_member)
        page_shortcut(self, "Ctrl+H", self.show_history)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Members")))
        top.addSpacing(24)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_former)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.history_button, self.import_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self.setFocusProxy(self.search)
        self.reload()

    # -- data --------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_uid()
        store = self.ctx.store
        unit_uid = home_unit(store).uid if has_home_unit(store) else None
        members = member_store.load_members(store, unit_uid) if unit_uid else []
        self.model.set_members(members, date.today())
        self.table.resizeColumnsToContents()
        self._update_count()
        if keep:
            self.select(keep)

    def refresh(self, changes: Changes) -> None:
        if changes.members or changes.units:
            self.reload()

    def activate(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- selection ---------------------------------------------------------
    def current_uid(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return str(index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole))

    def select(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, MembersModel.NAME))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    # -- filtering ---------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, MembersModel.NAME))

    def _show_former(self, show: bool) -> None:
        self.proxy.set_show_former(show)
        self._update_count()

    def _update_count(self) -> None:
        shown, current = self.proxy.rowCount(), self.model.current_count()
        if self.search.text().strip():
            self.count.setText(self.tr("{shown} found").format(shown=shown))
        else:
            self.count.setText(self.tr("{count} members in the unit").format(count=current))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- actions -----------------------------------------------------------
    def add_member(self) -> None:
        dialog = MemberDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.member is not None:
            self.search.clear()
            self.ctx.notify(dialog.changes)  # the shell routes this back to refresh()
            self.select(dialog.member.uid)
            self.table.setFocus()

    def edit_member(self, _index: QModelIndex | None = None) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        dialog = MemberDialog(self.ctx, member_store.get_member(self.ctx.store, uid), parent=self)
        if dialog.exec():
            self.ctx.notify(dialog.changes)

    def show_history(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        HistoryDialog(self.ctx, uid, parent=self).exec()

    def import_roster(self) -> None:
        RosterImportDialog(self.ctx, parent=self).exec()
