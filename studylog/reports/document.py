"""A neutral document: the letterhead, blocks of text, tables, a chart, the signature.

Both renderers (reportlab and python-docx) take this one structure, so the PDF and the
editable Word draft say the same thing in the same order. The Party document
conventions that depend on the unit (Hướng dẫn 36-HD/VPTW) are decided here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from studylog.domain.enums import Level
from studylog.domain.models import Unit

PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
NO_NUMBER_GAP = "\u00a0" * 6  # "Số      -BC/CB": space to write the number by hand


class Align(StrEnum):
    LEFT = "LEFT"
    CENTER = "CENTER"
    RIGHT = "RIGHT"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: "I. …" in capitals; 2: "1. …"


@dataclass(frozen=True)
class Para:
    text: str
    indent: bool = True  # the first-line indent of body text
    italic: bool = False


@dataclass(frozen=True)
class Blank:
    """Dotted lines left for the secretary to write in by hand."""

    lines: int = 2


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    align: Align = Align.LEFT


@dataclass(frozen=True)
class Table:
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    total_row: bool = False  # the last row is a total, set in bold


@dataclass(frozen=True)
class Bar:
    label: str
    numerator: int
    denominator: int
    highlight: bool = False  # the result after make-up, drawn in another colour


@dataclass(frozen=True)
class Chart:
    caption: str
    bars: tuple[Bar, ...]


Block = Heading | Para | Blank | Table | Chart


@dataclass(frozen=True)
class Letterhead:
    upper: str  # the upper organisation, in capitals ("" at the top of the hierarchy)
    unit: str  # the issuing unit, in capitals, set in bold
    number: str  # "Số 05-BC/CB" ("" on documents that carry no number)
    date_line: str  # "Phường Bến Thành, ngày 05 tháng 02 năm 2026" ("" for none)


@dataclass(frozen=True)
class Signature:
    on_behalf: str  # "T/M CHI BỘ"
    title: str  # "BÍ THƯ"
    name: str


@dataclass(frozen=True)
class Document:
    letterhead: Letterhead
    title: str  # "BÁO CÁO"
    subject: str
    body: tuple[Block, ...]
    recipients: tuple[str, ...]
    signature: Signature
    meta_title: str  # the file's title property
    author: str  # the file's author property: the unit's name


# -- conventions that depend on the unit ------------------------------------------------
# A committee's name, and the name of its organisation: "Đảng ủy phường X" leads
# "Đảng bộ phường X", "Tỉnh ủy X" leads "Đảng bộ tỉnh X" (old and new tone placement).
_ORGANISATION_OF_COMMITTEE = (
    (("đảng ủy ", "đảng uỷ "), ""),
    (("tỉnh ủy ", "tỉnh uỷ "), "tỉnh "),
    (("thành ủy ", "thành uỷ "), "thành phố "),
)


def upper_organisation(parent_name: str) -> str:
    """The line above the issuing unit names the upper Party organisation, in capitals.

    Party documents name the đảng bộ there, not its committee: a chi bộ under
    "Đảng ủy phường Bến Thành" heads its report "ĐẢNG BỘ PHƯỜNG BẾN THÀNH"
    (Hướng dẫn 36-HD/VPTW). Other names are kept as the user typed them.
    """
    name = " ".join(parent_name.split())
    lowered = name.lower()
    for prefixes, kind in _ORGANISATION_OF_COMMITTEE:
        prefix = next((p for p in prefixes if lowered.startswith(p)), None)
        if prefix is not None:
            rest = name[len(prefix) :]
            implied = "" if not kind or rest.lower().startswith(kind) else kind
            name = f"Đảng bộ {implied}{rest}"
            break
    return name.upper()


def _is_city(unit: Unit) -> bool:
    return unit.name.lower().startswith(("thành ủy", "thành uỷ"))


def number_suffix(unit: Unit) -> str:
    """The issuer's abbreviation after "-BC/": CB for a chi bộ, ĐU for a Party committee.

    A provincial committee (Tỉnh ủy, Thành ủy) signs its documents "TU".
    """
    if unit.level is Level.TINH:
        return "TU"
    return "ĐU" if unit.level.is_committee else "CB"


def number_text(unit: Unit, number: int | None, kind: str = "BC") -> str:
    shown = f"{number:02d}" if number is not None else NO_NUMBER_GAP
    return f"Số {shown}-{kind}/{number_suffix(unit)}"


def unit_noun(unit: Unit) -> str:
    """How the body refers to the unit after naming it: "Chi bộ", "Đảng ủy"."""
    if unit.level is Level.TINH:
        return "Thành ủy" if _is_city(unit) else "Tỉnh ủy"
    return "Đảng ủy" if unit.level.is_committee else "Chi bộ"


def signature(unit: Unit) -> Signature:
    return Signature(
        on_behalf=f"T/M {unit_noun(unit).upper()}", title="BÍ THƯ", name=unit.secretary.strip()
    )


def recipients(unit: Unit) -> tuple[str, ...]:
    upper = " ".join(unit.parent_name.split())
    archive = f"- Lưu Văn phòng {unit_noun(unit)}." if unit.level.is_committee else "- Lưu Chi bộ."
    return (f"- {upper} (để báo cáo),", archive) if upper else (archive,)


def letterhead(unit: Unit, *, number: str, date_line: str) -> Letterhead:
    return Letterhead(
        upper=upper_organisation(unit.parent_name),
        unit=" ".join(unit.name.split()).upper(),
        number=number,
        date_line=date_line,
    )
