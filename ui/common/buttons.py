"""Texts of Qt's standard buttons, in the window's language.

Qt takes these from its own `qtbase_vi` translation, which the PySide6 wheels do not
ship; without it a Vietnamese dialog would say "Cancel". So every dialog of ours
labels its standard buttons through here, and studylog_vi.ts carries the texts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

translate = QCoreApplication.translate


def standard_texts() -> dict[str, str]:
    """Keyed by the enum member's name, shared by QMessageBox and QDialogButtonBox."""
    return {
        "Ok": translate("StandardButtons", "OK"),
        "Cancel": translate("StandardButtons", "Cancel"),
        "Close": translate("StandardButtons", "Close"),
        "Yes": translate("StandardButtons", "&Yes"),
        "No": translate("StandardButtons", "&No"),
        "Save": translate("StandardButtons", "&Save"),
        "Open": translate("StandardButtons", "&Open"),
        "Discard": translate("StandardButtons", "Do&n't save"),
        "Apply": translate("StandardButtons", "&Apply"),
        "Retry": translate("StandardButtons", "&Retry"),
        "Help": translate("StandardButtons", "Help"),
    }


def label_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    texts = standard_texts()
    for button in box.buttons():
        name = box.standardButton(button).name
        if name in texts:
            button.setText(texts[name])


def label_wizard(wizard: QWizard) -> None:
    which = QWizard.WizardButton
    wizard.setButtonText(which.BackButton, translate("StandardButtons", "< &Back"))
    wizard.setButtonText(which.NextButton, translate("StandardButtons", "&Next >"))
    wizard.setButtonText(which.FinishButton, translate("StandardButtons", "&Finish"))
    wizard.setButtonText(which.CancelButton, translate("StandardButtons", "Cancel"))
    wizard.setButtonText(which.CommitButton, translate("StandardButtons", "&Finish"))
