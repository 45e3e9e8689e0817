"""members list|exempt, campaigns add, sessions add, points set (imports: commands_imports)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from studylog.cli import commands_exchange, commands_imports
from studylog.cli.context import Context, user_date
from studylog.domain.enums import EventKind, Group, Quality, SessionKind
from studylog.domain.membership import exemption_on
from studylog.domain.models import Campaign, Session
from studylog.errors import InputError
from studylog.i18n import msg
from studylog.storage import campaigns, members, sessions
from studylog.storage.settings import essay_scale
from studylog.storage.units import home_unit
from studylog.vntext.fmt import format_date

_POINT_COUNTS = (
    ("dang_vien", Group.DANG_VIEN),
    ("can_bo", Group.CAN_BO),
    ("doan_vien", Group.DOAN_VIEN),
    ("quan_chung", Group.QUAN_CHUNG),
    ("khac", Group.KHAC),
)


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("members", parents=[parent], help="the roster")
    msub = p.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    commands_imports.register_members_import(msub, parent)
    a = msub.add_parser("list", parents=[parent], help="members in name order")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_members_list)
    a = msub.add_parser("exempt", parents=[parent], help="record an exemption")
    a.add_argument("card")
    a.add_argument("--from", dest="date_from", required=True)
    a.add_argument("--to", dest="date_to")
    a.add_argument("--kind", choices=("mien", "tam_mien"), default="mien")
    a.add_argument("--decision", default="")
    a.set_defaults(func=cmd_members_exempt)

    p = sub.add_parser("campaigns", parents=[parent], help="study campaigns")
    csub = p.add_subparsers(dest="campaigns_command", metavar="ACTION", required=True)
    a = csub.add_parser("add", parents=[parent], help="add a campaign")
    a.add_argument("--code", required=True)
    a.add_argument("--title", required=True)
    a.add_argument("--documents", default="")
    a.add_argument("--start")
    a.add_argument("--deadline")
    a.add_argument("--report-deadline")
    a.add_argument("--essay-deadline")
    a.add_argument("--no-essays", action="store_true")
    a.set_defaults(func=cmd_campaigns_add)
    a = csub.add_parser("list", parents=[parent], help="the campaigns and their rates")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_campaigns_list)
    commands_exchange.register_plan(csub, parent)

    p = sub.add_parser("sessions", parents=[parent], help="study sessions")
    ssub = p.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    a = ssub.add_parser("add", parents=[parent], help="add a session; prints its uid")
    a.add_argument("--campaign", required=True)
    a.add_argument("--date", required=True)
    a.add_argument("--kind", choices=[k.value for k in SessionKind], default="truc_tiep")
    a.add_argument("--title", default="")
    a.add_argument("--point", action="append", default=[])
    a.add_argument("--makeup-of")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_sessions_add)

    p = sub.add_parser("points", parents=[parent], help="connection points")
    psub = p.add_subparsers(dest="points_command", metavar="ACTION", required=True)
    a = psub.add_parser("set", parents=[parent], help="counts and quality of a point")
    a.add_argument("--session", required=True)
    a.add_argument("--point", required=True)
    for option, _group in _POINT_COUNTS:
        a.add_argument(f"--{option.replace('_', '-')}", type=int, dest=option)
    a.add_argument("--quality", choices=[q.value for q in Quality])
    a.set_defaults(func=cmd_points_set)


def cmd_members_list(ctx: Context) -> int:
    with ctx.store() as store:
        home = home_unit(store)
        roster = members.load_members(store, home.uid)
    today = date.today()
    rows = [
        {
            "uid": m.uid,
            "name": m.full_name,
            "card_no": m.card_no,
            "birth": m.birth_date.isoformat() if m.birth_date else (str(m.birth_year or "")),
            "sex": m.sex,
            "status": m.status.value,
            "exempt": exemption_on(m, today) is not None,
        }
        for m in roster
    ]
    if ctx.json:
        ctx.emit({"members": rows})
        return 0
    for i, (m, row) in enumerate(zip(roster, rows, strict=True), start=1):
        flags = " ".join(
            f
            for f in ("dự bị" if row["status"] == "du_bi" else "", "miễn" if row["exempt"] else "")
            if f
        )
        birth = format_date(m.birth_date) if m.birth_date else str(m.birth_year or "")
        print(f"{i:>4}  {m.full_name:<32} {birth:<10} {m.card_no:<12} {flags}".rstrip())
    return 0


def cmd_members_exempt(ctx: Context) -> int:
    a = ctx.args
    date_from = user_date(a.date_from, option="--from")
    date_to = user_date(a.date_to, option="--to")
    assert date_from is not None
    with ctx.store() as store:
        member = members.find_by_card(store, a.card)
        members.set_exemption(
            store,
            member_uid=member.uid,
            kind=EventKind(a.kind),
            date_from=date_from,
            date_to=date_to,
            decision_no=a.decision,
        )
    ctx.say(
        msg(
            "{name} is exempt from {start}.",
            "Đã ghi miễn sinh hoạt cho {name} từ {start}.",
            name=member.full_name,
            start=format_date(date_from),
        )
    )
    return 0


def cmd_campaigns_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.store() as store:
        campaign = campaigns.add_campaign(
            store,
            Campaign(
                uid="",
                code=a.code,
                title=a.title,
                documents=a.documents,
                start_date=user_date(a.start, option="--start"),
                deadline=user_date(a.deadline, option="--deadline"),
                report_deadline=user_date(a.report_deadline, option="--report-deadline"),
                essay_deadline=user_date(a.essay_deadline, option="--essay-deadline"),
                essays_required=not a.no_essays,
                essay_scale=essay_scale(store),
            ),
        )
    ctx.say(
        msg(
            "Campaign {code} added.",
            "Đã thêm đợt học tập {code}.",
            code=campaign.code,
        )
    )
    return 0


def cmd_campaigns_list(ctx: Context) -> int:
    """Codes are what every other command takes, so the list leads with them."""
    with ctx.store() as store:
        listed = campaigns.list_campaigns(store)
        rows = [
            {
                "code": c.code,
                "title": c.title,
                "start": c.start_date.isoformat() if c.start_date else None,
                "deadline": c.deadline.isoformat() if c.deadline else None,
                "report_deadline": c.report_deadline.isoformat() if c.report_deadline else None,
                "sessions": [
                    {
                        "uid": s.uid,
                        "date": s.date.isoformat(),
                        "kind": s.kind.value,
                        "makeup_of": s.makeup_of,
                    }
                    for s in sessions.list_sessions(store, c.uid)
                ],
            }
            for c in listed
        ]
    if ctx.json:
        ctx.emit({"campaigns": rows})
        return 0
    for campaign in listed:
        print(f"{campaign.code:<16} {format_date(campaign.start_date):<10}  {campaign.title}")
    return 0


def cmd_sessions_add(ctx: Context) -> int:
    a = ctx.args
    day = user_date(a.date, option="--date")
    assert day is not None
    with ctx.store() as store:
        campaign = campaigns.campaign_by_code(store, a.campaign)
        session = sessions.add_session(
            store,
            Session(
                uid="",
                campaign_uid=campaign.uid,
                date=day,
                kind=SessionKind(a.kind),
                title=a.title,
                makeup_of=a.makeup_of or None,
            ),
            tuple(a.point),
        )
    if ctx.json:
        ctx.emit({"uid": session.uid})
    else:
        print(session.uid)
    return 0


def cmd_points_set(ctx: Context) -> int:
    a = ctx.args
    counts = {
        group: getattr(a, option)
        for option, group in _POINT_COUNTS
        if getattr(a, option) is not None
    }
    if any(v < 0 for v in counts.values()):
        raise InputError(msg("Attendee counts cannot be negative.", "Số người dự không được âm."))
    with ctx.store() as store:
        sessions.set_point(
            store,
            session_uid=a.session,
            point_name=a.point,
            counts=counts,
            quality=Quality(a.quality) if a.quality else None,
        )
    ctx.say(
        msg(
            "Connection point {point} recorded.",
            "Đã ghi điểm cầu {point}.",
            point=a.point,
        )
    )
    return 0
