"""Add or edit a campaign (đợt học tập)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from studylog.domain.essays import parse_scale, scale_text
from studylog.domain.models import DEFAULT_ESSAY_SCALE, DIEM10, Campaign
from studylog.errors import StudyLogError
from studylog.storage import campaigns as campaign_store
from studylog.storage import settings
from studylog.storage.changes import Changes
from ui.context import AppContext
from ui.members.fields import DateField, FormDialog


class CampaignDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, campaign: Campaign | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.campaign = campaign
        self.changes = Changes()
        self.setWindowTitle(
            self.tr("New campaign") if campaign is None else self.tr("Edit campaign")
        )
        self.setMinimumWidth(640)

        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. NQ-DH-XIV (the code the upper level uses)"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("e.g. Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng")
        )
        self.documents = QPlainTextEdit()
        self.documents.setTabChangesFocus(True)
        self.documents.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.issuing_body = QLineEdit()
        self.plan_ref = QLineEdit()
        self.plan_ref.setPlaceholderText(self.tr("e.g. Kế hoạch số 12-KH/ĐU"))
        self.start = DateField()
        self.deadline = DateField()
        self.report_deadline = DateField()
        self.essay_deadline = DateField()
        self.essays_required = QCheckBox(self.tr("Members must hand in an essay"))
        self.essays_required.setChecked(True)
        self.scale = QComboBox()
        self.scale.setEditable(True)
        default = scale_text(settings.essay_scale(ctx.store))
        for text in dict.fromkeys((default, scale_text(DEFAULT_ESSAY_SCALE), DIEM10)):
            self.scale.addItem(text)
        self.scale.setToolTip(
            self.tr("Grades separated by commas, best first; or diem10 for marks out of 10.")
        )
        self.essays_required.toggled.connect(self.scale.setEnabled)
        self.essays_required.toggled.connect(self.essay_deadline.setEnabled)

        self.form.addRow(self.tr("&Code *"), self.code)
        self.form.addRow(self.tr("&Title *"), self.title)
        self.form.addRow(self.tr("&Documents studied"), self.documents)
        self.form.addRow(self.tr("&Issuing body"), self.issuing_body)
        self.form.addRow(self.tr("&Plan reference"), self.plan_ref)
        self.form.addRow(self.tr("&Start date"), self.start)
        self.form.addRow(self.tr("Complete &by"), self.deadline)
        self.form.addRow(self.tr("&Report due by"), self.report_deadline)
        self.form.addRow("", self.essays_required)
        self.form.addRow(self.tr("&Essays due by"), self.essay_deadline)
        self.form.addRow(self.tr("Essay &grades"), self.scale)
        if campaign is not None:
            self._load(campaign)

    def _load(self, c: Campaign) -> None:
        self.code.setText(c.code)
        self.title.setText(c.title)
        self.documents.setPlainText(c.documents)
        self.issuing_body.setText(c.issuing_body)
        self.plan_ref.setText(c.plan_ref)
        self.start.set_date(c.start_date)
        self.deadline.set_date(c.deadline)
        self.report_deadline.set_date(c.report_deadline)
        self.essay_deadline.set_date(c.essay_deadline)
        self.essays_required.setChecked(c.essays_required)
        self.scale.setCurrentText(scale_text(c.essay_scale))

    def save(self) -> bool:
        lang = self.ctx.lang
        if not self.code.text().strip():
            return self.fail(self.code, self.tr("Please type the campaign's code."))
        if not self.title.text().strip():
            return self.fail(self.title, self.tr("Please type the campaign's title."))
        dates = {}
        for key, field in (
            ("start_date", self.start),
            ("deadline", self.deadline),
            ("report_deadline", self.report_deadline),
            ("essay_deadline", self.essay_deadline),
        ):
            value = field.date_or_problem(lang)
            if isinstance(value, str):
                return self.fail(field, value)
            dates[key] = value
        try:
            scale = parse_scale(self.scale.currentText())
        except ValueError:
            return self.fail(self.scale, self.tr("Please list the essay grades, best first."))
        values = {
            "code": self.code.text().strip(),
            "title": self.title.text().strip(),
            "documents": self.documents.toPlainText().strip(),
            "issuing_body": self.issuing_body.text().strip(),
            "plan_ref": self.plan_ref.text().strip(),
            "essays_required": self.essays_required.isChecked(),
            "essay_scale": scale,
            **dates,
        }
        try:
            if self.campaign is None:
                self.campaign = campaign_store.add_campaign(
                    self.ctx.store,
                    Campaign(uid="", **values),  # type: ignore[arg-type]
                )
                self.changes = Changes(campaigns=True)
            else:
                updated = replace(self.campaign, **values)  # type: ignore[arg-type]
                self.changes = campaign_store.update_campaign(self.ctx.store, updated)
                self.campaign = updated
        except StudyLogError as error:
            return self.fail(None, error.render(lang))
        return True
