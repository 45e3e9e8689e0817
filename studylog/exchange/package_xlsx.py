"""Spreadsheets as a Party office formats them, written with XlsxWriter.

Times New Roman, the two-column heading of Party documents (upper organisation and
unit on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line on the right), a
bordered table whose header row repeats on every printed page, frozen panes, A4.

Why XlsxWriter and not openpyxl (which still reads every workbook): a package is a
few thousand cells, a third of them styled, and openpyxl builds a cell object per
styled value and looks its style up cell by cell; XlsxWriter registers a format once
and stores a tuple per cell, which made an export about twice as fast (docs/
PERFORMANCE.md). Its output is checked part by part against files Excel itself saves,
so what it writes opens without a repair prompt.

Every text is written with `write_string`, so a value starting with "=" stays text
(the workbook options also turn off every guess of numbers, formulas and links).
Text that a spreadsheet would read as a formula when retyped (=, +, -, @, tab, CR)
also gets the quotePrefix style, as Excel gives a value typed with a leading
apostrophe. The workbook is built in memory and written through the shared atomic
writer: a crash or a full disk leaves the old file (or none), never half a workbook.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import IO, Any

from xlsxwriter import Workbook

from studylog.files import atomic_write
from studylog.vntext.fmt import date_line

FONT = "Times New Roman"
RISKY_START = ("=", "+", "-", "@", "\t", "\r", "\n")
HEAD_FILL = "#D9D9D9"
MM_PER_INCH = 25.4
PAPER_A4 = 9  # the paperSize code of A4 in SpreadsheetML
HEADER_ROW = 7  # 0-based: the table's header is row 8, below the document heading


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
NOTE = Style(italic=True, wrap=False)


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


class Look:
    """A Style as formats of one workbook: `plain` as it is (None: an unstyled cell), and
    `quoted` with quotePrefix, for text that starts like a formula (made when needed)."""

    __slots__ = ("_add_format", "_quoted", "plain", "style")

    def __init__(self, add_format: Callable[[dict[str, object]], Any], style: Style | None) -> None:
        self._add_format = add_format  # the workbook's
        self.style = style
        self.plain = None if style is None else add_format(_properties(style))
        self._quoted: Any = None

    @property
    def quoted(self) -> Any:
        if self._quoted is None:
            self._quoted = self._add_format({**_properties(self.style), "quote_prefix": True})
        return self._quoted


class Book:
    """A workbook being written in memory; `save` writes it to its file in one step."""

    def __init__(self, title: str = "") -> None:
        self._buffer = io.BytesIO()
        self._wb = Workbook(
            self._buffer,
            {
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                # Each part in memory, not a temporary file per part: faster, and an
                # export never depends on the temporary folder being writable.
                "in_memory": True,
            },
        )
        self._wb.set_properties({"title": title, "author": "StudyLog"})
        self._looks: dict[Style | None, Look] = {}

    def look(self, style: Style | None) -> Look:
        """The style registered with the workbook once (XlsxWriter writes only the
        formats that cells use)."""
        found = self._looks.get(style)
        if found is None:
            found = self._looks[style] = Look(self._wb.add_format, style)
        return found

    def looks(self, styles: Iterable[Style | None]) -> list[Look]:
        return [self.look(s) for s in styles]

    def sheet(self, title: str, *, hidden: bool = False) -> Sheet:
        ws = self._wb.add_worksheet(title)
        if hidden:
            ws.hide()
        return Sheet(self, ws)

    def save(self, path: Path) -> None:
        atomic_write(path, self._write)

    def _write(self, handle: IO[bytes]) -> None:
        self._wb.close()  # the zip, into the memory buffer
        handle.write(self._buffer.getvalue())


def _properties(style: Style | None) -> dict[str, object]:
    if style is None:
        return {}
    props: dict[str, object] = {
        "font_name": FONT,
        "font_size": style.size,
        "bold": style.bold,
        "italic": style.italic,
        "align": style.horizontal,
        "valign": "vcenter",
        "text_wrap": style.wrap,
    }
    if style.underline:
        props["underline"] = 1
    if style.border:
        props["border"] = 1
    if style.fill:
        props.update(pattern=1, bg_color=HEAD_FILL)
    if style.number_format != "General":
        props["num_format"] = style.number_format
    return props


class Sheet:
    """One worksheet, filled row by row from the top like a printed form."""

    def __init__(self, book: Book, ws: Any) -> None:
        self.book = book
        self.ws = ws
        self.row = 0  # 0-based: the next row `append` writes

    def append(self, values: Sequence[object], looks: Sequence[Look] = ()) -> None:
        """Write `values` into the next row, each with the look at its place (if any)."""
        bare = self.book.look(None)
        for col, value in enumerate(values):
            look = looks[col] if col < len(looks) else bare
            if value is not None or look.plain is not None:  # else: no cell at all
                self.write(col, value, look)
        self.row += 1

    def skip(self) -> None:
        self.row += 1

    def write(self, col: int, value: object, look: Look) -> None:
        ws, row = self.ws, self.row
        if value is None:
            done = ws.write_blank(row, col, None, look.plain)  # styled: keeps its borders
        elif isinstance(value, str):
            fmt = look.quoted if value.startswith(RISKY_START) else look.plain
            done = ws.write_string(row, col, value, fmt)
        elif isinstance(value, date):
            done = ws.write_datetime(row, col, value, look.plain)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            done = ws.write_number(row, col, value, look.plain)
        else:
            raise TypeError(f"no spreadsheet cell for {type(value).__name__}")
        if done != 0:
            # -1 outside the sheet, -2 text cut at 32,767 characters: either would make
            # the file say something other than what the data (and its hash) say.
            raise ValueError(f"cell ({row}, {col}) could not be written whole ({done})")

    def merge(self, first: int, last: int, value: object, style: Style) -> None:
        """`value` across columns first..last (0-based) of the next row."""
        look = self.book.look(style)
        if last > first:
            self.ws.merge_range(self.row, first, self.row, last, "", look.plain)
        self.write(first, value, look)


def table_sheet(
    book: Book,
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
    sheet = book.sheet(title)
    ws = sheet.ws
    for index, column in enumerate(columns):
        ws.set_column(index, index, column.width)
    ws.freeze_panes(HEADER_ROW + 1, 0)
    ws.repeat_rows(HEADER_ROW)
    _page_setup(ws, landscape=landscape)
    _heading(sheet, heading, len(columns))
    headers = [c.header for c in columns]
    per_line = _per_line(columns)
    _fit_height(sheet, headers, per_line)
    sheet.append(headers, book.looks([HEADER] * len(columns)))
    styles = [c.style for c in columns]
    looks = book.looks(styles)
    empty = True
    for row in rows:
        empty = False
        if len(row) != len(columns):
            raise ValueError(f"{title}: a row of {len(row)} cells for {len(columns)} columns")
        _fit_height(sheet, row, per_line)
        sheet.append(row, looks)
    if total is not None:
        sheet.append(total, book.looks(_bold(s) for s in styles))
    if empty and empty_note:
        sheet.append([empty_note], book.looks([NOTE]))
    if footer:
        sheet.skip()
        sheet.append([footer], book.looks([NOTE]))


LINE_HEIGHT = 16.0  # points, for 12 pt Times New Roman


def _fit_height(sheet: Sheet, values: Sequence[object], per_line: Sequence[float]) -> None:
    """Give the next row, when its text wraps, the height of its lines.

    Spreadsheet programs do not always grow a wrapped row written without a height
    (LibreOffice's converter keeps one line), so the height is set from the text.
    `per_line` is what `_per_line` says each column holds.
    """
    lines = 1
    for value, room in zip(values, per_line, strict=False):
        if isinstance(value, str) and (len(value) > room or "\n" in value):
            wrapped = sum(math.ceil(max(len(part), 1) / room) for part in value.split("\n"))
            lines = max(lines, wrapped)
    if lines > 1:
        sheet.ws.set_row(sheet.row, LINE_HEIGHT * lines + 2)


def _per_line(columns: Sequence[Column]) -> list[float]:
    """About how many characters of 12 pt Times a line of each column holds."""
    return [max(c.width - 1.5, 1.0) * 1.1 for c in columns]


def _page_setup(ws: Any, *, landscape: bool) -> None:
    ws.set_paper(PAPER_A4)
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    # Party documents: top 20, bottom 20, left 30, right 15 mm.
    ws.set_margins(
        left=30 / MM_PER_INCH,
        right=15 / MM_PER_INCH,
        top=20 / MM_PER_INCH,
        bottom=20 / MM_PER_INCH,
    )
    ws.set_header("", margin=8 / MM_PER_INCH)
    ws.set_footer("", margin=8 / MM_PER_INCH)


def _heading(sheet: Sheet, heading: Heading, width: int) -> None:
    """Rows 1–7: the two-column document heading, then title and subtitle."""
    left_last = max(1, width // 2) - 1  # 0-based: the left column ends here
    right_first = left_last + 1 if width > 1 else 0
    last = width - 1

    def pair(a: str, a_style: Style, b: str, b_style: Style) -> None:
        sheet.merge(0, left_last, a, a_style)
        if width > 1:
            sheet.merge(right_first, last, b, b_style)
        sheet.skip()

    pair(
        heading.upper.upper(),
        Style(size=13, horizontal="center"),
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        Style(size=13, bold=True, underline=True, horizontal="center"),
    )
    pair(
        heading.unit.upper(),
        Style(size=13, bold=True, horizontal="center"),
        date_line(heading.place, heading.day),
        Style(size=13, italic=True, horizontal="center"),
    )
    sheet.merge(0, left_last, "*", Style(size=13, horizontal="center"))
    sheet.skip()
    sheet.skip()
    sheet.merge(0, last, heading.title, Style(size=14, bold=True, horizontal="center"))
    sheet.skip()
    sheet.merge(0, last, heading.subtitle, Style(size=13, italic=True, horizontal="center"))
    sheet.skip()
    sheet.skip()


def key_value_sheet(book: Book, title: str, pairs: Iterable[tuple[str, str]]) -> None:
    sheet = book.sheet(title, hidden=True)
    sheet.append(["key", "value"])
    for key, value in pairs:
        sheet.append([key, value])
