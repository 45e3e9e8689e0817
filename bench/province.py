"""The province dataset: a Tỉnh ủy database after five years, and 150 commune packages.

- `province.db`: Tỉnh ủy with 150 communes registered, the five years of campaigns,
  its own online conferences, and the accepted commune packages of every campaign
  except the measured one (drawn with `studylog.demo.upper`, stored exactly as
  consolidation stores them);
- `packages/`: for the measured campaign, one package per commune, each exported
  with `export_package` (signed with the commune's own key) from a commune
  database whose 40 chi bộ packages are drawn the same way. Consolidating them
  into (a copy of) `province.db` is the `consolidate` figure.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.commune import export_time, open_store
from bench.plans import BENCH_CAMPAIGN, PLANS, add_campaigns
from studylog.demo import build, names
from studylog.demo.upper import _store_package
from studylog.domain.enums import Level
from studylog.exchange.package_export import export_package
from studylog.storage import units
from studylog.storage.campaigns import campaign_by_code
from studylog.storage.db import open_database
from studylog.storage.store import Store
from studylog.storage.units import child_units

COMMUNES = 150
CHI_BO_PER_COMMUNE = 40
PROVINCE_CODE = "TU-TN"
PROVINCE_NAME = "Tỉnh ủy Tây Ninh"


def _share(code: str) -> float:
    """How many units below have reported: nearly all, fewer for the latest campaigns."""
    return {"NQ-45-NQ/TW": 0.9, "HNTW2-XIV": 0.45}.get(code, 0.96)


def build_province(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(path)
    try:
        with store.atomic():
            home = units.init_home(
                store,
                name=PROVINCE_NAME,
                code=PROVINCE_CODE,
                level=Level.TINH,
                secretary=names.full_name(rng, female=False),
                place="Tây Ninh",
            )
            plans = add_campaigns(store)
            for i in range(1, COMMUNES + 1):
                units.add_child(
                    store, name=f"Đảng ủy xã {i:03d}", code=f"XA-{i:03d}", level=Level.XA
                )
            children = child_units(store)
            for plan, campaign in plans:
                build._add_host_sessions(store, rng, campaign, plan, home.name)
                if plan.code == BENCH_CAMPAIGN:
                    continue
                for child in children:
                    if rng.random() < _share(plan.code):
                        _store_package(store, rng, child, campaign)
    finally:
        store.db.close()


def _commune(folder: Path, index: int, seed: int) -> Store:
    """A commune (in memory; its signing key in `folder`) with its chi bộ packages."""
    rng = random.Random(seed * 7919 + index)
    store = Store(open_database(":memory:"), path=folder / f"xa{index:03d}.db", actor="bench")
    with store.atomic():
        home = units.init_home(
            store,
            name=f"Đảng ủy xã {index:03d}",
            code=f"XA-{index:03d}",
            level=Level.XA,
            parent_name=PROVINCE_NAME,
            parent_code=PROVINCE_CODE,
            secretary=names.full_name(rng, female=False),
            place=rng.choice(names.PLACES),
        )
        plans = add_campaigns(store)
        for i in range(1, CHI_BO_PER_COMMUNE + 1):
            units.add_child(store, name=f"Chi bộ {i:02d}", code=f"CB-{i:02d}", level=Level.CHI_BO)
        children = child_units(store)
        for plan, campaign in plans:
            if plan.code != BENCH_CAMPAIGN:
                continue
            build._add_host_sessions(store, rng, campaign, plan, home.name)
            for child in children:
                if rng.random() < 0.97:
                    _store_package(store, rng, child, campaign)
    return store


def build_packages(out: Path, seed: int, log: Callable[[str], None]) -> None:
    """The 150 commune packages of the measured campaign, in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    keys = Path(tempfile.mkdtemp(prefix="studylog-bench-keys-"))
    campaign_plan = next(p for p in PLANS if p.code == BENCH_CAMPAIGN)
    try:
        for index in range(1, COMMUNES + 1):
            store = _commune(keys, index, seed)
            try:
                campaign = campaign_by_code(store, campaign_plan.code)
                export_package(
                    store,
                    campaign_code=campaign.code,
                    out=out,
                    now=export_time(random.Random(seed + index), campaign),
                )
            finally:
                store.db.close()
            if index % 50 == 0:
                log(f"  province: {index}/{COMMUNES} commune packages exported")
    finally:
        shutil.rmtree(keys, ignore_errors=True)
