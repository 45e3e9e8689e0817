"""stats, check."""

from __future__ import annotations

import argparse
from typing import Any

from studylog.check import run_checks
from studylog.cli.commands_exchange import say_upper_stats
from studylog.cli.context import Context
from studylog.domain.enums import Level
from studylog.i18n import msg
from studylog.stats import figures_for, stats_dict
from studylog.storage import campaigns
from studylog.storage.units import home_unit
from studylog.vntext.fmt import format_int


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stats", parents=[parent], help="a campaign's figures")
    p.add_argument("--campaign", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("check", parents=[parent], help="check the database")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)


def cmd_stats(ctx: Context) -> int:
    with ctx.store() as store:
        unit = home_unit(store)
        campaign = campaigns.campaign_by_code(store, ctx.args.campaign)
        if unit.level is not Level.CHI_BO:
            # Above chi bộ the figures are the sums over the reported children (§3.9).
            return say_upper_stats(ctx, store, unit, campaign)
        figures = figures_for(store, campaign)
    data = stats_dict(unit, campaign, figures)
    if ctx.json:
        ctx.emit(data)
        return 0
    ctx.say(
        msg(
            "{unit} — {title} ({code})",
            "{unit} — {title} ({code})",
            unit=unit.name,
            title=campaign.title,
            code=campaign.code,
        )
    )
    ctx.say(
        msg(
            "Members: {total}; must study: {required}; attended: {rate}",
            "Đảng viên: {total}; phải học tập: {required}; tham gia: {rate}",
            total=format_int(figures.members_total),
            required=format_int(figures.required),
            rate=figures.rate.text,
        )
    )
    ctx.say(
        msg(
            "After make-up: {rate}; exempt members who attended: {exempt}",
            "Sau học bù: {rate}; đảng viên miễn sinh hoạt có tham dự: {exempt}",
            rate=figures.rate_after_makeup.text,
            exempt=format_int(figures.exempt_attended),
        )
    )
    ctx.say(
        msg(
            "Sessions: {sessions} (+{makeup} make-up); connection points: {points};"
            " guests: {guests} person-times",
            "Buổi học: {sessions} (+{makeup} buổi học bù); điểm cầu: {points};"
            " quần chúng và khách mời: {guests} lượt",
            sessions=figures.sessions,
            makeup=figures.makeup_sessions,
            points=figures.connection_points,
            guests=format_int(sum(figures.guests.values())),
        )
    )
    ctx.say(
        msg(
            "Essays: {submitted}/{required} submitted, {late} late",
            "Bài thu hoạch: đã nộp {submitted}/{required}, nộp muộn {late}",
            submitted=format_int(figures.essays.submitted),
            required=format_int(figures.essays.required),
            late=format_int(figures.essays.late),
        )
    )
    return 0


def cmd_check(ctx: Context) -> int:
    with ctx.store() as store:
        report = run_checks(store)
    if ctx.json:
        ctx.emit(report.as_json(ctx.lang))
    else:
        for line in report.lines(ctx.lang):
            print(line)
    return 0 if report.ok else 1
