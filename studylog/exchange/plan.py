"""The plan package (SPEC §5.5): campaigns and the list of child units travel downward.

An upper level exports its campaigns (code, title, documents, deadlines, essay
scale) and its child units; a unit below imports the file, which creates or
updates those campaigns so that campaign codes match when its package comes
back up. When the importing unit is in the list, its upper level (parent code
and name) is set from the plan's issuer. When the plan is this unit's own (the
same code, e.g. on a reinstalled PC), the missing child units are registered.
Importing the same plan again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from studylog import __version__
from studylog.domain.enums import Level
from studylog.domain.essays import parse_scale, scale_text
from studylog.domain.models import Campaign, new_uid
from studylog.errors import InputError
from studylog.exchange import package_data as pd
from studylog.exchange.package_export import local_time
from studylog.exchange.package_read import read_package
from studylog.exchange.package_write import data_sheet
from studylog.exchange.package_xlsx import (
    CENTER,
    DATE,
    Book,
    Column,
    Heading,
    key_value_sheet,
    table_sheet,
)
from studylog.i18n import msg
from studylog.storage import campaigns, convert, units
from studylog.storage.changes import Changes
from studylog.storage.store import Store

PLAN_META_KEYS = (
    "format",
    "format_version",
    "app_version",
    "plan_uid",
    "unit_uid",
    "unit_code",
    "unit_name",
    "unit_level",
    "generated_at",
    "data_sha256",
)


def plan_records(store: Store) -> list[pd.Record]:
    out = [
        pd.make(
            pd.CAMPAIGN,
            uid=c.uid,
            code=c.code,
            title=c.title,
            documents=c.documents,
            issuing_body=c.issuing_body,
            plan_ref=c.plan_ref,
            start_date=convert.iso(c.start_date),
            deadline=convert.iso(c.deadline),
            report_deadline=convert.iso(c.report_deadline),
            essay_deadline=convert.iso(c.essay_deadline),
            essays_required=int(c.essays_required),
            essay_scale=scale_text(c.essay_scale),
        )
        for c in sorted(campaigns.list_campaigns(store), key=lambda c: c.code)
    ]
    out += [
        pd.make(pd.UNIT, uid=u.uid, code=u.code, name=u.name, level=u.level.value)
        for u in units.child_units(store)
    ]
    return out


def export_plan(store: Store, *, out: Path, now: datetime | None = None) -> Path:
    home = units.home_unit(store)
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InputError(
            msg(
                "The plan must be an .xlsx file: {path}",
                "Tệp kế hoạch phải là tệp .xlsx: {path}",
                path=str(out),
            )
        )
    moment = local_time(now)
    records = plan_records(store)
    meta = {
        "format": pd.PLAN_FORMAT,
        "format_version": str(pd.FORMAT_VERSION),
        "app_version": __version__,
        "plan_uid": new_uid(),
        "unit_uid": home.uid,
        "unit_code": home.code,
        "unit_name": home.name,
        "unit_level": home.level.value,
        "generated_at": moment.isoformat(),
        "data_sha256": pd.data_sha256(records),
    }
    wb = Book(title=f"{home.code} plan")
    heading = Heading(
        upper=home.parent_name,
        unit=home.name,
        place=home.place,
        day=moment.date(),
        title="KẾ HOẠCH HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT",
        subtitle="Danh sách đợt học tập và đơn vị trực thuộc",
    )
    _visible(wb, heading, records)
    key_value_sheet(wb, "_meta", ((k, meta[k]) for k in PLAN_META_KEYS))
    data_sheet(wb, records)
    wb.save(out)
    return out


def _visible(wb: Book, heading: Heading, records: list[pd.Record]) -> None:
    def day(text: str) -> object:
        return convert.day(text) if text else None

    rows = [
        (
            n,
            r.text("code"),
            r.text("title"),
            r.text("documents"),
            day(r.text("start_date")),
            day(r.text("deadline")),
            day(r.text("report_deadline")),
            day(r.text("essay_deadline")),
            r.text("essay_scale") if r.flag("essays_required") else "Không yêu cầu",
        )
        for n, r in enumerate((r for r in records if r.kind == pd.CAMPAIGN), start=1)
    ]
    table_sheet(
        wb,
        "Đợt học tập",
        heading,
        (
            Column("STT", 6, CENTER),
            Column("Mã", 14),
            Column("Đợt học tập", 40),
            Column("Văn bản học tập", 36),
            Column("Bắt đầu", 12, DATE),
            Column("Hạn hoàn thành", 12, DATE),
            Column("Hạn báo cáo", 12, DATE),
            Column("Hạn nộp thu hoạch", 12, DATE),
            Column("Thu hoạch", 22),
        ),
        rows,
        landscape=True,
    )
    unit_rows = [
        (n, r.text("code"), r.text("name"), r.text("level"))
        for n, r in enumerate((r for r in records if r.kind == pd.UNIT), start=1)
    ]
    table_sheet(
        wb,
        "Đơn vị",
        replace(heading, title="DANH SÁCH ĐƠN VỊ TRỰC THUỘC"),
        (Column("STT", 6, CENTER), Column("Mã", 14), Column("Tên đơn vị", 40), Column("Cấp", 16)),
        unit_rows,
    )


@dataclass(frozen=True)
class PlanImport:
    issuer_code: str
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    units_added: tuple[str, ...] = ()
    home_listed: bool = False
    parent_set: bool = False

    @property
    def changes(self) -> Changes:
        return Changes(
            campaigns=bool(self.added or self.updated),
            units=bool(self.units_added or self.parent_set),
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer_code,
            "campaigns": {
                "added": list(self.added),
                "updated": list(self.updated),
                "unchanged": list(self.unchanged),
            },
            "units_added": list(self.units_added),
            "home_listed": self.home_listed,
            "parent_set": self.parent_set,
        }


def _campaign(record: pd.Record) -> Campaign:
    try:
        return Campaign(
            uid=record.text("uid") or new_uid(),
            code=record.text("code"),
            title=record.text("title"),
            documents=record.text("documents"),
            issuing_body=record.text("issuing_body"),
            plan_ref=record.text("plan_ref"),
            start_date=convert.day(record.text("start_date")),
            deadline=convert.day(record.text("deadline")),
            report_deadline=convert.day(record.text("report_deadline")),
            essay_deadline=convert.day(record.text("essay_deadline")),
            essays_required=record.flag("essays_required"),
            essay_scale=parse_scale(record.text("essay_scale") or "Tốt, Khá, Đạt, Chưa đạt"),
        )
    except ValueError as exc:
        raise pd.bad_field(pd.CAMPAIGN, "date/essay_scale") from exc


def _check(meta: dict[str, str], records: list[pd.Record], name: str) -> None:
    try:
        version = int(meta.get("format_version", ""))
    except ValueError:
        version = 0
    if version > pd.FORMAT_VERSION or version < 1:
        raise InputError(
            msg(
                "{file} is a plan of a format this StudyLog does not read ({found});"
                " update StudyLog.",
                "{file} là tệp kế hoạch có định dạng mà phiên bản StudyLog này không đọc được"
                " ({found}); hãy cập nhật StudyLog.",
                file=name,
                found=meta.get("format_version", "")[:40],  # a damaged file may hold 100 kB
            )
        )
    if pd.data_sha256(records) != meta.get("data_sha256", "").strip().lower():
        raise InputError(
            msg(
                "The data in {file} was changed after export (its checksum does not match);"
                " ask for the plan again.",
                "Dữ liệu trong {file} đã bị thay đổi sau khi xuất (mã kiểm tra không khớp);"
                " hãy đề nghị gửi lại tệp kế hoạch.",
                file=name,
            )
        )
    pd.validate(records)


def import_plan(store: Store, path: Path, *, dry_run: bool = False) -> PlanImport:
    """Create or update the plan's campaigns (by code); one transaction; idempotent."""
    package = read_package(Path(path), expected=pd.PLAN_FORMAT)
    meta, records = package.meta, package.records
    _check(meta, records, Path(path).name)
    found = [_campaign(r) for r in records if r.kind == pd.CAMPAIGN]
    for campaign in found:
        campaigns.validate(campaign)
    listed = [r for r in records if r.kind == pd.UNIT]
    home = units.home_unit(store)
    issuer, issuer_name = meta.get("unit_code", ""), meta.get("unit_name", "")
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    units_added: list[str] = []
    parent_set = False
    with store.atomic():
        for campaign in found:
            row = store.one("SELECT * FROM campaigns WHERE code = ?", [campaign.code.strip()])
            if row is None:
                if store.get("campaigns", campaign.uid) is not None:
                    campaign = replace(campaign, uid=new_uid())
                if not dry_run:
                    campaigns.add_campaign(store, campaign)
                added.append(campaign.code)
                continue
            mine = replace(campaign, uid=row["uid"])
            if campaigns.campaign_row(mine) == campaigns.campaign_row(convert.campaign(row)):
                unchanged.append(campaign.code)
                continue
            if not dry_run:
                campaigns.update_campaign(store, mine)
            updated.append(campaign.code)
        home_listed = any(r.text("code") == home.code for r in listed) and issuer != home.code
        if home_listed and (home.parent_code, home.parent_name) != (issuer, issuer_name):
            if not dry_run:
                units.update_home(store, parent_code=issuer, parent_name=issuer_name)
            parent_set = True
        if issuer == home.code:
            for r in listed:
                if units.child_by_code(store, r.text("code")) is None:
                    if not dry_run:
                        _add_child(store, r)
                    units_added.append(r.text("code"))
    return PlanImport(
        issuer_code=issuer,
        added=tuple(added),
        updated=tuple(updated),
        unchanged=tuple(unchanged),
        units_added=tuple(units_added),
        home_listed=home_listed,
        parent_set=parent_set,
    )


def _add_child(store: Store, record: pd.Record) -> None:
    uid: str | None = record.text("uid") or None
    if uid is not None and store.get("units", uid) is not None:
        uid = None
    try:
        level = Level(record.text("level"))
    except ValueError:
        raise pd.bad_field(pd.UNIT, "level") from None
    units.add_child(store, name=record.text("name"), code=record.text("code"), level=level, uid=uid)
