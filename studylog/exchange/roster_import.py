"""Roster import (SPEC §5.1): plan first (what would change, every problem), then apply.

Matching an existing member: party card number, else citizen ID, else the folded
name with the birth year. A filled cell updates the member; an empty cell never
erases what is stored. Re-importing the same file changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from studylog.domain.enums import EXEMPTION_KINDS, EventKind
from studylog.domain.models import Member, MemberEvent, new_uid
from studylog.errors import InputError
from studylog.exchange.problems import Problem
from studylog.exchange.results import refuse_if_empty
from studylog.exchange.roster_parse import RosterRow, parse_roster
from studylog.i18n import Message, msg
from studylog.storage import members as member_store
from studylog.storage.changes import Changes
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.vntext import fold

# An exemption marked only "x" has no known start: it is taken to hold since before
# the record began, so it applies to every campaign, past ones included.
UNKNOWN_START = date(1900, 1, 1)


@dataclass(frozen=True)
class MemberUpdate:
    row: int
    member: Member  # as it will be stored
    fields: tuple[str, ...]  # names of the fields that change
    new_exemption: MemberEvent | None = None


@dataclass(frozen=True)
class RosterPlan:
    added: list[tuple[int, Member]] = field(default_factory=list)
    updated: list[MemberUpdate] = field(default_factory=list)
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    encoding_note: Message | None = None


@dataclass(frozen=True)
class RosterResult:
    added: int
    updated: int
    unchanged: int
    changes: Changes


def _key(name: str, year: int | None) -> tuple[str, int | None]:
    return fold(name), year


def _exemption(row: RosterRow) -> MemberEvent | None:
    if not row.exempt:
        return None
    return MemberEvent(
        kind=EventKind.MIEN,
        date_from=row.exempt_from or UNKNOWN_START,
        note="Theo danh sách đảng viên nhập từ tệp",
    )


def _from_row(row: RosterRow, unit_uid: str) -> Member:
    exemption = _exemption(row)
    return Member(
        uid=new_uid(),
        unit_uid=unit_uid,
        full_name=row.full_name,
        sex=row.sex,
        birth_date=row.birth_date,
        birth_year=row.birth_year or (row.birth_date.year if row.birth_date else None),
        card_no=row.card_no,
        citizen_id=row.citizen_id,
        status=row.status,
        joined_date=row.joined,
        official_date=row.official,
        phone=row.phone,
        note=row.note,
        events=(exemption,) if exemption else (),
    )


def _merge(current: Member, row: RosterRow) -> tuple[Member, tuple[str, ...]]:
    """The member with the file's filled cells applied, and which fields changed."""
    incoming = _from_row(row, current.unit_uid)
    changes: dict[str, object] = {}
    for name in member_store.EDITABLE:
        value = getattr(incoming, name)
        if name == "status":
            # The status column is optional; without one every row reads chinh_thuc.
            if not row.status_given:
                continue
        elif value in (None, ""):
            continue
        if getattr(current, name) != value:
            changes[name] = value
    return replace(current, **changes), tuple(changes)  # type: ignore[arg-type]


def _needs_exemption(current: Member, row: RosterRow) -> MemberEvent | None:
    wanted = _exemption(row)
    if wanted is None:
        return None
    if any(e.kind in EXEMPTION_KINDS and e.date_to is None for e in current.events):
        return None  # already exempt with no end: the file says nothing new
    return wanted


