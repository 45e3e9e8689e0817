"""A smaller ICU data library for the Linux bundle: root, Vietnamese and English.

PySide6's Linux wheels link Qt Core against their own ICU 73, whose data library
libicudata.so.73 (31 MB, the largest file of the bundle) holds every locale, every
transliterator, the break dictionaries and the legacy code pages of ICU. Qt Core is
the only library of the bundle that calls ICU (`objdump -T` lists the `_73`
imports), for four things only:

- collation, ucol_* (QCollator, locale-aware sorting);
- time zones, ucal_* (IDs, canonical IDs, display names);
- legacy codecs, ucnv_* (QStringDecoder for a non-Unicode charset, e.g. the
  charset of pasted HTML);
- case mapping, u_strToUpper/Lower (its tables are built into libicuuc).

`shrink` writes a copy of the library that keeps:

- the locale bundles of root, vi and en (with their regional variants) in the
  trees those functions read: locale data (calendars), coll/, zone/, and lang/ and
  region/ (a few hundred KB, kept for time-zone names that name a place); any other
  language falls back to root, as ICU does for a locale it has no data for:
  collation in the Unicode order, English time-zone names;
- everything that is not a locale bundle: the root collation table
  (coll/ucadata.icu), the time-zone rules and mappings, supplementalData,
  likelySubtags, metadata, the string pools, the res_index of each tree, the
  normalization and property data, the codec aliases;
- the single-byte code pages (Windows incl. windows-1258, ISO-8859, DOS, Mac,
  EBCDIC), not the multi-byte CJK tables (5 MB).

It drops what serves none of those functions: the transliterators (translit/),
the break iterators and their CJK/Thai/Lao/Khmer/Burmese dictionaries (brkitr/,
3 MB), currency and unit names and spelled-out numbers (curr/, unit/, rbnf/), the
Unicode character names (unames.icu), the spoof checker (confusables.cfu), the
StringPrep profiles (*.spp). 30.6 MB become 3.4 MB.

`python installer/icudata.py --probe` prints what Qt answers through ICU for vi and
en (sorting, time-zone names, codecs, case); the smoke run and the tests compare it
with and without the small library (LD_PRELOAD) and require the same answers.

The ICU common-data format (a header; a table of contents, sorted by name; items
aligned to 16 bytes) is read and written here, and the library assembled with the
GNU assembler and linker (binutils, which PyInstaller needs on Linux anyway): one
read-only symbol, icudt73_dat, and the same soname, so libicuuc and Qt see the same
library with fewer items. Plain Python; the spec and the tests load it with runpy.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath
from typing import Any

KEEP_LANGUAGES = frozenset({"en", "vi"})
# The trees of locale bundles that stay; in them a `.res` named like a locale is
# kept for root and KEEP_LANGUAGES only. The other `.res` (supplementalData,
# zoneinfo64, pool, res_index, …) are not locale bundles and stay.
LOCALE_TREES = frozenset({"", "coll", "lang", "region", "zone"})
DROPPED_TREES = frozenset({
    "translit",  # transliterators (utrans_*)
    "brkitr",  # break iterators (ubrk_*) and their dictionaries
    "curr", "unit", "rbnf",  # currency and unit names, spelled-out numbers (unum_*)
})  # fmt: skip
DROPPED_FILES = frozenset({"unames.icu", "confusables.cfu"})  # u_charName, uspoof_*
DROPPED_SUFFIXES = frozenset({".spp"})  # StringPrep profiles (usprep_*)
# ll, lll, ll_Scrp, ll_RG, ll_419, ll_Scrp_RG, ll_RG_VARIANT, ll__KEYWORDALIAS, ll_
_LOCALE = re.compile(
    r"^(?P<lang>[a-z]{2,3})(_[A-Z][a-z]{3})?(_(?:[A-Z]{2}|[0-9]{3}))?(_[A-Z0-9]+)?_?(_[A-Z]+)?$"
)
_LIBRARY = re.compile(r"libicudata\.so(\.\d+)*")
_SYMBOL = re.compile(r"icudt\d+_dat")
_ALIGN = 16

Item = tuple[str, bytes]  # (name in the package, "icudt73l/coll/vi.res"; the data)


class IcuDataError(Exception):
    pass


def is_data_library(dest: str) -> bool:
    """Whether a bundle entry is ICU's data library (`PySide6/Qt/lib/libicudata.so.73`)."""
    return _LIBRARY.fullmatch(PurePosixPath(dest.replace("\\", "/")).name) is not None


