"""`studylog consolidate`: import the packages of the units below (SPEC §5.4).

Each file is checked in the order of the SPEC and refused, importing nothing, at
the first failure: not an xlsx / not a package; a newer format; data changed
after export; a bad signature or a key different from the unit's trusted one; a
unit neither registered here nor naming this unit as its parent; an unknown
campaign. Then: the same package again is `unchanged`, a higher sequence
`replaced`, a lower one `older` (reported, ignored).

Which package wins is decided by the key (sequence, generated_at, package_uid,
data_sha256), the largest kept: the outcome of any set of files is the same in
any order and however often they are offered. One transaction per file; a dry run
writes nothing, not even the file log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from studylog.domain.enums import Level
from studylog.domain.models import Campaign, Unit
from studylog.errors import StudyLogError
from studylog.exchange import consolidate_checks as checks
from studylog.exchange import package_data as pd
from studylog.exchange.package_read import PackageFile, read_package
from studylog.i18n import Lang, Message
from studylog.storage import packages, units
from studylog.storage.changes import Changes
from studylog.storage.store import Store

Progress = Callable[[int, int], None]


class Outcome(StrEnum):
    NEW = "new"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    OLDER = "older"
    REJECTED = "rejected"


@dataclass(frozen=True)
class FileResult:
    file: str
    result: Outcome
    unit_code: str = ""
    campaign_code: str = ""
    reason: Message | None = None
    warnings: tuple[Message, ...] = ()
    package_uid: str = ""

    def as_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "file": self.file,
            "result": self.result.value,
            "unit_code": self.unit_code,
            "campaign_code": self.campaign_code,
            "reason": self.reason.render(lang) if self.reason else "",
            "warnings": [w.render(lang) for w in self.warnings],
            "package_uid": self.package_uid,
        }


@dataclass(frozen=True)
class Consolidation:
    files: tuple[FileResult, ...]
    dry_run: bool

    @property
    def rejected(self) -> int:
        return sum(1 for f in self.files if f.result is Outcome.REJECTED)

    @property
    def changes(self) -> Changes:
        written = not self.dry_run and any(
            f.result in (Outcome.NEW, Outcome.REPLACED) for f in self.files
        )
        return Changes(packages=written, units=written)

    def as_json(self, lang: Lang) -> dict[str, Any]:
        return {"files": [f.as_json(lang) for f in self.files], "dry_run": self.dry_run}


@dataclass(frozen=True)
class _Plan:
    """What accepting one checked file will write."""

    package: PackageFile
    unit: Unit | None  # None: register the unit from the package
    campaign: Campaign
    outcome: Outcome
    trust_key: bool
    key_changed: bool
    reason: Message | None
    warnings: tuple[Message, ...]


def consolidate(
    store: Store,
    paths: Sequence[Path],
    *,
    dry_run: bool = False,
    accept_new_keys: Collection[str] = (),
    progress: Progress | None = None,
) -> Consolidation:
    """Check and import each file in its own transaction; report one result per file."""
    results: list[FileResult] = []
    accept = set(accept_new_keys)
    total = len(paths)
    if progress is not None:
        progress(0, total)
    for done, path in enumerate(paths, start=1):
        results.append(_one(store, Path(path), dry_run=dry_run, accept=accept))
        if progress is not None:
            progress(done, total)
    return Consolidation(files=tuple(results), dry_run=dry_run)


def _file_sha256(path: Path) -> str:
    try:
        if path.stat().st_size > 64 * 1024 * 1024:
            return ""
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _one(store: Store, path: Path, *, dry_run: bool, accept: set[str]) -> FileResult:
    meta: dict[str, str] = {}
    try:
        package = read_package(path)
        meta = package.meta
        plan = _check(store, package, path.name, accept)
    except StudyLogError as exc:
        result = FileResult(
            file=str(path),
            result=Outcome.REJECTED,
            unit_code=meta.get("unit_code", ""),
            campaign_code=meta.get("campaign_code", ""),
            reason=exc.message,
            package_uid=meta.get("package_uid", ""),
        )
        if not dry_run:
            _log(store, path, result)
        return result
    result = FileResult(
        file=str(path),
        result=plan.outcome,
        unit_code=meta["unit_code"],
        campaign_code=meta["campaign_code"],
        reason=plan.reason,
        warnings=plan.warnings,
        package_uid=meta["package_uid"],
    )
    if not dry_run:
        with store.atomic():
            _apply(store, plan, path.name)
            _log(store, path, result)
    return result


def _log(store: Store, path: Path, result: FileResult) -> None:
    with store.atomic():
        packages.log_file(
            store,
            file_name=path.name,
            file_sha256=_file_sha256(path),
            result=result.result.value,
            unit_code=result.unit_code,
            campaign_code=result.campaign_code,
            package_uid=result.package_uid,
            reason=result.reason.render("vi") if result.reason else "",
            warnings="\n".join(w.render("vi") for w in result.warnings),
        )


def order_key(meta: dict[str, str]) -> tuple[int, datetime, str, str]:
    return (
        int(meta["sequence"]),
        datetime.fromisoformat(meta["generated_at"]),
        meta["package_uid"],
        meta["data_sha256"],
    )


def _check(store: Store, package: PackageFile, name: str, accept: set[str]) -> _Plan:
    meta = package.meta
    checks.check_version(meta, name)
    checks.check_hash(package, name)
    home = units.home_unit(store)
    unit = units.child_by_code(store, meta.get("unit_code", ""))
    trust, changed, key_warning = checks.check_key(store, meta, unit, name, accept)
    checks.check_unit(meta, unit, home, name)
    campaign = checks.check_campaign(store, meta)
    checks.check_fields(package, name)
    warnings = [w for w in (key_warning, checks.visible_warning(package, name)) if w]
    current = (
        None
        if unit is None
        else packages.current(store, unit_uid=unit.uid, campaign_uid=campaign.uid)
    )
    if current is None:
        outcome, reason = Outcome.NEW, (checks.registered(meta) if unit is None else None)
    elif current.uid == meta["package_uid"] and current.data_sha256 == meta["data_sha256"]:
        outcome, reason = Outcome.UNCHANGED, None
    else:
        stored = {
            "sequence": str(current.sequence),
            "generated_at": current.generated_at,
            "package_uid": current.uid,
            "data_sha256": current.data_sha256,
        }
        if order_key(meta) > order_key(stored):
            outcome, reason = Outcome.REPLACED, checks.replaces(current.sequence)
        else:
            outcome, reason = Outcome.OLDER, checks.older(meta, current.sequence)
    return _Plan(
        package=package,
        unit=unit,
        campaign=campaign,
        outcome=outcome,
        trust_key=trust,
        key_changed=changed,
        reason=reason,
        warnings=tuple(warnings),
    )


def _register(store: Store, meta: dict[str, str]) -> Unit:
    uid: str | None = meta.get("unit_uid") or None
    if uid is not None and store.get("units", uid) is not None:
        uid = None  # the uid is taken here (an odd copy): give the unit a fresh one
    return units.add_child(
        store,
        name=meta.get("unit_name") or meta["unit_code"],
        code=meta["unit_code"],
        level=Level(meta["unit_level"]),
        uid=uid,
    )


def _apply(store: Store, plan: _Plan, file_name: str) -> None:
    meta = plan.package.meta
    if plan.outcome not in (Outcome.NEW, Outcome.REPLACED):
        # A file that is not imported (older, unchanged) must not change whom we trust:
        # a stale file signed with an old key would otherwise lock out the current one.
        return
    unit = plan.unit or _register(store, meta)
    if plan.trust_key:
        old = packages.trusted_key(store, unit.uid)
        packages.trust_key(store, unit_uid=unit.uid, public_key=meta["public_key"])
        if plan.key_changed:
            store.log(
                "accept_key",
                "trusted_keys",
                unit.uid,
                {
                    "unit_code": unit.code,
                    "old_key": old,
                    "new_key": meta["public_key"],
                    "file": file_name,
                },
            )
    records = plan.package.records
    packages.put_package(
        store,
        {
            "uid": meta["package_uid"],
            "unit_uid": unit.uid,
            "campaign_uid": plan.campaign.uid,
            "sequence": int(meta["sequence"]),
            "supersedes": meta.get("supersedes", ""),
            "generated_at": meta["generated_at"],
            "data_sha256": meta["data_sha256"],
            "format_version": int(meta["format_version"]),
            "app_version": meta.get("app_version", ""),
            "unit_code": meta["unit_code"],
            "unit_name": meta.get("unit_name", ""),
            "unit_level": meta["unit_level"],
            "public_key": meta.get("public_key", ""),
        },
        pd.aggregate_of(records),
        [(r.kind, r.values) for r in records],
    )


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for the .xlsx files in it, in name order.

    Excel's lock files (`~$name.xlsx`) and hidden temporary files are left out.
    """
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.suffix.lower() == ".xlsx" and not p.name.startswith((".", "~$"))
                )
            )
        else:
            out.append(path)
    return out
