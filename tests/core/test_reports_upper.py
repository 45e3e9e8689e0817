"""The report above chi bộ: the per-unit table and completeness, from hand-made rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pdf_tools import flat, needs_poppler, pdf_text

from studylog.domain.enums import (
    DenominatorRule,
    Level,
)
from studylog.domain.figures import campaign_figures
from studylog.domain.models import Campaign, Unit
from studylog.reports import campaign_pdf
from studylog.reports.content import campaign_document
from studylog.reports.data import ReportInput, UnitRow
from studylog.reports.document import Heading, Para, Table

UPPER_UNIT = Unit(
    uid="u-1",
    code="DU-BT",
    name="Đảng ủy phường Bến Thành",
    level=Level.XA,
    parent_name="Thành ủy Thành phố Hồ Chí Minh",
    secretary="Trần Văn Ẩn",
    place="Phường Bến Thành",
)
UPPER_CAMPAIGN = Campaign(
    uid="c-1",
    code="NQ-DH-XIV",
    title="Học tập, quán triệt Nghị quyết Đại hội XIV",
    report_deadline=date(2026, 4, 5),
)
ROWS = (
    UnitRow("CB-KP1", "Chi bộ Khu phố 1", True, True, 40, 38, "38/40 (95,00%)"),
    UnitRow("CB-KP2", "Chi bộ Khu phố 2", True, False, 25, 23, "23/25 (92,00%)"),
    UnitRow("CB-KP3", "Chi bộ Khu phố 3", True, True, 35, 35, "35/35 (100,00%)"),
    UnitRow("CB-KP4", "Chi bộ Khu phố 4", False, False, 0, 0, "0/0 (—)"),
)


def upper_input() -> ReportInput:
    figures = campaign_figures(
        campaign=UPPER_CAMPAIGN,
        members=[],
        sessions=[],
        attendance=[],
        points=[],
        makeups=[],
        essays=[],
        rule=DenominatorRule.TRU_MIEN,
        today=date(2026, 4, 10),
    )
    return ReportInput(
        unit=UPPER_UNIT,
        campaign=UPPER_CAMPAIGN,
        figures=figures,
        sessions=(),
        points=(),
        issued_on=date(2026, 4, 10),
        number=7,
        unit_rows=ROWS,
    )


def test_upper_level_section_from_hand_made_rows() -> None:
    document = campaign_document(upper_input())
    text = flat(" ".join(b.text for b in document.body if isinstance(b, Para)))
    # 3 of 4 reported; totals over the reported: 96/100.
    assert (
        "3/4 đơn vị đã báo cáo (hạn báo cáo 05/04/2026), trong đó 2 đơn vị báo cáo đúng hạn" in text
    )
    assert "đã tham gia học tập: 96/100 đồng chí, đạt tỷ lệ 96,00%." in text
    assert "Đơn vị quá hạn chưa báo cáo (1): Chi bộ Khu phố 4." in text
    assert "Đơn vị báo cáo muộn (1): Chi bộ Khu phố 2." in text
    table = next(b for b in document.body if isinstance(b, Table))
    assert [r[3] for r in table.rows] == [
        "Đúng hạn",
        "Muộn",
        "Đúng hạn",
        "Quá hạn, chưa báo cáo",
        "3/4",
    ]
    assert table.rows[-1][-1] == "96/100 (96,00%)" and table.total_row
    assert document.letterhead.upper == "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"
    assert document.letterhead.number == "Số 07-BC/ĐU"
    assert (document.signature.on_behalf, document.signature.name) == ("T/M ĐẢNG ỦY", "Trần Văn Ẩn")
    assert document.recipients == (
        "- Thành ủy Thành phố Hồ Chí Minh (để báo cáo),",
        "- Lưu Văn phòng Đảng ủy.",
    )
    assert not any(
        "Đảng viên chưa tham gia" in b.text for b in document.body if isinstance(b, Heading)
    )


@needs_poppler
def test_upper_level_pdf(tmp_path: Path) -> None:
    path = tmp_path / "upper.pdf"
    campaign_pdf.write(campaign_document(upper_input()), path)
    text = pdf_text(path)
    assert "ĐẢNG ỦY PHƯỜNG BẾN THÀNH" in text and "Số 07-BC/ĐU" in text
    assert "Chi bộ Khu phố 4" in text and "96/100 (96,00%)" in text and "T/M ĐẢNG ỦY" in text
