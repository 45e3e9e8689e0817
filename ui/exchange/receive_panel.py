"""Nhận tệp từ cấp dưới: check the files of the units below, show what importing would do, import.

Files and folders are dropped on the page or chosen; a dry run (off the GUI
thread, hundreds of files with progress) fills the table before anything is
written. "Import" then runs the real consolidation. A unit whose signing key
changed is refused until the user explicitly accepts its new key.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studylog.exchange.consolidate import Consolidation, FileResult, Outcome, expand
from studylog.storage.changes import Changes
from studylog.storage.units import child_units
from ui.common.dialogs import ask
from ui.common.text import hint
from ui.context import AppContext
from ui.exchange import results_model as cols
from ui.exchange.destination import documents_folder
from ui.exchange.jobs import consolidate_job
from ui.exchange.labels import is_key_change, new_fingerprint
from ui.exchange.results_model import FileResultsModel
from ui.exchange.running import run_job
from ui.worker import JobRunner

FILE_FILTER = "Excel (*.xlsx)"


class ReceivePanel(QWidget):
    checked = Signal(object)  # the dry run's Consolidation
    imported = Signal(object)  # the import's Consolidation

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[Path] = []
        self.accepted_keys: set[str] = set()
        self.result: Consolidation | None = None
        self.runner: JobRunner | None = None

        intro = hint(
            self.tr(
                "Drag the Excel files (or whole folders) sent by the units below onto this page,"
                " or choose them. StudyLog first checks them and shows what importing would do;"
                " nothing is written until you press Import."
            )
        )
        self.files_button = QPushButton(self.tr("Choose f&iles…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.clear_button = QPushButton(self.tr("C&lear the list"))
        self.clear_button.clicked.connect(self.clear)

        self.model = FileResultsModel("en" if ctx.lang == "en" else "vi", self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # A reason is read in full, not guessed from "…": rows grow to their wrapped text.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setAccessibleName(self.tr("Files from the units below"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(cols.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.import_files)
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self.accept_key)

        choose = QHBoxLayout()
        for button in (self.files_button, self.folder_button, self.clear_button):
            choose.addWidget(button)
        choose.addStretch(1)
        act = QHBoxLayout()
        act.addWidget(self.import_button)
        act.addWidget(self.key_button)
        act.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(act)
        self._show()

    # -- files ---------------------------------------------------------------
    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the files from the units below"), str(self._start()), FILE_FILTER
        )
        if chosen:
            self.add_files(Path(p) for p in chosen)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder with the files"), str(self._start())
        )
        if chosen:
            self.add_files([Path(chosen)])

    def _start(self) -> Path:
        return self.paths[-1].parent if self.paths else documents_folder()

    def add_files(self, paths: Iterable[Path]) -> None:
        """Add files or folders (a folder stands for its .xlsx files) and check them all."""
        if self.result is not None and not self.result.dry_run:
            self.paths, self.accepted_keys = [], set()  # a new batch after an import
        known = set(self.paths)
        for path in expand(list(paths)):
            if path not in known:
                self.paths.append(path)
                known.add(path)
        self.check()

    def clear(self) -> None:
        self.paths, self.accepted_keys, self.result = [], set(), None
        self._show()

    # -- jobs ----------------------------------------------------------------
    def busy(self) -> bool:
        return self.runner is not None and self.runner.running

    def check(self) -> None:
        """The dry run: what importing would do, file by file; writes nothing."""
        if not self.paths or self.busy():
            self._show()
            return
        self.runner = run_job(
            self,
            self.ctx,
            consolidate_job(self.paths, dry_run=True, accept_new_keys=self.accepted_keys),
            label=self.tr("Checking {count} files…").format(count=len(self.paths)),
            title=self.tr("Check the files"),
            done=self._checked,
            stopped=self._show,
            failed=self._show,
        )

    def _checked(self, result: object) -> None:
        assert isinstance(result, Consolidation)
        if [f.file for f in result.files] != [str(p) for p in self.paths]:
            self.check()  # files were added while the check ran: check the whole list
            return
        self.result = result
        self._show()
        self.checked.emit(result)

    def import_files(self) -> None:
        if not self._would_write() or self.busy():
            return
        self.runner = run_job(
            self,
            self.ctx,
            consolidate_job(self.paths, dry_run=False, accept_new_keys=self.accepted_keys),
            label=self.tr("Importing {count} files…").format(count=len(self.paths)),
            title=self.tr("Import the files"),
            done=self._imported,
            stopped=self._interrupted,
            failed=self._import_failed,
        )

    def _imported(self, result: object) -> None:
        assert isinstance(result, Consolidation)
        self.result = result
        self._show()
        self.ctx.notify(result.changes)
        self.imported.emit(result)

    def _interrupted(self) -> None:
        """Files imported before the stop stay imported (one transaction each): check again."""
        self.ctx.notify(Changes(packages=True, units=True))
        self.result = None
        self.check()

    def _import_failed(self) -> None:
        self.ctx.notify(Changes(packages=True, units=True))
        self.result = None
        self._show()

    # -- keys ----------------------------------------------------------------
    def _key_row(self) -> FileResult | None:
        """The selected refused-for-a-new-key file, else the first such file."""
        selected = self.model.result(self.table.currentIndex().row())
        if selected is not None and is_key_change(selected):
            return selected
        return next((r for r in self.model.records() if is_key_change(r)), None)

    def accept_key(self) -> None:
        row = self._key_row()
        if row is None or self.busy():
            return
        question = self.tr(
            "Accept the new signing key of {unit}?\n\nDo this only when the secretary of {unit}"
            " has told you, by telephone or in person, that StudyLog was reinstalled and that"
            " the fingerprint of the new key is {fingerprint}. The acceptance is recorded."
        ).format(unit=row.unit_code, fingerprint=new_fingerprint(row))
        if ask(self, self.tr("Accept a new signing key"), question):
            self.accepted_keys.add(row.unit_code)
            self.check()

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_key_button()

    # -- display -------------------------------------------------------------
    def _would_write(self) -> bool:
        result = self.result
        return (
            result is not None
            and result.dry_run
            and any(f.result in (Outcome.NEW, Outcome.REPLACED) for f in result.files)
        )

    def _show(self) -> None:
        result = self.result
        names = {u.code: u.name for u in child_units(self.ctx.store)}
        self.model.set_results(result.files if result is not None else (), names)
        self.import_button.setEnabled(self._would_write())
        self.clear_button.setEnabled(bool(self.paths))
        self.status.setText(self._status_text())
        self._show_key_button()

    def _show_key_button(self) -> None:
        row = self._key_row() if self.result is not None and self.result.dry_run else None
        self.key_button.setVisible(row is not None)
        if row is not None:
            self.key_button.setText(
                self.tr("&Accept the new key of {unit}…").format(unit=row.unit_code)
            )

    def _status_text(self) -> str:
        result = self.result
        if result is None:
            return self.tr("No file chosen yet.")
        counts = {o: sum(1 for f in result.files if f.result is o) for o in Outcome}
        summary = self.tr(
            "{new} new, {replaced} replacing earlier files, {unchanged} already imported,"
            " {older} older, {rejected} refused."
        ).format(
            new=counts[Outcome.NEW],
            replaced=counts[Outcome.REPLACED],
            unchanged=counts[Outcome.UNCHANGED],
            older=counts[Outcome.OLDER],
            rejected=counts[Outcome.REJECTED],
        )
        if not result.dry_run:
            return self.tr("Imported {count} files: {summary}").format(
                count=len(result.files), summary=summary
            )
        if self._would_write():
            return self.tr(
                "Checked {count} files: {summary} Nothing is written yet: press Import."
            ).format(count=len(result.files), summary=summary)
        return self.tr("Checked {count} files: {summary} There is nothing to import.").format(
            count=len(result.files), summary=summary
        )
