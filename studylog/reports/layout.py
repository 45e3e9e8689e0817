"""The Party document frame in reportlab: A4, margins 20/20/30/15 mm, letterhead, signature.

Sizes follow Hướng dẫn 36-HD/VPTW as offices apply it with Times New Roman: body
13 pt, the party name 15 pt bold, the date line italic. Liberation Serif has the
metrics of Times New Roman, so a page breaks where it would in Word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from studylog import __version__
from studylog.reports import fonts
from studylog.reports.document import PARTY_NAME, Align, Column, Letterhead, Signature

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
BODY_SIZE = 13
TABLE_SIZE = 11
LEFT_HEAD_MM, RIGHT_HEAD_MM = 72, 93

_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}


def style(
    name: str,
    *,
    size: float = BODY_SIZE,
    font: str = fonts.REGULAR,
    align: int = TA_LEFT,
    leading: float | None = None,
    **extra: Any,
) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.25,
        alignment=align,
        **extra,
    )


def text(value: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: user text is escaped, never read as markup; \n breaks."""
    return Paragraph(escape(value).replace("\n", "<br/>"), st)


class Styles:
    """The paragraph styles of one document (fonts registered first)."""

    def __init__(self) -> None:
        fonts.register_fonts()
        self.body = style(
            "body", align=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=3, leading=17
        )
        self.plain = style("plain", align=TA_JUSTIFY, spaceAfter=3, leading=17)
        self.heading1 = style("h1", font=fonts.BOLD, spaceBefore=6, spaceAfter=4)
        self.heading2 = style(
            "h2", font=fonts.BOLD, firstLineIndent=10 * mm, spaceBefore=3, spaceAfter=3
        )
        self.head_left = style("head-left", align=TA_CENTER, leading=16)
        self.head_left_bold = style("head-left-b", font=fonts.BOLD, align=TA_CENTER, leading=16)
        self.party = style("party", size=15, font=fonts.BOLD, align=TA_CENTER, leading=18)
        self.date = style("date", font=fonts.ITALIC, align=TA_CENTER, leading=16)
        self.title = style("title", size=15, font=fonts.BOLD, align=TA_CENTER, spaceBefore=16)
        self.subject = style("subject", size=14, font=fonts.BOLD, align=TA_CENTER, leading=18)
        self.caption = style(
            "caption",
            size=12,
            font=fonts.BOLD_ITALIC,
            align=TA_CENTER,
            spaceBefore=4,
            spaceAfter=3,
        )
        self.cell = {a: style(f"cell-{a}", size=TABLE_SIZE, align=_ALIGN[a]) for a in Align}
        self.cell_bold = {
            a: style(f"cellb-{a}", size=TABLE_SIZE, font=fonts.BOLD, align=_ALIGN[a]) for a in Align
        }
        self.sign = style("sign", font=fonts.BOLD, align=TA_CENTER, leading=17)
        self.sign_hint = style("sign-hint", size=12, font=fonts.ITALIC, align=TA_CENTER)
        # Party documents (Hướng dẫn 36-HD/VPTW): "Nơi nhận:" upright and underlined.
        self.recipients_head = style("rcpt-h", size=12, leading=15)
        self.recipients = style("rcpt", size=11, leading=14)


def frame_template(
    out: IO[bytes],
    *,
    title: str,
    author: str,
    subject: str,
    later_pages: Callable[[Any, Any], None],
) -> BaseDocTemplate:
    """A4 with the Party margins exactly: the frame has no padding of its own."""
    template = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        subject=subject,
        creator=f"StudyLog {__version__}",
        lang="vi-VN",
        # Otherwise every page declares Helvetica, a font that is never embedded.
        initialFontName=fonts.REGULAR,
        initialFontSize=BODY_SIZE,
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        TEXT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )

    def on_page(canvas: Any, doc: Any) -> None:
        if doc.page > 1:
            later_pages(canvas, doc)

    template.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return template


