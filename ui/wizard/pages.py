"""The two pages of the first-run wizard: what to do, and the unit's details."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWizardPage

from ui.common.text import hint
from ui.common.unit_form import UnitForm

if TYPE_CHECKING:
    from ui.wizard.wizard import FirstRunWizard

INTRO, UNIT = 0, 1


class Mode(StrEnum):
    SETUP = "setup"
    DEMO = "demo"
    OPEN = "open"


class IntroPage(QWizardPage):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to StudyLog"))
        self.setSubTitle(
            self.tr(
                "StudyLog keeps your unit's record of studying the Party's resolutions:"
                " members, sessions, attendance, make-up study and essays."
            )
        )
        self.setup = QRadioButton(self.tr("&Set up my unit (the usual choice)"))
        self.demo = QRadioButton(self.tr("&Try StudyLog with a demo database"))
        self.open = QRadioButton(self.tr("&Open a database file I already have…"))
        self.setup.setChecked(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("What would you like to do?")))
        for button in (self.setup, self.demo, self.open):
            self.group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self._mode_changed)
        layout.addSpacing(12)
        layout.addWidget(
            hint(
                self.tr(
                    "The demo database is a separate file with invented members; your own"
                    " data is never mixed with it."
                )
            )
        )
        layout.addWidget(
            hint(self.tr("Your data will be kept in the file {path}.").format(path=str(db_path)))
        )
        layout.addStretch(1)

    def _mode_changed(self) -> None:
        # setFinalPage makes QWizard recompute Next/Finish; completeChanged would not.
        self.setFinalPage(self.mode() is not Mode.SETUP)

    def mode(self) -> Mode:
        if self.demo.isChecked():
            return Mode.DEMO
        if self.open.isChecked():
            return Mode.OPEN
        return Mode.SETUP

    def nextId(self) -> int:
        return UNIT if self.mode() is Mode.SETUP else -1

    def validatePage(self) -> bool:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        return wizard.leave_intro(self.mode())


class UnitPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(
            self.tr(
                "These details appear on reports and in the files sent to the upper level."
                " You can change them later under Settings."
            )
        )
        self.form = UnitForm()
        self.form.changed.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(hint(self.tr("The unit's name and code are required.")))
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.form.name.setFocus()

    def isComplete(self) -> bool:
        return self.form.is_complete()

    def validatePage(self) -> bool:
        wizard: FirstRunWizard = self.wizard()  # type: ignore[assignment]
        return wizard.save_unit(self.form.details())
