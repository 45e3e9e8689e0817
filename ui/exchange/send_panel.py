"""Gửi cấp trên: write the campaign's package to a USB stick or a folder, then an e-mail draft.

The package is written off the GUI thread (ui.worker); the page shows where it
went, its name and its sequence number. The e-mail draft (.eml, see
studylog.exchange.mail) is saved beside the package and opened with the mail
program of the PC.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from studylog.domain.models import Campaign
from studylog.exchange.mail import write_draft
from studylog.storage import packages
from studylog.storage.changes import Changes
from studylog.storage.units import home_unit
from studylog.vntext.fmt import format_date
from ui.common.dialogs import warn
from ui.common.text import hint
from ui.context import AppContext
from ui.exchange.destination import DestinationPicker
from ui.exchange.jobs import ExportDone, export_job
from ui.exchange.running import run_job
from ui.worker import JobRunner


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def sent_day(generated_at: str) -> str:
    try:
        return format_date(datetime.fromisoformat(generated_at).date())
    except ValueError:
        return generated_at


class SendPanel(QGroupBox):
    exported = Signal(object)  # ExportDone
    drafted = Signal(object)  # Path of the .eml

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Send to the upper level"))
        self.ctx = ctx
        self.campaign: Campaign | None = None
        self.done: ExportDone | None = None
        self.runner: JobRunner | None = None

        self.intro = hint("")
        self.destination = DestinationPicker()
        self.export_button = QPushButton(self.tr("&Write the file to send (Ctrl+E)"))
        self.export_button.clicked.connect(self.export)
        font = self.export_button.font()
        font.setBold(True)  # the one thing most users come here for
        self.export_button.setFont(font)
        self.result = _selectable(QLabel())
        font = self.result.font()
        font.setBold(True)
        self.result.setFont(font)
        self.mail_button = QPushButton(self.tr("Write an e-&mail with the file"))
        self.mail_button.clicked.connect(self.write_mail)
        self.open_button = QPushButton(self.tr("Open the fol&der"))
        self.open_button.clicked.connect(self.open_folder)
        self.mail_note = hint("")
        self.last = _selectable(hint(""))

        actions = QHBoxLayout()
        actions.addWidget(self.mail_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.destination)
        layout.addLayout(export_row)
        layout.addWidget(self.last)
        layout.addWidget(self.result)
        layout.addLayout(actions)
        layout.addWidget(self.mail_note)
        self._show_done()

    # -- state ---------------------------------------------------------------
    def set_campaign(self, campaign: Campaign | None) -> None:
        self.campaign = campaign
        home = home_unit(self.ctx.store)
        upper = home.parent_name or self.tr("the upper level")
        self.intro.setText(
            self.tr(
                "Write the Excel file of this campaign for {upper}, on a USB stick or in a"
                " folder; then take the stick there, or send the file by e-mail."
            ).format(upper=upper)
        )
        self.export_button.setEnabled(campaign is not None)
        self._show_last()
        self._show_done()

    def _show_last(self) -> None:
        row = packages.last_export(self.ctx.store, self.campaign.uid) if self.campaign else None
        if row is None:
            self.last.setText(self.tr("No file has been written for this campaign yet."))
            return
        self.last.setText(
            self.tr("Last file written for this campaign: no. {sequence} of {day}, {name}.").format(
                sequence=row["sequence"],
                day=sent_day(str(row["generated_at"])),
                name=row["file_name"],
            )
        )

    def _show_done(self) -> None:
        done = self.done
        mine = (
            done is not None
            and self.campaign is not None
            and done.exported.campaign_code == self.campaign.code
        )
        self.result.setVisible(mine)
        self.last.setVisible(not mine)  # the result says it, with the folder
        self.mail_button.setEnabled(mine)
        self.open_button.setEnabled(mine)
        self.mail_note.setVisible(mine and bool(self.mail_note.text()))
        if done is None or not mine:
            return
        path = done.exported.path
        self.result.setText(
            self.tr(
                "Written: {name}, file no. {sequence} of this campaign, in the folder {folder}."
            ).format(name=path.name, sequence=done.exported.sequence, folder=str(path.parent))
        )

    # -- actions -------------------------------------------------------------
    def export(self) -> None:
        campaign = self.campaign
        folder = self.destination.folder()
        if campaign is None or (self.runner is not None and self.runner.running):
            return
        if folder is None or not folder.is_dir():
            warn(
                self,
                self.tr("Write the file to send"),
                self.tr(
                    "The folder {path} cannot be found. If it is on a USB stick, plug the stick"
                    " in and press “Look for USB sticks”, or choose another folder."
                ).format(path=str(folder or "")),
            )
            return
        self.runner = run_job(
            self,
            self.ctx,
            export_job(campaign.code, folder),
            label=self.tr("Writing the file for the upper level…"),
            title=self.tr("Write the file to send"),
            done=self._exported,
        )

    def _exported(self, done: object) -> None:
        assert isinstance(done, ExportDone)
        self.done = done
        self.mail_note.setText("")
        self.ctx.notify(Changes(packages=True))
        self._show_last()
        self._show_done()
        self.mail_button.setFocus()
        self.exported.emit(done)

    def write_mail(self) -> None:
        if self.done is None:
            return
        title = self.tr("Write an e-mail")
        try:
            path = write_draft(self.done.draft)
        except OSError as error:
            warn(
                self,
                title,
                self.tr("The e-mail draft could not be written: {problem}").format(
                    problem=error.strerror or str(error)
                ),
            )
            return
        self.mail_note.setText(
            self.tr(
                "The e-mail draft {name} was saved beside the file. Add the address of the"
                " upper level in your mail program, then press Send."
            ).format(name=path.name)
        )
        self.mail_note.setVisible(True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            warn(
                self,
                title,
                self.tr(
                    "No mail program opened the draft {path}. Open it with Outlook or"
                    " Thunderbird, or attach the file {name} to an e-mail yourself."
                ).format(path=str(path), name=self.done.exported.path.name),
            )
        self.drafted.emit(path)

    def open_folder(self) -> None:
        if self.done is not None:
            folder: Path = self.done.exported.path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