def page_number(label: Callable[[int], str] = str) -> Callable[[Any, Any], None]:
    """The page number at the top centre, from page 2 on (Party documents)."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, BODY_SIZE)
        canvas.drawCentredString(
            MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_HEIGHT - MARGIN_TOP / 2 - 4, label(doc.page)
        )
        canvas.restoreState()

    return draw


def letterhead(head: Letterhead, st: Styles) -> Table:
    """Left: upper organisation, issuing unit (bold), "*", number; right: party name, rule, date.

    One table row per line, so that the number and the date line share a baseline.
    """
    left: list[Flowable | str] = []
    if head.upper:
        left.append(text(head.upper, st.head_left))
    left.append(text(head.unit, st.head_left_bold))
    left.append(text("*", st.head_left))
    if head.number:
        left.append(text(head.number, st.head_left))
    rule = HRFlowable(
        width=stringWidth(PARTY_NAME, fonts.BOLD, st.party.fontSize),
        thickness=0.7,
        color=colors.black,
        spaceBefore=1.5,
        spaceAfter=0,
    )
    right: list[Flowable | str] = [text(PARTY_NAME, st.party), rule]
    while len(right) < max(len(left), 3) - 1:
        right.append("")
    if head.date_line:
        right.append(text(head.date_line, st.date))
    rows = max(len(left), len(right))
    left += [""] * (rows - len(left))
    right += [""] * (rows - len(right))
    table = Table(
        list(zip(left, right, strict=True)),
        colWidths=[LEFT_HEAD_MM * mm, RIGHT_HEAD_MM * mm],
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                # The rule sits right under the party name.
                ("TOPPADDING", (1, 1), (1, 1), 0),
                ("BOTTOMPADDING", (1, 1), (1, 1), 4),
            ]
        )
    )
    return table


def title_block(title: str, subject: str, st: Styles) -> list[Flowable]:
    return [
        text(title, st.title),
        text(subject, st.subject),
        text("-----", st.subject),
        Spacer(1, 6),
    ]


def data_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    st: Styles,
    *,
    total_row: bool = False,
    row_height: float | None = None,
) -> Table:
    """A bordered table with a bold, shaded header row repeated on every page."""
    header = [text(c.title, st.cell_bold[Align.CENTER]) for c in columns]
    body = []
    for i, row in enumerate(rows):
        bold = total_row and i == len(rows) - 1
        cells = st.cell_bold if bold else st.cell
        body.append([text(value, cells[c.align]) for value, c in zip(row, columns, strict=True)])
    heights = None if row_height is None else [None] + [row_height] * len(body)
    table = Table(
        [header, *body],
        colWidths=[c.width_mm * mm for c in columns],
        rowHeights=heights,
        repeatRows=1,
        hAlign="CENTER",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE" if row_height else "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def dotted_lines(lines: int, st: Styles) -> list[Flowable]:
    dots = int(TEXT_WIDTH / stringWidth(".", fonts.REGULAR, BODY_SIZE)) - 1
    return [text("." * dots, st.plain) for _ in range(lines)]


def signature_block(
    recipients: Sequence[str], sign: Signature, st: Styles, *, closing: Sequence[Flowable] = ()
) -> Flowable:
    """Recipients at the left, the signature at the right, on one page with `closing`.

    The closing lines come along so that a signature never stands alone on a page.
    """
    left: list[Flowable] = []
    if recipients:
        left.append(Paragraph("<u>Nơi nhận:</u>", st.recipients_head))
        left.extend(text(r, st.recipients) for r in recipients)
    right: list[Flowable] = [
        text(sign.on_behalf, st.sign),
        text(sign.title, st.sign),
        Spacer(1, 24 * mm),
        text(sign.name or "", st.sign),
    ]
    table = Table([[left, right]], colWidths=[75 * mm, 90 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return KeepTogether([*closing, Spacer(1, 8), table])
