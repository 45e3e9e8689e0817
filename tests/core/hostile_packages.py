"""Hostile packages and plans: damaged, bombed, with an edited `_meta` or `_data`.

A package is signed (every `_meta` pair) and its `_data` hashed, so any edit of either
is refused by itself; a plan is hashed but not signed, so its content edits are made
with the hash recomputed and are refused by what they say (see hostile_world).
"""

from __future__ import annotations

import random
from collections.abc import Callable

from hostile_corpus import Maker, csv_bytes, entity_bomb, flip_bits, truncate, zip_bomb
from hostile_world import World, base_rows, rehash_plan
from hostile_xlsx import Raw, edit_sheet, read_entries, sheet_part, sheet_xlsx


def _valid(w: World, kind: str) -> bytes:
    return w.package if kind == "package" else w.plan


def _late(w: World, kind: str) -> bytes:
    return w.late_package if kind == "package" else w.late_plan


def p_bitflip(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", flip_bits(rng, _late(w, kind), rng.randint(1, 8)), False


def p_truncate(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", truncate(rng, _valid(w, kind)), False


def p_zip_bomb(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", zip_bomb(rng, read_entries(_valid(w, kind))), False


def p_entity_bomb(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    data = _late(w, kind)
    entries = read_entries(data)
    part = rng.choice(
        (sheet_part(entries, "_meta"), sheet_part(entries, "_data"), "xl/workbook.xml", None)
    )
    return ".xlsx", entity_bomb(rng, data, part), False


Rows = list[list[object]]


def _meta_edit(rng: random.Random, kind: str) -> Callable[[Rows], Rows]:
    """One change to `_meta` that a signed package (or, for a plan, the format and
    hash checks) must refuse: a changed, removed, added or shadowed value."""
    plan_keys = ("format", "format_version", "data_sha256")
    values = (
        "2",
        "0",
        "-1",
        "abc",
        "99999999999999999999",
        "",
        "studylog-plan" if kind == "package" else "studylog-package",
        "=1+1",
        "x" * 100_000,
        "Nguyễn\x07Văn",
        "2026-13-45T99:99:99+25:00",
        "0" * 64,
    )

    def change(rows: Rows) -> Rows:
        keyed = [r for r in rows[1:] if r and isinstance(r[0], str)]
        candidates = [r for r in keyed if kind == "package" or r[0] in plan_keys]
        row = rng.choice(candidates)
        how = rng.randrange(4 if kind == "package" else 2)
        out = [list(r) for r in rows]
        index = rows.index(row)
        if how == 0:  # a changed value
            old = row[1] if len(row) > 1 else ""
            new = rng.choice([v for v in values if v != old])
            out[index] = [row[0], new]
        elif how == 1:  # removed (for a package: with its signature too, half the time)
            out.pop(index)
            if kind == "package" and rng.random() < 0.5:
                out = [r for r in out if not r or r[0] not in ("signature", "public_key")]
        elif how == 2:  # an added pair, which the signature does not cover
            out.insert(rng.randrange(1, len(out) + 1), [f"extra_{rng.randrange(99)}", "1"])
        else:  # the same key once more, before the real one: the first one is read
            old = row[1] if len(row) > 1 else ""
            out.insert(1, [row[0], rng.choice([v for v in values if v != old])])
        return out

    return change


def p_edited_meta(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", edit_sheet(_valid(w, kind), "_meta", _meta_edit(rng, kind)), False


_DATA_VALUES: tuple[object, ...] = (
    "x" * 100_000,
    "Nguyễn\x01Văn",
    Raw('<c r="{ref}"><f>1+1</f><v>2</v></c>'),
    Raw('<c r="{ref}" t="b"><v>1</v></c>'),
    Raw('<c r="{ref}" t="e"><v>#DIV/0!</v></c>'),
    3.5,
    -1,
    10**30,
    '=HYPERLINK("http://192.0.2.1")',
)


def _data_edit(rng: random.Random) -> Callable[[Rows], Rows]:
    def change(rows: Rows) -> Rows:
        out = [list(r) for r in rows]
        how = rng.randrange(4)
        body = range(1, len(out))
        if how == 0 and len(out) > 2:  # a row removed
            out.pop(rng.choice(body))
        elif how == 1:  # a row twice
            at = rng.choice(body)
            out.insert(at, list(out[at]))
        else:  # one cell changed: a number +1, a text altered, or a hostile value
            row = out[rng.choice(body)]
            column = rng.randrange(1, len(row)) if len(row) > 1 else 0
            value = row[column]
            if how == 2 and isinstance(value, int) and not isinstance(value, bool):
                row[column] = value + 1
            elif how == 2 and isinstance(value, str) and value:
                row[column] = value + "."
            else:
                row[column] = rng.choice([v for v in _DATA_VALUES if v != value])
        return out

    return change


def p_edited_data(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    return ".xlsx", edit_sheet(_valid(w, kind), "_data", _data_edit(rng)), False


def _plan_content(rng: random.Random) -> Callable[[Rows], Rows]:
    """A campaign the importer must refuse even though the hash matches."""

    def change(rows: Rows) -> Rows:
        header = [str(h) for h in rows[0]]
        out: Rows = [list(rows[0])]
        how = rng.randrange(6)
        for row in rows[1:]:
            row = list(row) + [""] * (len(header) - len(row))
            if row[0] == "campaign":
                if how == 0:
                    row[header.index("start_date")] = "2026-05-01"
                    row[header.index("deadline")] = "2026-04-01"
                elif how == 1:
                    row[header.index("essays_required")] = "có lẽ"
                elif how == 2:
                    row[header.index("start_date")] = "2026-02-30"
                elif how == 3:
                    row[header.index("code")] = ""
                elif how == 4:
                    row[header.index("title")] = "   "
                else:
                    row[header.index("report_deadline")] = "31/12/2025"
            out.append(row)
        return out

    return change


def p_plan_content(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    if kind == "package":  # a package's content edits are caught by the hash
        return p_edited_data(rng, w, kind)
    return ".xlsx", rehash_plan(w.plan, _plan_content(rng)), False


def p_wrong_kind(rng: random.Random, w: World, kind: str) -> tuple[str, bytes, bool]:
    other = w.plan if kind == "package" else w.package
    options: list[tuple[str, bytes]] = [
        (".xlsx", other),  # a plan offered as a package, or the other way round
        (".xlsx", sheet_xlsx(base_rows("roster"))),  # a roster, not a package
        (".xlsx", csv_bytes(base_rows("roster"))),
        (".xlsx", b""),
        (".xlsx", bytes(rng.randrange(256) for _ in range(rng.randint(1, 3000)))),
        (".xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
        (".xlsx", b"PK\x05\x06" + bytes(18)),  # an empty zip
    ]
    suffix, data = options[rng.randrange(len(options))]
    return suffix, data, False


PACKAGED: dict[str, Maker] = {
    "bitflip": p_bitflip,
    "truncate": p_truncate,
    "zip_bomb": p_zip_bomb,
    "entity_bomb": p_entity_bomb,
    "edited_meta": p_edited_meta,
    "edited_data": p_edited_data,
    "plan_content": p_plan_content,
    "wrong_kind": p_wrong_kind,
}
