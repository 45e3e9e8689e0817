"""The campaign report as a `Document`: the figures of SPEC §3 in sentences and tables."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from studylog.domain.enums import Group, Quality
from studylog.reports import document as doc
from studylog.reports.data import ReportInput
from studylog.reports.document import Align, Blank, Block, Column, Heading, Para, Table
from studylog.reports.results import results
from studylog.reports.wording import (
    GROUP_PHRASE,
    KIND_LABEL,
    KIND_PHRASE,
    QUALITY_LABEL,
    clean,
    count,
    documents,
    enumerate_vi,
    lower_first,
    paragraphs,
    subject,
)
from studylog.vntext.fmt import date_line, format_date, format_int


def campaign_document(data: ReportInput) -> doc.Document:
    unit = data.unit
    topic = subject(data.campaign)
    return doc.Document(
        letterhead=doc.letterhead(
            unit,
            number=doc.number_text(unit, data.number),
            date_line=date_line(unit.place, data.issued_on),
        ),
        title="BÁO CÁO",
        subject=topic,
        body=_numbered(
            [
                *_opening(data, topic),
                *_organisation(data),
                *results(data),
                *_free_section("III. KHÓ KHĂN, VƯỚNG MẮC", data.difficulties),
                *_free_section("IV. KIẾN NGHỊ, ĐỀ XUẤT", data.proposals),
                _closing(data, topic),
            ]
        ),
        recipients=doc.recipients(unit),
        signature=doc.signature(unit),
        meta_title=f"Báo cáo {lower_first(topic)}",
        author=clean(unit.name),
    )


def _numbered(blocks: list[Block]) -> tuple[Block, ...]:
    """Number the tables ("Bảng 1.", "Bảng 2.", …) in the order they appear."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            n = sum(isinstance(b, Table) for b in out) + 1
            block = replace(block, caption=f"Bảng {n}. {block.caption}")
        out.append(block)
    return tuple(out)


def _opening(data: ReportInput, topic: str) -> list[Block]:
    unit, campaign = data.unit, data.campaign
    parent = clean(unit.parent_name)
    about = lower_first(topic.removeprefix("Kết quả "))
    if campaign.plan_ref and parent:
        basis = f"Thực hiện {clean(campaign.plan_ref)} của {parent} về {about}"
    elif parent:
        basis = f"Thực hiện sự chỉ đạo của {parent} về {about}"
    else:
        basis = f"Về {about}"
    return [Para(f"{basis}, {clean(unit.name)} báo cáo kết quả như sau:")]


def _organisation(data: ReportInput) -> list[Block]:
    noun = doc.unit_noun(data.unit)
    regular = [line for line in data.sessions if not line.session.is_makeup]
    makeup = [line for line in data.sessions if line.session.is_makeup]
    out: list[Block] = [
        Heading("I. CÔNG TÁC TRIỂN KHAI, TỔ CHỨC HỌC TẬP"),
        Heading("1. Nội dung nghiên cứu, học tập, quán triệt", level=2),
        *[Para(f"- {text}.") for text in documents(data.campaign)],
        Heading("2. Hình thức tổ chức", level=2),
    ]
    if not data.sessions:
        out.append(Para(f"{noun} chưa tổ chức buổi học tập nào của đợt này."))
        return out
    kinds = Counter(line.session.kind for line in regular)
    phrase = enumerate_vi(KIND_PHRASE[k].format(n=format_int(n)) for k, n in kinds.items())
    sentence = f"{noun} đã tổ chức {count(len(regular), 'buổi học tập')}"
    sentence += f" ({phrase})" if phrase else ""
    if makeup:
        sentence += f" và {count(len(makeup), 'lớp học bù')}"
    if data.points:
        sentence += f"; sử dụng {count(len(data.points), 'lượt điểm cầu')}"
    out.append(Para(sentence + ".", indent=True))
    out.append(_sessions_table(data))
    if data.points:
        out.extend(_points(data))
    return out


