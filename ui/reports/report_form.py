"""What the secretary decides about a campaign report: campaign, date, number, free text.

The two free-text sections are kept per campaign as they are typed (a pause in
typing, leaving the field, hiding the page, or changing campaign saves them through
numbering.set_free_text), so nothing typed is lost between two reports. The number
shown is numbering.preview_number: nothing is used up until a file is written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.models import Campaign
from studylog.errors import StudyLogError
from studylog.reports import numbering
from studylog.reports.document import number_suffix
from studylog.stats import figures_for
from studylog.storage import units
from studylog.storage.changes import Changes
from ui.common.campaign_combo import CampaignCombo
from ui.common.dialogs import refuse
from ui.common.text import hint
from ui.context import AppContext
from ui.members.fields import DateField
from ui.reports.jobs import ReportRequest
from ui.reports.number_spin import NumberSpin
from ui.reports.term_dialog import TermDialog

SAVE_TEXT_AFTER_MS = 1500  # a pause in typing


class ReportForm(QGroupBox):
    campaign_changed = Signal()  # another campaign is shown (or none)
    edited = Signal()  # the report on screen no longer matches the preview
    changed = Signal(object)  # Changes this form wrote to the database

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Campaign report"))
        self.ctx = ctx
        self.report_day = date.today()
        self._loading = False  # filling the fields from the database: not an edit
        self._text_uid: str | None = None  # the campaign whose text the editors hold
        self._text_store: object = None  # …read from this store (another file may be opened)
        self._dirty = False  # typed since loaded or saved: only then is anything written

        self.campaign = CampaignCombo()
        # The preview beside the form needs the room; the drop-down opens wide anyway.
        self.campaign.setMinimumContentsLength(24)
        self.campaign.currentIndexChanged.connect(lambda _i: self._campaign_chosen())
        self.summary = hint("")
        self.day = DateField(self.report_day)
        self.day.editingFinished.connect(self._day_edited)
        self.number = NumberSpin()
        self.number.valueChanged.connect(lambda _v: self._edited())
        self.term_button = QPushButton()
        self.term_button.clicked.connect(self.edit_term)
        self.number_note = hint("")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.hide()
        self.difficulties = self._text_box()
        self.proposals = self._text_box()
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.word_button = QPushButton(self.tr("Save &Word…"))
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_TEXT_AFTER_MS)
        self._save_timer.timeout.connect(self.save_text)
        self._lay_out()

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)  # Tab moves on, as in every other field
        box.setPlaceholderText(
            self.tr("One paragraph per line. Left empty, dotted lines are printed to write on.")
        )
        box.textChanged.connect(self._text_edited)
        box.installEventFilter(self)
        return box

    def _lay_out(self) -> None:
        difficulties_label = QLabel(self.tr("&Difficulties and obstacles:"))
        difficulties_label.setBuddy(self.difficulties)
        proposals_label = QLabel(self.tr("Proposals and &recommendations:"))
        proposals_label.setBuddy(self.proposals)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.term_button)
        number_row.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Campaign:"), self.campaign)
        form.addRow("", self.summary)
        form.addRow(self.tr("Report &date:"), self.day)
        number_label = QLabel(self.tr("Document &number:"))
        number_label.setBuddy(self.number)  # a row of two widgets gets no buddy by itself
        form.addRow(number_label, number_row)
        form.addRow("", self.number_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.word_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(difficulties_label)
        layout.addWidget(self.difficulties, 1)
        layout.addWidget(proposals_label)
        layout.addWidget(self.proposals, 1)
        layout.addLayout(buttons)

    def focus_order(self) -> tuple[QWidget, ...]:
        return (
            self.campaign,
            self.day,
            self.number,
            self.term_button,
            self.difficulties,
            self.proposals,
            self.pdf_button,
            self.word_button,
        )

    # -- loading ---------------------------------------------------------------------
    def reload(self) -> None:
        store = self.ctx.store
        if units.has_home_unit(store):
            self.number.set_issuer(number_suffix(units.home_unit(store)))
        self.campaign.reload(store)  # emits currentIndexChanged → _campaign_chosen

    def current(self) -> Campaign | None:
        return self.campaign.current_campaign()

    def _campaign_chosen(self) -> None:
        self.save_text()  # the text on screen belongs to the campaign shown before
        campaign = self.current()
        self._loading = True
        try:
            if campaign is None:
                self._text_uid = None
                self._dirty = False
                self.difficulties.clear()
                self.proposals.clear()
                self.summary.clear()
                self.number_note.clear()
            else:
                self._show(campaign)
        finally:
            self._loading = False
        for widget in self.focus_order()[1:]:
            widget.setEnabled(campaign is not None)
        self.campaign_changed.emit()

    def _show(self, campaign: Campaign) -> None:
        store = self.ctx.store
        # A reload of the same campaign must not move the cursor in what is being typed.
        if campaign.uid != self._text_uid or store is not self._text_store:
            stored = numbering.free_text(store, campaign.uid)
            self.difficulties.setPlainText(stored.difficulties)
            self.proposals.setPlainText(stored.proposals)
            self._text_uid = campaign.uid
            self._text_store = store
            self._dirty = False
        figures = figures_for(store, campaign)
        self.summary.setText(
            self.tr("Attended: {rate}; after make-up study: {after}.").format(
                rate=figures.rate.text, after=figures.rate_after_makeup.text
            )
        )
        self.propose_number()

    def propose_number(self) -> None:
        """The number the report will carry: the one it was given, else the next."""
        campaign = self.current()
        if campaign is None:
            return
        store = self.ctx.store
        term = numbering.current_term(store, self.report_day)
        given = numbering.campaign_number(store, term, campaign.uid)
        was_loading, self._loading = self._loading, True
        try:
            self.number.setValue(
                numbering.preview_number(store, campaign_uid=campaign.uid, day=self.report_day)
            )
        finally:
            self._loading = was_loading
        self.term_button.setText(self.tr("&Term {term}…").format(term=term))
        if given is not None:
            note = self.tr(
                "This campaign's report already has number {number} in the term {term};"
                " saving it again keeps that number."
            ).format(number=f"{given:02d}", term=term)
        else:
            note = self.tr(
                "The next number of the term {term}. It is used up when the report is saved."
            ).format(term=term)
        self.number_note.setText(note)

    def request(self, campaign: Campaign) -> ReportRequest:
        return ReportRequest(
            campaign_uid=campaign.uid,
            day=self.report_day,
            number=self.number.value(),
            difficulties=self.difficulties.toPlainText(),
            proposals=self.proposals.toPlainText(),
        )

    # -- editing -------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _text_edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self._save_timer.start()
            self.edited.emit()

    def _day_edited(self) -> None:
        value = self.day.date_or_problem(self.ctx.lang)
        if isinstance(value, str):
            self.problem.setText(value)
            self.problem.show()
            return
        self.problem.hide()
        chosen = value if isinstance(value, date) else date.today()
        if value is None:  # emptied: back to today, never a report without a date
            self.day.set_date(chosen)
        if chosen != self.report_day:
            self.report_day = chosen
            self.propose_number()
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.difficulties, self.proposals):
            self.save_text()
        return super().eventFilter(watched, event)

    def save_text(self) -> None:
        """Keep the two sections of the campaign on screen."""
        self._save_timer.stop()
        if not self._dirty or self._text_uid is None or self._loading:
            return
        if self.ctx.store is not self._text_store:
            return  # typed for the database that was open before: not for this one
        try:
            changes = numbering.set_free_text(
                self.ctx.store,
                self._text_uid,
                difficulties=self.difficulties.toPlainText(),
                proposals=self.proposals.toPlainText(),
            )
        except StudyLogError as error:
            refuse(self, self.tr("The text was not saved"), error, self.ctx.lang)
            return
        self._dirty = False
        self.changed.emit(changes)

    def edit_term(self) -> None:
        dialog = TermDialog(self.ctx.store, day=self.report_day, lang=self.ctx.lang, parent=self)
        if dialog.exec():
            self.changed.emit(dialog.changes)
            self.propose_number()
            self.edited.emit()

    def number_used(self) -> None:
        """A report was written: the counter moved, and the note should say so."""
        self.changed.emit(Changes(settings=True))
        self.propose_number()
