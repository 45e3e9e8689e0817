"""Gửi cấp trên / Tổng hợp: for now the figures that the upward package will carry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.common.campaign_figures_page import CampaignFiguresPage
from ui.context import AppContext

translate = QCoreApplication.translate


class ExchangePage(CampaignFiguresPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            title=translate("ExchangePage", "Send upward / Consolidate"),
            note=translate(
                "ExchangePage",
                "These are the figures that will travel to the upper level. Writing the"
                " Excel file to send upward, and consolidating the files received from the"
                " units below, will be done from this page in a later version of StudyLog."
                " Until then, whoever helps you with the computer can use the commands"
                " “studylog export” and “studylog consolidate”.",
            ),
            parent=parent,
        )
