"""Reading a roster (SPEC §5.1) into member rows and problems; no database here.

A row with any problem is left out of `rows` and listed in `problems`, so the
importer can refuse the file or, when the user accepts it, import the valid rows.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from studylog.domain.enums import MemberStatus, Sex
from studylog.exchange.headers import HeaderMatch, RowReader, data_rows, find_header
from studylog.exchange.problems import Problem
from studylog.exchange.sheets import read_table
from studylog.exchange.values import (
    ValueProblem,
    as_text,
    loose_key,
    parse_card_no,
    parse_citizen_id,
    parse_date,
    parse_full_date,
    parse_mark,
    parse_phone,
    parse_sex,
    shown,
)
from studylog.i18n import Message, msg

ROSTER_HEADERS: dict[str, tuple[str, ...]] = {
    "stt": ("STT", "TT", "Số TT", "Số thứ tự"),
    "full_name": ("Họ và tên", "Họ tên", "Tên đảng viên", "Họ và tên đảng viên"),
    "birth": ("Ngày sinh", "Năm sinh", "Ngày tháng năm sinh", "Ngày, tháng, năm sinh"),
    # "Ngày tháng năm sinh" merged over "Nam" | "Nữ": the date goes under the sex.
    "male": ("Nam", "Ngày sinh Nam", "Năm sinh Nam", "Ngày tháng năm sinh Nam"),
    "female": ("Nữ", "Ngày sinh Nữ", "Năm sinh Nữ", "Ngày tháng năm sinh Nữ"),
    "sex": ("Giới tính", "Nam/Nữ", "Nam, Nữ"),
    "card_no": ("Số thẻ", "Số thẻ đảng viên", "Số thẻ ĐV"),
    "citizen_id": ("Số CCCD", "Số định danh", "CCCD", "Số định danh cá nhân", "Số căn cước"),
    "joined": ("Ngày vào Đảng", "Ngày kết nạp", "Ngày kết nạp Đảng"),
    "official": (
        "Ngày chính thức",
        "Ngày vào Đảng chính thức",
        "Ngày công nhận chính thức",
        "Ngày chuyển chính thức",
    ),
    "status": ("Chính thức/Dự bị", "Loại đảng viên", "Chính thức, Dự bị"),
    "probationary": ("Đảng viên dự bị", "Dự bị"),
    "exempt": ("Miễn sinh hoạt", "Miễn SH", "Miễn công tác và sinh hoạt", "Miễn sinh hoạt đảng"),
    "phone": ("Điện thoại", "Số điện thoại", "SĐT", "ĐT"),
    "note": ("Ghi chú",),
}
_FIELDS = tuple(name for name in ROSTER_HEADERS if name != "stt")
_NOT_MARKED: bool | date = False

_STATUS_WORDS = {
    "du bi": MemberStatus.DU_BI,
    "db": MemberStatus.DU_BI,
    "dang vien du bi": MemberStatus.DU_BI,
    "chinh thuc": MemberStatus.CHINH_THUC,
    "ct": MemberStatus.CHINH_THUC,
    "dang vien chinh thuc": MemberStatus.CHINH_THUC,
}


@dataclass(frozen=True)
class RosterRow:
    row: int
    full_name: str
    birth_date: date | None = None
    birth_year: int | None = None  # also set when the full date is known
    sex: str = ""  # Sex value or ""
    card_no: str = ""
    citizen_id: str = ""
    status: MemberStatus = MemberStatus.CHINH_THUC
    status_given: bool = False  # the file has a status column and said something
    joined: date | None = None
    official: date | None = None
    exempt: bool = False
    exempt_from: date | None = None
    phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class RosterParse:
    rows: list[RosterRow]
    problems: list[Problem]
    encoding_note: Message | None


def parse_roster(path: Path, *, today: date | None = None) -> RosterParse:
    table = read_table(path)
    header = find_header(table, ROSTER_HEADERS, ["full_name"])
    day = today or date.today()
    rows: list[RosterRow] = []
    problems: list[Problem] = []
    for number, cells in data_rows(table, header):
        reader = RowReader(number, cells, header)
        if not any(reader.filled(name) for name in _FIELDS):
            continue  # a numbered template line nobody filled in
        row = _read_row(reader, day)
        problems.extend(reader.problems)
        if row is not None and not reader.problems:
            rows.append(row)
    duplicates = _duplicates(rows, header)
    bad = {p.row for p in duplicates}
    problems = sorted(problems + duplicates, key=lambda p: p.row)
    return RosterParse([r for r in rows if r.row not in bad], problems, table.encoding_note)


def _looks_like_a_name(raw: object, name: str) -> bool:
    """Text with letters and nothing invisible: a ticked box (TRUE) or a number is not a
    name, and a hidden direction override or zero-width space would make two names that
    look the same compare different."""
    if not isinstance(raw, str) or sum(ch.isalpha() for ch in name) < 2:
        return False
    return not any(unicodedata.category(ch) in ("Cf", "Cc", "Co") for ch in name)


def _read_row(reader: RowReader, today: date) -> RosterRow | None:
    already = len(reader.problems)
    name = reader.text("full_name")
    if len(reader.problems) == already and (
        not reader.filled("full_name") or not _looks_like_a_name(reader.raw("full_name"), name)
    ):
        reader.problem(
            "full_name",
            msg(
                "The full name is missing or is not a name.",
                "Thiếu họ và tên, hoặc ô họ tên không phải là tên người.",
            ),
        )
    birth = reader.get("birth", parse_date, None)
    sex = reader.get("sex", parse_sex, None)
    birth, sex = _birth_by_sex(reader, birth, sex)
    if birth is not None and (birth.year if isinstance(birth, date) else birth) > today.year:
        reader.problem("birth", _future(birth))
    status, given = _status(reader)
    joined = reader.get("joined", parse_full_date, None)
    official = reader.get("official", parse_full_date, None)
    if joined and official and official < joined:
        reader.problem(
            "official",
            msg(
                "The official date {official} is before the date of joining {joined}.",
                "Ngày chính thức {official} lại trước ngày vào Đảng {joined}.",
                official=shown(official),
                joined=shown(joined),
            ),
        )
    exempt = reader.get("exempt", parse_mark, _NOT_MARKED)
    row = RosterRow(
        row=reader.number,
        full_name=name,
        birth_date=birth if isinstance(birth, date) else None,
        birth_year=birth.year if isinstance(birth, date) else birth,
        sex=sex.value if sex else "",
        card_no=reader.get("card_no", parse_card_no, ""),
        citizen_id=reader.get("citizen_id", parse_citizen_id, ""),
        status=status,
        status_given=given,
        joined=joined,
        official=official,
        exempt=exempt is not False,
        exempt_from=exempt if isinstance(exempt, date) else None,
        phone=reader.get("phone", parse_phone, ""),
        note=reader.text("note"),
    )
    return None if reader.problems else row


def _future(birth: date | int) -> Message:
    return msg(
        "The birth date {value} is in the future.",
        "Ngày sinh {value} ở tương lai.",
        value=shown(birth),
    )


def _birth_by_sex(
    reader: RowReader, birth: date | int | None, sex: Sex | None
) -> tuple[date | int | None, Sex | None]:
    """Mẫu-style lists put the birth date under "Nam" or "Nữ"; an x there gives the sex only."""
    marked = [
        (s, name) for s, name in ((Sex.NAM, "male"), (Sex.NU, "female")) if reader.filled(name)
    ]
    if len(marked) > 1:
        reader.problem(
            "female",
            msg(
                "Both the Nam and the Nữ columns are filled.",
                "Cả cột Nam và cột Nữ đều được ghi.",
            ),
        )
        return birth, sex
    for column_sex, name in marked:
        value = reader.raw(name)
        if loose_key(as_text(value)) not in ("x", "co", "1"):
            birth = reader.get(name, parse_date, birth)
        sex = sex or column_sex
    return birth, sex


def _status(reader: RowReader) -> tuple[MemberStatus, bool]:
    word = reader.text("status")
    text_status = _STATUS_WORDS.get(loose_key(word)) if word else None
    if word and text_status is None:
        reader.problem(
            "status",
            msg(
                "“{value}” is not a member status; write Chính thức or Dự bị.",
                "“{value}” không phải là loại đảng viên; hãy ghi Chính thức hoặc Dự bị.",
                value=shown(word),
            ),
        )
    marked = reader.get("probationary", _tick, False)
    if marked and text_status is MemberStatus.CHINH_THUC:
        reader.problem(
            "probationary",
            msg(
                "The member is marked probationary but the status column says Chính thức.",
                "Đảng viên được đánh dấu dự bị nhưng cột loại đảng viên ghi Chính thức.",
            ),
        )
    if marked:
        return MemberStatus.DU_BI, True
    if text_status is not None:
        return text_status, True
    return MemberStatus.CHINH_THUC, reader.header.has("probationary")


def _tick(value: object) -> bool:
    mark = parse_mark(value)
    if isinstance(mark, date):
        raise ValueProblem(
            msg(
                "Mark a probationary member with x, not with a date.",
                "Hãy đánh dấu đảng viên dự bị bằng x, không ghi ngày.",
            )
        )
    return mark


def _duplicates(rows: list[RosterRow], header: HeaderMatch) -> list[Problem]:
    problems: list[Problem] = []
    for name, key in (("card_no", "card_no"), ("citizen_id", "citizen_id")):
        seen: dict[str, list[int]] = defaultdict(list)
        for row in rows:
            value = getattr(row, key)
            if value:
                seen[value].append(row.row)
        for value, numbers in seen.items():
            if len(numbers) < 2:
                continue
            for number in numbers:
                others = ", ".join(str(n) for n in numbers if n != number)
                problems.append(Problem(number, header.label(name), _duplicate(value, others)))
    return problems


def _duplicate(value: str, others: str) -> Message:
    return msg(
        "The number {value} is also on row {others}: each member appears once.",
        "Số {value} cũng có ở dòng {others}: mỗi đảng viên chỉ ghi một lần.",
        value=value,
        others=others,
    )
