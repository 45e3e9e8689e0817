"""Sao lưu / Khôi phục: the backups with their date and size, back up now, restore one.

Restoring asks first, in words that say what is lost; the core keeps a copy of the
database it replaces, and the window then reopens the restored file (upgrading it if
it came from an older StudyLog), so every page shows the restored data.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.errors import StudyLogError
from studylog.storage.backup import BackupFile, BackupResult, Policy, backups_of, make_backup
from studylog.storage.backup import set_policy as store_policy
from studylog.storage.db import open_database
from studylog.storage.restore import RestoreResult, restore_backup
from studylog.storage.store import Store
from ui.backup.model import BackupsModel
from ui.common.buttons import label_buttons
from ui.common.dialogs import ask, inform, refuse
from ui.context import AppContext
from ui.worker import Job, JobRunner, start_job


class BackupDialog(QDialog):
    restored = Signal(object)  # RestoreResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner: JobRunner | None = None
        self.policy: Policy | None = None
        self.setWindowTitle(self.tr("Backup / Restore"))

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        self.rule_label.setProperty("role", "hint")
        self.folder_button = QPushButton(self.tr("Change &folder…"))
        self.folder_button.clicked.connect(self.choose_folder)

        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAccessibleName(self.tr("Backups"))
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a fi&le…"))
        self.file_button.clicked.connect(self.restore_from_file)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)

        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.file_button)
        actions.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        label_buttons(buttons)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(760, 460)
        self.reload()
        self.backup_button.setFocus()

    # -- the list ------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.policy, found = backups_of(self.ctx.db_path)
        except StudyLogError as exc:
            self.policy, found = None, []
            self.folder_label.setText(exc.render(self._lang()))
        self.model.set_backups(found)
        if self.policy is not None:
            self.folder_label.setText(
                self.tr("Backups are kept in {folder}.").format(folder=str(self.policy.folder))
            )
            keep = self.policy.retention
            self.rule_label.setText(
                self.tr(
                    "StudyLog makes a backup by itself at the first start of each day and when"
                    " the window closes. It keeps the newest backup of each of the last {daily}"
                    " days and of each of the last {weekly} weeks, and the {last} most recent."
                ).format(daily=keep.daily, weekly=keep.weekly, last=keep.last)
            )
        if found:
            self.view.selectRow(0)
        self._enable()

    def selected(self) -> BackupFile | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    def _enable(self) -> None:
        busy = self.runner is not None
        self.restore_button.setEnabled(self.selected() is not None and not busy)
        self.backup_button.setEnabled(not busy and self.policy is not None)
        self.file_button.setEnabled(not busy)
        self.folder_button.setEnabled(not busy and self.policy is not None)

    def _lang(self) -> str:
        return "en" if self.ctx.lang == "en" else "vi"

    # -- backing up ----------------------------------------------------------------
    def back_up_now(self) -> None:
        path = self.ctx.db_path
        self._start(
            lambda _store, _progress, _cancelled: make_backup(path),
            label=self.tr("Backing up the database…"),
            done=self._backed_up,
            title=self.tr("The backup could not be made"),
        )

    def _backed_up(self, result: object) -> None:
        self.reload()
        if isinstance(result, BackupResult):
            self.result_label.setText(
                self.tr("Backed up to {file}.").format(file=result.backup.path.name)
            )

    def choose_folder(self) -> None:
        if self.policy is None:
            return
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for backups"), str(self.policy.folder)
        )
        if not name:
            return
        changes = store_policy(self.ctx.store, folder=Path(name), retention=self.policy.retention)
        self.ctx.notify(changes)
        self.reload()

    # -- restoring -----------------------------------------------------------------
    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is not None:
            self.restore(backup.path, backup.taken_at.strftime("%d/%m/%Y %H:%M"))

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(self.policy.folder if self.policy else self.ctx.db_path.parent),
            self.tr("StudyLog backups (*.db);;All files (*)"),
        )
        if name:
            self.restore(Path(name), Path(name).name)

    def restore(self, path: Path, shown: str) -> None:
        question = self.tr(
            "Replace the database with the backup of {when}?\n\nEverything entered since"
            " that backup will no longer be in the database. A copy of the database as it"
            " is now is kept in the backup folder first, so this can be undone."
        ).format(when=shown)
        if not ask(self, self.tr("Restore a backup"), question):
            return
        db_path, held = self.ctx.db_path, self.ctx.lock is not None
        self._start(
            lambda _store, _progress, _cancelled: restore_backup(path, db_path, lock_held=held),
            label=self.tr("Restoring the backup…"),
            done=self._restored,
            title=self.tr("The backup was not restored"),
        )

    def _restored(self, result: object) -> None:
        try:
            db = open_database(self.ctx.db_path, create=False)
        except StudyLogError as exc:
            refuse(self, self.tr("The restored database cannot be opened"), exc, self._lang())
            return
        self.ctx.replace_store(Store(db, path=self.ctx.db_path), self.ctx.db_path)
        self.reload()
        if isinstance(result, RestoreResult):
            self.restored.emit(result)
            text = (
                self.tr(
                    "The backup was restored. The database it replaced was kept as {path}."
                ).format(path=str(result.saved_copy.path))
                if result.saved_copy is not None
                else self.tr("The backup was restored.")
            )
            self.result_label.setText(text)
            inform(self, self.tr("Backup restored"), text)

    # -- running -------------------------------------------------------------------
    def _start(self, job: Job, *, label: str, done: Callable[[object], None], title: str) -> None:
        runner = start_job(db_path=self.ctx.db_path, job=job, label=label, parent=self)
        self.runner = runner
        self._enable()

        def finished(result: object) -> None:
            self.runner = None
            self._enable()
            done(result)

        def failed(error: object) -> None:
            self.runner = None
            self._enable()
            if isinstance(error, StudyLogError):
                refuse(self, title, error, self._lang())
            elif isinstance(error, BaseException):
                raise error

        runner.finished.connect(finished)
        runner.failed.connect(failed)
        runner.cancelled.connect(lambda: failed(None))
