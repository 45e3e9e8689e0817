"""Demo data above chi bộ: the packages the units below would have sent (scales xa and tinh).

Each child's aggregate is drawn directly with the seeded generator (no child
database is built, so the province's 150 communes take a fraction of a second)
and stored exactly as consolidation stores an accepted package, with the real
`data_sha256` of its records. Most units report, a few late, some not at all,
and the latest campaign is still coming in.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, time, timedelta, timezone

from studylog import __version__
from studylog.demo import names
from studylog.domain.aggregate import Aggregate
from studylog.domain.enums import AttendanceStatus, Level
from studylog.domain.essays import scale_labels
from studylog.domain.models import Campaign, Unit
from studylog.exchange import package_data as pd
from studylog.storage import packages
from studylog.storage.store import Store
from studylog.storage.units import child_units

VIETNAM = timezone(timedelta(hours=7))
# Share of the units below that have reported, campaign by campaign (oldest first).
REPORTED_SHARE = (0.96, 0.9, 0.45)
LATE_SHARE = 0.08


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _split(rng: random.Random, total: int, weights: list[int]) -> list[int]:
    """`total` spread over the weights, summing exactly to `total`."""
    parts = [int(total * w / sum(weights)) for w in weights]
    for _ in range(total - sum(parts)):
        parts[rng.randrange(len(parts))] += 1
    return parts


def child_aggregate(rng: random.Random, level: Level, campaign: Campaign) -> Aggregate:
    """Plausible figures of one chi bộ (or, ×~30, of one commune) for a campaign."""
    big = level is not Level.CHI_BO
    members = rng.randint(500, 3000) if big else rng.randint(12, 90)
    du_bi = round(members * rng.uniform(0.02, 0.08))
    exempt = round(members * rng.uniform(0.03, 0.12))
    required = members - exempt
    absent = min(required, round(required * rng.uniform(0.0, 0.08)))
    attended = required - absent
    made_up = round(absent * rng.uniform(0.3, 0.9))
    studied = attended + made_up
    essays = studied if campaign.essays_required else 0
    submitted = round(essays * rng.uniform(0.75, 1.0))
    labels = list(scale_labels(campaign)) or ["8"]
    graded = _split(rng, round(submitted * 0.9), [35, 45, 18, 2][: len(labels)] or [1])
    scale = 30 if big else 1
    return Aggregate(
        members_total=members,
        chinh_thuc=members - du_bi,
        du_bi=du_bi,
        exempt=exempt,
        required=required,
        attended=attended,
        made_up=made_up,
        exempt_attended=rng.randint(0, exempt // 2),
        sessions=rng.randint(25, 60) if big else rng.randint(1, 2),
        makeup_sessions=rng.randint(3, 12) if big else int(absent > 0),
        connection_points=rng.randint(20, 60) if big else 1,
        guests_can_bo_cong_chuc_vien_chuc=rng.randint(0, 6) * scale,
        guests_doan_vien_hoi_vien=rng.randint(2, 15) * scale,
        guests_quan_chung=rng.randint(5, 40) * scale,
        guests_khac=rng.randint(0, 3) * scale,
        essays_required=essays,
        essays_submitted=submitted,
        essays_late=round(submitted * rng.uniform(0.0, 0.08)),
        grades={label: n for label, n in zip(labels, graded, strict=False) if n},
    )


def _absentees(rng: random.Random, agg: Aggregate) -> list[pd.Record]:
    absent = agg.required - agg.attended
    out = []
    for i in range(absent):
        excused = rng.random() < 0.7
        out.append(
            pd.make(
                pd.ABSENTEE,
                name=names.full_name(rng, female=rng.random() < 0.42),
                status=(AttendanceStatus.VANG_CO_LY_DO if excused else AttendanceStatus.VANG).value,
                reason=rng.choice(names.ABSENCE_REASONS) if excused else "",
                made_up=int(i < agg.made_up),
            )
        )
    return out


def _generated_at(rng: random.Random, campaign: Campaign) -> str:
    deadline = campaign.report_deadline or campaign.deadline or datetime.now(UTC).date()
    shift = rng.randint(1, 9) if rng.random() < LATE_SHARE else -rng.randint(0, 12)
    when = datetime.combine(deadline + timedelta(days=shift), time(15, 30), VIETNAM)
    return when.isoformat()


def _store_package(store: Store, rng: random.Random, child: Unit, campaign: Campaign) -> None:
    agg = child_aggregate(rng, child.level, campaign)
    records = pd.aggregate_records(agg)
    if child.level is Level.CHI_BO:
        records += _absentees(rng, agg)
    sequence = 2 if rng.random() < 0.1 else 1
    packages.put_package(
        store,
        {
            "uid": _uid(rng),
            "unit_uid": child.uid,
            "campaign_uid": campaign.uid,
            "sequence": sequence,
            "supersedes": _uid(rng) if sequence > 1 else "",
            "generated_at": _generated_at(rng, campaign),
            "data_sha256": pd.data_sha256(records),
            "format_version": pd.FORMAT_VERSION,
            "app_version": __version__,
            "unit_code": child.code,
            "unit_name": child.name,
            "unit_level": child.level.value,
            "public_key": "",
        },
        agg,
        [(r.kind, r.values) for r in records],
    )


def add_child_packages(store: Store, rng: random.Random, campaigns: list[Campaign]) -> int:
    """Accepted packages for most units below, campaign by campaign; returns how many."""
    children = child_units(store)
    stored = 0
    ordered = sorted(campaigns, key=lambda c: (c.start_date is None, c.start_date))
    for index, campaign in enumerate(ordered):
        share = REPORTED_SHARE[min(index, len(REPORTED_SHARE) - 1)]
        for child in children:
            if rng.random() < share:
                _store_package(store, rng, child, campaign)
                stored += 1
    return stored
