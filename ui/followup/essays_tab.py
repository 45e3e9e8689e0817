"""Bài thu hoạch: the grid of essays due for a campaign, edited in place."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.enums import EssayStatus
from studylog.domain.essays import essay_status
from studylog.domain.figures import CampaignFigures
from studylog.domain.models import DIEM10, Campaign
from studylog.stats import essay_due_members
from studylog.storage import followup
from studylog.vntext import format_int
from ui.context import AppContext
from ui.followup.essays_model import EssaysModel

Index = QModelIndex | QPersistentModelIndex


class GradeDelegate(QStyledItemDelegate):
    """A list of the campaign's grades; for marks out of 10 the plain text editor."""

    def __init__(self, model: EssaysModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        grades = self._model.grades()
        if not grades:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItem("")
        combo.addItems(list(grades))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(str(index.data() or ""))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class _OwingFilter(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owing_only = False

    def set_owing_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.owing_only = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.owing_only:
            return True
        model = self.sourceModel()
        assert isinstance(model, EssaysModel) and model.campaign is not None
        status = essay_status(model.essay(source_row), model.campaign.essay_deadline)
        return status is EssayStatus.CHUA_NOP


class EssaysTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = EssaysModel(ctx, self)
        self.proxy = _OwingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(EssaysModel.GRADE, GradeDelegate(self.model, self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EssaysModel.NOTES, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Type in a cell to change it (dates as dd/mm/yyyy); F2 edits, Enter saves, "
                "Esc cancels."
            )
        )
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setWordWrap(True)
        self.model.problem.connect(self.problem.setText)
        self.model.modelReset.connect(self.problem.clear)
        self.owing_only = QCheckBox(self.tr("Show only essays not handed in"))
        self.owing_only.toggled.connect(self.proxy.set_owing_only)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.owing_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

    def show_campaign(self, campaign: Campaign | None, figures: CampaignFigures | None) -> None:
        if campaign is None or figures is None:
            self.model.load(None, [], [])
            self.summary.clear()
            return
        self._summarise(campaign, figures)
        if self.model.writing and self.model.campaign == campaign:
            return  # our own edit: the grid already shows it
        keep = self.table.currentIndex()
        row, column = keep.row(), keep.column()
        if not campaign.essays_required:
            self.model.load(campaign, [], [])
            return
        members = essay_due_members(self.ctx.store, campaign, figures)
        self.model.load(campaign, members, followup.essays(self.ctx.store, campaign.uid))
        self.table.resizeColumnsToContents()
        if self.proxy.rowCount():
            row = min(max(row, 0), self.proxy.rowCount() - 1)
            self.table.setCurrentIndex(self.proxy.index(row, max(column, EssaysModel.SUBMITTED)))

    def _summarise(self, campaign: Campaign, figures: CampaignFigures) -> None:
        if not campaign.essays_required:
            self.summary.setText(self.tr("This campaign does not ask for essays."))
            return
        essays = figures.essays
        text = self.tr(
            "{submitted} of {required} essays handed in, {late} late. Essays are due from the "
            "members who studied, after make-up, except exempt members."
        ).format(
            submitted=format_int(essays.submitted),
            required=format_int(essays.required),
            late=format_int(essays.late),
        )
        if campaign.essay_scale == DIEM10:
            text += " " + self.tr("Grades are marks from 0 to 10.")
        self.summary.setText(text)
