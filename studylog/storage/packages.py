"""Packages: those this unit exported, those accepted from below, the file log, trusted keys.

Only the latest accepted package per child unit and campaign is kept, with its
aggregate figures as columns (so the upper level's totals are plain sums) and its
`_data` records as JSON. Uids derived from the package uid keep the content the
same whatever order the same files were consolidated in.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from studylog.domain.aggregate import Aggregate, from_counts
from studylog.domain.models import new_uid
from studylog.storage.store import Row, Store

_NAMESPACE = uuid.UUID("5b0d7a52-6c2e-4d0b-9a51-0f3f1c7f2a10")


def derived_uid(*parts: str) -> str:
    """A UUID that is the same on every import of the same package."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))


@dataclass(frozen=True)
class Accepted:
    """The package currently accepted for one child unit and campaign."""

    uid: str
    unit_uid: str
    campaign_uid: str
    sequence: int
    generated_at: str
    data_sha256: str
    unit_code: str
    unit_name: str
    unit_level: str
    public_key: str
    aggregate: Aggregate


def _accepted(row: Row) -> Accepted:
    return Accepted(
        uid=row["uid"],
        unit_uid=row["unit_uid"],
        campaign_uid=row["campaign_uid"],
        sequence=int(row["sequence"]),
        generated_at=row["generated_at"],
        data_sha256=row["data_sha256"],
        unit_code=row["unit_code"],
        unit_name=row["unit_name"],
        unit_level=row["unit_level"],
        public_key=row["public_key"],
        aggregate=from_counts(row, json.loads(row["grades"] or "{}")),
    )


def current(store: Store, *, unit_uid: str, campaign_uid: str) -> Accepted | None:
    row = store.one(
        "SELECT * FROM packages WHERE unit_uid = ? AND campaign_uid = ?", [unit_uid, campaign_uid]
    )
    return None if row is None else _accepted(row)


def accepted_for_campaign(store: Store, campaign_uid: str) -> dict[str, Accepted]:
    """Accepted packages of a campaign by child unit uid."""
    rows = store.all("SELECT * FROM packages WHERE campaign_uid = ?", [campaign_uid])
    return {row["unit_uid"]: _accepted(row) for row in rows}


def put_package(
    store: Store,
    row: Row,
    aggregate: Aggregate,
    records: Sequence[tuple[str, Mapping[str, object]]],
) -> None:
    """Store an accepted package in place of the unit's previous one for the campaign.

    `row` holds the identifying columns (uid, unit_uid, campaign_uid, sequence, …);
    the caller runs this inside its transaction.
    """
    old = current(store, unit_uid=row["unit_uid"], campaign_uid=row["campaign_uid"])
    if old is not None:
        # The records go with it (ON DELETE CASCADE); the audit keeps the old row.
        store.delete("packages", old.uid)
    full = {
        **row,
        **aggregate.counts(),
        "grades": json.dumps(aggregate.grades, ensure_ascii=False, sort_keys=True),
    }
    store.insert("packages", full)
    store.insert_many(
        "package_records",
        [
            {
                "uid": derived_uid(row["uid"], str(position)),
                "package_uid": row["uid"],
                "position": position,
                "kind": kind,
                "data": json.dumps(dict(values), ensure_ascii=False, sort_keys=True),
            }
            for position, (kind, values) in enumerate(records, start=1)
        ],
    )


def records_of(store: Store, package_uid: str, kind: str | None = None) -> list[Row]:
    """The stored records of a package, each as its fields (JSON decoded) plus `kind`."""
    sql = "SELECT kind, data FROM package_records WHERE package_uid = ?"
    params: list[object] = [package_uid]
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    rows = store.all(sql + " ORDER BY position", params)
    return [{"kind": r["kind"], **json.loads(r["data"])} for r in rows]


def records_by_package(
    store: Store, package_uids: Sequence[str], kind: str
) -> dict[str, list[Row]]:
    """The stored records of one kind of several packages (as `records_of`), by package.

    One query for all of them: a province reading its 150 communes' packages one
    query at a time spent more in the round trips than in the reading.
    """
    out: dict[str, list[Row]] = {uid: [] for uid in package_uids}
    for start in range(0, len(package_uids), 500):
        chunk = list(package_uids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        rows = store.all(
            "SELECT package_uid, kind, data FROM package_records"
            f" WHERE kind = ? AND package_uid IN ({marks}) ORDER BY package_uid, position",
            [kind, *chunk],
        )
        for r in rows:
            out[r["package_uid"]].append({"kind": r["kind"], **json.loads(r["data"])})
    return out


def log_file(
    store: Store,
    *,
    file_name: str,
    file_sha256: str,
    result: str,
    unit_code: str = "",
    campaign_code: str = "",
    package_uid: str = "",
    reason: str = "",
    warnings: str = "",
) -> None:
    store.insert(
        "package_log",
        {
            "uid": new_uid(),
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "file_name": file_name,
            "file_sha256": file_sha256,
            "result": result,
            "unit_code": unit_code,
            "campaign_code": campaign_code,
            "package_uid": package_uid,
            "reason": reason,
            "warnings": warnings,
        },
    )


def file_log(store: Store, limit: int = 500) -> list[Row]:
    return store.all("SELECT * FROM package_log ORDER BY at DESC, rowid DESC LIMIT ?", [limit])


# -- trusted keys ------------------------------------------------------------


def trusted_key(store: Store, unit_uid: str) -> str | None:
    row = store.one("SELECT public_key FROM trusted_keys WHERE unit_uid = ?", [unit_uid])
    return None if row is None else str(row["public_key"])


def trust_key(store: Store, *, unit_uid: str, public_key: str) -> None:
    """Trust `public_key` for the unit: on first use, or replacing a key (the caller logs)."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    row = store.one("SELECT uid FROM trusted_keys WHERE unit_uid = ?", [unit_uid])
    if row is None:
        store.insert(
            "trusted_keys",
            {
                "uid": derived_uid("key", unit_uid),
                "unit_uid": unit_uid,
                "public_key": public_key,
                "trusted_at": at,
            },
        )
    else:
        store.update("trusted_keys", row["uid"], {"public_key": public_key, "trusted_at": at})


# -- this unit's own exports --------------------------------------------------


def last_export(store: Store, campaign_uid: str) -> Row | None:
    return store.one(
        "SELECT * FROM exports WHERE campaign_uid = ? ORDER BY sequence DESC LIMIT 1",
        [campaign_uid],
    )


def record_export(store: Store, row: Row) -> None:
    store.insert("exports", row)