class _Matcher:
    """SPEC §5.1: the party card number, else the citizen ID, else the folded name with the
    birth year.

    Two refinements keep re-imports stable: namesakes born the same year pair off with
    the stored ones in turn instead of being added again, and a stored namesake whose
    card or ID appears elsewhere in the same file is that other row's member, not this
    one with a re-issued card.
    """

    def __init__(self, existing: list[Member], rows: list[RosterRow]) -> None:
        self.by_card = {m.card_no: m for m in existing if m.card_no}
        self.by_cid = {m.citizen_id: m for m in existing if m.citizen_id}
        self.by_name: dict[tuple[str, int | None], list[Member]] = {}
        for m in existing:
            year = m.birth_year or (m.birth_date.year if m.birth_date else None)
            self.by_name.setdefault(_key(m.full_name, year), []).append(m)
        self.file_cards = {r.card_no for r in rows if r.card_no}
        self.file_cids = {r.citizen_id for r in rows if r.citizen_id}

    def match(self, row: RosterRow, *, taken: Mapping[str, int]) -> Member | None:
        if row.card_no and row.card_no in self.by_card:
            return self.by_card[row.card_no]
        if row.citizen_id and row.citizen_id in self.by_cid:
            return self.by_cid[row.citizen_id]
        year = row.birth_year or (row.birth_date.year if row.birth_date else None)
        for m in self.by_name.get(_key(row.full_name, year), []):
            if m.uid in taken:
                continue
            if m.card_no and m.card_no != row.card_no and m.card_no in self.file_cards:
                continue
            if m.citizen_id and m.citizen_id != row.citizen_id and m.citizen_id in self.file_cids:
                continue
            return m
        return None


def plan_roster_import(store: Store, path: Path) -> RosterPlan:
    parsed = parse_roster(path)
    refuse_if_empty(parsed.rows, parsed.problems, path)
    home = home_unit(store)
    matcher = _Matcher(member_store.load_members(store, home.uid), parsed.rows)

    problems = list(parsed.problems)
    added: list[tuple[int, Member]] = []
    updated: list[MemberUpdate] = []
    unchanged = 0
    seen: dict[str, int] = {}
    for row in parsed.rows:
        match = matcher.match(row, taken=seen)
        if match is None:
            added.append((row.row, _from_row(row, home.uid)))
            continue
        if match.uid in seen:
            problems.append(
                Problem(
                    row.row,
                    "",
                    msg(
                        "This row describes the same member as row {other} ({name}).",
                        "Dòng này trùng đảng viên với dòng {other} ({name}).",
                        other=seen[match.uid],
                        name=match.full_name,
                    ),
                )
            )
            continue
        seen[match.uid] = row.row
        merged, changed = _merge(match, row)
        exemption = _needs_exemption(match, row)
        if changed or exemption:
            updated.append(MemberUpdate(row.row, merged, changed, exemption))
        else:
            unchanged += 1
    problems.sort(key=lambda p: p.row)
    bad_rows = {p.row for p in problems}
    return RosterPlan(
        added=[(r, m) for r, m in added if r not in bad_rows],
        updated=[u for u in updated if u.row not in bad_rows],
        unchanged=unchanged,
        problems=problems,
        encoding_note=parsed.encoding_note,
    )


def apply_roster_plan(store: Store, plan: RosterPlan, *, accept_valid: bool) -> RosterResult:
    """Write the plan in one transaction; a plan with problems needs `accept_valid`."""
    if plan.problems and not accept_valid:
        raise InputError(
            msg(
                "The file has {count} problems; nothing was imported. Fix them, or accept"
                " importing only the valid rows.",
                "Tệp có {count} lỗi; chưa nhập gì. Hãy sửa lỗi, hoặc chấp nhận chỉ nhập các"
                " dòng hợp lệ.",
                count=len(plan.problems),
            )
        )
    with store.atomic():
        for _row, member in plan.added:
            member_store.add_member(store, member)
        for update in plan.updated:
            if update.fields:
                member_store.update_member(
                    store,
                    update.member.uid,
                    **{name: getattr(update.member, name) for name in update.fields},
                )
            if update.new_exemption is not None:
                member_store.add_event(store, update.member.uid, update.new_exemption)
    touched = bool(plan.added or plan.updated)
    return RosterResult(
        added=len(plan.added),
        updated=len(plan.updated),
        unchanged=plan.unchanged,
        changes=Changes(members=touched),
    )
