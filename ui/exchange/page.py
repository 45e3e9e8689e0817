"""Gửi cấp trên / Tổng hợp: send the campaign's figures upward; above chi bộ, consolidate.

A chi bộ sees its figures beside the panel that writes the package (and the
e-mail draft) and imports the upper level's plan. A unit above chi bộ sees the
totals over its reported units and three tabs: who has reported, the files
received from below (dropped on the page or chosen, checked, then imported), and
sending its own package upward with the plan for the units below.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.aggregate import from_figures
from studylog.domain.enums import Level
from studylog.i18n import Lang
from studylog.stats import figures_for
from studylog.storage.changes import Changes
from studylog.storage.units import child_units, home_unit
from studylog.upper import Completeness, upper_figures
from studylog.vntext.fmt import format_date
from ui.common.campaign_combo import CampaignCombo
from ui.common.text import heading, hint
from ui.context import AppContext
from ui.exchange import completeness_model as cols
from ui.exchange.completeness_model import CompletenessModel
from ui.exchange.plan_panel import PlanPanel
from ui.exchange.receive_panel import ReceivePanel
from ui.exchange.send_panel import SendPanel
from ui.exchange.summary import SummaryView
from ui.members.fields import page_shortcut

RELEVANT = (
    "units",
    "members",
    "campaigns",
    "sessions",
    "points",
    "attendance",
    "makeups",
    "essays",
    "settings",
    "packages",
)


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.level: Level | None = None
        self._stale = True
        self.campaign = CampaignCombo()
        self.campaign.setMinimumContentsLength(30)
        self.campaign.currentIndexChanged.connect(lambda _i: self._show())
        campaign_label = QLabel(self.tr("&Campaign:"))
        campaign_label.setBuddy(self.campaign)
        self.subtitle = hint("")

        self.figures = SummaryView()
        self.empty = hint(self.tr("No study campaign yet. Add one under Study campaigns (Ctrl+3)."))
        self.figures_box = QGroupBox()
        figures_layout = QVBoxLayout(self.figures_box)
        figures_layout.addWidget(self.figures)
        figures_layout.addWidget(self.empty)

        self.send = SendPanel(ctx)
        self.plan = PlanPanel(ctx, self.send.destination.folder)
        self.receive = ReceivePanel(ctx)
        self.completeness = CompletenessModel(self)
        self.report_table = self._report_table()
        self.report_summary = QLabel()
        self.report_summary.setWordWrap(True)

        self.report_tab = QWidget()
        report_layout = QVBoxLayout(self.report_tab)
        report_layout.addWidget(self.report_summary)
        report_layout.addWidget(self.report_table, 1)
        self.receive_tab = QWidget()
        receive_layout = QVBoxLayout(self.receive_tab)
        receive_layout.setContentsMargins(0, 6, 0, 0)
        receive_layout.addWidget(self.receive)
        self.send_tab = QWidget()
        self.send_layout = QBoxLayout(QBoxLayout.Direction.TopToBottom, self.send_tab)
        self.send_layout.addWidget(self.send, 3, Qt.AlignmentFlag.AlignTop)
        self.send_layout.addWidget(self.plan, 2, Qt.AlignmentFlag.AlignTop)
        self.send_layout.addStretch(0)
        self.tabs = QTabWidget()
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setDocumentMode(True)

        chooser = QHBoxLayout()
        chooser.addWidget(campaign_label)
        chooser.addWidget(self.campaign, 1)
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.figures_box, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Send upward / Consolidate")))
        layout.addWidget(self.subtitle)
        layout.addLayout(chooser)
        layout.addLayout(self.body, 1)

        page_shortcut(self, "Ctrl+E", self.send.export)
        self.reload()

    def _report_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.completeness)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setAccessibleName(self.tr("Reports of the units below"))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(cols.NAME, QHeaderView.ResizeMode.Stretch)
        return table

    # -- loading -------------------------------------------------------------
    def lang(self) -> Lang:
        return "en" if self.ctx.lang == "en" else "vi"

    def refresh(self, changes: Changes) -> None:
        if any(getattr(changes, flag) for flag in RELEVANT):
            self._stale = True
            if self.isVisible():
                self.reload()

    def activate(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self._arrange(home_unit(self.ctx.store).level)
        self.campaign.reload(self.ctx.store)  # emits currentIndexChanged → _show

    def _arrange(self, level: Level) -> None:
        """A chi bộ: figures beside the send panel. Above: totals on top, three tabs below."""
        if level is self.level:
            return
        self.level = level
        upper = level is not Level.CHI_BO
        self.plan.show_level(level)
        self.setAcceptDrops(upper)
        current = self.tabs.currentWidget()
        self.tabs.clear()
        if upper:
            self.tabs.addTab(self.report_tab, "")
            self.tabs.addTab(self.receive_tab, "")
        self.tabs.addTab(self.send_tab, "")
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self.send_layout.setContentsMargins(0, 6 if upper else 0, 0, 0)
        # Above chi bộ the tab is wide and the page is tall enough only side by side.
        self.send_layout.setDirection(
            QBoxLayout.Direction.LeftToRight if upper else QBoxLayout.Direction.TopToBottom
        )
        for index, stretch in enumerate((3, 2, 0) if upper else (0, 0, 1)):
            self.send_layout.setStretch(index, stretch)
        self.figures.columns = 3 if upper else 1
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if upper else QBoxLayout.Direction.LeftToRight
        )
        self._name_tabs(None)

    def _name_tabs(self, status: Completeness | None) -> None:
        if self.level is Level.CHI_BO:
            return
        self.tabs.setTabText(
            self.tabs.indexOf(self.report_tab),
            self.tr("&Reports of the units below ({reported}/{expected})").format(
                reported=status.reported, expected=status.expected
            )
            if status is not None
            else self.tr("&Reports of the units below"),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.receive_tab), self.tr("Files from the units &below")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.send_tab), self.tr("Send &upward, plan"))

    def _show(self) -> None:
        store = self.ctx.store
        home = home_unit(store)
        campaign = self.campaign.current_campaign()
        self.send.set_campaign(campaign)
        upper = home.level is not Level.CHI_BO
        self.subtitle.setText(self._subtitle(home.name, home.parent_name, upper))
        self.figures_box.setTitle(
            self.tr("Totals of {unit}").format(unit=home.name)
            if upper
            else self.tr("Figures sent to the upper level")
        )
        self.empty.setVisible(campaign is None)
        self.figures.setVisible(campaign is not None)
        if campaign is None:
            self.figures.clear()
            self.completeness.set_completeness(None)
            self.report_summary.setText("")
            self._name_tabs(None)
            return
        if not upper:
            figures = from_figures(figures_for(store, campaign))
            self.figures.show_figures(figures, essays=campaign.essays_required)
            return
        totals = upper_figures(store, campaign)
        status = totals.completeness
        self.figures.show_figures(
            totals.total,
            essays=campaign.essays_required,
            reported=status.summary.render(self.lang()),
        )
        self.completeness.set_completeness(status)
        self.report_summary.setText(self._report_text(status))
        self._name_tabs(status)

    def _subtitle(self, unit: str, parent: str, upper: bool) -> str:
        count = len(child_units(self.ctx.store))
        if upper and parent:
            return self.tr(
                "{unit} receives the reports of {count} units below and reports to {upper}."
            ).format(unit=unit, count=count, upper=parent)
        if upper:
            return self.tr("{unit} receives the reports of {count} units below.").format(
                unit=unit, count=count
            )
        if parent:
            return self.tr("{unit} reports to {upper}.").format(unit=unit, upper=parent)
        return ""

    def _report_text(self, status: Completeness) -> str:
        text = self.tr("{summary}: {on_time} on time, {late} late.").format(
            summary=status.summary.render(self.lang()),
            on_time=status.on_time,
            late=len(status.late),
        )
        deadline = status.campaign.report_deadline
        if status.overdue:
            text += " " + self.tr(
                "The report deadline ({day}) has passed; {count} units have not reported"
                " (highlighted)."
            ).format(day=format_date(deadline), count=len(status.overdue))
        elif deadline is not None:
            text += " " + self.tr("Report deadline: {day}.").format(day=format_date(deadline))
        return text

    # -- files from below ----------------------------------------------------
    def add_files(self, paths: list[Path]) -> None:
        """Check dropped or chosen files (and folders) of the units below."""
        if self.level is Level.CHI_BO:
            return
        self.tabs.setCurrentWidget(self.receive_tab)
        self.receive.add_files(paths)

    def _dropped_paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        data = event.mimeData()
        if self.level is Level.CHI_BO or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)
