"""Reading an essay list (SPEC §5.2b) against the unit's members; no database here."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from studylog.domain.models import DIEM10
from studylog.exchange.attendance_parse import (
    MEMBER_COLUMN,
    MEMBER_HEADERS,
    Candidate,
    MemberFinder,
    listed_twice,
)
from studylog.exchange.headers import RowReader, data_rows, find_header
from studylog.exchange.problems import Problem
from studylog.exchange.sheets import read_table
from studylog.exchange.values import ValueProblem, as_text, loose_key, parse_full_date, shown
from studylog.i18n import Message, msg

ESSAY_HEADERS: dict[str, tuple[str, ...]] = {
    **MEMBER_HEADERS,
    "submitted": ("Ngày nộp", "Ngày nộp bài", "Ngày nộp bài thu hoạch"),
    "grade": ("Xếp loại", "Kết quả xếp loại", "Kết quả", "Điểm", "Điểm chấm"),
}


@dataclass(frozen=True)
class EssayRow:
    row: int
    member_uid: str
    submitted: date | None
    grade: str  # the scale's own label, or a mark such as "8.5"; "" when not graded


@dataclass(frozen=True)
class EssayParse:
    rows: list[EssayRow]
    problems: list[Problem]
    encoding_note: Message | None


def parse_essays(
    path: Path, candidates: Sequence[Candidate], scale: tuple[str, ...] | str
) -> EssayParse:
    """`scale` is the campaign's ordered labels, or "diem10" for marks out of 10."""
    table = read_table(path)
    header = find_header(table, ESSAY_HEADERS, [MEMBER_COLUMN, ("submitted", "grade")])
    finder = MemberFinder(candidates)
    grade_of = grader(scale)
    rows: list[EssayRow] = []
    problems: list[Problem] = []
    for number, cells in data_rows(table, header):
        reader = RowReader(number, cells, header)
        if not reader.filled("submitted") and not reader.filled("grade"):
            continue  # listed, not submitted: nothing to record
        member = finder.find(reader)
        submitted = reader.get("submitted", parse_full_date, None)
        grade = reader.get("grade", grade_of, "")
        problems.extend(reader.problems)
        if member is not None and not reader.problems:
            rows.append(EssayRow(number, member.uid, submitted, grade))
    twice = listed_twice([(r.row, r.member_uid) for r in rows], header)
    bad = {p.row for p in twice}
    problems = sorted(problems + twice, key=lambda p: p.row)
    return EssayParse([r for r in rows if r.row not in bad], problems, table.encoding_note)


def grader(scale: tuple[str, ...] | str) -> Callable[[object], str]:
    """The function that turns a typed grade into the scale's own form, or raises
    `ValueProblem` (with a bilingual message) when it is not a grade of the scale."""
    return _mark if scale == DIEM10 else _Labels(tuple(scale))


def parse_grade(scale: tuple[str, ...] | str, value: object) -> str:
    return grader(scale)(value)


class _Labels:
    """A grade typed any way ('kha', 'KHÁ') becomes the scale's own label ('Khá')."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        self.labels = labels
        self.by_key = {loose_key(label): label for label in labels}

    def __call__(self, value: object) -> str:
        label = self.by_key.get(loose_key(as_text(value)))
        if label is None:
            raise ValueProblem(
                msg(
                    "“{value}” is not a grade of this campaign; accepted: {labels}.",
                    "“{value}” không phải là mức xếp loại của đợt học tập này; chỉ nhận: {labels}.",
                    value=shown(value),
                    labels=", ".join(self.labels),
                )
            )
        return label


def _mark(value: object) -> str:
    """A mark out of 10 with at most one decimal, '8,5' or 8.5, returned as '8.5'."""
    text = as_text(value).strip().replace(",", ".")
    try:
        mark = Decimal(repr(value) if isinstance(value, float) else text)
    except InvalidOperation:
        mark = Decimal("NaN")
    if not mark.is_finite() or not 0 <= mark <= 10 or mark != mark.quantize(Decimal("0.1")):
        raise ValueProblem(
            msg(
                "“{value}” is not a mark from 0 to 10 with at most one decimal.",
                "“{value}” không phải là điểm từ 0 đến 10 với tối đa một chữ số thập phân.",
                value=shown(value),
            )
        )
    whole = mark.quantize(Decimal("0.1")) + 0  # + 0 turns -0.0 into 0.0
    return str(whole.quantize(Decimal(1))) if whole == whole.to_integral_value() else str(whole)
