"""A page that shows one chosen campaign's figures, with a note on what is still to come.

The exchange and report pages start like this: their files are not built yet, and a
page that says so plainly is better than buttons that do nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from studylog.stats import figures_for
from studylog.storage.changes import Changes
from ui.common.campaign_combo import CampaignCombo
from ui.common.figures_view import FiguresView
from ui.common.text import heading, hint
from ui.context import AppContext

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
)


class CampaignFiguresPage(QWidget):
    def __init__(
        self, ctx: AppContext, *, title: str, note: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.campaign = CampaignCombo()
        self.campaign.currentIndexChanged.connect(self._show)
        self.figures = FiguresView()
        self.empty = hint(self.tr("No study campaign yet. Add one under Study campaigns (Ctrl+3)."))
        self.note = hint(note)

        chooser = QFormLayout()
        chooser.addRow(self.tr("&Campaign:"), self.campaign)
        figures_box = QGroupBox(self.tr("Figures of the campaign"))
        box = QVBoxLayout(figures_box)
        box.addWidget(self.figures)
        box.addWidget(self.empty)
        note_box = QGroupBox(self.tr("Coming in a later version"))
        QVBoxLayout(note_box).addWidget(self.note)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(title))
        layout.addLayout(chooser)
        layout.addWidget(figures_box)
        layout.addWidget(note_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

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
        self.campaign.reload(self.ctx.store)  # emits currentIndexChanged → _show

    def _show(self) -> None:
        campaign = self.campaign.current_campaign()
        self.empty.setVisible(campaign is None)
        self.figures.setVisible(campaign is not None)
        if campaign is None:
            self.figures.clear()
            return
        self.figures.show_figures(campaign, figures_for(self.ctx.store, campaign))
