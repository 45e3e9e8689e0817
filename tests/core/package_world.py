"""Builders for the package tests: small chi bộ, commune and province databases in files.

Each unit is a real installation (a database file with its signing key beside it);
figures are chosen so that the sums can be checked by hand.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from studylog.domain.enums import AttendanceStatus, EventKind, Group, Level, Quality
from studylog.domain.models import Attendance, Campaign, Essay, Member, MemberEvent, Session
from studylog.exchange.package_export import Exported, export_package
from studylog.storage import attendance, campaigns, followup, members, sessions, units
from studylog.storage.db import open_database
from studylog.storage.store import Store

VN = timezone(timedelta(hours=7))
CODE = "NQ-DH-XIV"
CAMPAIGN = Campaign(
    uid="",
    code=CODE,
    title="Nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
    documents="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    start_date=date(2026, 2, 1),
    deadline=date(2026, 3, 31),
    report_deadline=date(2026, 4, 5),
    essay_deadline=date(2026, 3, 15),
)
ON_TIME = datetime(2026, 4, 1, 9, 0, tzinfo=VN)
LATE = datetime(2026, 4, 9, 16, 0, tzinfo=VN)


def open_unit(
    folder: Path,
    *,
    code: str,
    name: str,
    level: Level,
    parent_code: str = "",
    parent_name: str = "",
    campaign: Campaign | None = CAMPAIGN,
) -> Store:
    path = folder / f"{code}.db"
    store = Store(open_database(path), path=path, actor="test")
    units.init_home(
        store,
        name=name,
        code=code,
        level=level,
        parent_code=parent_code,
        parent_name=parent_name,
        place="Xã An Bình",
    )
    if campaign is not None:
        campaigns.add_campaign(store, campaign)
    return store


def chi_bo(
    folder: Path,
    code: str,
    *,
    parent_code: str = "DU-AB",
    names: Sequence[str] = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"),
    absent: dict[str, str] | None = None,
    exempt: Sequence[str] = (),
    guests: tuple[int, int, int, int] = (2, 5, 10, 1),
    chair: str = "Bí thư chi bộ",
) -> Store:
    """A chi bộ with one online session at one point; `absent` maps name → reason."""
    store = open_unit(
        folder,
        code=code,
        name=f"Chi bộ {code}",
        level=Level.CHI_BO,
        parent_code=parent_code,
        parent_name="Đảng ủy xã An Bình",
    )
    campaign = campaigns.campaign_by_code(store, CODE)
    home = units.home_unit(store)
    roster = []
    for name in names:
        events = (MemberEvent(EventKind.MIEN, date(2020, 1, 1)),) if name in exempt else ()
        roster.append(
            members.add_member(
                store, Member(uid="", full_name=name, unit_uid=home.uid, events=events)
            )
        )
    session = sessions.add_session(
        store,
        Session(
            uid="",
            campaign_uid=campaign.uid,
            date=date(2026, 2, 5),
            title="Hội nghị trực tuyến",
            chair=chair,
        ),
        (f"Hội trường {code}",),
    )
    groups = (Group.CAN_BO, Group.DOAN_VIEN, Group.QUAN_CHUNG, Group.KHAC)
    counts = dict(zip(groups, guests, strict=True))
    sessions.set_point(
        store,
        session_uid=session.uid,
        point_name=f"Hội trường {code}",
        counts={Group.DANG_VIEN: len(names), **counts},
        quality=Quality.TOT,
    )
    absent = absent or {}
    marks = []
    for member in roster:
        if member.full_name in absent:
            marks.append(
                Attendance(
                    session.uid,
                    member.uid,
                    AttendanceStatus.VANG_CO_LY_DO,
                    absent[member.full_name],
                )
            )
        else:
            marks.append(Attendance(session.uid, member.uid, AttendanceStatus.CO_MAT))
            followup.record_essay(
                store,
                Essay(campaign.uid, member.uid, submitted=date(2026, 3, 1), grade="Tốt"),
            )
    attendance.mark_many(store, marks)
    return store


def add_member_present(store: Store, name: str) -> None:
    """One more member, present at the campaign's first session (changes the figures)."""
    home = units.home_unit(store)
    campaign = campaigns.campaign_by_code(store, CODE)
    member = members.add_member(store, Member(uid="", full_name=name, unit_uid=home.uid))
    first = sessions.list_sessions(store, campaign.uid)[0]
    attendance.mark(
        store, session_uid=first.uid, member_uid=member.uid, status=AttendanceStatus.CO_MAT
    )


def export(store: Store, out: Path, when: datetime = ON_TIME) -> Exported:
    return export_package(store, campaign_code=CODE, out=out, now=when)


def commune(folder: Path, code: str = "DU-AB", *, parent_code: str = "TU-TN") -> Store:
    return open_unit(
        folder,
        code=code,
        name="Đảng ủy xã An Bình",
        level=Level.XA,
        parent_code=parent_code,
        parent_name="Tỉnh ủy Tây Ninh",
    )


def province(folder: Path, code: str = "TU-TN") -> Store:
    return open_unit(folder, code=code, name="Tỉnh ủy Tây Ninh", level=Level.TINH)


PACKAGE_TABLES = {
    "units": "code, name, level, parent_uid, uid",
    "packages": "*",
    "package_records": "*",
    "trusted_keys": "uid, unit_uid, public_key",
    "campaigns": "*",
}


def content_hash(store: Store) -> str:
    """A hash of what consolidation decides (not of when it ran): units, packages, keys."""
    digest = hashlib.sha256()
    for table, columns in PACKAGE_TABLES.items():
        rows = store.all(f"SELECT {columns} FROM {table} ORDER BY uid")
        digest.update(json.dumps(rows, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def counts(store: Store) -> dict[str, int]:
    tables = ("units", "packages", "package_records", "package_log", "trusted_keys", "audit")
    return {t: int(store.one(f"SELECT count(*) AS n FROM {t}")["n"]) for t in tables}  # type: ignore[index]


def with_campaign(store: Store, **changes: object) -> None:
    campaign = campaigns.campaign_by_code(store, CODE)
    campaigns.update_campaign(store, replace(campaign, **changes))  # type: ignore[arg-type]
