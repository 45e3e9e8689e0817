"""Kế hoạch: the list of campaigns travels downward (SPEC §5.5), so that campaign codes match.

Above chi bộ the plan is written for the units below; below the province the
upper level's plan is imported: first checked (nothing written), then, once the
user has read what it changes and agreed, imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studylog.domain.enums import Level
from studylog.exchange.plan import PlanImport
from studylog.storage.units import home_unit
from ui.common.dialogs import ask, inform, warn
from ui.common.text import hint
from ui.context import AppContext
from ui.exchange.destination import documents_folder
from ui.exchange.jobs import export_plan_job, import_plan_job
from ui.exchange.running import run_job
from ui.worker import JobRunner

FILE_FILTER = "Excel (*.xlsx)"


class PlanPanel(QGroupBox):
    plan_written = Signal(object)  # Path
    plan_imported = Signal(object)  # PlanImport

    def __init__(
        self, ctx: AppContext, folder: Callable[[], Path | None], parent: QWidget | None = None
    ) -> None:
        """`folder` gives the folder chosen for the files sent (the plan is written there)."""
        super().__init__(parent)
        self.setTitle(self.tr("Plan of study campaigns"))
        self.ctx = ctx
        self.folder = folder
        self.runner: JobRunner | None = None
        self.path: Path | None = None

        self.import_hint = hint(
            self.tr(
                "When the upper level sends its plan (its list of campaigns), import it here:"
                " the campaigns are created or updated so that their codes match."
            )
        )
        self.import_button = QPushButton(self.tr("Import the upper level's &plan…"))
        self.import_button.clicked.connect(self.choose_plan)
        self.export_hint = hint(
            self.tr(
                "Write the plan (the campaigns and the units below) for the units below, in the"
                " folder chosen under “Save to”; they import it so that campaign codes match."
            )
        )
        self.export_button = QPushButton(self.tr("Write the plan for the uni&ts below"))
        self.export_button.clicked.connect(self.export_plan)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        for text, button in (
            (self.import_hint, self.import_button),
            (self.export_hint, self.export_button),
        ):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addWidget(text)
            layout.addLayout(row)
        layout.addWidget(self.summary)
        self.summary.hide()

    def show_level(self, level: Level) -> None:
        """A province has no plan above it; a chi bộ has no unit below it."""
        lower, upper = level is not Level.TINH, level is not Level.CHI_BO
        self.import_hint.setVisible(lower)
        self.import_button.setVisible(lower)
        self.export_hint.setVisible(upper)
        self.export_button.setVisible(upper)

    def busy(self) -> bool:
        return self.runner is not None and self.runner.running

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.show()

    # -- export --------------------------------------------------------------
    def export_plan(self) -> None:
        folder = self.folder()
        if self.busy():
            return
        if folder is None or not folder.is_dir():
            warn(
                self,
                self.tr("Write the plan"),
                self.tr(
                    "The folder {path} cannot be found; choose another one under “Save to”."
                ).format(path=str(folder or "")),
            )
            return
        self.runner = run_job(
            self,
            self.ctx,
            export_plan_job(folder),
            label=self.tr("Writing the plan…"),
            title=self.tr("Write the plan"),
            done=self._written,
        )

    def _written(self, path: object) -> None:
        assert isinstance(path, Path)
        self._say(
            self.tr(
                "The plan was written: {path}. Send it to the units below; once they have"
                " imported it, their campaign codes match yours."
            ).format(path=str(path))
        )
        self.plan_written.emit(path)

    # -- import --------------------------------------------------------------
    def choose_plan(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the plan sent by the upper level"),
            str(self.folder() or documents_folder()),
            FILE_FILTER,
        )
        if chosen:
            self.check_plan(Path(chosen))

    def check_plan(self, path: Path) -> None:
        """Check the plan without writing; the user then confirms what it changes."""
        if self.busy():
            return
        self.path = path
        self.runner = run_job(
            self,
            self.ctx,
            import_plan_job(path, dry_run=True),
            label=self.tr("Reading the plan…"),
            title=self.tr("Import the plan"),
            done=self._checked,
        )

    def _checked(self, result: object) -> None:
        assert isinstance(result, PlanImport)
        title = self.tr("Import the plan")
        text = self.describe(result)
        if not (result.added or result.updated or result.units_added or result.parent_set):
            inform(self, title, text + "\n\n" + self.tr("The plan brings nothing new."))
            self._say(text)
            return
        if ask(self, title, text + "\n\n" + self.tr("Import the plan now?")) and self.path:
            self.runner = run_job(
                self,
                self.ctx,
                import_plan_job(self.path, dry_run=False),
                label=self.tr("Importing the plan…"),
                title=title,
                done=self._imported,
            )

    def _imported(self, result: object) -> None:
        assert isinstance(result, PlanImport)
        self._say(self.describe(result, done=True))
        self.ctx.notify(result.changes)
        self.plan_imported.emit(result)

    def describe(self, result: PlanImport, *, done: bool = False) -> str:
        """What the plan changes (`done`: what it changed), in whole sentences."""
        n = {
            "issuer": result.issuer_code,
            "added": len(result.added),
            "updated": len(result.updated),
            "unchanged": len(result.unchanged),
        }
        if done:
            lines = [
                self.tr(
                    "Plan of {issuer}: {added} campaigns added, {updated} updated,"
                    " {unchanged} unchanged."
                ).format(**n)
            ]
        else:
            lines = [
                self.tr(
                    "Plan of {issuer}: {added} campaigns to add, {updated} to update,"
                    " {unchanged} unchanged."
                ).format(**n)
            ]
        if result.added:
            lines.append(self.tr("New: {codes}.").format(codes=", ".join(result.added)))
        if result.updated:
            lines.append(self.tr("Changed: {codes}.").format(codes=", ".join(result.updated)))
        if result.parent_set:
            unit = home_unit(self.ctx.store).name
            text = (
                self.tr("{issuer} is now the upper level of {unit}.")
                if done
                else self.tr("{issuer} becomes the upper level of {unit}.")
            )
            lines.append(text.format(issuer=result.issuer_code, unit=unit))
        if result.units_added:
            text = (
                self.tr("Units below registered: {codes}.")
                if done
                else self.tr("Units below to register: {codes}.")
            )
            lines.append(text.format(codes=", ".join(result.units_added)))
        return " ".join(lines)
