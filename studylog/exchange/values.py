"""Reading one cell as the secretary meant it: dates, card numbers, marks, statuses.

Each parser takes the raw cell value (str, int, float, bool, datetime, None) and
either returns the value or raises `ValueProblem` with a bilingual message; the
row parsers turn that into a `Problem` with the row and column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from itertools import pairwise

from studylog.domain.enums import AttendanceStatus, Sex
from studylog.i18n import Message, msg
from studylog.vntext.fold import fold

MAX_CELL_CHARS = 1_000
MIN_YEAR = 1900
MAX_YEAR = 2100
_SHOWN_CHARS = 40

EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"}
)


class ValueProblem(ValueError):
    """A cell that cannot be read; `message` says why, in both languages."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.en.format(**message.params))
        self.message = message


def shown(value: object) -> str:
    """The value as quoted back in a message, cut short so a huge cell stays readable."""
    text = as_text(value)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"


def as_text(value: object) -> str:
    """A cell as text: whole numbers lose the '.0' that Excel's float storage adds."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):  # datetime too
        return value.strftime("%d/%m/%Y")
    return str(value)


def is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def loose_key(text: str) -> str:
    """fold() plus punctuation as space: 'Vắng (có lý do)' → 'vang co ly do'."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).replace("_", " ").split())


def check_cell(value: object) -> Message | None:
    """What makes a cell unreadable whatever the column: formulas, Excel errors,
    absurd length, control characters. Formulas are never evaluated."""
    if not isinstance(value, str):
        return None
    if value.startswith("="):
        return msg(
            "The cell holds a formula; type the value instead.",
            "Ô này chứa công thức; hãy gõ trực tiếp giá trị.",
        )
    if value.upper() in EXCEL_ERRORS:
        return msg(
            "The cell shows the Excel error {value}; correct it in Excel.",
            "Ô này hiển thị lỗi Excel {value}; hãy sửa lại trong Excel.",
            value=value,
        )
    if len(value) > MAX_CELL_CHARS:
        return msg(
            "The cell holds {count} characters; at most {limit} are accepted.",
            "Ô này có {count} ký tự; chỉ chấp nhận tối đa {limit} ký tự.",
            count=len(value),
            limit=MAX_CELL_CHARS,
        )
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in value):
        return msg(
            "The cell holds invisible control characters; retype its content.",
            "Ô này chứa ký tự điều khiển không nhìn thấy; hãy gõ lại nội dung.",
        )
    return None


# --- dates -----------------------------------------------------------------

_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00)?)?")
_YEAR = re.compile(r"(\d{4})(?:\.0)?")


def _not_a_date(value: object) -> ValueProblem:
    return ValueProblem(
        msg(
            "“{value}” is not a date; write it as dd/mm/yyyy or as a year.",
            "“{value}” không phải là ngày; hãy ghi theo dạng dd/mm/yyyy hoặc chỉ ghi năm.",
            value=shown(value),
        )
    )


def _year(number: int, value: object) -> int:
    if not MIN_YEAR <= number <= MAX_YEAR:
        raise ValueProblem(
            msg(
                "The year {year} in “{value}” is not plausible.",
                "Năm {year} trong “{value}” không hợp lý.",
                year=number,
                value=shown(value),
            )
        )
    return number


def _make_date(year: int, month: int, day: int, value: object) -> date:
    try:
        return date(_year(year, value), month, day)
    except ValueError:
        raise ValueProblem(
            msg(
                "“{value}” is not a real date (day or month out of range).",
                "“{value}” không phải là ngày có thật (ngày hoặc tháng không hợp lệ).",
                value=shown(value),
            )
        ) from None


