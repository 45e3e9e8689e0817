"""Section II of the campaign report: participation, absentees, guests, essays (SPEC §3)."""

from __future__ import annotations

from studylog.domain.enums import GUEST_GROUPS, AttendanceStatus
from studylog.domain.models import DIEM10
from studylog.domain.rates import Rate
from studylog.reports import document as doc
from studylog.reports import upper
from studylog.reports.data import ReportInput
from studylog.reports.document import Align, Bar, Block, Chart, Column, Heading, Para, Table
from studylog.reports.wording import (
    ABSENCE_LABEL,
    GROUP_PHRASE,
    clean,
    count,
    enumerate_vi,
    rate_phrase,
)
from studylog.stats import grades_in_scale_order
from studylog.vntext.fmt import format_date, format_int, format_percent


def results(data: ReportInput) -> list[Block]:
    out: list[Block] = [Heading("II. KẾT QUẢ")]
    if data.unit_rows is not None or data.unit.level.is_committee:
        # Above chi bộ, members are counted by the units below only (SPEC §3.10).
        return out + upper.unit_section(data) + _guests(data, number=2)
    out.extend(_participation(data))
    out.extend(_absentees(data))
    n = 3
    guest_blocks = _guests(data, number=n)
    n += bool(guest_blocks)
    return out + guest_blocks + _essays(data, number=n)


def _participation(data: ReportInput) -> list[Block]:
    f = data.figures
    noun = doc.unit_noun(data.unit).lower()
    on = f" (tại ngày {format_date(f.reference_date)})" if f.reference_date else ""
    members = (
        f"Tổng số đảng viên của {noun}{on}: {count(f.members_total, 'đồng chí')} "
        f"({format_int(f.chinh_thuc)} chính thức, {format_int(f.du_bi)} dự bị)"
    )
    if f.exempt:
        members += (
            f", trong đó {count(f.exempt, 'đồng chí')} được miễn, tạm miễn công tác"
            " và sinh hoạt đảng"
        )
    out: list[Block] = [
        Heading("1. Đảng viên tham gia học tập", level=2),
        Para(members + "."),
        Para(f"Số đảng viên phải tham gia học tập: {count(f.required, 'đồng chí')}."),
        Para(f"Số đảng viên đã tham gia học tập: {rate_phrase(f.rate)}."),
    ]
    if f.made_up or f.makeup_sessions:
        out.append(
            Para(
                "Sau khi tổ chức học bù, số đảng viên đã học tập là "
                f"{rate_phrase(f.rate_after_makeup)}."
            )
        )
    if f.exempt_attended:
        out.append(
            Para(
                f"Ngoài ra, có {count(f.exempt_attended, 'đồng chí')} đảng viên được miễn"
                " sinh hoạt đảng vẫn tham dự (không tính vào tỷ lệ trên)."
            )
        )
    figure = _chart(data) if f.required else None
    if figure is not None:
        out.append(figure)
    return out


def _chart(data: ReportInput) -> Chart | None:
    """Per session (when there are several), the whole campaign, and after make-up."""
    f = data.figures
    regular = [line for line in data.sessions if not line.session.is_makeup]
    bars = []
    if len(regular) > 1:
        bars = [
            Bar(f"Buổi {format_date(line.session.date)[:5]}", line.present, line.required)
            for line in regular
        ]
    bars.append(Bar("Cả đợt", f.attended, f.required))
    if f.made_up or f.makeup_sessions:
        bars.append(Bar("Sau học bù", f.attended_after_makeup, f.required, highlight=True))
    if len(bars) < 2:
        return None  # one bar says no more than the sentence above it
    return Chart(caption="Biểu đồ. Tỷ lệ đảng viên tham gia học tập (%)", bars=tuple(bars))


