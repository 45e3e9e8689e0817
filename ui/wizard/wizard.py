"""The first-run wizard, shown when the database has no home unit yet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from studylog.errors import StudyLogError
from studylog.i18n import Lang, Message
from studylog.paths import resource
from studylog.storage import units
from studylog.storage.db import close_quietly, open_database
from studylog.storage.store import Store
from ui.common.buttons import label_wizard
from ui.common.dialogs import refuse, warn
from ui.common.unit_form import UnitDetails
from ui.wizard.pages import INTRO, UNIT, IntroPage, Mode, UnitPage
from ui.worker import Cancelled, JobRunner, Progress, start_job

DEMO_FILE = "studylog-demo.db"
DATABASE_FILTER = "StudyLog (*.db *.sqlite *.sqlite3)"


def _build_demo(store: Store, progress: Progress, cancelled: Cancelled) -> Message:
    # Imported here: the window imports this module at start, the demo is rarely built.
    from studylog.demo import build_demo

    progress(0, 0)
    return build_demo(store, scale="chi_bo", seed=1)


def has_unit(path: Path) -> bool:
    """Whether `path` is a StudyLog database with a home unit (refusals propagate)."""
    db = open_database(path, create=False)
    try:
        return units.has_home_unit(Store(db, path=path))
    finally:
        close_quietly(db)


class FirstRunWizard(QWizard):
    """Ends accepted with `chosen_path` naming the database to work on.

    `first_run=False` (a new or empty file opened from the File menu) asks only for
    the unit's details.
    """

    def __init__(
        self,
        store: Store,
        db_path: Path,
        *,
        lang: Lang = "vi",
        first_run: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.db_path = db_path
        self.lang = lang
        self.chosen_path = db_path
        self.runner: JobRunner | None = None
        self.setWindowTitle(self.tr("Set up StudyLog"))
        # The same look on every PC; Windows' Aero style hides "Back" in the title bar.
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        label_wizard(self)
        self.intro = IntroPage(db_path)
        self.unit_page = UnitPage()
        if first_run:
            self.setPage(INTRO, self.intro)
        self.setPage(UNIT, self.unit_page)
        self.setStartId(INTRO if first_run else UNIT)
        self.setPixmap(
            QWizard.WizardPixmap.LogoPixmap,
            QIcon(str(resource("icons", "studylog.png"))).pixmap(56, 56),
        )
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 115, metrics.height() * 32)

    @property
    def demo_path(self) -> Path:
        return self.db_path.parent / DEMO_FILE

    def leave_intro(self, mode: Mode) -> bool:
        if mode is Mode.SETUP:
            return True
        if mode is Mode.OPEN:
            return self._choose_existing()
        return self._open_demo()

    def save_unit(self, details: UnitDetails) -> bool:
        try:
            units.init_home(
                self.store,
                name=details.name,
                code=details.code,
                level=details.level,
                parent_name=details.parent_name,
                parent_code=details.parent_code,
                secretary=details.secretary,
                place=details.place,
            )
        except StudyLogError as exc:
            refuse(self, self.tr("The unit was not saved"), exc, self.lang)
            return False
        self.chosen_path = self.db_path
        return True

    def _choose_existing(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a StudyLog database"), str(self.db_path.parent), DATABASE_FILTER
        )
        if not name:
            return False
        path = Path(name)
        try:
            ready = has_unit(path)
        except StudyLogError as exc:
            refuse(self, self.tr("This file cannot be opened"), exc, self.lang)
            return False
        if not ready:
            warn(
                self,
                self.tr("No unit in this file"),
                self.tr(
                    "The file {path} has no unit set up yet. Choose “Set up my unit” instead."
                ).format(path=str(path)),
            )
            return False
        self.chosen_path = path
        return True

    def _open_demo(self) -> bool:
        path = self.demo_path
        try:
            if path.exists() and has_unit(path):
                self.chosen_path = path  # built before: reopen it, never build twice
                return True
        except StudyLogError as exc:
            refuse(self, self.tr("The demo database cannot be opened"), exc, self.lang)
            return False
        self.runner = start_job(
            db_path=path,
            job=_build_demo,
            label=self.tr("Building the demo database…"),
            parent=self,
            create=True,
        )
        self.runner.finished.connect(self._demo_built)
        self.runner.failed.connect(self._demo_failed)
        # Stay on the page; the wizard closes when the demo is ready (_demo_built).
        return False

    def _demo_built(self, _summary: object) -> None:
        self.runner = None
        self.chosen_path = self.demo_path
        self.accept()

    def _demo_failed(self, exc: object) -> None:
        self.runner = None
        if isinstance(exc, StudyLogError):
            refuse(self, self.tr("The demo database was not built"), exc, self.lang)
        elif isinstance(exc, BaseException):
            raise exc
