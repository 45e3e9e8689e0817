"""Đợt học tập: the campaigns, one campaign's figures, its make-up and its essays."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.figures import CampaignFigures
from studylog.domain.models import Campaign
from studylog.stats import figures_for
from studylog.storage import campaigns as campaign_store
from studylog.storage.changes import Changes
from studylog.storage.units import has_home_unit
from ui.campaigns.editor import CampaignDialog
from ui.campaigns.figures import FiguresPanel
from ui.campaigns.model import CampaignListModel
from ui.common.text import heading
from ui.context import AppContext
from ui.followup.essays_tab import EssaysTab
from ui.followup.makeup_tab import MakeupTab
from ui.members.fields import page_shortcut

# Any of these can move a campaign's figures.
_FIGURE_FLAGS = (
    "members",
    "sessions",
    "points",
    "attendance",
    "makeups",
    "essays",
    "settings",
    "units",
)


class CampaignsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True  # figures are recomputed when the page is next seen
        self.model = CampaignListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CampaignListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _index: self.edit_campaign())

        self.new_button = QPushButton(self.tr("&New campaign (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("&Edit campaign"))
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button.clicked.connect(self.edit_campaign)
        page_shortcut(self, "Ctrl+N", self.new_campaign)
        self.empty = QLabel(
            self.tr(
                "No campaign yet. Create one with “New campaign”, or import the plan of the "
                "upper level."
            )
        )
        self.empty.setWordWrap(True)

        self.figures = FiguresPanel()
        self.makeup = MakeupTab(ctx)
        self.essays = EssaysTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.figures, self.tr("&Overview"))
        self.tabs.addTab(self.makeup, self.tr("&Make-up"))
        self.tabs.addTab(self.essays, self.tr("E&ssays"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(heading(self.tr("Study campaigns")))
        buttons.addSpacing(24)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.empty)
        top_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        # Room for about six campaigns before the list scrolls.
        row = self.table.verticalHeader().defaultSectionSize()
        splitter.setSizes([row * 8, row * 20])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.table)
        self.reload()

    # -- data --------------------------------------------------------------
    def current_campaign(self) -> Campaign | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()) if index.isValid() else None

    def reload(self) -> None:
        keep = self.current_campaign()
        self.model.set_records(campaign_store.list_campaigns(self.ctx.store))
        self.empty.setVisible(self.model.rowCount() == 0)
        self.edit_button.setEnabled(self.model.rowCount() > 0)
        row = self.model.row_of(keep.uid) if keep else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._stale = True
        self._show_figures()

    def select(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row >= 0:
            self.table.selectRow(row)

    def refresh(self, changes: Changes) -> None:
        if changes.campaigns:
            self.reload()
        elif any(getattr(changes, flag) for flag in _FIGURE_FLAGS):
            self._stale = True
            if self.isVisible():
                self._show_figures()

    def activate(self) -> None:
        if self._stale:
            self._show_figures()
        self.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._show_figures()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._stale = True
        self._show_figures()

    def _show_figures(self) -> None:
        campaign = self.current_campaign()
        figures: CampaignFigures | None = None
        if campaign is not None and has_home_unit(self.ctx.store):
            figures = figures_for(self.ctx.store, campaign)
        self.figures.show_campaign(campaign, figures)
        self.makeup.show_campaign(campaign, figures)
        self.essays.show_campaign(campaign, figures)
        self._stale = False

    # -- actions -----------------------------------------------------------
    def new_campaign(self) -> None:
        dialog = CampaignDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.campaign is not None:
            self.ctx.notify(dialog.changes)
            self.select(dialog.campaign.uid)

    def edit_campaign(self) -> None:
        campaign = self.current_campaign()
        if campaign is None:
            return
        dialog = CampaignDialog(self.ctx, campaign, parent=self)
        if dialog.exec():
            self.ctx.notify(dialog.changes)
