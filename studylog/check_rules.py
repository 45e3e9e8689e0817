"""The domain's invariants, as `studylog check` verifies them on a database.

The window and the importers keep these when they write; a database that breaks
one was edited by another tool, restored from a damaged copy, or met a bug. Each
rule yields bilingual messages naming the record the way a secretary knows it
(a member's name, a session's date and campaign), never a bare uid when a name exists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from studylog.domain.enums import EventKind
from studylog.domain.essays import parse_scale
from studylog.domain.membership import in_unit_on
from studylog.domain.models import Member, MemberEvent
from studylog.exchange.essay_parse import grader
from studylog.exchange.values import ValueProblem
from studylog.i18n import Message, msg
from studylog.storage.store import Row, Store

Rule = Callable[[Store], Iterator[Message]]
_KINDS = {kind.value for kind in EventKind}
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Every text column that holds a date (yyyy-mm-dd).
DATE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("units", "active_from"),
    ("units", "active_to"),
    ("members", "birth_date"),
    ("members", "joined_date"),
    ("members", "official_date"),
    ("member_events", "date_from"),
    ("member_events", "date_to"),
    ("campaigns", "start_date"),
    ("campaigns", "deadline"),
    ("campaigns", "report_deadline"),
    ("campaigns", "essay_deadline"),
    ("sessions", "date"),
    ("makeups", "date"),
    ("essays", "submitted"),
)

# Counts that can never be negative (the schema says so; a foreign tool may not have).
COUNT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("session_points", "n_dang_vien"),
    ("session_points", "n_can_bo_cong_chuc_vien_chuc"),
    ("session_points", "n_doan_vien_hoi_vien"),
    ("session_points", "n_quan_chung"),
    ("session_points", "n_khac"),
    ("incidents", "minutes_lost"),
    ("packages", "members_total"),
    ("packages", "required"),
    ("packages", "attended"),
    ("packages", "made_up"),
    ("packages", "exempt_attended"),
    ("packages", "essays_submitted"),
)


def parse_day(text: object) -> date | None:
    if not isinstance(text, str) or not _ISO.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _show_day(text: object) -> str:
    day = parse_day(text)
    return day.strftime("%d/%m/%Y") if day else str(text)


def _tables(store: Store) -> set[str]:
    return {str(r["name"]) for r in store.all("SELECT name FROM sqlite_master WHERE type='table'")}


def dates_are_dates(store: Store) -> Iterator[Message]:
    tables = _tables(store)
    for table, column in DATE_COLUMNS:
        if table not in tables:
            continue
        rows = store.all(f"SELECT uid, [{column}] AS v FROM [{table}] WHERE [{column}] IS NOT NULL")
        for row in rows:
            if parse_day(row["v"]) is None:
                yield msg(
                    "Table {table}, column {column}, record {uid}: “{value}” is not a date"
                    " (yyyy-mm-dd).",
                    "Bảng {table}, cột {column}, bản ghi {uid}: “{value}” không phải là ngày"
                    " (yyyy-mm-dd).",
                    table=table,
                    column=column,
                    uid=row["uid"],
                    value=str(row["v"])[:40],
                )


def counts_not_negative(store: Store) -> Iterator[Message]:
    tables = _tables(store)
    for table, column in COUNT_COLUMNS:
        if table not in tables:
            continue
        for row in store.all(f"SELECT uid, [{column}] AS v FROM [{table}] WHERE [{column}] < 0"):
            yield msg(
                "Table {table}, column {column}, record {uid}: the count {value} is negative.",
                "Bảng {table}, cột {column}, bản ghi {uid}: số đếm {value} bị âm.",
                table=table,
                column=column,
                uid=row["uid"],
                value=row["v"],
            )
    if "packages" in tables:
        for row in store.all(
            "SELECT unit_code, c.code AS campaign, attended, required FROM packages p"
            " JOIN campaigns c ON c.uid = p.campaign_uid WHERE attended > required"
        ):
            yield msg(
                "The package of unit {unit} for {campaign} counts {attended} attended out of"
                " only {required} required.",
                "Gói dữ liệu của đơn vị {unit} cho đợt {campaign} ghi {attended} người tham gia"
                " trong khi chỉ có {required} người phải học tập.",
                unit=row["unit_code"],
                campaign=row["campaign"],
                attended=row["attended"],
                required=row["required"],
            )


def _members(store: Store) -> dict[str, Member]:
    """Members with their history, tolerating bad dates (reported by `dates_are_dates`)."""
    events: dict[str, list[MemberEvent]] = {}
    for row in store.all("SELECT * FROM member_events"):
        start = parse_day(row["date_from"])
        if start is None or row["kind"] not in _KINDS:
            continue
        events.setdefault(row["member_uid"], []).append(
            MemberEvent(EventKind(row["kind"]), start, parse_day(row["date_to"]), uid=row["uid"])
        )
    return {
        row["uid"]: Member(
            uid=row["uid"], full_name=row["full_name"], events=tuple(events.get(row["uid"], ()))
        )
        for row in store.all("SELECT uid, full_name FROM members")
    }


def attendance_inside_the_unit(store: Store) -> Iterator[Message]:
    members = _members(store)
    rows = store.all(
        "SELECT a.member_uid, s.date, c.code FROM attendance a"
        " JOIN sessions s ON s.uid = a.session_uid JOIN campaigns c ON c.uid = s.campaign_uid"
        " ORDER BY s.date, a.member_uid"
    )
    for row in rows:
        member, day = members.get(row["member_uid"]), parse_day(row["date"])
        if member is None or day is None or in_unit_on(member, day):
            continue
        yield msg(
            "{name} is marked at the session of {date} ({campaign}) but was not in the unit"
            " on that day.",
            "{name} được điểm danh ở buổi học ngày {date} ({campaign}) nhưng ngày đó không"
            " thuộc đơn vị.",
            name=member.full_name,
            date=_show_day(row["date"]),
            campaign=row["code"],
        )


def makeups_inside_the_campaign(store: Store) -> Iterator[Message]:
    for row in store.all(
        "SELECT s.date, o.date AS original_date, c.code, o.campaign_uid <> s.campaign_uid AS other"
        " FROM sessions s JOIN sessions o ON o.uid = s.makeup_of"
        " JOIN campaigns c ON c.uid = s.campaign_uid"
    ):
        if row["other"]:
            yield msg(
                "The make-up class of {date} ({campaign}) makes up for a session of another"
                " campaign.",
                "Lớp học bù ngày {date} ({campaign}) học bù cho buổi học của đợt khác.",
                date=_show_day(row["date"]),
                campaign=row["code"],
            )
        elif str(row["date"]) < str(row["original_date"]):
            yield msg(
                "The make-up class of {date} ({campaign}) is before the session of {original}"
                " it makes up for.",
                "Lớp học bù ngày {date} ({campaign}) diễn ra trước buổi học ngày {original}"
                " mà nó học bù.",
                date=_show_day(row["date"]),
                campaign=row["code"],
                original=_show_day(row["original_date"]),
            )


def essay_grades_in_scale(store: Store) -> Iterator[Message]:
    scales: dict[str, Callable[[object], str] | None] = {}
    for campaign in store.all("SELECT uid, code, essay_scale FROM campaigns"):
        try:
            scales[campaign["uid"]] = grader(parse_scale(campaign["essay_scale"]))
        except ValueError:
            scales[campaign["uid"]] = None
            yield msg(
                "Campaign {campaign} has no usable essay grading scale (“{scale}”).",
                "Đợt {campaign} không có thang xếp loại bài thu hoạch dùng được (“{scale}”).",
                campaign=campaign["code"],
                scale=campaign["essay_scale"],
            )
    for row in store.all(
        "SELECT e.campaign_uid, e.grade, m.full_name, c.code, c.essay_scale FROM essays e"
        " JOIN members m ON m.uid = e.member_uid JOIN campaigns c ON c.uid = e.campaign_uid"
        " WHERE e.grade <> ''"
    ):
        grade = scales.get(row["campaign_uid"])
        if grade is None or _grade_ok(grade, row["grade"]):
            continue
        yield msg(
            "The essay of {name} ({campaign}) has the grade “{grade}”, which is not in the"
            " campaign's scale ({scale}).",
            "Bài thu hoạch của {name} ({campaign}) có xếp loại “{grade}”, không thuộc thang"
            " của đợt ({scale}).",
            name=row["full_name"],
            campaign=row["code"],
            grade=row["grade"],
            scale=row["essay_scale"],
        )


def _grade_ok(grade: Callable[[object], str], value: object) -> bool:
    try:
        return grade(value) == value
    except ValueProblem:
        return False


def ranges_in_order(store: Store) -> Iterator[Message]:
    for row in store.all(
        "SELECT e.kind, e.date_from, e.date_to, m.full_name FROM member_events e"
        " JOIN members m ON m.uid = e.member_uid"
        " WHERE e.date_to IS NOT NULL AND e.date_to < e.date_from"
    ):
        yield msg(
            "{name}: the period {start} – {end} ({kind}) ends before it starts.",
            "{name}: khoảng {start} – {end} ({kind}) kết thúc trước khi bắt đầu.",
            name=row["full_name"],
            start=_show_day(row["date_from"]),
            end=_show_day(row["date_to"]),
            kind=row["kind"],
        )
    for row in store.all("SELECT * FROM campaigns"):
        start = parse_day(row["start_date"])
        for column in ("deadline", "report_deadline", "essay_deadline"):
            end = parse_day(row[column])
            if start is not None and end is not None and end < start:
                yield msg(
                    "Campaign {campaign}: the {column} {end} is before the start date {start}.",
                    "Đợt {campaign}: hạn {column} {end} sớm hơn ngày bắt đầu {start}.",
                    campaign=row["code"],
                    column=column,
                    end=_show_day(row[column]),
                    start=_show_day(row["start_date"]),
                )


def identifiers_well_formed(store: Store) -> Iterator[Message]:
    for row in _bad_ids(store, "card_no", "length(card_no) NOT IN (8, 12)"):
        yield msg(
            "{name} has the party card number “{value}”, which is not 8 or 12 digits.",
            "{name} có số thẻ đảng viên “{value}”, không gồm 8 hoặc 12 chữ số.",
            name=row["full_name"],
            value=row["v"],
        )
    for row in _bad_ids(store, "citizen_id", "length(citizen_id) <> 12"):
        yield msg(
            "{name} has the citizen ID “{value}”, which is not 12 digits.",
            "{name} có số CCCD “{value}”, không gồm 12 chữ số.",
            name=row["full_name"],
            value=row["v"],
        )


def _bad_ids(store: Store, column: str, wrong_length: str) -> list[Row]:
    return store.all(
        f"SELECT full_name, {column} AS v FROM members WHERE {column} IS NOT NULL"
        f" AND ({wrong_length} OR {column} GLOB '*[^0-9]*')"
    )


def units_in_order(store: Store) -> Iterator[Message]:
    homes = store.all("SELECT uid FROM units WHERE is_home = 1")
    others = store.one("SELECT count(*) AS n FROM units WHERE is_home = 0")
    if not homes and others is not None and others["n"]:
        yield msg(
            "There are units but no home unit; set up the unit again (studylog init).",
            "Có đơn vị nhưng không có đơn vị chủ quản; hãy thiết lập lại đơn vị (studylog init).",
        )
    home = homes[0]["uid"] if homes else None
    for row in store.all(
        "SELECT code, name FROM units WHERE is_home = 0 AND ifnull(parent_uid, '') <> ?",
        [home or ""],
    ):
        yield msg(
            "Unit {code} ({name}) is not registered under the home unit.",
            "Đơn vị {code} ({name}) không được đăng ký trực thuộc đơn vị chủ quản.",
            code=row["code"],
            name=row["name"],
        )


def audit_still_append_only(store: Store) -> Iterator[Message]:
    triggers = {
        str(r["name"]) for r in store.all("SELECT name FROM sqlite_master WHERE type='trigger'")
    }
    for name in ("audit_no_update", "audit_no_delete"):
        if name not in triggers:
            yield msg(
                "The protection {trigger} of the audit trail is missing: the trail could be"
                " rewritten.",
                "Thiếu cơ chế bảo vệ {trigger} của nhật ký thay đổi: nhật ký có thể bị sửa.",
                trigger=name,
            )


RULES: tuple[Rule, ...] = (
    dates_are_dates,
    counts_not_negative,
    attendance_inside_the_unit,
    makeups_inside_the_campaign,
    essay_grades_in_scale,
    ranges_in_order,
    identifiers_well_formed,
    units_in_order,
    audit_still_append_only,
)


def describe(rule: Rule) -> str:
    return rule.__name__.replace("_", " ")
