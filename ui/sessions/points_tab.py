"""Điểm cầu of one session: the points used, and the selected point's details."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.models import Session, SessionPoint
from studylog.errors import StudyLogError
from studylog.storage import sessions as session_store
from ui.context import AppContext
from ui.members.fields import show_error
from ui.sessions.point_form import PointForm
from ui.sessions.points_model import SessionPointsModel


class PointsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session: Session | None = None
        self.model = SessionPointsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionPointsModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        # Points are reusable places: pick one used before, or type a new name.
        self.point_name = QComboBox()
        self.point_name.setEditable(True)
        self.point_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.point_name.lineEdit().setPlaceholderText(self.tr("Name of the connection point"))
        self.point_name.lineEdit().returnPressed.connect(self.add_point)
        self.add_button = QPushButton(self.tr("Add &point to this session"))
        self.add_button.clicked.connect(self.add_point)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.form = PointForm(ctx)

        self.point_name.setMinimumContentsLength(16)
        add_row = QHBoxLayout()
        add_row.addWidget(self.point_name, 1)
        add_row.addWidget(self.add_button)
        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.table, 1)
        left.addLayout(add_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.form, 2)

    def show_session(self, session: Session | None) -> None:
        keep = self._current_uid()
        self.session = session
        self.setEnabled(session is not None)
        points: list[SessionPoint] = []
        if session is not None:
            points = session_store.session_points(self.ctx.store, [session.uid])
        self.model.set_records(points)
        self._reload_names()
        if session is None:
            self.heading.setText(self.tr("Choose a session to see its connection points."))
        elif not points:
            self.heading.setText(self.tr("No connection point recorded for this session yet."))
        else:
            self.heading.setText(self.tr("Connection points of this session:"))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and points:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.form.show_point(None)

    def _reload_names(self) -> None:
        typed = self.point_name.currentText()
        self.point_name.clear()
        self.point_name.addItems([p.name for p in session_store.list_points(self.ctx.store)])
        self.point_name.setCurrentText(typed)

    def _current_uid(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        index = self.table.currentIndex()
        self.form.show_point(self.model.record(index.row()) if index.isValid() else None)

    def add_point(self) -> None:
        name = " ".join(self.point_name.currentText().split())
        if self.session is None or not name:
            return
        try:
            changes = session_store.set_point(
                self.ctx.store, session_uid=self.session.uid, point_name=name
            )
        except StudyLogError as error:
            show_error(self, error, self.ctx.lang)
            return
        self.point_name.setCurrentText("")
        self.ctx.notify(changes)  # the page reloads this tab through refresh()
        row = next(
            (r for r in range(self.model.rowCount()) if self.model.record(r).point_name == name), -1
        )
        if row >= 0:
            self.table.selectRow(row)
            self.form.counts[next(iter(self.form.counts))].setFocus()
