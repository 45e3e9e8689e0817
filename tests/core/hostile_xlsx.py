"""Byte-level workbooks for the hostile corpus: a zip writer that can lie, a minimal xlsx.

openpyxl refuses to write what a hostile file needs (100,000-character cells, control
characters, entity declarations, lying zip headers), so these files are assembled by
hand: `zip_bytes` writes any entries with any declared sizes, `sheet_xlsx` a one-sheet
workbook from cells given as values or as raw XML, and `edit_sheet` rewrites one sheet
of an existing workbook (a package's `_meta` or `_data`) without touching the rest.
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


@dataclass(frozen=True)
class Entry:
    name: str
    data: bytes = b""
    compressed: bytes | None = None  # a ready deflate stream (then crc and size are declared)
    crc: int = 0
    size: int = 0


@dataclass(frozen=True)
class Raw:
    """A cell given as its XML, verbatim: `<c r="B2" t="b"><v>1</v></c>`."""

    xml: str


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def zip_bytes(entries: Sequence[Entry]) -> bytes:
    out, central = bytearray(), bytearray()
    for entry in entries:
        if entry.compressed is None:
            body, crc, size = _deflate(entry.data), zlib.crc32(entry.data), len(entry.data)
        else:
            body, crc, size = entry.compressed, entry.crc, entry.size
        name = entry.name.encode("utf-8")
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0x0800, 8, 0, 0x21, crc, len(body), size, len(name), 0
        )
        out += name + body
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0x0800,
            8,
            0,
            0x21,
            crc,
            len(body),
            size,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name
    count = len(entries)
    eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), 0)
    return bytes(out + central + eocd)


@functools.lru_cache(maxsize=4)
def bomb_stream(megabytes: int, prefix: bytes = b"", suffix: bytes = b"") -> tuple[bytes, int, int]:
    """`megabytes` of spaces between `prefix` and `suffix`, deflated: (data, crc, size)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, -15)
    chunk = b" " * (1 << 20)
    parts = [packer.compress(prefix)]
    crc = zlib.crc32(prefix)
    for _ in range(megabytes):
        parts.append(packer.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(packer.compress(suffix))
    crc = zlib.crc32(suffix, crc)
    parts.append(packer.flush())
    return b"".join(parts), crc, len(prefix) + (megabytes << 20) + len(suffix)


# -- a minimal workbook ---------------------------------------------------------------


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def text_xml(text: str) -> str:
    return f'<is><t xml:space="preserve">{escape(text)}</t></is>'


def cell_xml(ref: str, value: object) -> str:
    if isinstance(value, Raw):
        return value.xml.replace("{ref}", ref)
    if value is None:
        return ""
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr">{text_xml(str(value))}</c>'


def sheet_xml(rows: Sequence[Sequence[object]], *, prolog: str = "", extra: str = "") -> str:
    body = []
    for number, row in enumerate(rows, start=1):
        cells = "".join(
            cell_xml(f"{column_letter(i)}{number}", value) for i, value in enumerate(row)
        )
        body.append(f'<row r="{number}">{cells}</row>')
    return (
        f'{prolog}<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>{"".join(body)}'
        f"</sheetData>{extra}</worksheet>"
    )


CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/></Types>'
)
ROOT_RELS = (
    f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/officeDocument"'
    ' Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Danh sách" sheetId="1"'
    ' r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" Type="{REL}/worksheet"'
    ' Target="worksheets/sheet1.xml"/></Relationships>'
)


def sheet_entries(sheet: str | Entry, **overrides: str) -> list[Entry]:
    """The parts of a one-sheet workbook; `overrides` replaces a part by its short name."""
    parts = {
        "content_types": ("[Content_Types].xml", CONTENT_TYPES),
        "root_rels": ("_rels/.rels", ROOT_RELS),
        "workbook": ("xl/workbook.xml", WORKBOOK),
        "workbook_rels": ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
    }
    entries = [
        Entry(name, overrides.get(key, text).encode("utf-8")) for key, (name, text) in parts.items()
    ]
    if isinstance(sheet, Entry):
        entries.append(sheet)
    else:
        entries.append(Entry("xl/worksheets/sheet1.xml", sheet.encode("utf-8")))
    return entries


def sheet_xlsx(rows: Sequence[Sequence[object]], **overrides: str) -> bytes:
    return zip_bytes(sheet_entries(sheet_xml(rows), **overrides))


# -- editing one sheet of a real workbook ----------------------------------------------


