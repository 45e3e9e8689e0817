"""Báo cáo: for now the figures that the campaign report will state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.common.campaign_figures_page import CampaignFiguresPage
from ui.context import AppContext

translate = QCoreApplication.translate


class ReportsPage(CampaignFiguresPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=translate("ReportsPage", "Reports"),
            note=translate(
                "ReportsPage",
                "These are the figures that the campaign report states. Printing the report"
                " (PDF or Word) and the sign-in sheets of the sessions will be done from this"
                " page in a later version of StudyLog. Until then, whoever helps you with the"
                " computer can use the commands “studylog report” and “studylog sign-in-sheet”.",
            ),
            parent=parent,
        )
