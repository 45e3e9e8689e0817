"""Báo cáo: the campaign report (PDF and Word) with its preview, and sign-in sheets.

The form (report_form.py) holds what the secretary decides; this page runs the
slow parts on a worker thread (jobs.py, ui/worker.py) — the preview, the files —
and says where each file went. The number is used up only once a file has been
written, as `studylog report` does.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QThread
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QApplication, QSplitter, QVBoxLayout, QWidget

from studylog.errors import StudyLogError
from studylog.storage import sessions, units
from studylog.storage.changes import Changes
from ui.common.dialogs import refuse
from ui.common.text import heading, hint
from ui.context import AppContext
from ui.members.fields import page_shortcut
from ui.reports import files
from ui.reports.jobs import (
    DOCX,
    PDF,
    PreviewData,
    SavedReport,
    SavedSheet,
    preview_job,
    report_job,
    sign_in_job,
)
from ui.reports.page_source import Backend, PageSource, choose_backend
from ui.reports.preview import PreviewPane
from ui.reports.report_form import ReportForm
from ui.reports.saved_box import SavedBox
from ui.reports.sign_in_box import SignInBox
from ui.worker import Job, JobRunner, start_job

RELEVANT = (
    "units",
    "members",
    "campaigns",
    "sessions",
    "points",
    "attendance",
    "makeups",
    "essays",
    "settings",
)
FORM_SHARE = 40  # per cent of the width, at first; the splitter can be dragged


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backend = choose_backend()
        self.runners: list[JobRunner] = []
        self.preview_runner: JobRunner | None = None
        self.saved_box: SavedBox | None = None
        self._stale = True
        self._writing = False  # our own change, coming back through ctx.changed
        self._preview_again = False

        self.form = ReportForm(ctx)
        self.form.campaign_changed.connect(self._campaign_changed)
        self.form.edited.connect(lambda: self.preview.set_stale())
        self.form.changed.connect(self._notify)
        self.form.pdf_button.clicked.connect(lambda: self.save_report(PDF))
        self.form.word_button.clicked.connect(lambda: self.save_report(DOCX))
        self.sign_in = SignInBox()
        self.sign_in.print_requested.connect(self.save_sign_in)
        self.preview = PreviewPane()
        self.preview.refresh_requested.connect(self.refresh_preview)
        self.empty = hint(self.tr("No study campaign yet. Add one under Study campaigns (Ctrl+3)."))

        page_shortcut(self, "F5", self.refresh_preview)
        page_shortcut(self, "Ctrl+PgDown", lambda: self.preview.turn(1))
        page_shortcut(self, "Ctrl+PgUp", lambda: self.preview.turn(-1))
        for keys in ("Ctrl++", "Ctrl+="):
            page_shortcut(self, keys, lambda: self.preview.zoom_by(1))
        page_shortcut(self, "Ctrl+-", lambda: self.preview.zoom_by(-1))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty)
        left_layout.addWidget(self.form, 1)
        left_layout.addWidget(self.sign_in)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        # The paper gets the larger share: it is what the secretary reads.
        splitter.setSizes([FORM_SHARE, 100 - FORM_SHARE])
        title = heading(self.tr("Reports"))
        # A wrapping title would make the window's scroll area size the page by its
        # preferred height (height-for-width), taller than the screen; it is short.
        title.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        order = (
            *self.form.focus_order(),
            self.sign_in.sessions,
            self.sign_in.print_button,
            self.preview.refresh_button,
            self.preview.zoom,
            self.preview.scroll,
            self.preview.previous_button,
            self.preview.next_button,
        )
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.form.campaign)
        # If the window goes while a job runs, its thread must end before it is deleted.
        runners = self.runners
        self.destroyed.connect(lambda *_args: _wait_for(runners))

    # -- loading ---------------------------------------------------------------------
    def refresh(self, changes: Changes) -> None:
        if self._writing:
            return
        if any(getattr(changes, flag) for flag in RELEVANT):
            self._stale = True
            if self.isVisible():
                self.reload()

    def activate(self) -> None:
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        self.form.reload()  # → campaign_changed

    def _campaign_changed(self) -> None:
        campaign = self.form.current()
        self.empty.setVisible(campaign is None)
        self.sign_in.setEnabled(campaign is not None)
        found = sessions.list_sessions(self.ctx.store, campaign.uid) if campaign else []
        self.sign_in.set_sessions(found)
        if campaign is None:
            self.preview.show_message(self.tr("Choose a campaign to see its report."))
        else:
            self.refresh_preview()

    def _notify(self, changes: Changes) -> None:
        self._writing = True
        try:
            self.ctx.notify(changes)
        finally:
            self._writing = False

    def hideEvent(self, event: QHideEvent) -> None:
        self.form.save_text()  # leaving the page, or closing the window
        super().hideEvent(event)

    # -- jobs ------------------------------------------------------------------------------
    def _start(self, job: Job, label: str) -> JobRunner:
        runner = start_job(db_path=self.ctx.db_path, job=job, label=label, parent=self)
        self.runners.append(runner)
        for signal in (runner.finished, runner.failed, runner.cancelled):
            signal.connect(lambda *_args, r=runner: self._forget(r))
        return runner

    def _forget(self, runner: JobRunner) -> None:
        if runner in self.runners:
            self.runners.remove(runner)

    def settle(self, timeout_ms: int = 60_000) -> bool:
        """Wait until every job has ended and its result is shown (screenshots, tests)."""
        clock = QElapsedTimer()
        clock.start()
        while self.runners and not clock.hasExpired(timeout_ms):
            QApplication.processEvents()
            QThread.msleep(5)
        QApplication.processEvents()
        return not self.runners

    def _set_busy(self, busy: bool) -> None:
        for button in (self.form.pdf_button, self.form.word_button, self.sign_in.print_button):
            button.setEnabled(not busy)

    def refresh_preview(self) -> None:
        campaign = self.form.current()
        if campaign is None:
            return
        if self.preview_runner is not None:
            self._preview_again = True  # one more once this one is done, with the newest text
            return
        self.preview.show_busy()
        rasterise = self.backend is Backend.PDFTOPPM
        runner = self._start(
            preview_job(self.form.request(campaign), rasterise=rasterise),
            self.tr("Preparing the preview…"),
        )
        runner.finished.connect(self._preview_ready)
        runner.failed.connect(self._preview_failed)
        runner.cancelled.connect(self._preview_done)
        self.preview_runner = runner

    def _preview_done(self) -> bool:
        """Whether the result just in is the one to show (no newer one was asked for)."""
        self.preview_runner = None
        if self._preview_again:
            self._preview_again = False
            self.refresh_preview()
            return False
        return True

    def _preview_ready(self, data: object) -> None:
        assert isinstance(data, PreviewData)
        if self._preview_done():
            self.preview.show_pages(PageSource(data, self.backend, self.preview))

    def _preview_failed(self, error: object) -> None:
        if not self._preview_done():
            return
        if not isinstance(error, StudyLogError):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self.preview.show_message(
            self.tr("The preview could not be prepared: {error}").format(
                error=error.render(self.ctx.lang)
            )
        )

    def save_report(self, suffix: str) -> None:
        campaign = self.form.current()
        if campaign is None:
            return
        self.form.save_text()
        unit = units.home_unit(self.ctx.store)
        kind = self.tr("PDF files (*.pdf)") if suffix == PDF else self.tr("Word files (*.docx)")
        path = files.ask_save_path(
            self,
            title=self.tr("Save the report"),
            name=files.report_name(unit.code, campaign.code, suffix),
            filter_text=kind,
            suffix=suffix,
        )
        if path is None:
            return
        self._set_busy(True)
        runner = self._start(
            report_job(self.form.request(campaign), path), self.tr("Saving the report…")
        )
        runner.finished.connect(self._report_saved)
        runner.failed.connect(self._failed)
        # Too late to stop a file once it is being written: show what became of the number.
        runner.cancelled.connect(self._after_report)

    def _after_report(self) -> None:
        self._set_busy(False)
        self.form.number_used()

    def _report_saved(self, saved: object) -> None:
        assert isinstance(saved, SavedReport)
        self._after_report()
        self._show_saved(
            self.tr("Report saved"),
            self.tr("The report {number} was saved.").format(number=saved.number_text),
            saved.path,
            open_file_first=False,
        )

    def save_sign_in(self) -> None:
        session = self.sign_in.session()
        if session is None:
            return
        unit = units.home_unit(self.ctx.store)
        path = files.ask_save_path(
            self,
            title=self.tr("Save the sign-in sheet"),
            name=files.sheet_name(unit.code, session.date, makeup=session.is_makeup),
            filter_text=self.tr("PDF files (*.pdf)"),
            suffix=PDF,
        )
        if path is None:
            return
        self._set_busy(True)
        runner = self._start(sign_in_job(session.uid, path), self.tr("Saving the sign-in sheet…"))
        runner.finished.connect(self._sheet_saved)
        runner.failed.connect(self._failed)
        runner.cancelled.connect(lambda: self._set_busy(False))

    def _sheet_saved(self, saved: object) -> None:
        assert isinstance(saved, SavedSheet)
        self._set_busy(False)
        self._show_saved(
            self.tr("Sign-in sheet saved"),
            self.tr(
                "The sign-in sheet was saved: {expected} members must attend, {exempt} are exempt."
            ).format(expected=saved.expected, exempt=saved.exempt),
            saved.path,
            open_file_first=True,
        )

    def _failed(self, error: object) -> None:
        self._set_busy(False)
        if not isinstance(error, StudyLogError):
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        refuse(self, self.tr("The file was not saved"), error, self.ctx.lang)

    def _show_saved(self, title: str, text: str, path: Path, *, open_file_first: bool) -> None:
        if self.saved_box is not None:
            self.saved_box.deleteLater()
        self.saved_box = SavedBox(
            self, title=title, text=text, path=path, open_file_first=open_file_first
        )
        self.saved_box.open()


def _wait_for(runners: list[JobRunner]) -> None:
    for runner in list(runners):
        runner.wait()