def parse_date(value: object, *, today: date | None = None) -> date | int:
    """A date, or an int when only the year is known (rosters often give "1959").

    Two-digit years are read as the most recent past year: with today in 2026,
    '82' is 1982 and '05' is 2005 — right for births and Party dates alike.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise _not_a_date(value)
    if isinstance(value, int):
        return _year(value, value)
    if isinstance(value, float):
        if value.is_integer():
            return _year(int(value), value)
        raise _not_a_date(value)
    text = str(value).strip().rstrip(".")
    if m := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            now = (today or date.today()).year
            year += 1900 if year > now % 100 else 2000
        return _make_date(year, month, day, value)
    if m := _YMD.fullmatch(text):
        year, month, day = (int(g) for g in m.groups())
        return _make_date(year, month, day, value)
    if m := _YEAR.fullmatch(text):
        return _year(int(m.group(1)), value)
    raise _not_a_date(value)


def parse_full_date(value: object, *, today: date | None = None) -> date:
    """For Party dates (joined, official, exemption, essay submitted) a year is not enough."""
    parsed = parse_date(value, today=today)
    if isinstance(parsed, int):
        raise ValueProblem(
            msg(
                "Only the year {year} is given; write the full date as dd/mm/yyyy.",
                "Mới ghi năm {year}; hãy ghi đủ ngày theo dạng dd/mm/yyyy.",
                year=parsed,
            )
        )
    return parsed


# --- numbers that are identifiers --------------------------------------------


def _digits(value: object, *, card: bool) -> str:
    """Digits of an identifier, whether Excel stored it as a number or as text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value >= 0 and float(value).is_integer():
            return str(int(value))
        raise _not_digits(value, card=card)
    text = re.sub(r"[\s.\-']", "", as_text(value).removesuffix(".0"))
    if re.fullmatch(r"\d+(,\d+)?[eE]\+?\d+", text):
        raise ValueProblem(
            msg(
                "“{value}” is in scientific notation and has lost digits; "
                "format the column as Text and type the number again.",
                "“{value}” đang ở dạng số mũ và đã mất chữ số; "
                "hãy định dạng cột là Văn bản (Text) rồi gõ lại số.",
                value=shown(value),
            )
        )
    if not text.isascii() or not text.isdigit():
        raise _not_digits(value, card=card)
    return text


def _not_digits(value: object, *, card: bool) -> ValueProblem:
    if card:
        return ValueProblem(
            msg(
                "“{value}” is not a party card number: only digits are allowed.",
                "“{value}” không phải là số thẻ đảng viên: chỉ được có chữ số.",
                value=shown(value),
            )
        )
    return ValueProblem(
        msg(
            "“{value}” is not a citizen ID number: only digits are allowed.",
            "“{value}” không phải là số CCCD: chỉ được có chữ số.",
            value=shown(value),
        )
    )


def parse_card_no(value: object) -> str:
    """Card numbers have 8 (old) or 12 (new) digits; a number cell lost its leading zeros."""
    if is_empty(value):
        return ""
    digits = _digits(value, card=True)
    if len(digits) <= 8:
        return digits.zfill(8)
    if len(digits) <= 12:
        return digits.zfill(12)
    raise ValueProblem(
        msg(
            "“{value}” has {count} digits; a party card number has 8 or 12.",
            "“{value}” có {count} chữ số; số thẻ đảng viên có 8 hoặc 12 chữ số.",
            value=shown(value),
            count=len(digits),
        )
    )


def parse_citizen_id(value: object) -> str:
    """A CCCD has 12 digits and begins with the province code 0xx, so a number cell
    can lose one or two leading zeros; a 9-digit old ID card number is refused."""
    if is_empty(value):
        return ""
    digits = _digits(value, card=False)
    if 10 <= len(digits) <= 12:
        return digits.zfill(12)
    raise ValueProblem(
        msg(
            "“{value}” has {count} digits; a citizen ID number has 12.",
            "“{value}” có {count} chữ số; số CCCD có 12 chữ số.",
            value=shown(value),
            count=len(digits),
        )
    )


def parse_phone(value: object) -> str:
    """Vietnamese numbers start with 0, which a number cell drops (912345678)."""
    if is_empty(value):
        return ""
    text = as_text(value).strip()
    if isinstance(value, (int, float)) and len(text) == 9:
        return "0" + text
    return text


# --- words -------------------------------------------------------------------

_SEX = {"nam": Sex.NAM, "m": Sex.NAM, "male": Sex.NAM, "nu": Sex.NU, "f": Sex.NU, "female": Sex.NU}


