"""Write a package workbook: the visible sheets of SPEC §5.3, drawn from the `_data` records.

The visible sheets are made from the very records that go into `_data`, so what a
secretary reads is what the upper level imports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from studylog.domain.aggregate import Aggregate, total
from studylog.domain.enums import GUEST_GROUPS, Level
from studylog.exchange import package_data as pd
from studylog.exchange import package_labels as lb
from studylog.exchange.package_data import Record
from studylog.exchange.package_xlsx import (
    CENTER,
    DATE,
    NUMBER,
    TEXT,
    Book,
    Column,
    Heading,
    key_value_sheet,
    table_sheet,
)
from studylog.vntext.fmt import format_int


def write_package(
    path: Path,
    *,
    meta: Mapping[str, str],
    records: Sequence[Record],
    heading: Heading,
    with_absentees: bool,
) -> None:
    wb = Book(title=f"{meta.get('unit_code', '')} {meta.get('campaign_code', '')}")
    summary = pd.aggregate_of(records)
    units = [r for r in records if r.kind == pd.UNIT]
    upper = meta.get("unit_level") != Level.CHI_BO.value
    _summary_sheet(wb, heading, summary, units if upper else None)
    if upper:
        _units_sheet(wb, heading, units, records)
    _sessions_sheet(wb, heading, records)
    _points_sheet(wb, heading, records)
    if with_absentees:
        _absent_sheet(wb, heading, [r for r in records if r.kind == pd.ABSENTEE])
    _essays_sheet(wb, heading, summary)
    key_value_sheet(wb, lb.SHEET_META, ((k, meta.get(k, "")) for k in pd.META_KEYS))
    data_sheet(wb, records)
    wb.save(path)


def data_sheet(wb: Book, records: Sequence[Record]) -> None:
    sheet = wb.sheet(lb.SHEET_DATA, hidden=True)
    sheet.append(pd.DATA_COLUMNS)
    index = {name: i for i, name in enumerate(pd.DATA_COLUMNS)}
    for record in records:
        row: list[object] = [None] * len(pd.DATA_COLUMNS)
        row[0] = record.kind
        for name, value in record.values.items():
            row[index[name]] = value
        sheet.append(row)


def _day(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text).date() if text else None
    except ValueError:
        return None


def _summary_sheet(
    wb: Book, heading: Heading, summary: Aggregate, units: list[Record] | None
) -> None:
    counts = summary.counts()
    notes = {"rate": summary.rate.text, "rate_after_makeup": summary.rate_after_makeup.text}
    rows = []
    for number, (key, label, note) in enumerate(lb.SUMMARY_ROWS, start=1):
        value = summary.attended_after_makeup if key == "attended_after_makeup" else counts[key]
        rows.append((number, label, value, notes.get(note, "")))
    note = ""
    if units is not None:
        reported = sum(1 for u in units if u.flag("reported"))
        on_time = sum(1 for u in units if u.flag("reported") and u.flag("on_time"))
        note = (
            f"{format_int(reported)}/{format_int(len(units))} đơn vị đã báo cáo"
            f" ({format_int(on_time)} đơn vị đúng hạn); số liệu đảng viên là tổng của các"
            " đơn vị đã báo cáo."
        )
    table_sheet(
        wb,
        lb.SHEET_SUMMARY,
        replace(heading, title="TỔNG HỢP KẾT QUẢ NGHIÊN CỨU, HỌC TẬP, QUÁN TRIỆT"),
        (
            Column("STT", 6, CENTER),
            Column("Chỉ tiêu", 52),
            Column("Số lượng", 14, NUMBER),
            Column("Tỷ lệ, ghi chú", 26, CENTER),
        ),
        rows,
        footer=note,
    )


def _unit_values(agg: Aggregate) -> list[object]:
    return [
        agg.members_total,
        agg.required,
        agg.attended,
        agg.rate.text,
        agg.rate_after_makeup.text,
        agg.connection_points,
        sum(agg.guests[g] for g in GUEST_GROUPS),
        agg.essays_submitted,
    ]


def _units_sheet(
    wb: Book, heading: Heading, units: list[Record], records: Sequence[Record]
) -> None:
    rows: list[list[object]] = []
    reported: list[Aggregate] = []
    for number, unit in enumerate(units, start=1):
        if unit.flag("reported"):
            agg = pd.unit_aggregate(unit)
            reported.append(agg)
            status = "Đúng hạn" if unit.flag("on_time") else "Muộn"
            values = _unit_values(agg)
        else:
            status, values = "Chưa báo cáo", [None] * 8
        made = _day(unit.text("generated_at"))
        rows.append([number, unit.text("code"), unit.text("name"), status, made, *values])
    own = pd.own_aggregate(records)
    rows.append(["", "", f"Buổi học do {heading.unit} tổ chức", "", None, *_own_values(own)])
    sums = total(reported) + own
    count = f"{format_int(len(reported))}/{format_int(len(units))}"
    table_sheet(
        wb,
        lb.SHEET_UNITS,
        replace(heading, title="KẾT QUẢ HỌC TẬP Ở CÁC ĐƠN VỊ TRỰC THUỘC"),
        (
            Column("STT", 6, CENTER),
            Column("Mã", 12),
            Column("Tên đơn vị", 32),
            Column("Báo cáo", 13, CENTER),
            Column("Ngày lập", 12, DATE),
            Column("Đảng viên", 11, NUMBER),
            Column("Phải học tập", 11, NUMBER),
            Column("Đã học tập", 11, NUMBER),
            Column("Tỷ lệ", 22, CENTER),
            Column("Kể cả học bù", 22, CENTER),
            Column("Điểm cầu", 9, NUMBER),
            Column("Khách mời (lượt)", 11, NUMBER),
            Column("Thu hoạch đã nộp", 11, NUMBER),
        ),
        rows,
        landscape=True,
        total=["", "", "Tổng cộng", count, None, *_unit_values(sums)],
    )


def _own_values(own: Aggregate) -> list[object]:
    guests = sum(own.guests[g] for g in GUEST_GROUPS)
    return [None, None, None, None, None, own.connection_points, guests, None]


def _sessions_sheet(wb: Book, heading: Heading, records: Sequence[Record]) -> None:
    rows = []
    sessions = [r for r in records if r.kind == pd.SESSION]
    for number, s in enumerate(sessions, start=1):
        hours = "–".join(t for t in (s.text("start_time"), s.text("end_time")) if t)
        rows.append(
            (
                number,
                _day(s.text("date")),
                hours,
                lb.KIND_LABEL.get(s.text("kind"), s.text("kind")),
                s.text("title"),
                s.text("chair"),
                s.text("speaker"),
                s.text("place"),
                "Lớp học bù" if s.flag("makeup") else "",
            )
        )
    table_sheet(
        wb,
        lb.SHEET_SESSIONS,
        replace(heading, title="DANH SÁCH BUỔI HỌC TẬP, HỘI NGHỊ"),
        (
            Column("STT", 6, CENTER),
            Column("Ngày", 12, DATE),
            Column("Thời gian", 13, CENTER),
            Column("Hình thức", 16),
            Column("Nội dung", 40),
            Column("Chủ trì", 20),
            Column("Báo cáo viên", 20),
            Column("Địa điểm", 24),
            Column("Ghi chú", 12),
        ),
        rows,
        landscape=True,
        empty_note="Chưa có buổi học tập nào.",
    )


def _points_sheet(wb: Book, heading: Heading, records: Sequence[Record]) -> None:
    days = {r.text("uid"): _day(r.text("date")) for r in records if r.kind == pd.SESSION}
    rows = []
    points = [r for r in records if r.kind == pd.POINT]
    for number, p in enumerate(points, start=1):
        rows.append(
            (
                number,
                days.get(p.text("session_uid")),
                p.text("name"),
                *(p.int(name) for name in pd.POINT_COUNTS),
                lb.QUALITY_LABEL.get(p.text("quality"), p.text("quality")),
                p.text("incident_notes"),
            )
        )
    sums = [sum(p.int(name) for p in points) for name in pd.POINT_COUNTS]
    table_sheet(
        wb,
        lb.SHEET_POINTS,
        replace(heading, title="ĐIỂM CẦU VÀ SỐ NGƯỜI THAM DỰ"),
        (
            Column("STT", 6, CENTER),
            Column("Ngày", 12, DATE),
            Column("Điểm cầu", 30),
            Column("Đảng viên", 10, NUMBER),
            Column("CB, CC, VC", 10, NUMBER),
            Column("Đoàn viên, hội viên", 11, NUMBER),
            Column("Quần chúng", 10, NUMBER),
            Column("Khác", 9, NUMBER),
            Column("Chất lượng", 14, CENTER),
            Column("Sự cố", 36),
        ),
        rows,
        landscape=True,
        total=["", None, "Tổng cộng", *sums, "", ""] if points else None,
        empty_note="Không sử dụng điểm cầu.",
    )


def _absent_sheet(wb: Book, heading: Heading, absentees: list[Record]) -> None:
    rows = [
        (
            number,
            a.text("name"),
            lb.ABSENCE_LABEL.get(a.text("status"), a.text("status")),
            a.text("reason"),
            "Đã học bù" if a.flag("made_up") else "Chưa học bù",
        )
        for number, a in enumerate(absentees, start=1)
    ]
    table_sheet(
        wb,
        lb.SHEET_ABSENT,
        replace(heading, title="DANH SÁCH ĐẢNG VIÊN VẮNG MẶT"),
        (
            Column("STT", 6, CENTER),
            Column("Họ và tên", 28),
            Column("Tình trạng", 20),
            Column("Lý do", 32),
            Column("Học bù", 14, CENTER),
        ),
        rows,
        empty_note="Không có đảng viên vắng mặt.",
    )


def _essays_sheet(wb: Book, heading: Heading, summary: Aggregate) -> None:
    rows: list[tuple[object, ...]] = [
        (1, "Bài thu hoạch phải nộp", summary.essays_required),
        (2, "Đã nộp", summary.essays_submitted),
        (3, "Nộp muộn", summary.essays_late),
        (4, "Chưa nộp", max(summary.essays_required - summary.essays_submitted, 0)),
    ]
    for number, (label, n) in enumerate(summary.grades.items(), start=5):
        rows.append((number, f"Xếp loại: {label}", n))
    table_sheet(
        wb,
        lb.SHEET_ESSAYS,
        replace(heading, title="KẾT QUẢ VIẾT BÀI THU HOẠCH"),
        (Column("STT", 6, CENTER), Column("Chỉ tiêu", 44, TEXT), Column("Số bài", 14, NUMBER)),
        rows,
    )
