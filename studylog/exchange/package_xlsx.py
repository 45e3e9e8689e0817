"""Spreadsheets as a Party office formats them, written with openpyxl's write-only mode.

Times New Roman, the two-column heading of Party documents (upper organisation and
unit on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line on the right), a
bordered table whose header row repeats on every printed page, frozen panes, A4.

Every text goes into an inline-string cell (`data_type = "s"`): openpyxl would
otherwise turn a value starting with "=" into a formula. Text that a spreadsheet
would read as a formula when retyped (=, +, -, @, tab, CR) also gets the
quotePrefix style, as Excel gives a value typed with a leading apostrophe.
The workbook is saved under a temporary name in the target folder and renamed.
"""

from __future__ import annotations

import copy
import math
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from studylog.files import atomic_write
from studylog.vntext.fmt import date_line

FONT = "Times New Roman"
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
MM_PER_INCH = 25.4
PAPER_A4 = "9"  # the paperSize code of A4 in SpreadsheetML


@dataclass(frozen=True)
class Style:
    size: int = 12
    bold: bool = False
    italic: bool = False
    underline: bool = False
    horizontal: str = "left"
    wrap: bool = True
    border: bool = False
    fill: bool = False
    number_format: str = "General"


TEXT = Style(border=True)
CENTER = Style(border=True, horizontal="center")
NUMBER = Style(border=True, horizontal="right", number_format="#,##0")
DATE = Style(border=True, horizontal="center", number_format="dd/mm/yyyy")
HEADER = Style(bold=True, border=True, horizontal="center", fill=True)


def _bold(style: Style) -> Style:
    return replace(style, bold=True)


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    style: Style = TEXT


@dataclass(frozen=True)
class Heading:
    """The document heading above every visible table."""

    upper: str  # the upper organisation, e.g. "Đảng ủy xã An Bình"
    unit: str
    place: str
    day: date
    title: str  # e.g. "TỔNG HỢP KẾT QUẢ HỌC TẬP"
    subtitle: str  # the campaign's title


# Per workbook, each Style's index array (font, alignment, border, fill, number format).
_STYLES: weakref.WeakKeyDictionary[Any, dict[Style, Any]] = weakref.WeakKeyDictionary()


def _style_array(ws: Any, style: Style) -> Any:
    """The style registered with the workbook once, as the index array cells copy.

    Giving each cell its font, alignment, border, fill and number format hashes and
    looks up five style objects per cell, which was most of an export's time; a
    package has thousands of cells and a dozen styles.
    """
    styles = _STYLES.setdefault(ws.parent, {})
    found = styles.get(style)
    if found is None:
        probe = WriteOnlyCell(ws)
        probe.font = Font(
            name=FONT,
            size=style.size,
            bold=style.bold,
            italic=style.italic,
            underline="single" if style.underline else None,
        )
        probe.alignment = Alignment(
            horizontal=style.horizontal, vertical="center", wrap_text=style.wrap
        )
        if style.border:
            probe.border = _BOX
        if style.fill:
            probe.fill = _HEAD_FILL
        probe.number_format = style.number_format
        found = styles[style] = probe._style
    return found


def cell(ws: Any, value: object, style: Style | None = None) -> Cell:
    return _styled(ws, value, None if style is None else _style_array(ws, style))


def _styled(ws: Any, value: object, style: Any) -> Cell:
    """A cell with `value` and a copy of a `_style_array` (None: unstyled)."""
    copied = None if style is None else copy.copy(style)
    out = Cell(ws, row=1, column=1, value=value, style_array=copied)
    if isinstance(value, str):
        out.data_type = "s"  # never a formula, whatever the text starts with
        if value.startswith(RISKY_START):
            out.quotePrefix = True
    return out


def plain(ws: Any, value: object) -> object:
    """An unstyled value to append: as it is, unless it is text a spreadsheet would take
    for a formula or an error code, which gets the protected text cell of `cell`.

    Appending plain values spares openpyxl a cell object (and a caught exception) each.
    """
    if isinstance(value, str) and (value.startswith(RISKY_START) or value in ERROR_CODES):
        return cell(ws, value)
    return value


def plain_sheet(wb: Workbook, title: str, *, hidden: bool = False) -> Any:
    ws = wb.create_sheet(title)
    if hidden:
        ws.sheet_state = "hidden"
    return ws


