"""The sign-in sheet (danh sách ký tên) of a session, printed before the meeting.

Those who must attend, in Vietnamese name order, with room to sign; exempt members,
who may come but need not, on a short list of their own so that they never swell the
count of those expected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer
from reportlab.platypus import Table as RLTable

from studylog.domain.enums import DenominatorRule, EventKind
from studylog.domain.membership import exemption_on, is_excluded, members_on
from studylog.domain.models import Campaign, Member, Session, Unit
from studylog.errors import InputError
from studylog.files import atomic_write
from studylog.i18n import msg
from studylog.reports import document as doc
from studylog.reports import fonts, layout
from studylog.reports.document import Align, Column
from studylog.reports.wording import KIND_LABEL, clean
from studylog.stats import figures_for
from studylog.storage import campaigns, members, sessions, settings
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.vntext.fmt import format_date, format_int

ROW_HEIGHT = 10 * mm  # enough to sign by hand
COLUMNS = (
    Column("STT", 12, Align.CENTER),
    Column("Họ và tên", 58),
    Column("Năm sinh", 20, Align.CENTER),
    Column("Chữ ký", 45),
    Column("Ghi chú", 30),
)
EXEMPT_TITLE = "Đảng viên miễn sinh hoạt (nếu tham dự)"
_NOTE = {EventKind.MIEN: "Miễn SH", EventKind.TAM_MIEN: "Tạm miễn SH"}


@dataclass(frozen=True)
class Signer:
    name: str
    birth_year: str
    note: str = ""


@dataclass(frozen=True)
class SignInSheet:
    unit: Unit
    campaign: Campaign
    session: Session
    expected: tuple[Signer, ...]  # who must attend, in name order
    exempt: tuple[Signer, ...]  # exempt members, who may attend


def _signer(member: Member, note: str = "") -> Signer:
    year = member.birth_date.year if member.birth_date else member.birth_year
    return Signer(clean(member.full_name), str(year) if year else "", note)


def sheet_for(
    *,
    unit: Unit,
    campaign: Campaign,
    session: Session,
    roster: list[Member],
    rule: DenominatorRule,
    makeup_absentees: set[str] | None = None,
) -> SignInSheet:
    """Split the roster (already in name order) into the two lists of the sheet.

    For a regular session: members in the unit on its date (SPEC §3.1), minus those the
    denominator rule leaves out (§3.2), who go to the exempt list. For a make-up class:
    the members who must still make up the campaign (`makeup_absentees`).
    """
    day = session.date
    on_roll = members_on(roster, day)
    if makeup_absentees is not None:
        due = tuple(_signer(m) for m in on_roll if m.uid in makeup_absentees)
        return SignInSheet(unit, campaign, session, due, ())
    expected: list[Signer] = []
    exempt: list[Signer] = []
    for m in on_roll:
        kind = exemption_on(m, day)
        note = _NOTE[kind] if kind is not None else ""
        (exempt if is_excluded(m, day, rule) else expected).append(_signer(m, note))
    return SignInSheet(unit, campaign, session, tuple(expected), tuple(exempt))


def gather(store: Store, session_uid: str) -> SignInSheet:
    session = sessions.get_session(store, session_uid)
    campaign = campaigns.get_campaign(store, session.campaign_uid)
    unit = home_unit(store)
    roster = members.load_members(store, unit.uid)
    absentees = None
    if session.is_makeup:
        absentees = {a.uid for a in figures_for(store, campaign, today=session.date).absent}
    sheet = sheet_for(
        unit=unit,
        campaign=campaign,
        session=session,
        roster=roster,
        rule=settings.denominator_rule(store),
        makeup_absentees=absentees,
    )
    if not sheet.expected and not sheet.exempt:
        raise InputError(
            msg(
                "Nobody is expected at this session: the unit has no members on {day}.",
                "Không có ai phải dự buổi học này: đơn vị không có đảng viên vào ngày {day}.",
                day=format_date(session.date),
            )
        )
    return sheet


def _title(sheet: SignInSheet) -> str:
    if sheet.session.is_makeup:
        return "DANH SÁCH ĐẢNG VIÊN KÝ TÊN HỌC BÙ"
    return "DANH SÁCH ĐẢNG VIÊN KÝ TÊN THAM DỰ"


def _when(session: Session) -> str:
    hours = f"{session.start_time}–{session.end_time}, " if session.start_time else ""
    return f"{hours}ngày {format_date(session.date)}"


def _details(sheet: SignInSheet, st: layout.Styles) -> list[Flowable]:
    s = sheet.session
    lines = [f"Đợt học tập: {clean(sheet.campaign.title)}"]
    if clean(s.title):
        lines.append(f"Buổi học: {clean(s.title)} ({KIND_LABEL[s.kind].lower()})")
    lines.append(f"Thời gian: {_when(s)}")
    if clean(s.place):
        lines.append(f"Địa điểm: {clean(s.place)}")
    return [layout.text(line, st.plain) for line in lines]


def _rows(signers: tuple[Signer, ...]) -> list[tuple[str, ...]]:
    return [(str(i), s.name, s.birth_year, "", s.note) for i, s in enumerate(signers, 1)]


def _count_line(sheet: SignInSheet, st: layout.Styles) -> Flowable:
    expected = format_int(len(sheet.expected))
    return layout.text(
        f"Phải tham dự: {expected} đồng chí; có mặt: .......... đồng chí;"
        " vắng mặt: .......... đồng chí.",
        st.plain,
    )


def _signatures(st: layout.Styles) -> Flowable:
    hint = layout.text("(Ký, ghi rõ họ tên)", st.sign_hint)
    cells = [
        [layout.text("NGƯỜI LẬP DANH SÁCH", st.sign), layout.text("CHỦ TRÌ", st.sign)],
        [hint, hint],
        ["", ""],
    ]
    table = RLTable(cells, colWidths=[80 * mm, 85 * mm], rowHeights=[None, None, 22 * mm])
    table.setStyle([("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)])
    return KeepTogether([Spacer(1, 6), table])


def flowables(sheet: SignInSheet, st: layout.Styles) -> list[Flowable]:
    head = doc.letterhead(sheet.unit, number="", date_line="")
    story: list[Flowable] = [
        layout.letterhead(head, st),
        layout.text(_title(sheet), st.title),
        Spacer(1, 6),
        *_details(sheet, st),
        Spacer(1, 4),
        layout.data_table(COLUMNS, _rows(sheet.expected), st, row_height=ROW_HEIGHT),
        Spacer(1, 6),
        _count_line(sheet, st),
    ]
    if sheet.exempt:
        story += [
            CondPageBreak(45 * mm),
            layout.text(EXEMPT_TITLE, st.heading1),
            layout.data_table(COLUMNS, _rows(sheet.exempt), st, row_height=ROW_HEIGHT),
        ]
    story.append(_signatures(st))
    return story


def _later_pages(sheet: SignInSheet) -> Any:
    label = (
        f"{clean(sheet.unit.name)} — {_title(sheet).capitalize()} — "
        f"ngày {format_date(sheet.session.date)} — trang {{page}}"
    )

    def draw(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.ITALIC, 10)
        canvas.drawCentredString(
            layout.MARGIN_LEFT + layout.TEXT_WIDTH / 2,
            layout.PAGE_HEIGHT - layout.MARGIN_TOP / 2 - 2,
            label.format(page=document.page),
        )
        canvas.restoreState()

    return draw


def render(sheet: SignInSheet, out: IO[bytes]) -> None:
    st = layout.Styles()
    template = layout.frame_template(
        out,
        title=f"{_title(sheet).capitalize()} ngày {format_date(sheet.session.date)}",
        author=clean(sheet.unit.name),
        subject=clean(sheet.campaign.title),
        later_pages=_later_pages(sheet),
    )
    template.build(flowables(sheet, st))


def write(sheet: SignInSheet, path: Path) -> None:
    atomic_write(path, lambda out: render(sheet, out))
