"""Finding the header row of a secretary's table, and reading the rows below it.

Real lists have title rows, an STT column, headers merged over two rows
("Ngày vào Đảng" over "Kết nạp" | "Chính thức"), a (1) (2) (3) numbering row,
subtotals and a signature block. The header is the row (among the first 20) whose
cells name the most known fields; names compare folded, so "HỌ VÀ TÊN",
"Ho va ten" and "Họ và tên (*)" are the same column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from studylog.errors import InputError
from studylog.exchange.problems import Problem
from studylog.exchange.sheets import RawTable
from studylog.exchange.values import (
    ValueProblem,
    as_text,
    check_cell,
    is_empty,
    is_numbering_row,
    is_subtotal_row,
    loose_key,
)
from studylog.i18n import Message, msg
from studylog.vntext.fold import fold

HEADER_SCAN_ROWS = 20
T = TypeVar("T")
# A required entry is a field, or a tuple of fields of which one is enough
# (the member column of an attendance list: card number or name).
Required = str | tuple[str, ...]


@dataclass(frozen=True)
class HeaderMatch:
    row: int  # the last header row; data starts below it
    columns: Mapping[str, int]  # field → 0-based column index
    labels: Mapping[str, str]  # field → "E (Số thẻ ĐV)"

    def has(self, name: str) -> bool:
        return name in self.columns

    def value(self, cells: Sequence[object], name: str) -> object:
        index = self.columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    def label(self, name: str) -> str:
        return self.labels.get(name, "")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def header_key(text: str) -> str:
    """Folded header text without bracketed hints: 'Đảng viên dự bị (x)' → 'dang vien du bi'."""
    return loose_key(re.sub(r"\([^)]*\)", " ", text))


@dataclass(frozen=True)
class _Hit:
    name: str
    exact: bool
    length: int
    label: str

    @property
    def strength(self) -> tuple[bool, int]:
        return (self.exact, self.length)


def find_header(
    table: RawTable, synonyms: Mapping[str, Sequence[str]], required: Sequence[Required]
) -> HeaderMatch:
    keys = {header_key(s): name for name, words in synonyms.items() for s in words}
    scan = table.rows[:HEADER_SCAN_ROWS]
    texts = {number: _texts(cells) for number, cells in scan}
    groups = _fill_merges(texts, table.merges)
    scored: list[tuple[int, dict[str, tuple[int, _Hit]]]] = [
        (number, _match_row(texts[number], texts.get(number - 1), groups.get(number), keys))
        for number, _ in scan
    ]
    complete = [i for i, (_, found) in enumerate(scored) if not _missing(found, required)]
    if not complete:
        best = max((found for _, found in scored), key=len, default={})
        raise _no_header(_missing(best, required), synonyms)
    top = max(len(scored[i][1]) for i in complete)
    position = next(i for i in complete if len(scored[i][1]) == top)
    # A header merged over two rows reads the same on both: the data start below the last.
    while position + 1 < len(scored) and _same(scored[position + 1], scored[position]):
        position += 1
    number, found = scored[position]
    return HeaderMatch(
        row=number,
        columns={name: col for name, (col, _) in found.items()},
        labels={name: f"{column_letter(col)} ({hit.label})" for name, (col, hit) in found.items()},
    )


def _same(
    below: tuple[int, dict[str, tuple[int, _Hit]]], above: tuple[int, dict[str, tuple[int, _Hit]]]
) -> bool:
    return below[0] == above[0] + 1 and {n: c for n, (c, _) in below[1].items()} == {
        n: c for n, (c, _) in above[1].items()
    }


def _texts(cells: Sequence[object]) -> list[str]:
    return [" ".join(v.split()) if isinstance(v, str) else "" for v in cells]


def _fill_merges(
    texts: dict[int, list[str]], merges: Sequence[tuple[int, int, int, int]]
) -> dict[int, set[int]]:
    """Copy each merged cell's text over its range; return, per row, the columns that
    lie under a horizontally merged group title (whose text prefixes the row below)."""
    groups: dict[int, set[int]] = {}
    for first_row, first_col, last_row, last_col in merges:
        top = texts.get(first_row)
        if top is None or first_col >= len(top) or not top[first_col]:
            continue
        for number, row in texts.items():
            if not first_row <= number <= last_row:
                continue
            row.extend([""] * (last_col + 1 - len(row)))
            for col in range(first_col, last_col + 1):
                row[col] = row[col] or top[first_col]
        if last_col > first_col:
            groups.setdefault(last_row + 1, set()).update(range(first_col, last_col + 1))
    return groups


def _match_row(
    row: list[str], parent: list[str] | None, group: set[int] | None, keys: Mapping[str, str]
) -> dict[str, tuple[int, _Hit]]:
    found: dict[str, tuple[int, _Hit]] = {}
    for col, text in enumerate(row):
        hits = [_classify(text, keys)]
        if parent and group and col in group and col < len(parent) and parent[col] != text:
            hits.append(_classify(f"{parent[col]} {text}", keys))
        hit = max((h for h in hits if h), key=lambda h: h.strength, default=None)
        if hit is None:
            continue
        if hit.name not in found or hit.strength > found[hit.name][1].strength:
            found[hit.name] = (col, hit)
    return found


def _classify(text: str, keys: Mapping[str, str]) -> _Hit | None:
    key = header_key(text)
    if not key:
        return None
    if key in keys:
        return _Hit(keys[key], True, len(key), text)
    # Only a name of two words or more may be followed by more words ("Ghi chú khác");
    # "Nam" must not claim "Năm vào Đảng".
    prefixes = [k for k in keys if " " in k and key.startswith(k + " ")]
    if not prefixes:
        return None
    best = max(prefixes, key=len)
    return _Hit(keys[best], False, len(best), text)


def _missing(found: Mapping[str, object], required: Sequence[Required]) -> list[Required]:
    return [
        need
        for need in required
        if not any(name in found for name in ((need,) if isinstance(need, str) else need))
    ]


def _no_header(missing: list[Required], synonyms: Mapping[str, Sequence[str]]) -> InputError:
    names = [name for need in missing for name in ((need,) if isinstance(need, str) else need)]
    expected = ", ".join(f"“{word}”" for name in names for word in synonyms.get(name, ()))
    return InputError(
        msg(
            "No header row was found in the first {count} rows: expected a column named {names}.",
            "Không tìm thấy dòng tiêu đề trong {count} dòng đầu: cần có cột mang tên {names}.",
            count=HEADER_SCAN_ROWS,
            names=expected,
        )
    )


# --- the rows below the header -------------------------------------------------


def data_rows(
    table: RawTable,
    header: HeaderMatch,
    *,
    markers: Sequence[str] = ("stt", "full_name", "card_no"),
    keys: Sequence[str] = ("stt", "card_no"),
) -> Iterator[tuple[int, list[object]]]:
    """Rows below the header, without blank, subtotal and (1)(2)(3) rows, and without
    the signature block ("NGƯỜI LẬP BIỂU", the date line, the secretary's name).

    `markers` are the columns where "Cộng"/"Tổng cộng" is looked for; `keys` the
    columns (STT, card number) that mark a member row. Below the last subtotal only
    keyed rows are members; below the last keyed row, the first line that reads like
    a signature block ends the table.
    """
    columns = [header.columns[m] for m in markers if m in header.columns] or [0]
    body = [(n, cells) for n, cells in table.rows if n > header.row]
    subtotals = {n for n, cells in body if is_subtotal_row(cells, columns)}
    keyed = {n for n, cells in body if any(_is_key(header.value(cells, k)) for k in keys)}
    last = max(subtotals, default=0)
    boundary = max(last, max(keyed - subtotals, default=0))
    for number, cells in body:
        if boundary and number > boundary and _signature_line(cells):
            return
        if number in subtotals or is_numbering_row(cells):
            continue
        if last and number > last and number not in keyed:
            continue
        yield number, cells


def _is_key(value: object) -> bool:
    """An STT or a card number: something without letters (not a date line typed there)."""
    return not is_empty(value) and not any(ch.isalpha() for ch in as_text(value))


_SIGNATURE_WORDS = ("nguoi lap", "t/m", "tm ", "bi thu", "xac nhan", "thu truong", "noi nhan")


def _signature_line(cells: Sequence[object]) -> bool:
    for value in cells:
        if not isinstance(value, str) or not any(ch.isalpha() for ch in value):
            continue
        key = fold(value)
        if (value.isupper() and len(key.split()) > 1) or key.startswith(_SIGNATURE_WORDS):
            return True
        if re.search(r"\bngay\b.*\bthang\b.*\bnam\b", key):
            return True
    return False


@dataclass
class RowReader:
    """One data row: reads fields through the value parsers, collecting problems."""

    number: int
    cells: list[object]
    header: HeaderMatch
    problems: list[Problem] = field(default_factory=list)

    def raw(self, name: str) -> object:
        return self.header.value(self.cells, name)

    def filled(self, name: str) -> bool:
        return not is_empty(self.raw(name))

    def problem(self, name: str, message: Message) -> None:
        self.problems.append(Problem(self.number, self.header.label(name), message))

    def get(self, name: str, parse: Callable[[object], T], default: T) -> T:
        """The parsed cell, or `default` when it is empty or bad (bad is recorded)."""
        value = self.raw(name)
        if is_empty(value):
            return default
        bad = check_cell(value)
        if bad is not None:
            self.problem(name, bad)
            return default
        try:
            return parse(value)
        except ValueProblem as exc:
            self.problem(name, exc.message)
            return default

    def text(self, name: str) -> str:
        return self.get(name, lambda v: " ".join(as_text(v).split()), "")