def table_sheet(
    wb: Workbook,
    title: str,
    heading: Heading,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    *,
    landscape: bool = False,
    total: Sequence[object] | None = None,
    empty_note: str = "",
    footer: str = "",
) -> None:
    """A visible sheet: heading, one bordered table, an optional bold total row.

    `empty_note` stands in for a table without rows; `footer` follows the table.
    """
    ws = wb.create_sheet(title)
    header_row = 8
    # Write-only sheets write views, columns and page set-up before the first row.
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    _page_setup(ws, landscape=landscape)
    _heading(ws, heading, len(columns))
    headers = [c.header for c in columns]
    _fit_height(ws, header_row, headers, columns)
    ws.append([cell(ws, c.header, HEADER) for c in columns])
    styles = [_style_array(ws, c.style) for c in columns]
    empty = True
    for number, row in enumerate(rows, start=header_row + 1):
        empty = False
        _fit_height(ws, number, row, columns)
        ws.append([_styled(ws, v, s) for v, s in zip(row, styles, strict=True)])
    if total is not None:
        ws.append([cell(ws, v, _bold(c.style)) for v, c in zip(total, columns, strict=True)])
    if empty and empty_note:
        ws.append([cell(ws, empty_note, Style(italic=True, wrap=False))])
    if footer:
        ws.append([])
        ws.append([cell(ws, footer, Style(italic=True, wrap=False))])


LINE_HEIGHT = 16.0  # points, for 12 pt Times New Roman


def _fit_height(ws: Any, row: int, values: Sequence[object], columns: Sequence[Column]) -> None:
    """Give a row with wrapped text the height of its lines.

    Spreadsheet programs do not always grow a wrapped row written without a height
    (LibreOffice's converter keeps one line), so the height is set from the text.
    A column `width` holds about that many characters of 12 pt Times.
    """
    lines = 1
    for value, column in zip(values, columns, strict=False):
        if isinstance(value, str) and value:
            per_line = max(column.width - 1.5, 1.0) * 1.1
            wrapped = sum(math.ceil(max(len(part), 1) / per_line) for part in value.split("\n"))
            lines = max(lines, wrapped)
    if lines > 1:
        ws.row_dimensions[row].height = LINE_HEIGHT * lines + 2


def _page_setup(ws: Any, *, landscape: bool) -> None:
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    # Party documents: top 20, bottom 20, left 30, right 15 mm.
    ws.page_margins.top = ws.page_margins.bottom = 20 / MM_PER_INCH
    ws.page_margins.left = 30 / MM_PER_INCH
    ws.page_margins.right = 15 / MM_PER_INCH
    ws.page_margins.header = ws.page_margins.footer = 8 / MM_PER_INCH


def _heading(ws: Any, heading: Heading, width: int) -> None:
    """Rows 1–7: the two-column document heading, then title and subtitle."""
    left = max(1, width // 2)
    right_first = left + 1 if width > 1 else 1

    def pair(a: object, a_style: Style, b: object, b_style: Style) -> list[object]:
        out: list[object] = [cell(ws, a, a_style)]
        out += [None] * (right_first - 2)
        if width > 1:
            out.append(cell(ws, b, b_style))
        return out

    ws.append(
        pair(
            heading.upper.upper(),
            Style(size=13, horizontal="center"),
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            Style(size=13, bold=True, underline=True, horizontal="center"),
        )
    )
    ws.append(
        pair(
            heading.unit.upper(),
            Style(size=13, bold=True, horizontal="center"),
            date_line(heading.place, heading.day),
            Style(size=13, italic=True, horizontal="center"),
        )
    )
    ws.append([cell(ws, "*", Style(size=13, horizontal="center"))])
    ws.append([])
    ws.append([cell(ws, heading.title, Style(size=14, bold=True, horizontal="center"))])
    ws.append([cell(ws, heading.subtitle, Style(size=13, italic=True, horizontal="center"))])
    ws.append([])
    last = get_column_letter(width)
    for row in (1, 2, 3):
        if left > 1:
            ws.merged_cells.add(f"A{row}:{get_column_letter(left)}{row}")
        if width > right_first and row < 3:
            ws.merged_cells.add(f"{get_column_letter(right_first)}{row}:{last}{row}")
    if width > 1:
        ws.merged_cells.add(f"A5:{last}5")
        ws.merged_cells.add(f"A6:{last}6")


def key_value_sheet(wb: Workbook, title: str, pairs: Iterable[tuple[str, str]]) -> None:
    ws = plain_sheet(wb, title, hidden=True)
    ws.append([cell(ws, "key"), cell(ws, "value")])
    for key, value in pairs:
        ws.append([cell(ws, key), cell(ws, value)])


def save_atomically(wb: Workbook, path: Path) -> None:
    """Save through the shared atomic writer (studylog.files): a crash or a full disk
    leaves the old file (or none), never half a workbook."""
    atomic_write(path, wb.save)