def _absentees(data: ReportInput) -> list[Block]:
    absent = data.figures.absent
    out: list[Block] = [Heading("2. Đảng viên chưa tham gia học tập", level=2)]
    if not absent:
        out.append(Para("Tất cả đảng viên phải tham gia đều đã học tập."))
        return out
    excused = sum(1 for a in absent if a.status is AttendanceStatus.VANG_CO_LY_DO)
    made_up = sum(1 for a in absent if a.made_up)
    out.append(
        Para(
            f"Có {count(len(absent), 'đồng chí')} chưa tham gia các buổi học tập "
            f"({format_int(excused)} vắng có lý do, {format_int(len(absent) - excused)} vắng"
            f" không có lý do); đến nay {count(made_up, 'đồng chí')} đã học bù, còn "
            f"{count(len(absent) - made_up, 'đồng chí')} chưa học bù."
        )
    )
    rows = tuple(
        (
            str(i),
            a.name,
            ABSENCE_LABEL.get(a.status, ""),
            clean(a.reason),
            "Đã học bù" if a.made_up else "Chưa học bù",
        )
        for i, a in enumerate(absent, 1)
    )
    out.append(
        Table(
            caption="Đảng viên vắng mặt và học bù",
            columns=(
                Column("STT", 10, Align.CENTER),
                Column("Họ và tên", 50),
                Column("Tình trạng", 32),
                Column("Lý do", 45),
                Column("Học bù", 28, Align.CENTER),
            ),
            rows=rows,
        )
    )
    return out


def _guests(data: ReportInput, *, number: int) -> list[Block]:
    guests = data.figures.guests
    total = sum(guests.get(g, 0) for g in GUEST_GROUPS)
    if not total:
        return []
    groups = enumerate_vi(
        f"{format_int(guests[g])} lượt {GROUP_PHRASE[g]}" for g in GUEST_GROUPS if guests.get(g)
    )
    return [
        Heading(f"{number}. Quần chúng, khách mời tham dự", level=2),
        Para(
            f"Ngoài đảng viên, các buổi học tập đã thu hút {format_int(total)} lượt người"
            f" tham dự, gồm {groups}."
        ),
    ]


def _essays(data: ReportInput, *, number: int) -> list[Block]:
    campaign, essays = data.campaign, data.figures.essays
    if not campaign.essays_required or essays.required == 0:
        return []
    deadline = (
        f" (hạn nộp {format_date(campaign.essay_deadline)})" if campaign.essay_deadline else ""
    )
    submitted = Rate(essays.submitted, essays.required)
    sentence = (
        f"Số đảng viên phải viết bài thu hoạch: {count(essays.required, 'đồng chí')}; "
        f"đã nộp {format_int(essays.submitted)}/{format_int(essays.required)} bài, đạt tỷ lệ "
        f"{format_percent(submitted.percent)}"
    )
    sentence += (
        f", trong đó {count(essays.late, 'bài')} nộp muộn{deadline}." if essays.late else "."
    )
    grades = _ordered_grades(data)
    graded = sum(grades.values())
    rows = [
        (label, format_int(n), format_percent(Rate(n, essays.submitted).percent))
        for label, n in grades.items()
    ]
    if essays.submitted - graded:
        left = essays.submitted - graded
        rows.append(
            ("Chưa chấm", format_int(left), format_percent(Rate(left, essays.submitted).percent))
        )
    rows.append(
        (
            "Tổng số bài đã nộp",
            format_int(essays.submitted),
            format_percent(Rate(essays.submitted, essays.submitted).percent),
        )
    )
    out: list[Block] = [Heading(f"{number}. Bài thu hoạch", level=2), Para(sentence)]
    if grades:
        result = enumerate_vi(f"{label} {count(n, 'bài')}" for label, n in grades.items())
        out.append(Para(f"Kết quả chấm bài: {result}."))
    out.append(
        Table(
            caption="Kết quả bài thu hoạch",
            columns=(
                Column("Xếp loại", 65),
                Column("Số bài", 40, Align.RIGHT),
                Column("Tỷ lệ (so với số bài đã nộp)", 60, Align.RIGHT),
            ),
            rows=tuple(rows),
            total_row=True,
        )
    )
    return out


def _ordered_grades(data: ReportInput) -> dict[str, int]:
    grades = data.figures.essays.grades
    if data.campaign.essay_scale == DIEM10:
        return dict(sorted(grades.items(), key=lambda kv: -_mark(kv[0])))
    return grades_in_scale_order(data.campaign, grades)


def _mark(label: str) -> float:
    try:
        return float(label.replace(",", "."))
    except ValueError:
        return -1.0
