"""One campaign's figures as a labelled list, read straight from `CampaignFigures`.

Nothing is computed here: every number and rate text comes from the core
(studylog.stats.figures_for), so the window says what the package and the report say.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from studylog.domain.enums import GUEST_GROUPS
from studylog.domain.figures import CampaignFigures
from studylog.domain.models import Campaign
from studylog.stats import grades_in_scale_order
from studylog.vntext.fmt import format_date, format_int
from ui.common.labels import group_name


class FiguresView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}

    def clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}

    def _row(self, key: str, label: str, value: str) -> None:
        field = QLabel(value)
        field.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        field.setWordWrap(True)
        self.form.addRow(label, field)
        self.values[key] = field

    def show_figures(self, campaign: Campaign, figures: CampaignFigures) -> None:
        self.clear()
        n = format_int
        self._row("reference_date", self.tr("Roll taken on:"), format_date(figures.reference_date))
        self._row(
            "members",
            self.tr("Members on the roll:"),
            self.tr("{total} (full {full}, probationary {probation}, exempt {exempt})").format(
                total=n(figures.members_total),
                full=n(figures.chinh_thuc),
                probation=n(figures.du_bi),
                exempt=n(figures.exempt),
            ),
        )
        self._row("required", self.tr("Required to study:"), n(figures.required))
        self._row("rate", self.tr("Attended:"), figures.rate.text)
        self._row(
            "rate_after_makeup", self.tr("After make-up study:"), figures.rate_after_makeup.text
        )
        self._row(
            "exempt_attended", self.tr("Exempt members who attended:"), n(figures.exempt_attended)
        )
        self._row(
            "sessions",
            self.tr("Sessions:"),
            self.tr("{sessions}, and {makeup} make-up classes").format(
                sessions=n(figures.sessions), makeup=n(figures.makeup_sessions)
            ),
        )
        self._row("points", self.tr("Connection points:"), n(figures.connection_points))
        for group in GUEST_GROUPS:
            self._row(
                f"guests.{group.value}",
                self.tr("Guests — {group}:").format(group=group_name(group)),
                n(figures.guests.get(group, 0)),
            )
        if campaign.essays_required:
            essays = figures.essays
            self._row(
                "essays",
                self.tr("Essays:"),
                self.tr("{submitted} of {required} handed in ({late} late)").format(
                    submitted=n(essays.submitted), required=n(essays.required), late=n(essays.late)
                ),
            )
            grades = grades_in_scale_order(campaign, essays.grades)
            if grades:
                self._row(
                    "grades",
                    self.tr("Grades:"),
                    ", ".join(f"{label}: {n(count)}" for label, count in grades.items()),
                )
        else:
            self._row("essays", self.tr("Essays:"), self.tr("not required in this campaign"))
