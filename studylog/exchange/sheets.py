"""Reading the first sheet of an .xlsx or a .csv into plain rows, refusing what is unsafe.

The secretary's file is checked before anything parses it: the kind of file, its
size, and (for a workbook) the zip's declared sizes, so a zip bomb or a damaged
download is refused with advice instead of exhausting memory or raising a
traceback. Values are kept raw (formulas as their "=..." text, never evaluated)
so that the row parsers can report each bad cell with its row and column.
"""

from __future__ import annotations

import csv
import importlib
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, cast

from studylog.exchange import problems, workbook_guard
from studylog.i18n import Message, msg
from studylog.vntext.fold import nfc

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CSV_BYTES = 50 * 1024 * 1024
MAX_XLSX_BYTES = 50 * 1024 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0"
ZIP_MAGIC = b"PK\x03\x04"
LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
# Excel writes characters that XML cannot hold (CR, control characters) as _xHHHH_;
# openpyxl leaves them escaped.
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")

# (first_row, first_col, last_row, last_col): rows as Excel numbers them, columns as
# 0-based indexes into a row's cell list.
Merge = tuple[int, int, int, int]


@dataclass(frozen=True)
class RawTable:
    rows: list[tuple[int, list[object]]]  # (row number, cells); blank rows left out
    encoding_note: Message | None
    source_kind: Literal["xlsx", "csv"]
    merges: tuple[Merge, ...] = ()


class _Legacy(Protocol):
    def detect(self, texts: Iterable[str]) -> str | None: ...
    def decode(self, text: str, encoding: str) -> str: ...
    def decode_bytes(self, data: bytes) -> tuple[str, str]: ...


def _legacy() -> _Legacy:
    # Imported late: the converter is a separate module and only needed once a file is read.
    return cast(_Legacy, importlib.import_module("studylog.vntext.legacy"))


def read_table(path: Path) -> RawTable:
    head = _check_file(path)
    suffix = path.suffix.lower()
    if suffix == ".xls" or head.startswith(OLE2_MAGIC):
        raise problems.old_excel(suffix)
    if suffix in (".xlsx", ".xlsm"):
        rows, merges = _read_xlsx(path)
        kind: Literal["xlsx", "csv"] = "xlsx"
        known = ""
    elif suffix == ".csv":
        if head.startswith(ZIP_MAGIC):
            raise problems.renamed_workbook(path.name)
        rows, known = _read_csv(path)
        merges, kind = [], "csv"
    else:
        raise problems.not_a_spreadsheet(path.name)
    note = _legacy_note(known) if known in LEGACY_NAMES else _convert_legacy(rows)
    clean = [(number, cells) for number, cells in ((n, _clean_row(c)) for n, c in rows) if cells]
    return RawTable(rows=clean, encoding_note=note, source_kind=kind, merges=tuple(merges))


