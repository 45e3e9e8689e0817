"""Reading an attendance list (SPEC §5.2) against the unit's members; no database here.

A row names its member by card number or by name. Names compare without
diacritics ('Nguyen Thi Bich Ngan' is 'Nguyễn Thị Bích Ngân'); when that leaves
several members, the diacritics typed in the file decide, and if they cannot,
the row is a problem naming the candidates — never a guess.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from studylog.domain.enums import AttendanceStatus
from studylog.exchange.headers import HeaderMatch, RowReader, data_rows, find_header
from studylog.exchange.problems import Problem
from studylog.exchange.sheets import read_table
from studylog.exchange.values import ValueProblem, parse_card_no, parse_status
from studylog.i18n import Message, msg
from studylog.vntext.fold import fold

MEMBER_HEADERS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT", "Số TT", "Số thứ tự"),
    "card_no": ("Số thẻ", "Số thẻ đảng viên", "Số thẻ ĐV"),
    "full_name": (
        "Họ và tên",
        "Họ tên",
        "Tên đảng viên",
        "Họ và tên đảng viên",
        "Tên người tham gia",
        "Tên hiển thị",
    ),
}
ATTENDANCE_HEADERS: dict[str, tuple[str, ...]] = {
    **MEMBER_HEADERS,
    "status": ("Điểm danh", "Có mặt", "Tình trạng", "Trạng thái", "Chữ ký", "Ký tên"),
    "reason": ("Lý do", "Lý do vắng"),
}
MEMBER_COLUMN = ("card_no", "full_name")

# Tone marks only; the vowel marks (ă â ê ô ơ ư) and đ stay part of the letters.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


class Candidate(NamedTuple):
    uid: str
    full_name: str
    card_no: str


@dataclass(frozen=True)
class AttendanceRow:
    row: int
    member_uid: str
    status: AttendanceStatus
    reason: str = ""


@dataclass(frozen=True)
class AttendanceParse:
    rows: list[AttendanceRow]
    problems: list[Problem]
    encoding_note: Message | None


def spelled(name: str) -> tuple[tuple[str, str], ...]:
    """The name with its diacritics but blind to tone placement (Thuỷ = Thủy):
    per word, the letters without tone marks and the tone marks."""
    words = []
    for word in name.casefold().split():
        decomposed = unicodedata.normalize("NFD", word)
        letters = "".join(ch for ch in decomposed if ch not in _TONES)
        tones = "".join(sorted(ch for ch in decomposed if ch in _TONES))
        words.append((unicodedata.normalize("NFC", letters), tones))
    return tuple(words)


def _card_key(card: str) -> str:
    try:
        return parse_card_no(card)
    except ValueProblem:
        return card


class MemberFinder:
    """Finds the member a row names; a miss is a message for that row."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self.by_card = {_card_key(c.card_no): c for c in candidates if c.card_no}
        self.by_name: dict[str, list[Candidate]] = defaultdict(list)
        for candidate in candidates:
            self.by_name[fold(candidate.full_name)].append(candidate)

    def find(self, reader: RowReader) -> Candidate | None:
        """By card when the row has one, else by name; records a problem when it fails."""
        name = reader.text("full_name")
        card = reader.get("card_no", parse_card_no, "")
        if reader.problems:
            return None
        if card:
            found = self.by_card.get(card)
            if found is None:
                reader.problem("card_no", _unknown_card(card))
            elif name and fold(name) != fold(found.full_name):
                reader.problem("full_name", _card_mismatch(card, found.full_name, name))
                return None
            return found
        if not name:
            reader.problem(
                "full_name" if reader.header.has("full_name") else "card_no",
                msg(
                    "The row names no member: fill in the name or the card number.",
                    "Dòng này không ghi đảng viên nào: hãy ghi họ tên hoặc số thẻ.",
                ),
            )
            return None
        matches = self.by_name.get(fold(name), [])
        if len(matches) > 1:
            exact = [c for c in matches if spelled(c.full_name) == spelled(name)]
            matches = exact if len(exact) == 1 else matches
        if len(matches) == 1:
            return matches[0]
        reader.problem("full_name", _ambiguous(name, matches) if matches else _unknown(name))
        return None


def _unknown_card(card: str) -> Message:
    return msg(
        "No member of the unit has the card number {card}.",
        "Không có đảng viên nào của đơn vị mang số thẻ {card}.",
        card=card,
    )


def _card_mismatch(card: str, member: str, name: str) -> Message:
    return msg(
        "The card number {card} belongs to {member}, but the row names {name}.",
        "Số thẻ {card} là của đồng chí {member}, nhưng dòng này ghi {name}.",
        card=card,
        member=member,
        name=name,
    )


def _unknown(name: str) -> Message:
    return msg(
        "No member of the unit is named “{name}”.",
        "Không có đảng viên nào của đơn vị tên là “{name}”.",
        name=name,
    )


def _ambiguous(name: str, matches: Sequence[Candidate]) -> Message:
    listed = "; ".join(f"{c.full_name} ({c.card_no or '—'})" for c in matches)
    return msg(
        "“{name}” could be any of: {candidates}. Add the card number to choose.",
        "“{name}” có thể là: {candidates}. Hãy ghi thêm số thẻ để chọn đúng người.",
        name=name,
        candidates=listed,
    )


def listed_twice(rows: Sequence[tuple[int, str]], header: HeaderMatch) -> list[Problem]:
    """Every row of a member listed more than once, each naming the other rows."""
    by_member: dict[str, list[int]] = defaultdict(list)
    for number, uid in rows:
        by_member[uid].append(number)
    column = header.label("card_no") or header.label("full_name")
    problems = []
    for numbers in by_member.values():
        for number in numbers if len(numbers) > 1 else ():
            others = ", ".join(str(n) for n in numbers if n != number)
            problems.append(
                Problem(
                    number,
                    column,
                    msg(
                        "This member is also listed on row {others}.",
                        "Đảng viên này đã có ở dòng {others}.",
                        others=others,
                    ),
                )
            )
    return problems


def parse_attendance(path: Path, candidates: Sequence[Candidate]) -> AttendanceParse:
    """Without a status column (a meeting's participant export) every listed member
    is present; with one, a blank cell is absent."""
    table = read_table(path)
    header = find_header(table, ATTENDANCE_HEADERS, [MEMBER_COLUMN])
    finder = MemberFinder(candidates)
    rows: list[AttendanceRow] = []
    problems: list[Problem] = []
    for number, cells in data_rows(table, header):
        reader = RowReader(number, cells, header)
        if not reader.filled("full_name") and not reader.filled("card_no"):
            if reader.filled("status"):
                reader.problem("status", _no_member())
                problems.extend(reader.problems)
            continue
        member = finder.find(reader)
        default = AttendanceStatus.VANG if header.has("status") else AttendanceStatus.CO_MAT
        status = reader.get("status", parse_status, default)
        reason = reader.text("reason")
        problems.extend(reader.problems)
        if member is not None and not reader.problems:
            rows.append(AttendanceRow(number, member.uid, status, reason))
    twice = listed_twice([(r.row, r.member_uid) for r in rows], header)
    bad = {p.row for p in twice}
    problems = sorted(problems + twice, key=lambda p: p.row)
    return AttendanceParse([r for r in rows if r.row not in bad], problems, table.encoding_note)


def _no_member() -> Message:
    return msg(
        "The row has a status but no member name or card number.",
        "Dòng này có tình trạng điểm danh nhưng không ghi họ tên hay số thẻ.",
    )
