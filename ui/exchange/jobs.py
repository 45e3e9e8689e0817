"""The page's slow work, as jobs for ui.worker: each runs on its own thread and own Store.

Nothing here touches a widget; each job returns plain results that the page shows.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from studylog.domain.aggregate import from_figures
from studylog.domain.enums import Level
from studylog.exchange.consolidate import Consolidation, consolidate
from studylog.exchange.mail import Draft
from studylog.exchange.package_export import Exported, export_package, file_name
from studylog.exchange.plan import PlanImport, export_plan, import_plan
from studylog.stats import figures_for
from studylog.storage import campaigns
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.upper import upper_figures
from ui.worker import Cancelled, Job, Progress


class Stopped(Exception):
    """The user cancelled; the files already handled keep their own transaction."""


@dataclass(frozen=True)
class ExportDone:
    exported: Exported
    draft: Draft


def draft_for(store: Store, exported: Exported) -> Draft:
    """What the e-mail says about the package just written (figures as of its day)."""
    home = home_unit(store)
    campaign = campaigns.campaign_by_code(store, exported.campaign_code)
    day = datetime.fromisoformat(exported.generated_at).date()
    reported = ""
    if home.level is Level.CHI_BO:
        figures = from_figures(figures_for(store, campaign, today=day))
    else:
        upper = upper_figures(store, campaign, today=day)
        figures = upper.total
        reported = upper.completeness.summary.render("vi")
    return Draft(
        package=exported.path,
        unit_name=home.name,
        upper_name=home.parent_name,
        campaign_code=campaign.code,
        campaign_title=campaign.title,
        figures=figures,
        sequence=exported.sequence,
        made_on=day,
        secretary=home.secretary,
        reported=reported,
    )


def export_job(campaign_code: str, folder: Path) -> Job:
    def job(store: Store, progress: Progress, cancelled: Cancelled) -> ExportDone:
        exported = export_package(store, campaign_code=campaign_code, out=folder)
        return ExportDone(exported, draft_for(store, exported))

    return job


def consolidate_job(
    paths: Sequence[Path], *, dry_run: bool, accept_new_keys: Collection[str] = ()
) -> Job:
    def job(store: Store, progress: Progress, cancelled: Cancelled) -> Consolidation:
        def report(done: int, total: int) -> None:
            progress(done, total)
            if cancelled() and done < total:
                raise Stopped

        return consolidate(
            store,
            list(paths),
            dry_run=dry_run,
            accept_new_keys=set(accept_new_keys),
            progress=report,
        )

    return job


def plan_file(unit_code: str, day: date) -> str:
    """`<unit code>_ke-hoach_<yyyymmdd>.xlsx`, named like the packages."""
    return file_name(unit_code, "ke-hoach", day)


def export_plan_job(folder: Path) -> Job:
    def job(store: Store, progress: Progress, cancelled: Cancelled) -> Path:
        target = folder / plan_file(home_unit(store).code, date.today())
        return export_plan(store, out=target)

    return job


def import_plan_job(path: Path, *, dry_run: bool) -> Job:
    def job(store: Store, progress: Progress, cancelled: Cancelled) -> PlanImport:
        return import_plan(store, path, dry_run=dry_run)

    return job
