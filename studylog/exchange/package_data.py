"""The `_data` records of a package and their canonical serialisation (SPEC §5.3).

A package's hidden `_data` sheet holds one row per record: column A names the
record type, the other columns are fields, named in row 1. The same `Record`
objects are written by the exporter, read back by the consolidator and hashed by
`canonical_data`, the one definition of what `data_sha256` covers.

Record types (every field is an integer or a text; flags are 0/1; FIELDS has the list):

- `summary`: one per package, the counts of `Aggregate` (COUNT_FIELDS);
- `grade`: one per essay grade of the summary: `label`, `count`;
- `unit`: one per child unit (above chi_bo): identity, `reported`, `on_time`,
  `generated_at`, `sequence` and, when reported, the counts;
- `session`: one per session of the home unit;
- `point`: one per session × connection point: counts by group, quality, incidents;
- `absentee`: one per absent member (chi_bo only): `name status reason made_up`;
- `campaign`: plan packages only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from studylog.domain.aggregate import COUNT_FIELDS, Aggregate, from_counts, guest_field
from studylog.domain.enums import GUEST_GROUPS, Group
from studylog.errors import InputError
from studylog.i18n import msg

PACKAGE_FORMAT = "studylog-package"
PLAN_FORMAT = "studylog-plan"
FORMAT_VERSION = 1

# `_meta` keys in the order they are written (SPEC §5.3).
META_KEYS: tuple[str, ...] = (
    "format",
    "format_version",
    "app_version",
    "package_uid",
    "supersedes",
    "sequence",
    "unit_uid",
    "unit_code",
    "unit_name",
    "unit_level",
    "parent_code",
    "campaign_code",
    "campaign_title",
    "generated_at",
    "data_sha256",
    "public_key",
    "signature",
)

SUMMARY, GRADE, UNIT, SESSION, POINT, ABSENTEE = (
    "summary",
    "grade",
    "unit",
    "session",
    "point",
    "absentee",
)
CAMPAIGN = "campaign"  # plan packages only

POINT_COUNTS: tuple[str, ...] = tuple(f"n_{g.value}" for g in Group)

TEXT, INT = "text", "int"
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    SUMMARY: tuple((name, INT) for name in COUNT_FIELDS),
    GRADE: (("label", TEXT), ("count", INT)),
    UNIT: (
        ("uid", TEXT),
        ("code", TEXT),
        ("name", TEXT),
        ("level", TEXT),
        ("reported", INT),
        ("on_time", INT),
        ("generated_at", TEXT),
        ("sequence", INT),
        *((name, INT) for name in COUNT_FIELDS),
    ),
    SESSION: (
        ("uid", TEXT),
        ("date", TEXT),
        ("start_time", TEXT),
        ("end_time", TEXT),
        ("kind", TEXT),
        ("title", TEXT),
        ("chair", TEXT),
        ("speaker", TEXT),
        ("place", TEXT),
        ("makeup", INT),
    ),
    POINT: (
        ("session_uid", TEXT),
        ("name", TEXT),
        ("level", TEXT),
        *((name, INT) for name in POINT_COUNTS),
        ("quality", TEXT),
        ("test_done", INT),
        ("incidents", INT),
        ("minutes_lost", INT),
        ("incident_notes", TEXT),
    ),
    ABSENTEE: (("name", TEXT), ("status", TEXT), ("reason", TEXT), ("made_up", INT)),
    CAMPAIGN: (
        ("uid", TEXT),
        ("code", TEXT),
        ("title", TEXT),
        ("documents", TEXT),
        ("issuing_body", TEXT),
        ("plan_ref", TEXT),
        ("start_date", TEXT),
        ("deadline", TEXT),
        ("report_deadline", TEXT),
        ("essay_deadline", TEXT),
        ("essays_required", INT),
        ("essay_scale", TEXT),
    ),
}


def _columns() -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for fields in FIELDS.values():
        for name, _kind in fields:
            seen.setdefault(name, None)
    return tuple(seen)


# Row 1 of `_data`: "record", then every field name once, in a stable order.
RECORD_COLUMN = "record"
DATA_COLUMNS: tuple[str, ...] = (RECORD_COLUMN, *_columns())

Value = int | str
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_TEXT = 32_767  # Excel's limit for one cell, in UTF-16 code units


def clean_text(text: str) -> str:
    """Text as it is stored in a package: line breaks as LF, no XML-illegal characters,
    no longer than a cell holds.

    A CR would survive the XML only when escaped, which depends on the XML library
    openpyxl finds; writing LF makes the written text the text that was hashed. The
    length is counted as Excel (and the writer) count it, in UTF-16 units, where a
    character outside the BMP takes two.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _fit_cell(_ILLEGAL.sub("", text))


def _fit_cell(text: str) -> str:
    if len(text) <= MAX_TEXT // 2:  # cannot be too long even if every character took two
        return text
    units = text.encode("utf-16-le")
    if len(units) <= 2 * MAX_TEXT:
        return text
    # A pair cut in half is dropped rather than written as a lone surrogate.
    return units[: 2 * MAX_TEXT].decode("utf-16-le", errors="ignore")