def parse_sex(value: object) -> Sex | None:
    if is_empty(value):
        return None
    sex = _SEX.get(loose_key(as_text(value)))
    if sex is None:
        raise ValueProblem(
            msg(
                "“{value}” is not a sex; write Nam or Nữ.",
                "“{value}” không phải là giới tính; hãy ghi Nam hoặc Nữ.",
                value=shown(value),
            )
        )
    return sex


_TICKS = ("✓", "✔", "√")
_YES = frozenset({"x", "co", "1", "yes", "dung"})
_NO = frozenset({"0", "khong", "no"})


def parse_mark(value: object) -> bool | date:
    """A tick column (x, có, 1) that may carry a date instead, e.g. exemption since 15/01/2025."""
    if is_empty(value):
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return value == 1
    if isinstance(value, str) and value.strip() in _TICKS:
        return True
    key = loose_key(as_text(value))
    if key in _YES:
        return True
    if key in _NO:
        return False
    try:
        return parse_full_date(value)
    except ValueProblem:
        raise ValueProblem(
            msg(
                "“{value}” is neither a mark (x) nor a date.",
                "“{value}” không phải là dấu đánh (x) cũng không phải là ngày.",
                value=shown(value),
            )
        ) from None


_STATUS_WORDS: dict[AttendanceStatus, tuple[str, ...]] = {
    AttendanceStatus.CO_MAT: (
        "x", "co", "co mat", "1", "da ky", "ky", "tham du", "co tham du",
    ),
    AttendanceStatus.MUON_SOM: (
        "muon", "ve som", "den muon", "di muon", "muon ve som", "di muon ve som",
    ),
    AttendanceStatus.VANG_CO_LY_DO: (
        "vang co ly do", "co ly do", "p", "vang p", "co phep", "vang co phep", "cp",
    ),
    AttendanceStatus.VANG: (
        "vang", "khong", "0", "kp", "vang kp", "vang khong ly do", "khong ly do",
        "khong phep", "vang khong phep", "k",
    ),
}  # fmt: skip
_STATUS = {word: status for status, words in _STATUS_WORDS.items() for word in words}


def parse_status(value: object) -> AttendanceStatus:
    status = _STATUS.get(loose_key(as_text(value)))
    if status is None:
        raise ValueProblem(
            msg(
                "“{value}” is not an attendance status; write x (present), muộn (late), "
                "P (excused) or vắng (absent).",
                "“{value}” không phải là tình trạng điểm danh; hãy ghi x (có mặt), "
                "muộn, P (vắng có lý do) hoặc vắng.",
                value=shown(value),
            )
        )
    return status


# --- rows that are not data --------------------------------------------------


def _is_subtotal_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    lowered = value.strip().casefold()
    # Diacritics keep "Cộng" apart from the family name "Công"; an unaccented file
    # is only trusted for "cong" alone or followed by ':' or a count.
    if lowered.startswith(("cộng", "tổng")):
        return True
    key = fold(value)
    if key.startswith(("tong cong", "tong so")):
        return True
    return re.fullmatch(r"cong\s*(:.*|\d.*)?", key) is not None


def is_subtotal_row(cells: Sequence[object], columns: Sequence[int] | None = None) -> bool:
    """Blank rows and "Tổng cộng" / "Cộng: 6 đồng chí" rows (in the STT or name column)."""
    if all(is_empty(v) for v in cells):
        return True
    indexes = range(len(cells)) if columns is None else columns
    return any(_is_subtotal_text(cells[i]) for i in indexes if i < len(cells))


def is_numbering_row(cells: Sequence[object]) -> bool:
    """The (1) (2) (3) … row that Vietnamese forms put under the header."""
    numbers: list[int] = []
    for value in cells:
        if is_empty(value):
            continue
        text = as_text(value).strip()
        m = re.fullmatch(r"\(?(\d{1,3})\)?", text)
        if m is None:
            return False
        numbers.append(int(m.group(1)))
    return len(numbers) >= 3 and all(b == a + 1 for a, b in pairwise(numbers))
