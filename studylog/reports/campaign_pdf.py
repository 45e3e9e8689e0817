"""The campaign report as a PDF (reportlab platypus), in the Party document layout."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from studylog.files import atomic_write
from studylog.reports import chart, layout
from studylog.reports.document import Blank, Block, Chart, Document, Heading, Para, Table

SHORT_TABLE = 12  # rows: a table this short moves to the next page whole


def flowables(document: Document, st: layout.Styles) -> list[Flowable]:
    story: list[Flowable] = [
        layout.letterhead(document.letterhead, st),
        *layout.title_block(document.title, document.subject, st),
    ]
    *body, closing = document.body
    for block in body:
        story.extend(_block(block, st))
    story.append(
        layout.signature_block(
            document.recipients, document.signature, st, closing=_block(closing, st)
        )
    )
    return story


def _block(block: Block, st: layout.Styles) -> list[Flowable]:
    if isinstance(block, Heading):
        # A heading never ends a page: it moves on with (at least) its first lines.
        para = layout.text(block.text, st.heading1 if block.level == 1 else st.heading2)
        return [CondPageBreak(30 * mm), para]
    if isinstance(block, Para):
        return [layout.text(block.text, st.body if block.indent else st.plain)]
    if isinstance(block, Blank):
        return layout.dotted_lines(block.lines, st)
    if isinstance(block, Table):
        table = layout.data_table(block.columns, block.rows, st, total_row=block.total_row)
        caption = layout.text(block.caption, st.caption)
        if len(block.rows) <= SHORT_TABLE:
            return [KeepTogether([caption, table]), Spacer(1, 4)]
        # A long table flows over pages (its header row repeats); only its caption must
        # not be left alone at the foot of a page.
        return [CondPageBreak(40 * mm), caption, table, Spacer(1, 4)]
    if isinstance(block, Chart):
        return [
            KeepTogether(
                [Spacer(1, 4), chart.drawing(block.bars), layout.text(block.caption, st.caption)]
            )
        ]
    raise TypeError(block)


def render(document: Document, out: IO[bytes]) -> None:
    st = layout.Styles()
    template = layout.frame_template(
        out,
        title=document.meta_title,
        author=document.author,
        subject=document.subject,
        later_pages=layout.page_number(),
    )
    template.build(flowables(document, st))


def write(document: Document, path: Path) -> None:
    atomic_write(path, lambda out: render(document, out))