@dataclass(frozen=True)
class Record:
    """One row of `_data`: a type and its non-empty fields (empty text is left out)."""

    kind: str
    values: Mapping[str, object]

    def text(self, name: str) -> str:
        value = self.values.get(name, "")
        if not isinstance(value, str):
            raise bad_field(self.kind, name)
        return value

    def int(self, name: str) -> int:
        value = self.values.get(name, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise bad_field(self.kind, name)
        return value

    def flag(self, name: str) -> bool:
        return self.int(name) == 1


def make(kind: str, /, **values: Value | None) -> Record:
    """A record for export: text cleaned, empty and None fields dropped, types checked."""
    known = dict(FIELDS[kind])
    kept: dict[str, object] = {}
    for name, value in values.items():
        expected = known.get(name)
        if expected is None:
            raise ValueError(f"{kind} has no field {name}")
        if value is None or value == "":
            continue
        if expected == INT and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"{kind}.{name} must be an int")
        if expected == TEXT:
            if not isinstance(value, str):
                raise TypeError(f"{kind}.{name} must be text")
            value = clean_text(value)
            if not value:
                continue
        kept[name] = value
    return Record(kind, kept)


def bad_field(kind: str, name: str) -> InputError:
    return InputError(
        msg(
            "The package data is not valid: field {field} of a {kind} record.",
            "Dữ liệu của gói không hợp lệ: trường {field} của bản ghi {kind}.",
            field=name,
            kind=kind,
        )
    )


def _odd_value(value: object) -> str:
    # Only int and str are ever exported; anything else (a float or a date typed by
    # hand) gets a tagged text, so that it can never hash like an exported value.
    return f"<{type(value).__name__}:{value}>"


def canonical_data(records: Iterable[Record]) -> bytes:
    """THE canonical serialisation of `_data`, the bytes that `data_sha256` hashes.

    One line per record, in sheet order, each line the compact JSON object
    `{"record": <type>, <field>: <value>, ...}` with:
    - keys sorted by code point, separators `,` and `:` with no spaces;
    - fields with an empty value (no cell, or empty text) left out;
    - integers as JSON integers, text as JSON strings with non-ASCII characters
      written as themselves (not `\\u` escapes); any other cell value as a tagged
      string `<type:value>`;
    - each line ending in LF; the whole encoded as UTF-8.
    Example: `{"count":12,"label":"Tốt","record":"grade"}\\n`.
    """
    lines = []
    for record in records:
        obj: dict[str, object] = {RECORD_COLUMN: record.kind}
        for name, value in record.values.items():
            if value is None or value == "":
                continue
            obj[name] = value
        lines.append(
            json.dumps(
                obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_odd_value
            )
        )
    return "".join(line + "\n" for line in lines).encode("utf-8")


def data_sha256(records: Iterable[Record]) -> str:
    """SHA-256 of `canonical_data(records)`, as 64 lowercase hex digits."""
    return hashlib.sha256(canonical_data(records)).hexdigest()


# -- the summary and grades -------------------------------------------------


def aggregate_records(aggregate: Aggregate) -> list[Record]:
    """The summary record followed by its grade records, grades in the given order."""
    out = [make(SUMMARY, **aggregate.counts())]
    out += [make(GRADE, label=label, count=n) for label, n in aggregate.grades.items()]
    return out


def aggregate_of(records: Sequence[Record]) -> Aggregate:
    """The package's own totals: its one summary record and the grade records."""
    summaries = [r for r in records if r.kind == SUMMARY]
    if len(summaries) != 1:
        raise InputError(
            msg(
                "The package data must hold exactly one summary record.",
                "Dữ liệu của gói phải có đúng một bản ghi tổng hợp.",
            )
        )
    counts = {name: summaries[0].int(name) for name in COUNT_FIELDS}
    grades: dict[str, int] = {}
    for record in records:
        if record.kind == GRADE:
            label = record.text("label")
            grades[label] = grades.get(label, 0) + record.int("count")
    return from_counts(counts, grades)


def unit_aggregate(record: Record) -> Aggregate:
    return from_counts({name: record.int(name) for name in COUNT_FIELDS})


def validate(records: Iterable[Record]) -> None:
    """Every record of a known type has fields of the declared types (after the hash check)."""
    for record in records:
        fields = dict(FIELDS.get(record.kind, ()))
        for name in record.values:
            kind = fields.get(name)
            if kind == INT:
                record.int(name)
            elif kind == TEXT:
                record.text(name)


def own_aggregate(records: Sequence[Record]) -> Aggregate:
    """What the package's own sessions contribute: sessions, points and guests (§3.10)."""
    sessions = [r for r in records if r.kind == SESSION]
    points = [r for r in records if r.kind == POINT]
    guests = {guest_field(g): sum(p.int(f"n_{g.value}") for p in points) for g in GUEST_GROUPS}
    return from_counts(
        {
            "sessions": sum(1 for s in sessions if not s.flag("makeup")),
            "makeup_sessions": sum(1 for s in sessions if s.flag("makeup")),
            "connection_points": len(points),
            **guests,
        }
    )
