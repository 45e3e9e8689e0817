"""Members (đảng viên) and their dated history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from studylog.domain.enums import EXEMPTION_KINDS, EventKind
from studylog.domain.membership import exemption_on
from studylog.domain.models import Member, MemberEvent, new_uid
from studylog.errors import InputError, NotFoundError
from studylog.i18n import msg
from studylog.storage import convert
from studylog.storage.changes import Changes
from studylog.storage.store import Row, Store
from studylog.vntext import fold, nfc
from studylog.vntext.collate import name_sort_key

# The fields a user edits; uid and unit never change through an edit.
EDITABLE = (
    "full_name",
    "sex",
    "birth_date",
    "birth_year",
    "card_no",
    "citizen_id",
    "status",
    "joined_date",
    "official_date",
    "phone",
    "note",
)


def clean_name(name: str) -> str:
    return " ".join(nfc(name).split())


def member_row(member: Member) -> Row:
    name = clean_name(member.full_name)
    birth_year = member.birth_year or (member.birth_date.year if member.birth_date else None)
    return {
        "uid": member.uid,
        "unit_uid": member.unit_uid,
        "full_name": name,
        "name_key": fold(name),
        "sex": member.sex,
        "birth_date": convert.iso(member.birth_date),
        "birth_year": birth_year,
        "card_no": member.card_no or None,
        "citizen_id": member.citizen_id or None,
        "status": member.status.value,
        "joined_date": convert.iso(member.joined_date),
        "official_date": convert.iso(member.official_date),
        "phone": member.phone,
        "note": member.note,
    }


def event_row(member_uid: str, event: MemberEvent) -> Row:
    return {
        "uid": event.uid,
        "member_uid": member_uid,
        "kind": event.kind.value,
        "date_from": event.date_from.isoformat(),
        "date_to": convert.iso(event.date_to),
        "decision_no": event.decision_no,
        "note": event.note,
    }


def validate(member: Member) -> None:
    if not clean_name(member.full_name):
        raise InputError(msg("A member needs a full name.", "Đảng viên cần có họ và tên."))
    if member.card_no and not (member.card_no.isdigit() and len(member.card_no) in (8, 12)):
        raise InputError(
            msg(
                "The party card number {card} must have 8 or 12 digits.",
                "Số thẻ đảng viên {card} phải gồm 8 hoặc 12 chữ số.",
                card=member.card_no,
            )
        )
    if member.citizen_id and not (member.citizen_id.isdigit() and len(member.citizen_id) == 12):
        raise InputError(
            msg(
                "The citizen ID {cid} must have 12 digits.",
                "Số CCCD {cid} phải gồm 12 chữ số.",
                cid=member.citizen_id,
            )
        )


def _check_unique(store: Store, member: Member) -> None:
    if member.card_no:
        other = store.one(
            "SELECT full_name FROM members WHERE card_no = ? AND uid <> ?",
            [member.card_no, member.uid],
        )
        if other:
            raise InputError(
                msg(
                    "The party card number {card} already belongs to {name}.",
                    "Số thẻ đảng viên {card} đã thuộc về {name}.",
                    card=member.card_no,
                    name=other["full_name"],
                )
            )
    if member.citizen_id:
        other = store.one(
            "SELECT full_name FROM members WHERE citizen_id = ? AND uid <> ?",
            [member.citizen_id, member.uid],
        )
        if other:
            raise InputError(
                msg(
                    "The citizen ID {cid} already belongs to {name}.",
                    "Số CCCD {cid} đã thuộc về {name}.",
                    cid=member.citizen_id,
                    name=other["full_name"],
                )
            )


def add_member(store: Store, member: Member) -> Member:
    """Insert a member with their history; uid generated when empty."""
    if not member.uid:
        member = replace(member, uid=new_uid())
    validate(member)
    _check_unique(store, member)
    with store.atomic():
        store.insert("members", member_row(member))
        store.insert_many("member_events", [event_row(member.uid, e) for e in member.events])
    return member


def update_member(store: Store, uid: str, **fields: object) -> Changes:
    current = get_member(store, uid)
    updated = replace(current, **fields)  # type: ignore[arg-type]
    validate(updated)
    _check_unique(store, updated)
    row = member_row(updated)
    with store.atomic():
        changed = store.update("members", uid, {k: row[k] for k in (*EDITABLE, "name_key")})
    return Changes(members=changed)


def add_event(store: Store, member_uid: str, event: MemberEvent) -> Changes:
    get_member(store, member_uid)
    if event.date_to is not None and event.date_to < event.date_from:
        raise InputError(
            msg(
                "The end date is before the start date.",
                "Ngày kết thúc trước ngày bắt đầu.",
            )
        )
    existing = store.one(
        "SELECT uid FROM member_events WHERE member_uid = ? AND kind = ? AND date_from = ?",
        [member_uid, event.kind.value, event.date_from.isoformat()],
    )
    with store.atomic():
        if existing is not None:
            # The same event again with another end or decision is a correction of it.
            row = event_row(member_uid, event)
            changed = store.update(
                "member_events",
                existing["uid"],
                {k: row[k] for k in ("date_to", "decision_no", "note") if row[k] or k == "date_to"},
            )
            return Changes(members=changed)
        store.insert("member_events", event_row(member_uid, event))
    return Changes(members=True)


def remove_event(store: Store, event_uid: str) -> Changes:
    with store.atomic():
        return Changes(members=store.delete("member_events", event_uid))


def _events_by_member(
    store: Store, member_uids: Iterable[str] | None
) -> dict[str, list[MemberEvent]]:
    rows = store.all("SELECT * FROM member_events ORDER BY date_from")
    wanted = None if member_uids is None else set(member_uids)
    out: dict[str, list[MemberEvent]] = {}
    for row in rows:
        if wanted is None or row["member_uid"] in wanted:
            out.setdefault(row["member_uid"], []).append(convert.event(row))
    return out


def load_members(store: Store, unit_uid: str | None = None) -> list[Member]:
    """Members with their history, in Vietnamese name order."""
    if unit_uid is None:
        rows = store.all("SELECT * FROM members")
    else:
        rows = store.all("SELECT * FROM members WHERE unit_uid = ?", [unit_uid])
    events = _events_by_member(store, None)
    members = [convert.member(r, tuple(events.get(r["uid"], ()))) for r in rows]
    members.sort(key=lambda m: name_sort_key(m.full_name))
    return members


def get_member(store: Store, uid: str) -> Member:
    row = store.get("members", uid)
    if row is None:
        raise NotFoundError(
            msg("No member with the id {uid}.", "Không có đảng viên mã {uid}.", uid=uid)
        )
    events = _events_by_member(store, [uid]).get(uid, [])
    return convert.member(row, tuple(events))


def find_by_card(store: Store, card_no: str) -> Member:
    row = store.one("SELECT uid FROM members WHERE card_no = ?", [card_no])
    if row is None:
        raise NotFoundError(
            msg(
                "No member has the party card number {card}.",
                "Không có đảng viên nào mang số thẻ {card}.",
                card=card_no,
            )
        )
    return get_member(store, row["uid"])


def set_exemption(
    store: Store,
    *,
    member_uid: str,
    kind: EventKind,
    date_from: date,
    date_to: date | None = None,
    decision_no: str = "",
) -> Changes:
    if kind not in EXEMPTION_KINDS:
        raise ValueError(kind)
    return add_event(
        store,
        member_uid,
        MemberEvent(kind=kind, date_from=date_from, date_to=date_to, decision_no=decision_no),
    )


def is_exempt_on(member: Member, day: date) -> bool:
    return exemption_on(member, day) is not None
