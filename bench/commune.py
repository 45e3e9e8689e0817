"""The commune dataset: 40 chi bộ with member-level data, and their Đảng ủy xã.

Each chi bộ is a real StudyLog database (roster, sessions, attendance, make-up,
essays for the five years of campaigns, drawn by `studylog.demo`), exports its
package for every campaign through `export_package`, and the commune consolidates
the 40 × 20 files with `consolidate`: the commune database is what a commune
office has after five years. The chi bộ databases themselves are not kept.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime, time, timedelta
from pathlib import Path

from bench.plans import PLANS, add_campaigns
from studylog.demo import build, names, study
from studylog.demo.upper import VIETNAM
from studylog.domain.enums import Level
from studylog.domain.models import Campaign
from studylog.exchange.consolidate import Outcome, consolidate
from studylog.exchange.package_export import export_package
from studylog.storage import campaigns, units
from studylog.storage.db import open_database
from studylog.storage.store import Store

CHI_BO = 40
MEMBERS = 2_000
COMMUNE_CODE = "DU-ANBINH"
COMMUNE_NAME = "Đảng ủy xã An Bình"
PLACE = "Xã An Bình"


def open_store(path: Path) -> Store:
    return Store(open_database(path), path=path, actor="bench")


def roster_sizes(rng: random.Random) -> list[int]:
    """40 chi bộ of 30–70 members, 2,000 in all."""
    sizes = [rng.randint(30, 70) for _ in range(CHI_BO)]
    while sum(sizes) != MEMBERS:
        i = rng.randrange(CHI_BO)
        step = 1 if sum(sizes) < MEMBERS else -1
        if 30 <= sizes[i] + step <= 70:
            sizes[i] += step
    return sizes


def export_time(rng: random.Random, campaign: Campaign) -> datetime:
    """When the package was made: mostly before the report deadline, some late."""
    deadline = campaign.report_deadline
    assert deadline is not None
    shift = rng.randint(1, 6) if rng.random() < 0.08 else -rng.randint(0, 10)
    return datetime.combine(deadline + timedelta(days=shift), time(16, 0), VIETNAM)


def build_chi_bo(path: Path, index: int, members: int, seed: int) -> Store:
    rng = random.Random(seed * 1000 + index)
    store = open_store(path)
    with store.atomic():
        home = units.init_home(
            store,
            name=f"Chi bộ {rng.choice(names.STREETS)} {index:02d}",
            code=f"CB-{index:02d}",
            level=Level.CHI_BO,
            parent_name=COMMUNE_NAME,
            parent_code=COMMUNE_CODE,
            secretary=names.full_name(rng, female=rng.random() < 0.4),
            place=PLACE,
        )
        plans = add_campaigns(store)
        roster = build._add_members(store, rng, home.uid, members)
        for plan, campaign in plans:
            study.add_study(store, rng, campaign, plan, roster, point=f"Hội trường {home.name}")
    return store


def build_commune(path: Path, seed: int, log: Callable[[str], None]) -> None:
    """The commune database at `path`, with the 40 × 20 chi bộ packages consolidated."""
    rng = random.Random(seed)
    commune = open_store(path)
    with commune.atomic():
        home = units.init_home(
            commune,
            name=COMMUNE_NAME,
            code=COMMUNE_CODE,
            level=Level.XA,
            parent_name="Tỉnh ủy Tây Ninh",
            parent_code="TU-TN",
            secretary=names.full_name(rng, female=False),
            place=PLACE,
        )
        plans = add_campaigns(commune)
        for i in range(1, CHI_BO + 1):
            units.add_child(commune, name=f"Chi bộ {i:02d}", code=f"CB-{i:02d}", level=Level.CHI_BO)
        for plan, campaign in plans:
            build._add_host_sessions(commune, rng, campaign, plan, home.name)
    work = Path(tempfile.mkdtemp(prefix="studylog-bench-chibo-"))
    try:
        files: dict[str, list[Path]] = {plan.code: [] for plan in PLANS}
        for index, size in enumerate(roster_sizes(rng), start=1):
            folder = work / f"cb{index:02d}"
            folder.mkdir()
            store = build_chi_bo(folder / "chibo.db", index, size, seed)
            try:
                for plan, campaign in zip(PLANS, _campaigns(store), strict=True):
                    exported = export_package(
                        store,
                        campaign_code=plan.code,
                        out=folder,
                        now=export_time(rng, campaign),
                    )
                    files[plan.code].append(exported.path)
            finally:
                store.db.close()
            if index % 10 == 0:
                log(f"  commune: {index}/{CHI_BO} chi bộ built and exported")
        for plan in PLANS:
            result = consolidate(commune, files[plan.code])
            refused = [f for f in result.files if f.result is Outcome.REJECTED]
            if refused:
                raise RuntimeError(f"the commune refused a chi bộ package: {refused[0]}")
    finally:
        commune.db.close()
        shutil.rmtree(work, ignore_errors=True)


def _campaigns(store: Store) -> list[Campaign]:
    by_code = {c.code: c for c in campaigns.list_campaigns(store)}
    return [by_code[plan.code] for plan in PLANS]


def build_big_chi_bo(path: Path, seed: int) -> None:
    """One chi bộ database with 2,000 members (a big đảng bộ cơ sở's check-in list)."""
    store = build_chi_bo(path, 0, MEMBERS, seed)
    store.db.close()