def _check_file(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise problems.missing_file(str(path))
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise problems.unreadable_file(path.name, exc.strerror or type(exc).__name__) from exc
    if size == 0:
        raise problems.empty_file(path.name)
    if size > (MAX_CSV_BYTES if path.suffix.lower() == ".csv" else MAX_XLSX_BYTES):
        raise problems.too_big(path.name)
    return head


# --- .xlsx -------------------------------------------------------------------

_REFUSALS = workbook_guard.Refusals(
    damaged=problems.damaged, too_big=problems.too_big, not_a_workbook=problems.damaged
)


def _read_xlsx(path: Path) -> tuple[list[tuple[int, list[object]]], list[Merge]]:
    with workbook_guard.open_workbook(path, _REFUSALS) as workbook:
        return _read_sheet(workbook, path.name)


def _read_sheet(workbook: object, name: str) -> tuple[list[tuple[int, list[object]]], list[Merge]]:
    """Rows and merged ranges of the active sheet in one streaming pass.

    read_only mode does not expose merged cells, and a full load costs ~50x the file
    in memory; so the sheet is streamed with openpyxl's own WorkSheetParser (as
    ReadOnlyWorksheet does), which collects <mergeCells> on the same pass.
    openpyxl is pinned (3.1.5); tests/core/test_exchange_sheets.py checks merges.
    """
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import WorkSheetParser

    sheet = getattr(workbook, "active", None)
    if not isinstance(sheet, ReadOnlyWorksheet):
        raise problems.not_a_table(name)
    rows: list[tuple[int, list[object]]] = []
    with sheet._get_source() as source:
        parser = WorkSheetParser(
            source,
            sheet._shared_strings,
            data_only=False,
            epoch=sheet.parent.epoch,
            date_formats=sheet.parent._date_formats,
            timedelta_formats=sheet.parent._timedelta_formats,
        )
        for number, cells in parser.parse():
            values = _xlsx_row(cells)
            if values:
                rows.append((number, values))
                if len(rows) > MAX_ROWS:
                    raise problems.too_many_rows(MAX_ROWS)
        merged = parser.merged_cells
    merges = [
        (r.min_row, r.min_col - 1, r.max_row, min(r.max_col, MAX_COLUMNS) - 1)
        for r in (merged.mergeCell if merged is not None else ())
        if r.min_col <= MAX_COLUMNS
    ]
    return rows, merges


def _xlsx_row(cells: list[dict[str, object]]) -> list[object]:
    values: list[object] = []
    for cell in cells:
        value = cell["value"]
        if value is None or value == "":
            continue
        column = cast(int, cell["column"])
        if column > MAX_COLUMNS:
            raise problems.too_many_columns(column, MAX_COLUMNS)
        if cell["data_type"] == "f" and not isinstance(value, str):
            # ArrayFormula / DataTableFormula objects: keep the "=" so it is reported.
            text = getattr(value, "text", None)
            value = text if isinstance(text, str) and text.startswith("=") else "="
        elif isinstance(value, str) and "_x" in value:
            value = _XML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
        values.extend([None] * (column - 1 - len(values)))
        values.append(value)
    return values


# --- .csv --------------------------------------------------------------------


def _read_csv(path: Path) -> tuple[list[tuple[int, list[object]]], str]:
    data = path.read_bytes()
    try:
        text, encoding = _legacy().decode_bytes(data)
    except (UnicodeError, ValueError, LookupError) as exc:
        raise problems.not_text(path.name) from exc
    if "\x00" in text:
        raise problems.not_text(path.name)
    rows: list[tuple[int, list[object]]] = []
    try:
        for number, record in enumerate(_csv_records(text), start=1):
            if len(record) > MAX_COLUMNS and any(record[MAX_COLUMNS:]):
                raise problems.too_many_columns(len(record), MAX_COLUMNS)
            if any(field.strip() for field in record):
                rows.append((number, [field or None for field in record[:MAX_COLUMNS]]))
                if len(rows) > MAX_ROWS:
                    raise problems.too_many_rows(MAX_ROWS)
    except csv.Error as exc:
        raise problems.bad_csv(path.name, str(exc)) from exc
    return rows, encoding


def _csv_records(text: str) -> Iterator[list[str]]:
    return csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))


def sniff_delimiter(text: str) -> str:
    """',' ';' or tab: the one that splits the first lines into the most regular columns.

    Excel in Vietnamese locale writes ';' (the comma is the decimal mark). csv.Sniffer
    is avoided: it fails on one-column files and is slow on quoted text.
    """
    lines = [line for line in text[:65536].splitlines()[:30] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter) if len(r) > 1]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common), common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# --- text clean-up -----------------------------------------------------------


def _legacy_note(encoding: str) -> Message:
    return msg(
        "The file was typed in {encoding} and has been converted to Unicode.",
        "Tệp được gõ bằng bảng mã {encoding} và đã được chuyển sang Unicode.",
        encoding=LEGACY_NAMES.get(encoding, encoding.upper()),
    )


def _convert_legacy(rows: list[tuple[int, list[object]]]) -> Message | None:
    legacy = _legacy()
    encoding = legacy.detect(v for _, cells in rows for v in cells if isinstance(v, str))
    if encoding is None:
        return None
    for _, cells in rows:
        for index, value in enumerate(cells):
            if isinstance(value, str):
                cells[index] = legacy.decode(value, encoding)
    return _legacy_note(encoding)


def _clean_row(cells: list[object]) -> list[object]:
    cleaned = [_clean(v) for v in cells]
    while cleaned and cleaned[-1] is None:
        cleaned.pop()
    return cleaned


def _clean(value: object) -> object:
    if isinstance(value, str):
        return nfc(value).strip() or None
    return value