def _path(name: str) -> PurePosixPath:
    """The item's path below the package folder (`icudt73l/coll/vi.res` → `coll/vi.res`)."""
    return PurePosixPath(name.split("/", 1)[1] if "/" in name else name)


def locale_of(name: str) -> str | None:
    """The language of a locale bundle (`coll/vi.res` → `vi`, `root.res` → `root`), or None."""
    path = _path(name)
    tree = "" if path.parent == PurePosixPath(".") else str(path.parent)
    if path.suffix != ".res" or tree not in LOCALE_TREES:
        return None
    if path.stem == "root":
        return "root"
    match = _LOCALE.match(path.stem)
    return match["lang"] if match else None


def _multibyte_codepage(data: bytes) -> bool:
    """Whether a .cnv item is a multi-byte table (UConverterStaticData.maxBytesPerChar > 1)."""
    header = struct.unpack_from("<H", data, 0)[0]
    # After the data header: structSize (4), name[60], codepage (4), platform,
    # conversionType, minBytesPerChar, maxBytesPerChar.
    return data[header + 4 + 60 + 4 + 3] > 1


def keep_item(name: str, data: bytes) -> bool:
    """Whether the bundle keeps one item of the ICU data package."""
    path = _path(name)
    if len(path.parts) > 1 and path.parts[0] in DROPPED_TREES:
        return False
    if path.name in DROPPED_FILES or path.suffix in DROPPED_SUFFIXES:
        return False
    if path.suffix == ".cnv":
        return not _multibyte_codepage(data)
    language = locale_of(name)
    return language is None or language == "root" or language in KEEP_LANGUAGES


# --- the common-data package (.dat) --------------------------------------------------


def read_package(blob: bytes) -> tuple[bytes, list[Item]]:
    """The header (kept as it is) and the items of an ICU common-data package."""
    if len(blob) < 32:
        raise IcuDataError("too short for ICU data")
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise IcuDataError("not an ICU common-data package")
    if blob[8] != 0:  # UDataInfo.isBigEndian
        raise IcuDataError("big-endian ICU data is not handled")
    toc = memoryview(blob)[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items: list[Item] = []
    for i, (name_offset, data_offset) in enumerate(entries):
        name = bytes(toc[name_offset : name_offset + 256]).split(b"\0", 1)[0].decode("ascii")
        data_end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, bytes(toc[data_offset:data_end])))
    names = [name.encode("ascii") for name, _ in items]
    if names != sorted(names):
        raise IcuDataError("the table of contents is not sorted")
    return bytes(blob[:header_size]), items


def write_package(header: bytes, items: Iterable[Item]) -> bytes:
    """A common-data package: the header, the table sorted by name, the items aligned.

    ICU finds an item by binary search in the table and takes its length as the
    distance to the next item, so the items are laid out in table order.
    """
    if len(header) % _ALIGN:
        raise IcuDataError("the header is not aligned")
    ordered = sorted(items, key=lambda item: item[0].encode("ascii"))
    table_size = 4 + 8 * len(ordered)
    names = bytearray()
    name_offsets = []
    for name, _ in ordered:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    start = table_size + len(names)
    start += -start % _ALIGN
    body = bytearray()
    data_offsets = []
    for _, data in ordered:
        data_offsets.append(start + len(body))
        body += data
        body += bytes(-len(body) % _ALIGN)
    toc = bytearray(struct.pack("<I", len(ordered)))
    for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True):
        toc += struct.pack("<II", name_offset, data_offset)
    toc += names
    toc += bytes(start - len(toc))
    return bytes(header) + bytes(toc) + bytes(body)


def filter_package(
    blob: bytes, keep: Callable[[str, bytes], bool] = keep_item
) -> tuple[bytes, list[str]]:
    """The package with the items `keep` accepts, and the names of those dropped."""
    header, items = read_package(blob)
    verdicts = [(name, data, keep(name, data)) for name, data in items]
    kept = [(name, data) for name, data, ok in verdicts if ok]
    return write_package(header, kept), [name for name, _, ok in verdicts if not ok]


# --- the ELF shared library ----------------------------------------------------------


