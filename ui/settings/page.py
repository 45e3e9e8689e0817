"""Cài đặt: unit details, the denominator rule, the essay scale, sending names, language."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.enums import DenominatorRule
from studylog.domain.essays import parse_scale, scale_text
from studylog.domain.models import DEFAULT_ESSAY_SCALE, DIEM10
from studylog.errors import StudyLogError
from studylog.storage import settings, units
from studylog.storage.changes import NOTHING, Changes
from ui.common.dialogs import refuse, warn
from ui.common.labels import rule_name
from ui.common.text import heading, hint
from ui.common.unit_form import UnitForm
from ui.context import AppContext

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each named in its own language


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit_form = UnitForm()
        self.rule = QComboBox()
        # Long choices wrap nowhere; let the combo shrink and show them in the list.
        self.rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rule.setMinimumContentsLength(24)
        for rule in DenominatorRule:
            self.rule.addItem(rule_name(rule), rule.value)
        self.by_labels = QRadioButton(self.tr("&Grades:"))
        self.scale = QLineEdit()
        self.scale.setPlaceholderText(scale_text(DEFAULT_ESSAY_SCALE))
        self.by_marks = QRadioButton(self.tr("&Marks out of 10"))
        self.by_labels.toggled.connect(self.scale.setEnabled)
        self.send_names = QGroupBox(self.tr("Send the names of absent members upward"))
        self.send_names.setCheckable(True)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("&Undo my changes"))
        self.revert_button.clicked.connect(self.load)
        self.status = QLabel()
        self.unit_form.changed.connect(self._update_buttons)
        self._build_layout()
        self.load()

    def _build_layout(self) -> None:
        unit_box = QGroupBox(self.tr("Your unit"))
        QVBoxLayout(unit_box).addWidget(self.unit_form)

        rule_box = QGroupBox(self.tr("Who must study (the denominator of the rate)"))
        rule_layout = QVBoxLayout(rule_box)
        rule_layout.addWidget(self.rule)
        rule_layout.addWidget(
            hint(
                self.tr(
                    "Members exempt from party activities (miễn công tác và sinh hoạt đảng)"
                    " are usually left out of the members who must study. Follow the"
                    " guidance of your upper level."
                )
            )
        )

        essay_box = QGroupBox(self.tr("Essay grading for new campaigns"))
        essay_layout = QVBoxLayout(essay_box)
        labels_row = QHBoxLayout()
        labels_row.addWidget(self.by_labels)
        labels_row.addWidget(self.scale, 1)
        essay_layout.addLayout(labels_row)
        essay_layout.addWidget(self.by_marks)
        essay_layout.addWidget(
            hint(
                self.tr(
                    "Write the grades from best to worst, separated by commas. Each campaign"
                    " can still have its own scale."
                )
            )
        )

        names_layout = QVBoxLayout(self.send_names)
        names_layout.addWidget(
            hint(
                self.tr(
                    "When ticked, the file sent to the upper level lists the absent members"
                    " with their reasons, so that make-up study can be followed up. When"
                    " not ticked, it carries the counts only."
                )
            )
        )

        language_box = QGroupBox(self.tr("Language"))
        language_layout = QVBoxLayout(language_box)
        language_layout.addWidget(self.language)
        language_layout.addWidget(
            hint(self.tr("A new language takes effect the next time StudyLog starts."))
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.status, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(heading(self.tr("Settings")))
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(unit_box)
        left.addStretch(1)
        right = QVBoxLayout()
        for box in (rule_box, essay_box, self.send_names, language_box):
            right.addWidget(box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        # Reading order is the tab order: the unit, then the settings on the right.
        QWidget.setTabOrder(self.unit_form.place, self.rule)
        for first, second in (
            (self.rule, self.by_labels),
            (self.by_labels, self.scale),
            (self.scale, self.by_marks),
            (self.by_marks, self.send_names),
            (self.send_names, self.language),
            (self.language, self.save_button),
            (self.save_button, self.revert_button),
        ):
            QWidget.setTabOrder(first, second)

    # -- the page contract ---------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        # Another page (or another file) changed the unit or the settings: show the truth.
        if changes.units or changes.settings:
            self.load()

    # -- load and save -------------------------------------------------------
    def load(self) -> None:
        store = self.ctx.store
        if units.has_home_unit(store):
            self.unit_form.set_unit(units.home_unit(store))
        self.rule.setCurrentIndex(self.rule.findData(settings.denominator_rule(store).value))
        scale = settings.essay_scale(store)
        self.by_marks.setChecked(scale == DIEM10)
        self.by_labels.setChecked(scale != DIEM10)
        self.scale.setText(scale_text(DEFAULT_ESSAY_SCALE if scale == DIEM10 else scale))
        self.scale.setEnabled(scale != DIEM10)
        self.send_names.setChecked(settings.send_absentee_names(store))
        self.language.setCurrentIndex(max(self.language.findData(settings.language(store)), 0))
        self.status.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.unit_form.is_complete())

    def _chosen_scale(self) -> tuple[str, ...] | str | None:
        if self.by_marks.isChecked():
            return DIEM10
        try:
            return parse_scale(self.scale.text())
        except ValueError:
            return None

    def save(self) -> None:
        if not self.unit_form.is_complete():
            return
        scale = self._chosen_scale()
        if scale is None:
            warn(
                self,
                self.tr("The settings were not saved"),
                self.tr("Write at least one grade, or choose marks out of 10."),
            )
            self.scale.setFocus()
            return
        store = self.ctx.store
        changes = NOTHING
        try:
            # One transaction: the settings are saved together or not at all. A value
            # that did not change is not written, so the audit log stays meaningful.
            with store.atomic():
                changes |= units.update_home(store, **self.unit_form.details().as_columns())
                rule = DenominatorRule(self.rule.currentData())
                if rule is not settings.denominator_rule(store):
                    changes |= settings.set_denominator_rule(store, rule)
                if scale != settings.essay_scale(store):
                    changes |= settings.set_essay_scale(store, scale)
                send = self.send_names.isChecked()
                if send != settings.send_absentee_names(store):
                    changes |= settings.set_send_absentee_names(store, send)
                language = str(self.language.currentData())
                if language != settings.language(store):
                    changes |= settings.set_language(store, language)
        except StudyLogError as exc:
            refuse(self, self.tr("The settings were not saved"), exc, self.ctx.lang)
            return
        self.ctx.notify(changes)  # reloads this page too (refresh → load)
        self.status.setText(self.tr("Saved.") if changes else self.tr("Nothing was changed."))
