"""The editable Word draft: re-opened with python-docx, it holds the PDF's report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from test_reports_pdf import DIFFICULTIES, PROPOSALS, build_chi_bo, flat

from studylog.reports import campaign_docx
from studylog.reports.content import campaign_document
from studylog.reports.data import gather
from studylog.reports.document import Blank, Document, Heading, Para, Table
from studylog.storage.store import Store


@pytest.fixture
def written(store: Store, tmp_path: Path) -> tuple[Document, Path]:
    campaign = build_chi_bo(store)
    report = gather(
        store,
        campaign,
        issued_on=date(2026, 4, 10),
        number=5,
        difficulties=DIFFICULTIES,
        proposals=PROPOSALS,
    )
    document = campaign_document(report)
    path = tmp_path / "báo cáo.docx"
    campaign_docx.write(document, path)
    return document, path


def test_page_is_a4_with_party_margins_and_times(written: tuple[Document, Path]) -> None:
    opened = docx.Document(str(written[1]))
    assert len(opened.sections) == 1
    section = opened.sections[0]
    sizes = (
        section.page_width,
        section.page_height,
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    )
    assert [round(v.mm) for v in sizes] == [210, 297, 20, 20, 30, 15]
    normal = opened.styles["Normal"].font
    assert normal.name == "Times New Roman" and 13 <= normal.size.pt <= 14
    # The page number from page 2 on: a PAGE field in the header, none on page 1.
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert opened.core_properties.title.startswith("Báo cáo kết quả nghiên cứu")


def test_letterhead_and_signature_are_borderless_two_column_tables(
    written: tuple[Document, Path],
) -> None:
    document, path = written
    opened = docx.Document(str(path))
    head, *data_tables, signature = opened.tables
    left, right = (cell.text.splitlines() for cell in head.rows[0].cells)
    assert left == ["ĐẢNG BỘ PHƯỜNG BẾN THÀNH", "CHI BỘ KHU PHỐ 3", "*", "Số 05-BC/CB"]
    assert right[0] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert right[-1] == "Phường Bến Thành, ngày 10 tháng 4 năm 2026"
    bold_unit = head.rows[0].cells[0].paragraphs[1].runs[0]
    assert bold_unit.bold and not head.rows[0].cells[0].paragraphs[0].runs[0].bold
    assert head.rows[0].cells[1].paragraphs[-1].runs[0].italic
    for table in (head, signature):
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert borders is not None and {e.get(qn("w:val")) for e in borders} == {"nil"}
    recipients, sign = (cell.text.splitlines() for cell in signature.rows[0].cells)
    assert recipients == ["Nơi nhận:", *document.recipients]
    assert [line for line in sign if line] == ["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Bí Thư"]
    assert len(data_tables) == sum(isinstance(b, Table) for b in document.body)


def test_body_text_and_tables_match_the_document(written: tuple[Document, Path]) -> None:
    document, path = written
    opened = docx.Document(str(path))
    paragraphs = [flat(p.text) for p in opened.paragraphs]
    assert paragraphs[:3] == ["BÁO CÁO", flat(document.subject), "-----"]
    expected = [flat(b.text) for b in document.body if isinstance(b, (Para, Heading))]
    found = [p for p in paragraphs if p in expected]
    assert found == expected  # every sentence, in the same order
    assert "4/6 đồng chí, đạt tỷ lệ 66,67%" in " ".join(paragraphs)
    assert any(p.startswith("Một số đồng chí tuổi cao có lúc ngã quỵ") for p in paragraphs)
    assert any("ằ ẳ ẵ ặ ỡ ợ ữ ự ỹ ỵ" in p for p in paragraphs)
    blocks = [b for b in document.body if isinstance(b, Table)]
    for block, table in zip(blocks, opened.tables[1:-1], strict=True):
        assert [c.text for c in table.rows[0].cells] == [c.title for c in block.columns]
        assert [tuple(c.text for c in row.cells) for row in table.rows[1:]] == list(block.rows)
        assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats per page
        assert flat(block.caption) in paragraphs
    assert len(opened.inline_shapes) == 1  # the participation chart
    assert not any(isinstance(b, Blank) for b in document.body)