def _sections(library: bytes) -> list[tuple[int, ...]]:
    """ELF64 little-endian section headers: (name, type, flags, addr, offset, size,
    link, info, align, entsize) each."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF library")
    shoff = struct.unpack_from("<Q", library, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    return [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]


def _string(library: bytes, table: tuple[int, ...], offset: int) -> str:
    start = table[4] + offset
    return library[start : library.index(b"\0", start)].decode("ascii", "replace")


def read_data_symbol(library: bytes) -> tuple[str, str, bytes]:
    """(soname, icudtNN_dat, the symbol's bytes) of an ELF64 little-endian libicudata."""
    sections = _sections(library)
    dynamic = next((s for s in sections if s[1] == 6), None)  # SHT_DYNAMIC
    dynsym = next((s for s in sections if s[1] == 11), None)  # SHT_DYNSYM
    if dynamic is None or dynsym is None:
        raise IcuDataError("no dynamic section or no dynamic symbols")
    so_name = None
    for offset in range(dynamic[4], dynamic[4] + dynamic[5], 16):
        tag, value = struct.unpack_from("<qQ", library, offset)
        if tag == 14:  # DT_SONAME
            so_name = _string(library, sections[dynamic[6]], value)
    if so_name is None:
        raise IcuDataError("no soname")
    for offset in range(dynsym[4], dynsym[4] + dynsym[5], 24):
        st_name, _, _, shndx, value, size = struct.unpack_from("<IBBHQQ", library, offset)
        name = _string(library, sections[dynsym[6]], st_name)
        if _SYMBOL.fullmatch(name) and 0 < shndx < len(sections):
            section = sections[shndx]
            begin = value - section[3] + section[4]
            return so_name, name, library[begin : begin + size]
    raise IcuDataError("no icudtNN_dat symbol")


def link_library(so_name: str, symbol: str, data: bytes, out: Path) -> None:
    """A shared library `so_name` whose one symbol, `symbol`, is `data` (read-only)."""
    tools = {tool: shutil.which(tool) for tool in ("as", "ld")}
    missing = [tool for tool, found in tools.items() if found is None]
    if missing:
        raise IcuDataError(f"{' and '.join(missing)} not found: install binutils")
    with tempfile.TemporaryDirectory(prefix="icudata-") as name:
        work = Path(name)
        (work / "data.bin").write_bytes(data)
        (work / "data.s").write_text(
            '\t.section .note.GNU-stack,"",%progbits\n'
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f'\t.type {symbol}, "object"\n'
            "\t.balign 16\n"
            f"{symbol}:\n"
            '\t.incbin "data.bin"\n'
            f"\t.size {symbol}, . - {symbol}\n",
            encoding="ascii",
        )
        subprocess.run([str(tools["as"]), "-o", "data.o", "data.s"], cwd=work, check=True)
        subprocess.run(
            [str(tools["ld"]), "-shared", "-soname", so_name, "-z", "noexecstack",
             "--hash-style=both", "--build-id", "-o", str(out.resolve()), "data.o"],
            cwd=work,
            check=True,
        )  # fmt: skip


def shrink(source: Path, out: Path, keep: Callable[[str, bytes], bool] = keep_item) -> list[str]:
    """Write the smaller copy of the libicudata at `source` to `out`; the items dropped."""
    so_name, symbol, blob = read_data_symbol(source.read_bytes())
    filtered, dropped = filter_package(blob, keep)
    link_library(so_name, symbol, filtered, out)
    if read_data_symbol(out.read_bytes()) != (so_name, symbol, filtered):
        raise IcuDataError(f"{out} does not read back")
    return dropped


# --- what Qt answers through ICU ------------------------------------------------------

PROBE_WORDS = (
    "Đặng", "đào", "Dương", "dung", "Anh", "Ánh", "ăn", "Âu", "ấy", "Bình", "Ơn",
    "ơi", "Ô", "o", "Ư", "u", "Nguyễn Văn A", "Nguyễn văn B", "Nguyễn Thị Ánh",
    "Chi bộ Ấp 10", "Chi bộ Ấp 9", "Zoë", "Ångström", "Çelik", "a-b", "ab", "10", "9",
)  # fmt: skip
PROBE_ZONES = (
    "Asia/Ho_Chi_Minh", "Asia/Saigon", "Asia/Bangkok", "Europe/London", "Europe/Paris",
    "America/New_York", "Australia/Sydney", "UTC",
)  # fmt: skip
PROBE_CODECS = (
    ("windows-1258", "cp1258"), ("windows-1252", "cp1252"), ("ISO-8859-1", "latin-1"),
    ("ISO-8859-15", "iso8859_15"), ("IBM850", "cp850"), ("macintosh", "mac_roman"),
)  # fmt: skip


def windows1258_form(text: str) -> str:
    """Text as windows-1258 writes Vietnamese: letters composed, tone marks combining."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out, marks = [], []
    for char in unicodedata.normalize("NFD", text) + " ":
        if char in tones:
            marks.append(char)
        elif unicodedata.combining(char):
            out[-1] = unicodedata.normalize("NFC", out[-1] + char)
        else:
            out.extend(marks)
            marks = []
            out.append(char)
    return "".join(out[:-1])


def qt_answers() -> dict[str, Any]:
    """What Qt Core computes with ICU for vi, en and root: the probe's output."""
    from functools import cmp_to_key

    from PySide6.QtCore import (
        QCollator,
        QDate,
        QDateTime,
        QLocale,
        QMimeData,
        QStringConverter,
        QStringDecoder,
        Qt,
        QTime,
        QTimeZone,
    )

    out: dict[str, Any] = {}
    for name in ("vi_VN", "en_US", "en_GB", "C"):
        collator = QCollator(QLocale(name))
        out[f"sort {name}"] = sorted(PROBE_WORDS, key=cmp_to_key(collator.compare))
        collator.setNumericMode(True)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        out[f"sort numeric {name}"] = sorted(PROBE_WORDS, key=cmp_to_key(collator.compare))
    ids = [bytes(z.data()).decode() for z in QTimeZone.availableTimeZoneIds()]
    out["zones"] = len(ids)
    names = (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName,
             QTimeZone.NameType.OffsetName)  # fmt: skip
    for name in ("vi_VN", "en_US"):
        locale = QLocale(name)
        for zone_id in PROBE_ZONES:
            zone = QTimeZone(zone_id.encode())
            for month in (1, 7):
                when = QDateTime(QDate(2026, month, 15), QTime(12, 0), zone)
                out[f"zone {name} {zone_id} {month}"] = [
                    zone.isValid(), bytes(zone.id().data()).decode(),
                    *(zone.displayName(when, kind, locale) for kind in names),
                ]  # fmt: skip
    out["windows id"] = bytes(QTimeZone.ianaIdToWindowsId(b"Asia/Ho_Chi_Minh").data()).decode()
    available = set(QStringConverter.availableCodecs())
    out["codecs"] = [charset for charset, _ in PROBE_CODECS if charset in available]
    sample = "Tiếng Việt: Đặng Thị Ánh, Ærø, façade — €"
    for charset, python_codec in PROBE_CODECS:
        text = windows1258_form(sample) if python_codec == "cp1258" else sample
        raw = text.encode(python_codec, errors="replace")
        mime = QMimeData()
        mime.setData("text/html", b'<meta charset="' + charset.encode() + b'">' + raw)
        out[f"codec {charset}"] = [QStringDecoder(charset).isValid(), mime.html()]
    for name in ("vi_VN", "en_US"):
        locale = QLocale(name)
        out[f"case {name}"] = [locale.toUpper("đặng thị ánh ß ǆ"), locale.toLower("ĐẶNG THỊ ÁNH")]
    return out


def _mapped_data_libraries() -> list[str]:
    """The libicudata files this process has mapped (Linux: /proc/self/maps)."""
    maps = Path("/proc/self/maps")
    lines = maps.read_text().splitlines() if maps.exists() else []
    found = {line.split(maxsplit=5)[-1] for line in lines if "libicudata" in line}
    return sorted(found)


def probe(env: dict[str, str], preload: Path | None = None) -> tuple[list[str], dict[str, Any]]:
    """(the libicudata files Qt used, qt_answers()) from a fresh Python (this one, which
    must have PySide6), with `preload` in place of the wheel's libicudata if given."""
    env = dict(env)
    if preload is not None:
        env["LD_PRELOAD"] = str(preload.resolve())
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--probe"],
        capture_output=True, text=True, encoding="utf-8", env=env, check=False, timeout=120,
    )  # fmt: skip
    if proc.returncode != 0:
        raise IcuDataError(f"the ICU probe failed: {proc.stderr.strip()[-2000:]}")
    result = json.loads(proc.stdout)
    return result["libraries"], result["answers"]


def compare(env: dict[str, str], small: Path) -> list[str]:
    """The probe's keys where Qt answers differently with `small` than with the full
    data of this Python's PySide6; raises if `small` was not the library Qt used."""
    _, full = probe(env)
    libraries, answers = probe(env, small)
    if libraries != [str(small.resolve())]:
        raise IcuDataError(f"Qt did not use {small} but {libraries} (another ICU version?)")
    return sorted(key for key in full.keys() | answers.keys() if full.get(key) != answers.get(key))


if __name__ == "__main__" and sys.argv[1:] == ["--probe"]:
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    answers = qt_answers()
    result = {"libraries": _mapped_data_libraries(), "answers": answers}
    json.dump(result, sys.stdout, ensure_ascii=False, indent=0, sort_keys=True)
