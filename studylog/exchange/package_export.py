"""`studylog export`: the home unit's package for one campaign (SPEC §5.3).

A chi bộ sends its own figures, sessions, connection points and (unless the
setting drops them) its absentees; a unit above chi bộ sends the per-unit
aggregates of its children plus its own sessions and points, and no names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from studylog import __version__
from studylog.domain.aggregate import from_figures
from studylog.domain.enums import Group, Level
from studylog.domain.figures import Absentee
from studylog.domain.models import Campaign, Session, SessionPoint, new_uid
from studylog.errors import InputError
from studylog.exchange import package_data as pd
from studylog.exchange.package_data import Record, make
from studylog.exchange.package_labels import INCIDENT_LABEL
from studylog.exchange.package_write import write_package
from studylog.exchange.package_xlsx import Heading
from studylog.exchange.signing import Signer, installation_signer
from studylog.i18n import msg
from studylog.stats import figures_for, grades_in_scale_order
from studylog.storage import campaigns, packages, sessions, settings
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.upper import UnitStatus, upper_figures

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\s]+')


@dataclass(frozen=True)
class Exported:
    path: Path
    package_uid: str
    sequence: int
    supersedes: str
    data_sha256: str
    unit_code: str
    campaign_code: str
    generated_at: str


def local_time(now: datetime | None) -> datetime:
    """`now` (naive means local time), or the current time, with its UTC offset."""
    moment = now if now is not None and now.tzinfo is not None else (now or datetime.now())
    return moment.astimezone(moment.tzinfo).replace(microsecond=0)


def file_name(unit_code: str, campaign_code: str, day: date) -> str:
    """`<unit code>_<campaign code>_<yyyymmdd>.xlsx`, with characters Windows forbids as '-'."""

    def safe(text: str) -> str:
        return _UNSAFE.sub("-", text.strip()).strip("-.") or "x"

    return f"{safe(unit_code)}_{safe(campaign_code)}_{day:%Y%m%d}.xlsx"


def session_records(found: list[Session]) -> list[Record]:
    return [
        make(
            pd.SESSION,
            uid=s.uid,
            date=s.date.isoformat(),
            start_time=s.start_time,
            end_time=s.end_time,
            kind=s.kind.value,
            title=s.title,
            chair=s.chair,
            speaker=s.speaker,
            place=s.place,
            makeup=int(s.is_makeup),
        )
        for s in found
    ]


def point_records(points: list[SessionPoint], levels: dict[str, str]) -> list[Record]:
    out = []
    for p in points:
        notes = "; ".join(
            f"{i.time} {INCIDENT_LABEL.get(i.kind, i.kind)}, {i.minutes_lost} phút"
            + (f": {i.handling}" if i.handling else "")
            for i in p.incidents
        )
        out.append(
            make(
                pd.POINT,
                session_uid=p.session_uid,
                name=p.point_name,
                level=levels.get(p.point_uid, ""),
                quality=p.quality.value if p.quality else "",
                test_done=int(p.test_done),
                incidents=len(p.incidents),
                minutes_lost=sum(i.minutes_lost for i in p.incidents),
                incident_notes=notes,
                **{f"n_{g.value}": p.counts.get(g, 0) for g in Group},
            )
        )
    return out


def unit_records(rows: tuple[UnitStatus, ...]) -> list[Record]:
    out = []
    for row in rows:
        counts = row.package.aggregate.counts() if row.package else {}
        out.append(
            make(
                pd.UNIT,
                uid=row.unit.uid,
                code=row.unit.code,
                name=row.unit.name,
                level=row.unit.level.value,
                reported=int(row.reported),
                on_time=int(row.reported and row.on_time),
                generated_at=row.package.generated_at if row.package else "",
                sequence=row.package.sequence if row.package else None,
                **counts,
            )
        )
    return out


def absentee_records(absent: tuple[Absentee, ...]) -> list[Record]:
    return [
        make(
            pd.ABSENTEE,
            name=a.name,
            status=a.status.value,
            reason=a.reason,
            made_up=int(a.made_up),
        )
        for a in absent
    ]


def package_records(store: Store, campaign: Campaign, *, today: date) -> list[Record]:
    """The `_data` records of the home unit's package, in sheet order."""
    home = home_unit(store)
    levels = {p.uid: p.level for p in sessions.list_points(store)}
    if home.level is Level.CHI_BO:
        figures = figures_for(store, campaign, today=today)
        summary = from_figures(figures)
        own_sessions = sessions.list_sessions(store, campaign.uid)
        points = sessions.session_points(store, [s.uid for s in own_sessions])
        absent = figures.absent if settings.send_absentee_names(store) else ()
        units: tuple[UnitStatus, ...] = ()
    else:
        upper = upper_figures(store, campaign, today=today)
        summary = upper.total
        own_sessions, points = list(upper.own_sessions), list(upper.own_points)
        absent, units = (), upper.completeness.rows
    summary = replace(summary, grades=grades_in_scale_order(campaign, summary.grades))
    return [
        *pd.aggregate_records(summary),
        *unit_records(units),
        *session_records(own_sessions),
        *point_records(points, levels),
        *absentee_records(absent),
    ]


