"""The campaign report as an editable Word draft (python-docx), laid out like the PDF.

Times New Roman 13–14 pt as Party offices type their documents; A4 and the same
margins; the letterhead and the signature as borderless tables, so that the secretary
can edit the text without the layout falling apart.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from studylog.files import atomic_write
from studylog.reports import chart, layout
from studylog.reports.document import (
    PARTY_NAME,
    Align,
    Blank,
    Block,
    Chart,
    Column,
    Document,
    Heading,
    Letterhead,
    Para,
    Signature,
    Table,
)

FONT = "Times New Roman"
# A line of dots across the text width at 14 pt (Liberation Serif has Times' metrics).
_DOTS = 128
_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
}


def _setup(docx: Any) -> None:
    section = docx.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    normal = docx.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(layout.BODY_SIZE + 1)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.1
    _page_numbers(section)


def _page_numbers(section: Any) -> None:
    """The page number at the top centre, from page 2 on (a different first page)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    for kind, value in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = value
        run._r.append(element)


def _paragraph(
    cell_or_doc: Any,
    text: str,
    *,
    size: float = layout.BODY_SIZE + 1,
    bold: bool = False,
    italic: bool = False,
    align: Any = WD_ALIGN_PARAGRAPH.JUSTIFY,
    indent: bool = False,
    first: bool = False,
) -> Any:
    paragraph = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = Mm(10)
    run = paragraph.add_run(text)
    run.font.size, run.font.bold, run.font.italic = Pt(size), bold, italic
    return paragraph


def _borderless(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _widths(table: Any, widths_mm: list[float]) -> None:
    """Widths on the grid (read by LibreOffice) and on every cell (read by Word)."""
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
        column.w = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _letterhead(docx: Any, head: Letterhead) -> None:
    table = docx.add_table(rows=1, cols=2)
    _borderless(table)
    _widths(table, [layout.LEFT_HEAD_MM, layout.RIGHT_HEAD_MM])
    left, right = table.rows[0].cells
    centre = WD_ALIGN_PARAGRAPH.CENTER
    lines = [(head.upper, False)] if head.upper else []
    lines += [(head.unit, True), ("*", False)]
    lines += [(head.number, False)] if head.number else []
    for i, (text, bold) in enumerate(lines):
        _paragraph(left, text, bold=bold, align=centre, first=i == 0, size=13)
    party = _paragraph(right, PARTY_NAME, bold=True, align=centre, first=True, size=15)
    party.runs[0].font.underline = True  # Word's way of drawing the rule under the name
    right.add_paragraph()
    if head.date_line:
        _paragraph(right, head.date_line, italic=True, align=centre, size=13)


def _table(docx: Any, block: Table) -> None:
    _paragraph(
        docx, block.caption, size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER
    ).paragraph_format.keep_with_next = True
    table = docx.add_table(rows=1, cols=len(block.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_header(header)
    for cell, column in zip(header.cells, block.columns, strict=True):
        _cell(cell, column.title, column, bold=True, align=Align.CENTER)
    for i, row in enumerate(block.rows):
        bold = block.total_row and i == len(block.rows) - 1
        cells = table.add_row().cells
        for cell, value, column in zip(cells, row, block.columns, strict=True):
            _cell(cell, value, column, bold=bold)
    _widths(table, [c.width_mm for c in block.columns])
    docx.add_paragraph()


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _cell(cell: Any, text: str, column: Column, *, bold: bool, align: Align | None = None) -> None:
    _paragraph(
        cell,
        text,
        size=layout.TABLE_SIZE + 1,
        bold=bold,
        align=_ALIGN[align or column.align],
        first=True,
    )


def _signature(docx: Any, recipients: tuple[str, ...], sign: Signature) -> None:
    table = docx.add_table(rows=1, cols=2)
    _borderless(table)
    _widths(table, [75, 90])
    left, right = table.rows[0].cells
    centre = WD_ALIGN_PARAGRAPH.CENTER
    if recipients:
        head = _paragraph(left, "Nơi nhận:", size=12, align=WD_ALIGN_PARAGRAPH.LEFT, first=True)
        head.runs[0].font.underline = True
        for line in recipients:
            _paragraph(left, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _paragraph(right, sign.on_behalf, bold=True, align=centre, first=True)
    _paragraph(right, sign.title, bold=True, align=centre)
    for _ in range(4):
        right.add_paragraph()
    _paragraph(right, sign.name, bold=True, align=centre)


def _block(docx: Any, block: Block) -> None:
    if isinstance(block, Heading):
        p = _paragraph(docx, block.text, bold=True, indent=block.level > 1)
        p.paragraph_format.keep_with_next = True
    elif isinstance(block, Para):
        _paragraph(docx, block.text, indent=block.indent, italic=block.italic)
    elif isinstance(block, Blank):
        for _ in range(block.lines):
            _paragraph(docx, "." * _DOTS)
    elif isinstance(block, Table):
        _table(docx, block)
    elif isinstance(block, Chart):
        docx.add_picture(io.BytesIO(chart.png(block.bars)), width=Mm(chart.WIDTH_MM))
        docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _paragraph(
            docx, block.caption, size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER
        )
    else:
        raise TypeError(block)


def render(document: Document, out: IO[bytes]) -> None:
    docx = new_docx()
    _setup(docx)
    docx.core_properties.title = document.meta_title
    docx.core_properties.author = document.author
    docx.core_properties.language = "vi-VN"
    _letterhead(docx, document.letterhead)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _paragraph(
        docx, document.title, size=15, bold=True, align=centre
    ).paragraph_format.space_before = Pt(12)
    _paragraph(docx, document.subject, bold=True, align=centre)
    _paragraph(docx, "-----", bold=True, align=centre)
    for block in document.body:
        _block(docx, block)
    # The closing sentence goes with the signature: a signature never stands alone.
    docx.paragraphs[-1].paragraph_format.keep_with_next = True
    _signature(docx, document.recipients, document.signature)
    docx.save(out)


def write(document: Document, path: Path) -> None:
    atomic_write(path, lambda out: render(document, out))