def read_entries(data: bytes) -> list[Entry]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [Entry(info.filename, archive.read(info)) for info in archive.infolist()]


def sheet_part(entries: Sequence[Entry], sheet_name: str) -> str:
    """The zip path of the sheet called `sheet_name`."""
    files = {
        e.name: e.data.decode("utf-8")
        for e in entries
        if e.name.endswith(".xml") or e.name.endswith(".rels")
    }
    workbook = files["xl/workbook.xml"]
    match = re.search(rf'<sheet [^>]*name="{re.escape(sheet_name)}"[^>]*r:id="(rId\d+)"', workbook)
    if match is None:
        raise KeyError(sheet_name)
    rels = files["xl/_rels/workbook.xml.rels"]
    target = re.search(rf'Target="([^"]+)" Id="{match[1]}"', rels) or re.search(
        rf'Id="{match[1]}"[^>]*Target="([^"]+)"', rels
    )
    assert target is not None
    return target[1].lstrip("/") if target[1].startswith("/") else f"xl/{target[1]}"


_CELL = re.compile(r'<c r="([A-Z]+)(\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_TEXT = re.compile(r"<t[^>]*>(.*?)</t>", re.S)
_VALUE = re.compile(r"<v>(.*?)</v>", re.S)


def _unescape(text: str) -> str:
    return (
        text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    )


def _value(attrs: str, inner: str, shared: Sequence[str]) -> object:
    kind = re.search(r't="([^"]+)"', attrs)
    if kind is not None and kind[1] == "s":
        index = _VALUE.search(inner)
        return shared[int(index[1])] if index else ""
    if kind is not None and kind[1] in ("inlineStr", "str"):
        text = _TEXT.search(inner) or _VALUE.search(inner)
        return _unescape(text[1]) if text else ""
    raw = _VALUE.search(inner)
    if raw is None:
        return ""
    if kind is not None and kind[1] == "b":
        return raw[1] == "1"
    number = float(raw[1])
    return int(number) if number.is_integer() and "." not in raw[1] else number


_SHARED = re.compile(r"<si>(.*?)</si>", re.S)


def shared_strings(entries: Sequence[Entry]) -> list[str]:
    """The workbook's shared strings (plain runs only, as StudyLog writes them)."""
    for entry in entries:
        if entry.name == "xl/sharedStrings.xml":
            return [
                "".join(_unescape(t) for t in _TEXT.findall(si))
                for si in _SHARED.findall(entry.data.decode("utf-8"))
            ]
    return []


def sheet_rows(xml: str, shared: Sequence[str] = ()) -> list[list[object]]:
    """The cells of a sheet (text as text, numbers as numbers), row by row."""
    rows: dict[int, dict[int, object]] = {}
    for letters, number, attrs, inner in _CELL.findall(xml):
        column = 0
        for ch in letters:
            column = column * 26 + ord(ch) - 64
        rows.setdefault(int(number), {})[column - 1] = _value(attrs, inner or "", shared)
    return [
        [cells.get(i, "") for i in range(max(cells) + 1)] if cells else []
        for _, cells in sorted(rows.items())
    ]


def replace_sheet_data(xml: str, rows: Sequence[Sequence[object]]) -> str:
    body = sheet_xml(rows)
    new_data = body[body.index("<sheetData>") : body.index("</sheetData>") + len("</sheetData>")]
    start = xml.index("<sheetData")
    end = (
        xml.index("</sheetData>") + len("</sheetData>")
        if "</sheetData>" in xml
        else xml.index("/>", start) + 2
    )
    return xml[:start] + new_data + xml[end:]


def edit_sheet(
    data: bytes,
    sheet_name: str,
    change: Callable[[list[list[object]]], Sequence[Sequence[object]]],
) -> bytes:
    """Rewrite the cells of one sheet through `change(rows) -> rows`; other parts unchanged."""
    entries = read_entries(data)
    part = sheet_part(entries, sheet_name)
    out = []
    for entry in entries:
        if entry.name == part:
            xml = entry.data.decode("utf-8")
            rows = sheet_rows(xml, shared_strings(entries))
            xml = replace_sheet_data(xml, change(rows))
            entry = Entry(entry.name, xml.encode("utf-8"))
        out.append(entry)
    return zip_bytes(out)


def replace_part(data: bytes, name: str, text: bytes | Callable[[bytes], bytes]) -> bytes:
    out = []
    for entry in read_entries(data):
        if entry.name == name:
            entry = Entry(name, text(entry.data) if callable(text) else text)
        out.append(entry)
    return zip_bytes(out)
