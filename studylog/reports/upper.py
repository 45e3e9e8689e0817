"""The upper level's section: completeness and the per-unit table (SPEC §3.9).

The rows come from consolidation (the children's packages); this module only words
and tabulates them, so it is tested with hand-made rows.
"""

from __future__ import annotations

from studylog.domain.rates import Rate
from studylog.reports.data import ReportInput, UnitRow
from studylog.reports.document import Align, Block, Column, Heading, Para, Table
from studylog.reports.wording import clean, count, enumerate_vi, rate_phrase
from studylog.vntext.fmt import format_date, format_int


def completeness_text(rows: tuple[UnitRow, ...]) -> str:
    """Completeness as SPEC §3.9 words it: "N/M đơn vị đã báo cáo"."""
    reported = sum(1 for r in rows if r.reported)
    return f"{format_int(reported)}/{format_int(len(rows))} đơn vị đã báo cáo"


def _status(row: UnitRow, overdue: bool) -> str:
    if row.reported:
        return "Đúng hạn" if row.on_time else "Muộn"
    return "Quá hạn, chưa báo cáo" if overdue else "Chưa báo cáo"


def unit_section(data: ReportInput) -> list[Block]:
    rows = data.unit_rows or ()
    deadline = data.campaign.report_deadline
    overdue = deadline is not None and data.issued_on > deadline
    reported = [r for r in rows if r.reported]
    on_time = sum(1 for r in reported if r.on_time)
    total = Rate(sum(r.attended for r in reported), sum(r.required for r in reported))
    out: list[Block] = [Heading("1. Kết quả ở các đơn vị trực thuộc", level=2)]
    if not rows:
        out.append(Para("Chưa có số liệu tổng hợp từ báo cáo của các đơn vị trực thuộc."))
        return out
    by_deadline = f" (hạn báo cáo {format_date(deadline)})" if deadline else ""
    out.append(
        Para(
            f"Tổng hợp từ báo cáo của các đơn vị trực thuộc: {completeness_text(rows)}"
            f"{by_deadline}, trong đó {count(on_time, 'đơn vị')} báo cáo đúng hạn."
        )
    )
    out.append(
        Para(
            "Tổng số đảng viên phải tham gia học tập ở các đơn vị đã báo cáo: "
            f"{count(total.denominator, 'đồng chí')}; đã tham gia học tập: "
            f"{rate_phrase(total)}."
        )
    )
    late = [clean(r.name) for r in reported if not r.on_time]
    missing = [clean(r.name) for r in rows if not r.reported]
    if missing:
        what = "Đơn vị quá hạn chưa báo cáo" if overdue else "Đơn vị chưa báo cáo"
        out.append(Para(f"{what} ({format_int(len(missing))}): {enumerate_vi(missing)}."))
    if late:
        out.append(Para(f"Đơn vị báo cáo muộn ({format_int(len(late))}): {enumerate_vi(late)}."))
    table_rows = [
        (
            str(i),
            clean(r.code),
            clean(r.name),
            _status(r, overdue),
            r.rate_text if r.reported else "",
        )
        for i, r in enumerate(rows, 1)
    ]
    table_rows.append(
        ("", "", "Tổng cộng", f"{format_int(len(reported))}/{format_int(len(rows))}", total.text)
    )
    out.append(
        Table(
            caption="Kết quả học tập ở các đơn vị trực thuộc",
            columns=(
                Column("STT", 10, Align.CENTER),
                Column("Mã", 22),
                Column("Đơn vị", 49),
                Column("Báo cáo", 38, Align.CENTER),
                Column("Đã học tập / phải học tập (tỷ lệ)", 46, Align.CENTER),
            ),
            rows=tuple(table_rows),
            total_row=True,
        )
    )
    return out
