"""A drop-down of the campaigns, newest first, that keeps its choice across reloads."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from studylog.domain.models import Campaign
from studylog.storage import campaigns
from studylog.storage.store import Store


class CampaignCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(40)
        self._campaigns: list[Campaign] = []

    def reload(self, store: Store) -> None:
        chosen = self.current_campaign()
        self._campaigns = campaigns.list_campaigns(store)
        self.blockSignals(True)
        self.clear()
        for campaign in self._campaigns:
            self.addItem(
                self.tr("{code} — {title}").format(code=campaign.code, title=campaign.title),
                campaign.uid,
            )
        index = self.findData(chosen.uid) if chosen is not None else -1
        self.setCurrentIndex(index if index >= 0 else (0 if self._campaigns else -1))
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def current_campaign(self) -> Campaign | None:
        index = self.currentIndex()
        if 0 <= index < len(self._campaigns):
            return self._campaigns[index]
        return None
