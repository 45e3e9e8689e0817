"""report, sign-in-sheet: the printed documents of SPEC §5.6."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from studylog.cli.context import Context, user_date
from studylog.errors import InputError
from studylog.i18n import msg
from studylog.reports import campaign_docx, campaign_pdf, numbering, sign_in
from studylog.reports.content import campaign_document
from studylog.reports.data import gather
from studylog.reports.document import number_text
from studylog.storage import campaigns

_WRITERS = {".pdf": campaign_pdf.write, ".docx": campaign_docx.write}


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[parent], help="the campaign report (PDF or Word)")
    p.add_argument("--campaign", required=True)
    p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx")
    p.add_argument("--number", type=int, help="document number (default: the next one)")
    p.add_argument("--difficulties", help="text of 'Khó khăn, vướng mắc' (kept for next time)")
    p.add_argument("--proposals", help="text of 'Kiến nghị, đề xuất' (kept for next time)")
    p.add_argument("--date", help="date of the report (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("sign-in-sheet", parents=[parent], help="a session's sign-in sheet (PDF)")
    p.add_argument("--session", required=True, metavar="UID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_sign_in)


def _out(text: str, suffixes: tuple[str, ...]) -> Path:
    path = Path(text)
    if path.suffix.lower() not in suffixes:
        raise InputError(
            msg(
                "--out must name a {kinds} file.",
                "--out phải là tệp {kinds}.",
                kinds=" / ".join(suffixes),
            )
        )
    return path


def cmd_report(ctx: Context) -> int:
    out = _out(ctx.args.out, tuple(_WRITERS))
    day = user_date(ctx.args.date, option="--date") or date.today()
    with ctx.store() as store:
        campaign = campaigns.campaign_by_code(store, ctx.args.campaign)
        chosen: int = (
            numbering.preview_number(store, campaign_uid=campaign.uid, day=day)
            if ctx.args.number is None
            else ctx.args.number
        )
        if chosen < 1:
            raise InputError(
                msg(
                    "A document number is a whole number from 1 up.",
                    "Số văn bản phải là số nguyên từ 1 trở lên.",
                )
            )
        data = gather(
            store,
            campaign,
            issued_on=day,
            number=chosen,
            difficulties=ctx.args.difficulties,
            proposals=ctx.args.proposals,
        )
        _WRITERS[out.suffix.lower()](campaign_document(data), out)
        # Only once the file exists: the number is used up and the text is kept.
        issued = numbering.issue_number(store, campaign_uid=campaign.uid, day=day, number=chosen)
        numbering.set_free_text(
            store, campaign.uid, difficulties=ctx.args.difficulties, proposals=ctx.args.proposals
        )
    shown = number_text(data.unit, issued.number)
    if ctx.json:
        ctx.emit(
            {
                "out": str(out),
                "number": issued.number,
                "number_text": shown,
                "term": issued.term,
                "rate_text": data.figures.rate.text,
            }
        )
    else:
        ctx.say(
            msg(
                "{number} written to {path}.",
                "Đã ghi báo cáo {number} vào {path}.",
                number=shown,
                path=str(out),
            )
        )
    return 0


def cmd_sign_in(ctx: Context) -> int:
    out = _out(ctx.args.out, (".pdf",))
    with ctx.store() as store:
        sheet = sign_in.gather(store, ctx.args.session)
    sign_in.write(sheet, out)
    if ctx.json:
        ctx.emit({"out": str(out), "expected": len(sheet.expected), "exempt": len(sheet.exempt)})
    else:
        ctx.say(
            msg(
                "Sign-in sheet written to {path}: {expected} expected, {exempt} exempt.",
                "Đã ghi danh sách ký tên vào {path}: {expected} đảng viên phải dự,"
                " {exempt} đảng viên miễn sinh hoạt.",
                path=str(out),
                expected=len(sheet.expected),
                exempt=len(sheet.exempt),
            )
        )
    return 0
