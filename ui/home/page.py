"""Tổng quan: current campaigns with their rates, near deadlines, and what remains."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.stats import figures_for
from studylog.storage import campaigns, units
from studylog.storage.changes import Changes
from studylog.vntext.fmt import format_date
from ui.common.text import heading, hint
from ui.context import AppContext
from ui.home import campaigns_model as cols
from ui.home.campaigns_model import CampaignsModel
from ui.home.chart import ChartRow, ParticipationChart
from ui.home.notes import deadline_sentence, remaining_sentences
from ui.home.overview import CampaignOverview, deadlines

CHART_CAMPAIGNS = 6

# Everything on this page is derived from these records.
RELEVANT = (
    "units",
    "members",
    "campaigns",
    "sessions",
    "attendance",
    "makeups",
    "essays",
    "settings",
)


def _info_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], date] = date.today
        self.overviews: list[CampaignOverview] = []
        self._stale = True

        self.title = heading(self.tr("Overview"))
        self.subtitle = QLabel()
        self.model = CampaignsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Campaigns"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(cols.TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty = hint(self.tr("No study campaign yet. Add one under Study campaigns (Ctrl+3)."))
        self.show_all = QCheckBox(self.tr("&Show finished campaigns too"))
        self.show_all.toggled.connect(self._show)

        self.chart = ParticipationChart()
        self.deadlines = _info_label()
        self.remaining = _info_label()

        self._build_layout()

    def _build_layout(self) -> None:
        table_box = QGroupBox(self.tr("Campaigns"))
        box = QVBoxLayout(table_box)
        box.addWidget(self.table)
        box.addWidget(self.empty)
        box.addWidget(self.show_all)

        chart_box = QGroupBox(self.tr("Participation by campaign"))
        QVBoxLayout(chart_box).addWidget(self.chart)
        deadline_box = QGroupBox(self.tr("Deadlines"))
        QVBoxLayout(deadline_box).addWidget(self.deadlines)
        remaining_box = QGroupBox(self.tr("Still to do"))
        QVBoxLayout(remaining_box).addWidget(self.remaining)
        right = QVBoxLayout()
        right.addWidget(deadline_box)
        right.addWidget(remaining_box)
        right.addStretch(1)
        lower = QHBoxLayout()
        lower.addWidget(chart_box, 1)
        lower.addLayout(right, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(table_box)
        layout.addLayout(lower)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- the page contract ---------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if any(getattr(changes, flag) for flag in RELEVANT):
            self._stale = True
            if self.isVisible():
                self.reload()

    def activate(self) -> None:
        if self._stale:
            self.reload()

    # -- contents ------------------------------------------------------------
    def reload(self) -> None:
        store = self.ctx.store
        today = self.today()
        self._stale = False
        name = units.home_unit(store).name if units.has_home_unit(store) else ""
        self.subtitle.setText(
            self.tr("{unit} — today is {date}").format(unit=name, date=format_date(today))
        )
        self.overviews = [
            CampaignOverview(c, figures_for(store, c, today=today))
            for c in campaigns.list_campaigns(store)
        ]
        self._show()

    def shown(self) -> list[CampaignOverview]:
        today = self.today()
        if self.show_all.isChecked():
            return self.overviews
        return [ov for ov in self.overviews if ov.is_current(today)]

    def _show(self) -> None:
        today = self.today()
        shown = self.shown()
        self.model.set_rows(shown)
        self._fit_table()
        self.empty.setVisible(not shown)
        if not self.overviews:
            self.empty.setText(
                self.tr("No study campaign yet. Add one under Study campaigns (Ctrl+3).")
            )
        elif not shown:
            self.empty.setText(self.tr("No campaign is under way; all have ended."))
        self.chart.set_rows(
            [
                ChartRow(
                    label=ov.campaign.code,
                    rate=ov.figures.rate.percent,
                    rate_text=ov.figures.rate.text,
                    after=ov.figures.rate_after_makeup.percent,
                    after_text=ov.figures.rate_after_makeup.text,
                )
                # The recent history, finished or not: is this campaign doing better?
                for ov in self.overviews[:CHART_CAMPAIGNS]
            ]
        )
        due = deadlines(self.overviews, today)
        self.deadlines.setText(
            "\n\n".join(deadline_sentence(d) for d in due)
            or self.tr("No deadline in the next 30 days.")
        )
        remaining = [
            s for ov in self.overviews if ov.is_current(today) for s in remaining_sentences(ov)
        ]
        self.remaining.setText("\n\n".join(remaining) or self.tr("Nothing is outstanding."))

    def _fit_table(self) -> None:
        """As tall as its rows (up to eight), so the page scrolls instead of the table."""
        rows = min(self.model.rowCount(), 8)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows)) if rows else 0
        self.table.setFixedHeight(height + 2)
        self.table.setVisible(self.model.rowCount() > 0)
