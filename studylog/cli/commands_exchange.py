"""export, consolidate, completeness; campaigns export-plan|import-plan (SPEC §5.3–5.5)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from studylog.cli.context import Context
from studylog.domain.enums import Level
from studylog.domain.models import Campaign, Unit
from studylog.errors import InputError
from studylog.exchange.consolidate import Consolidation, Outcome, consolidate, expand
from studylog.exchange.package_export import export_package
from studylog.exchange.plan import export_plan, import_plan
from studylog.i18n import msg
from studylog.storage import campaigns
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.upper import completeness, reported_absentees, upper_figures, upper_stats_dict
from studylog.vntext.fmt import format_int

_OUTCOME_VI = {
    Outcome.NEW: "mới",
    Outcome.REPLACED: "thay thế",
    Outcome.UNCHANGED: "không đổi",
    Outcome.OLDER: "cũ hơn",
    Outcome.REJECTED: "từ chối",
}


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("export", parents=[parent], help="write the upward package")
    p.add_argument("--campaign", required=True)
    p.add_argument("--out", required=True, metavar="FILE.xlsx|FOLDER")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("consolidate", parents=[parent], help="import packages from below")
    p.add_argument("files", nargs="+", metavar="FILE", help="package files or folders")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--accept-new-key",
        action="append",
        default=[],
        metavar="UNIT_CODE",
        help="trust the new signing key of this unit (logged)",
    )
    p.set_defaults(func=cmd_consolidate)

    p = sub.add_parser("completeness", parents=[parent], help="which units have reported")
    p.add_argument("--campaign", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_completeness)


def register_plan(csub: Any, parent: argparse.ArgumentParser) -> None:
    """The two plan actions of the `campaigns` command (registered by commands_data)."""
    a = csub.add_parser("export-plan", parents=[parent], help="campaigns and units, downward")
    a.add_argument("--out", required=True, metavar="FILE.xlsx")
    a.set_defaults(func=cmd_export_plan)
    a = csub.add_parser("import-plan", parents=[parent], help="import the upper level's plan")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--dry-run", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_import_plan)


def cmd_export(ctx: Context) -> int:
    with ctx.store() as store:
        done = export_package(store, campaign_code=ctx.args.campaign, out=Path(ctx.args.out))
    if ctx.json:
        ctx.emit(
            {
                "file": str(done.path),
                "package_uid": done.package_uid,
                "sequence": done.sequence,
                "supersedes": done.supersedes,
                "unit_code": done.unit_code,
                "campaign_code": done.campaign_code,
                "generated_at": done.generated_at,
                "data_sha256": done.data_sha256,
            }
        )
        return 0
    ctx.say(
        msg(
            "Package {file} written (sequence number {sequence}).",
            "Đã xuất gói dữ liệu {file} (số thứ tự {sequence}).",
            file=str(done.path),
            sequence=done.sequence,
        )
    )
    return 0


def cmd_consolidate(ctx: Context) -> int:
    paths = expand([Path(f) for f in ctx.args.files])
    with ctx.store() as store:
        result = consolidate(
            store,
            paths,
            dry_run=ctx.args.dry_run,
            accept_new_keys=set(ctx.args.accept_new_key),
        )
    if ctx.json:
        ctx.emit(result.as_json(ctx.lang))
    else:
        _say_consolidation(ctx, result)
    if result.rejected:
        ctx.warn(
            msg(
                "{n} of {total} files were refused (reasons above); nothing of them was written.",
                "{n}/{total} tệp bị từ chối (lý do ở trên); không ghi gì từ các tệp đó.",
                n=result.rejected,
                total=len(result.files),
            )
        )
        return 1
    return 0


def _say_consolidation(ctx: Context, result: Consolidation) -> None:
    for f in result.files:
        label = f.result.value if ctx.lang == "en" else _OUTCOME_VI[f.result]
        what = " ".join(part for part in (f.unit_code, f.campaign_code) if part)
        line = f"{label:<10} {Path(f.file).name}" + (f" ({what})" if what else "")
        if f.reason is not None:
            line += f": {f.reason.render(ctx.lang)}"
        print(line)
        for warning in f.warnings:
            print(f"{'':<10} ! {warning.render(ctx.lang)}")
    counts = {o: sum(1 for f in result.files if f.result is o) for o in Outcome}
    ctx.say(
        msg(
            "{new} new, {replaced} replaced, {unchanged} unchanged, {older} older,"
            " {rejected} refused{dry}.",
            "{new} mới, {replaced} thay thế, {unchanged} không đổi, {older} cũ hơn,"
            " {rejected} bị từ chối{dry}.",
            new=counts[Outcome.NEW],
            replaced=counts[Outcome.REPLACED],
            unchanged=counts[Outcome.UNCHANGED],
            older=counts[Outcome.OLDER],
            rejected=counts[Outcome.REJECTED],
            dry=msg(" (dry run: nothing was written)", " (chạy thử: chưa ghi gì)")
            if result.dry_run
            else "",
        )
    )


def _upper_home(store: Store) -> Unit:
    unit = home_unit(store)
    if unit.level is Level.CHI_BO:
        raise InputError(
            msg(
                "Completeness is for units above chi bộ; this unit is a chi bộ.",
                "Theo dõi báo cáo chỉ dành cho cấp trên chi bộ; đơn vị này là chi bộ.",
            )
        )
    return unit


def cmd_completeness(ctx: Context) -> int:
    with ctx.store() as store:
        _upper_home(store)
        campaign = campaigns.campaign_by_code(store, ctx.args.campaign)
        status = completeness(store, campaign)
    if ctx.json:
        ctx.emit(status.as_json())
        return 0
    ctx.say(status.summary)
    for row in status.rows:
        if not row.reported:
            state = "chưa báo cáo" if ctx.lang == "vi" else "not reported"
        elif row.on_time:
            state = "đúng hạn" if ctx.lang == "vi" else "on time"
        else:
            state = "muộn" if ctx.lang == "vi" else "late"
        rate = row.figures.rate.text if row.reported else ""
        print(f"  {row.unit.code:<12} {row.unit.name:<36} {state:<14} {rate}".rstrip())
    if status.overdue:
        ctx.say(
            msg(
                "Overdue: {codes}",
                "Quá hạn chưa báo cáo: {codes}",
                codes=", ".join(r.unit.code for r in status.overdue),
            )
        )
    return 0


def say_upper_stats(ctx: Context, store: Store, unit: Unit, campaign: Campaign) -> int:
    """`stats` above chi bộ: the sums over the reported children (called by commands_stats)."""
    figures = upper_figures(store, campaign)
    absent = reported_absentees(store, figures.completeness)
    data = upper_stats_dict(unit, campaign, figures, absent)
    if ctx.json:
        ctx.emit(data)
        return 0
    t = figures.total
    ctx.say(f"{unit.name} — {campaign.title} ({campaign.code})")
    ctx.say(figures.completeness.summary)
    ctx.say(
        msg(
            "Members: {total}; must study: {required}; attended: {rate}",
            "Đảng viên: {total}; phải học tập: {required}; tham gia: {rate}",
            total=format_int(t.members_total),
            required=format_int(t.required),
            rate=t.rate.text,
        )
    )
    ctx.say(
        msg(
            "After make-up: {rate}; connection points: {points}; guests: {guests} person-times",
            "Sau học bù: {rate}; điểm cầu: {points}; quần chúng và khách mời: {guests} lượt",
            rate=t.rate_after_makeup.text,
            points=format_int(t.connection_points),
            guests=format_int(sum(t.guests.values())),
        )
    )
    return 0


def cmd_export_plan(ctx: Context) -> int:
    with ctx.store() as store:
        path = export_plan(store, out=Path(ctx.args.out))
    ctx.say(msg("Plan {file} written.", "Đã xuất kế hoạch {file}.", file=str(path)))
    return 0


def cmd_import_plan(ctx: Context) -> int:
    with ctx.store() as store:
        result = import_plan(store, Path(ctx.args.file), dry_run=ctx.args.dry_run)
    if ctx.json:
        ctx.emit(result.as_json())
        return 0
    ctx.say(
        msg(
            "Plan of {issuer}: {added} campaigns added, {updated} updated, {unchanged} unchanged.",
            "Kế hoạch của {issuer}: thêm {added} đợt, cập nhật {updated} đợt, {unchanged} đợt"
            " không đổi.",
            issuer=result.issuer_code,
            added=len(result.added),
            updated=len(result.updated),
            unchanged=len(result.unchanged),
        )
    )
    if result.parent_set:
        ctx.say(
            msg(
                "The upper level of this unit is now {issuer}.",
                "Đã ghi cấp trên của đơn vị là {issuer}.",
                issuer=result.issuer_code,
            )
        )
    if result.units_added:
        ctx.say(
            msg(
                "Registered units: {codes}",
                "Đã đăng ký các đơn vị: {codes}",
                codes=", ".join(result.units_added),
            )
        )
    return 0