def _target(out: Path, unit_code: str, campaign_code: str, day: date) -> Path:
    if out.is_dir() or str(out).endswith(("/", "\\")):
        return out / file_name(unit_code, campaign_code, day)
    if out.suffix.lower() != ".xlsx":
        raise InputError(
            msg(
                "The package must be an .xlsx file: {path}",
                "Gói dữ liệu phải là tệp .xlsx: {path}",
                path=str(out),
            )
        )
    if not out.parent.is_dir():
        raise InputError(
            msg(
                "The folder {path} does not exist.",
                "Không có thư mục {path}.",
                path=str(out.parent),
            )
        )
    return out


def export_package(
    store: Store,
    *,
    campaign_code: str,
    out: Path,
    now: datetime | None = None,
    signer: Signer | None = None,
) -> Exported:
    """Write the package; `out` is a file or a folder (then the conventional name is used).

    The sequence number and the package uid are recorded in the same transaction
    as the file is renamed into place, so a failed export leaves neither.
    """
    home = home_unit(store)
    campaign = campaigns.campaign_by_code(store, campaign_code)
    moment = local_time(now)
    target = _target(Path(out), home.code, campaign.code, moment.date())
    signer = signer or installation_signer(store)
    records = package_records(store, campaign, today=moment.date())
    previous = packages.last_export(store, campaign.uid)
    sequence = int(previous["sequence"]) + 1 if previous else 1
    supersedes = str(previous["uid"]) if previous else ""
    meta = {
        "format": pd.PACKAGE_FORMAT,
        "format_version": str(pd.FORMAT_VERSION),
        "app_version": __version__,
        "package_uid": new_uid(),
        "supersedes": supersedes,
        "sequence": str(sequence),
        "unit_uid": home.uid,
        "unit_code": home.code,
        "unit_name": home.name,
        "unit_level": home.level.value,
        "parent_code": home.parent_code,
        "campaign_code": campaign.code,
        "campaign_title": campaign.title,
        "generated_at": moment.isoformat(),
        "data_sha256": pd.data_sha256(records),
        "public_key": signer.public_key,
    }
    meta["signature"] = signer.sign(meta)
    heading = Heading(
        upper=home.parent_name,
        unit=home.name,
        place=home.place,
        day=moment.date(),
        title="",
        subtitle=campaign.title,
    )
    with store.atomic():
        packages.record_export(
            store,
            {
                "uid": meta["package_uid"],
                "campaign_uid": campaign.uid,
                "sequence": sequence,
                "supersedes": supersedes,
                "generated_at": meta["generated_at"],
                "data_sha256": meta["data_sha256"],
                "file_name": target.name,
            },
        )
        write_package(
            target,
            meta=meta,
            records=records,
            heading=heading,
            with_absentees=home.level is Level.CHI_BO and settings.send_absentee_names(store),
        )
    return Exported(
        path=target,
        package_uid=meta["package_uid"],
        sequence=sequence,
        supersedes=supersedes,
        data_sha256=meta["data_sha256"],
        unit_code=home.code,
        campaign_code=campaign.code,
        generated_at=meta["generated_at"],
    )