def _sessions_table(data: ReportInput) -> Table:
    # Above chi bộ members are counted by the units below: show who came to the points.
    committee = data.unit.level.is_committee
    rows = []
    for i, line in enumerate(data.sessions, 1):
        s = line.session
        hours = f"\n{s.start_time}–{s.end_time}" if s.start_time and s.end_time else ""
        content = clean(s.title) or "Buổi học tập"
        if s.place:
            content += f"; tại {clean(s.place)}"
        people = " / ".join(clean(x) for x in (s.chair, s.speaker) if clean(x))
        kind = KIND_LABEL[s.kind] + (" (học bù)" if s.is_makeup else "")
        if committee:
            present = format_int(
                sum(p.count(g) for p in data.points if p.session_uid == s.uid for g in Group)
            )
        elif s.is_makeup:  # those who made up, not a share of everyone
            present = format_int(line.present)
        else:
            present = f"{format_int(line.present)}/{format_int(line.required)}"
        rows.append((str(i), format_date(s.date) + hours, kind, content, people, present))
    return Table(
        caption="Các buổi học tập",
        columns=(
            Column("STT", 10, Align.CENTER),
            Column("Ngày, giờ", 22, Align.CENTER),
            Column("Hình thức", 25),
            Column("Nội dung, địa điểm", 50),
            Column("Chủ trì / Báo cáo viên", 36),
            Column("Người dự (lượt)" if committee else "Đảng viên có mặt", 22, Align.CENTER),
        ),
        rows=tuple(rows),
    )


def _points(data: ReportInput) -> list[Block]:
    dates = {line.session.uid: line.session.date for line in data.sessions}
    totals = dict.fromkeys(Group, 0)
    rows = []
    for i, point in enumerate(
        sorted(data.points, key=lambda p: (dates[p.session_uid], p.point_name)), 1
    ):
        for group in Group:
            totals[group] += point.count(group)
        quality = QUALITY_LABEL[point.quality] if point.quality else ""
        rows.append(
            (
                str(i),
                format_date(dates[point.session_uid]),
                clean(point.point_name),
                *(format_int(point.count(g)) for g in Group),
                quality,
            )
        )
    rows.append(("", "", "Tổng cộng", *(format_int(totals[g]) for g in Group), ""))
    everyone = sum(totals.values())
    groups = enumerate_vi(
        f"{format_int(totals[g])} lượt {GROUP_PHRASE[g]}" for g in Group if totals[g]
    )
    sentence = f"Tổng số người dự tại các điểm cầu: {format_int(everyone)} lượt"
    sentence += f", trong đó {groups}." if groups else "."
    found = Counter(p.quality for p in data.points if p.quality)
    qualities = {q: found[q] for q in Quality if found[q]}
    incidents = [i for p in data.points for i in p.incidents]
    quality_text = enumerate_vi(
        f"{format_int(n)} lượt điểm cầu {QUALITY_LABEL[q].lower()}" for q, n in qualities.items()
    )
    blocks: list[Block] = [Heading("3. Các điểm cầu", level=2), Para(sentence)]
    if quality_text:
        lost = sum(i.minutes_lost for i in incidents)
        tail = (
            f"; ghi nhận {count(len(incidents), 'sự cố')}, mất tổng cộng {count(lost, 'phút')}"
            if incidents
            else "; không có sự cố"
        )
        blocks.append(Para(f"Chất lượng đường truyền: {quality_text}{tail}."))
    blocks.append(
        Table(
            caption="Người dự tại các điểm cầu (lượt)",
            columns=(
                Column("STT", 10, Align.CENTER),
                Column("Ngày", 22, Align.CENTER),
                Column("Điểm cầu", 34),
                Column("Đảng viên", 16, Align.RIGHT),
                Column("CB, CC, VC", 16, Align.RIGHT),
                Column("ĐV, HV", 15, Align.RIGHT),
                Column("Quần chúng", 17, Align.RIGHT),
                Column("Khác", 13, Align.RIGHT),
                Column("Chất lượng", 22, Align.CENTER),
            ),
            rows=tuple(rows),
            total_row=True,
        )
    )
    return blocks


def _free_section(title: str, text: str) -> list[Block]:
    lines = paragraphs(text)
    return (
        [Heading(title), *(Para(line) for line in lines)] if lines else [Heading(title), Blank(3)]
    )


def _closing(data: ReportInput, topic: str) -> Para:
    unit = data.unit
    parent = clean(unit.parent_name)
    text = f"Trên đây là báo cáo {lower_first(topic)} của {clean(unit.name)}"
    if parent:
        text += f", kính gửi {parent} theo dõi, chỉ đạo"
    return Para(text + "./.")
