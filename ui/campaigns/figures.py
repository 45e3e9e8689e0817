"""A campaign's details and its figures (SPEC §3), as computed by studylog.stats."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studylog.domain.enums import GUEST_GROUPS
from studylog.domain.essays import scale_text
from studylog.domain.figures import CampaignFigures
from studylog.domain.models import DIEM10, Campaign
from studylog.stats import grades_in_scale_order
from studylog.vntext import format_int
from ui.members.fields import show_date
from ui.sessions.labels import group_label


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class FiguresPanel(QWidget):
    """Two boxes: what the campaign is, and how far the unit has got with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = QGroupBox(self.tr("Campaign"))
        self.figures = QGroupBox(self.tr("Figures"))
        self._detail_form = QFormLayout(self.details)
        self._figure_form = QFormLayout(self.figures)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("title", self.tr("Title")),
            ("documents", self.tr("Documents studied")),
            ("issued", self.tr("Issued by")),
            ("dates", self.tr("Dates")),
            ("essays_rule", self.tr("Essays")),
        ):
            self.values[key] = _value_label()
            self._detail_form.addRow(text, self.values[key])
        for key, text in (
            ("reference", self.tr("Roster date")),
            ("members", self.tr("Members")),
            ("required", self.tr("Must study")),
            ("rate", self.tr("Studied")),
            ("made_up", self.tr("Made up")),
            ("rate_after", self.tr("Studied after make-up")),
            ("exempt_attended", self.tr("Exempt but attended")),
            ("sessions", self.tr("Sessions")),
            ("guests", self.tr("Guests (person-times)")),
            ("essays", self.tr("Essays")),
        ):
            self.values[key] = _value_label()
            self._figure_form.addRow(text, self.values[key])
        big = self.values["rate"].font()
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        self.values["rate"].setFont(big)
        self.values["rate_after"].setFont(big)
        row = QHBoxLayout()
        row.addWidget(self.details, 1)
        row.addWidget(self.figures, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_campaign(self, campaign: Campaign | None, figures: CampaignFigures | None) -> None:
        if campaign is None or figures is None:
            for label in self.values.values():
                label.clear()
            return
        v = self.values
        v["title"].setText(f"{campaign.code} — {campaign.title}")
        v["documents"].setText(campaign.documents)
        issued = [campaign.issuing_body, campaign.plan_ref]
        v["issued"].setText("; ".join(x for x in issued if x))
        v["dates"].setText(
            self.tr("from {start}, complete by {deadline}, report by {report}").format(
                start=show_date(campaign.start_date) or "—",
                deadline=show_date(campaign.deadline) or "—",
                report=show_date(campaign.report_deadline) or "—",
            )
        )
        if campaign.essays_required:
            scale = (
                self.tr("marks out of 10")
                if campaign.essay_scale == DIEM10
                else scale_text(campaign.essay_scale)
            )
            v["essays_rule"].setText(
                self.tr("due by {date}; grades: {scale}").format(
                    date=show_date(campaign.essay_deadline) or "—", scale=scale
                )
            )
        else:
            v["essays_rule"].setText(self.tr("not required"))
        self._show_figures(campaign, figures)

    def _show_figures(self, campaign: Campaign, f: CampaignFigures) -> None:
        v = self.values
        v["reference"].setText(show_date(f.reference_date))
        v["members"].setText(
            self.tr("{total} ({full} full, {probation} probationary, {exempt} exempt)").format(
                total=format_int(f.members_total),
                full=format_int(f.chinh_thuc),
                probation=format_int(f.du_bi),
                exempt=format_int(f.exempt),
            )
        )
        v["required"].setText(format_int(f.required))
        v["rate"].setText(f.rate.text)
        v["made_up"].setText(format_int(f.made_up))
        v["rate_after"].setText(f.rate_after_makeup.text)
        v["exempt_attended"].setText(format_int(f.exempt_attended))
        v["sessions"].setText(
            self.tr(
                "regular: {sessions}; make-up classes: {makeup}; connection points used: {points}"
            ).format(sessions=f.sessions, makeup=f.makeup_sessions, points=f.connection_points)
        )
        v["guests"].setText(
            "\n".join(f"{group_label(g)}: {format_int(f.guests.get(g, 0))}" for g in GUEST_GROUPS)
        )
        if not campaign.essays_required:
            v["essays"].setText(self.tr("not required"))
            return
        essays = self.tr("{submitted} of {required} handed in, {late} late").format(
            submitted=format_int(f.essays.submitted),
            required=format_int(f.essays.required),
            late=format_int(f.essays.late),
        )
        grades = grades_in_scale_order(campaign, f.essays.grades)
        if grades:
            essays += "\n" + ", ".join(f"{g}: {n}" for g, n in grades.items())
        v["essays"].setText(essays)
