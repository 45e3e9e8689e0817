"""Read a package or plan workbook defensively: refuse what is not ours before parsing it.

The checks run from the cheapest to the dearest: the file's size and first bytes,
the zip directory (entry count, declared sizes, compression ratio: a zip bomb is
refused without inflating it), then openpyxl in read-only mode. Every failure is
an `InputError` whose message the consolidation report shows as the reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studylog.errors import InputError
from studylog.exchange import package_data as pd
from studylog.exchange import package_labels as lb
from studylog.exchange import workbook_guard
from studylog.exchange.package_data import Record
from studylog.i18n import msg

MAX_BYTES = 50 * 1024 * 1024
MAX_RECORDS = 250_000
ZIP_MAGIC = b"PK\x03\x04"
OLE2_MAGIC = b"\xd0\xcf\x11\xe0"


@dataclass(frozen=True)
class PackageFile:
    meta: dict[str, str]
    records: list[Record]
    # The visible Tổng hợp sheet: Aggregate field → (Số lượng, Tỷ lệ/ghi chú); None if missing.
    visible: dict[str, tuple[object, object]] | None = None
    sheets: tuple[str, ...] = field(default_factory=tuple)


def not_xlsx(name: str) -> InputError:
    return InputError(
        msg(
            "{file} is not an Excel workbook (.xlsx), so it cannot be a StudyLog package.",
            "{file} không phải là tệp Excel (.xlsx) nên không thể là gói dữ liệu StudyLog.",
            file=name,
        )
    )


def damaged(name: str) -> InputError:
    return InputError(
        msg(
            "{file} is damaged and cannot be opened; copy it again from the sender.",
            "Tệp {file} bị hỏng, không mở được; hãy chép lại tệp từ nơi gửi.",
            file=name,
        )
    )


def not_package(name: str, expected: str) -> InputError:
    if expected == pd.PLAN_FORMAT:
        return InputError(
            msg(
                "{file} is not a StudyLog plan package.",
                "{file} không phải là tệp kế hoạch của StudyLog.",
                file=name,
            )
        )
    return InputError(
        msg(
            "{file} is not a StudyLog package (it lacks the hidden _meta and _data sheets"
            " of an exported package).",
            "{file} không phải là gói dữ liệu StudyLog (thiếu các trang ẩn _meta và _data"
            " của gói dữ liệu được xuất).",
            file=name,
        )
    )


def too_big(name: str) -> InputError:
    return InputError(
        msg(
            "{file} is far larger than any package; it was not opened.",
            "Tệp {file} lớn bất thường so với một gói dữ liệu nên không được mở.",
            file=name,
        )
    )


def _check_file(path: Path) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise InputError(
            msg(
                "Cannot read {file}: {error}",
                "Không đọc được tệp {file}: {error}",
                file=path.name,
                error=exc.strerror or str(exc),
            )
        ) from exc
    if size > MAX_BYTES:
        raise too_big(path.name)
    if head != ZIP_MAGIC:
        raise not_xlsx(path.name)


_REFUSALS = workbook_guard.Refusals(damaged=damaged, too_big=too_big, not_a_workbook=not_xlsx)


def read_package(path: Path, *, expected: str = pd.PACKAGE_FORMAT) -> PackageFile:
    """The `_meta`, `_data` and visible summary of a package (or, with PLAN_FORMAT, a plan)."""

    path = Path(path)
    _check_file(path)
    with workbook_guard.open_workbook(path, _REFUSALS) as workbook:
        return _read_workbook(workbook, path.name, expected)


def _rows(sheet: Any) -> Iterator[tuple[object, ...]]:
    # Every row in the file, whatever its <dimension> says: read-only mode stops at the
    # declared last row and column, so a row added by hand below them would be skipped.
    sheet.reset_dimensions()
    for count, row in enumerate(sheet.iter_rows(values_only=True)):
        if count > MAX_RECORDS:
            raise InputError(
                msg(
                    "The package holds more rows than StudyLog reads ({limit}).",
                    "Gói dữ liệu có nhiều dòng hơn mức StudyLog đọc ({limit}).",
                    limit=MAX_RECORDS,
                )
            )
        yield tuple(row)


def _read_workbook(workbook: Any, name: str, expected: str) -> PackageFile:
    sheets = tuple(workbook.sheetnames)
    if lb.SHEET_META not in sheets or lb.SHEET_DATA not in sheets:
        raise not_package(name, expected)
    meta = read_meta(workbook[lb.SHEET_META])
    if meta.get("format") != expected:
        raise not_package(name, expected)
    records = read_records(workbook[lb.SHEET_DATA], name, expected)
    visible = read_summary(workbook[lb.SHEET_SUMMARY]) if lb.SHEET_SUMMARY in sheets else None
    return PackageFile(meta=meta, records=records, visible=visible, sheets=sheets)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def read_meta(sheet: Any) -> dict[str, str]:
    meta: dict[str, str] = {}
    for row in _rows(sheet):
        if len(row) < 1 or row[0] in (None, "key"):
            continue
        key = _text(row[0])
        meta.setdefault(key, _text(row[1]) if len(row) > 1 else "")
    return meta


def read_records(sheet: Any, name: str, expected: str) -> list[Record]:
    """Rows of `_data` as records; cells are kept as read, so any edit changes the hash."""
    rows = _rows(sheet)
    header = next(rows, ())
    if not header or header[0] != pd.RECORD_COLUMN:
        raise not_package(name, expected)
    names = [_text(h) or f"<column {i + 1}>" for i, h in enumerate(header)]
    records: list[Record] = []
    for row in rows:
        if all(v is None or v == "" for v in row):
            continue
        kind = _text(row[0])
        values = {
            names[i] if i < len(names) else f"<column {i + 1}>": v
            for i, v in enumerate(row)
            if i > 0 and v is not None and v != ""
        }
        records.append(Record(kind, values))
    return records


def read_summary(sheet: Any) -> dict[str, tuple[object, object]]:
    """The Tổng hợp figures found by their labels in column B (value C, note D)."""
    by_label = {label: key for key, label, _note in lb.SUMMARY_ROWS}
    found: dict[str, tuple[object, object]] = {}
    for row in _rows(sheet):
        label = row[1] if len(row) > 1 else None
        if isinstance(label, str) and label.strip() in by_label:
            value = row[2] if len(row) > 2 else None
            note = row[3] if len(row) > 3 else None
            found.setdefault(by_label[label.strip()], (value, note))
    return found
