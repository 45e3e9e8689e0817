"""The list of campaigns (đợt học tập)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from studylog.domain.models import Campaign
from ui.common.record_model import RecordTableModel
from ui.members.fields import show_date


class CampaignListModel(RecordTableModel[Campaign]):
    CODE, TITLE, START, DEADLINE, REPORT = range(5)
    COLUMNS = 5

    def key_of(self, record: Campaign) -> str:
        return record.uid

    def display(self, record: Campaign, column: int) -> str:
        return (
            record.code,
            record.title,
            show_date(record.start_date),
            show_date(record.deadline),
            show_date(record.report_deadline),
        )[column]

    def role_data(self, record: Campaign, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return record.documents or record.title
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Code"),
            self.tr("Title"),
            self.tr("Start"),
            self.tr("Deadline"),
            self.tr("Report due"),
        )
