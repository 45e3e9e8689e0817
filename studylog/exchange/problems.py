"""What can be wrong with an imported file: one cell (a `Problem`, listed with the
others) or the whole file (an `InputError`, and nothing is imported)."""

from __future__ import annotations

from dataclasses import dataclass

from studylog.errors import InputError
from studylog.i18n import DEFAULT_LANG, Lang, Message, msg


@dataclass(frozen=True)
class Problem:
    """`row` is the row number Excel shows (0: the whole file); `column` reads
    like "E (Số thẻ ĐV)" so the secretary finds the cell without counting."""

    row: int
    column: str
    message: Message

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        return self.message.render(lang)

    def as_json(self, lang: Lang = DEFAULT_LANG) -> dict[str, object]:
        return {"row": self.row, "column": self.column, "message": self.message.render(lang)}


# --- refusals of a whole file (raised as InputError, nothing is imported) ----


def missing_file(name: str) -> InputError:
    return InputError(
        msg("The file “{name}” does not exist.", "Không tìm thấy tệp “{name}”.", name=name)
    )


def unreadable_file(name: str, reason: str) -> InputError:
    return InputError(
        msg(
            "The file “{name}” cannot be read ({reason}); close it in Excel and try again.",
            "Không đọc được tệp “{name}” ({reason}); hãy đóng tệp trong Excel rồi thử lại.",
            name=name,
            reason=reason,
        )
    )


def empty_file(name: str) -> InputError:
    return InputError(msg("The file “{name}” is empty.", "Tệp “{name}” trống.", name=name))


def not_a_spreadsheet(name: str) -> InputError:
    return InputError(
        msg(
            "“{name}” is not a spreadsheet; choose an .xlsx or a .csv file.",
            "“{name}” không phải là bảng tính; hãy chọn tệp .xlsx hoặc .csv.",
            name=name,
        )
    )


def old_excel(suffix: str) -> InputError:
    if suffix == ".xls":
        return InputError(
            msg(
                "Excel 97-2003 .xls files cannot be read; open it in Excel and save as .xlsx.",
                "Không đọc được tệp Excel 97-2003 (.xls); hãy mở tệp bằng Excel "
                "và lưu lại dạng .xlsx.",
            )
        )
    # An encrypted .xlsx is an OLE2 compound file too.
    return InputError(
        msg(
            "This is an Excel 97-2003 or a password-protected workbook; open it in Excel, "
            "remove any password and save it as .xlsx.",
            "Đây là sổ tính Excel 97-2003 hoặc có mật khẩu; hãy mở bằng Excel, "
            "bỏ mật khẩu (nếu có) và lưu lại dạng .xlsx.",
        )
    )


def renamed_workbook(name: str) -> InputError:
    return InputError(
        msg(
            "“{name}” is an Excel workbook saved under a .csv name; rename it to .xlsx.",
            "“{name}” là sổ tính Excel nhưng mang đuôi .csv; hãy đổi đuôi thành .xlsx.",
            name=name,
        )
    )


def too_big(name: str) -> InputError:
    return InputError(
        msg(
            "The file “{name}” is too large to be a list of members; "
            "check that it is the right file.",
            "Tệp “{name}” quá lớn so với một danh sách đảng viên; "
            "hãy kiểm tra lại có đúng tệp không.",
            name=name,
        )
    )


def damaged(name: str) -> InputError:
    return InputError(
        msg(
            "The file “{name}” is damaged or not an Excel workbook; open it in Excel "
            "and save it again as .xlsx.",
            "Tệp “{name}” bị hỏng hoặc không phải là sổ tính Excel; hãy mở bằng Excel "
            "và lưu lại dạng .xlsx.",
            name=name,
        )
    )


def not_a_table(name: str) -> InputError:
    return InputError(
        msg(
            "The first sheet of “{name}” is not a table (it may be a chart).",
            "Trang đầu tiên của “{name}” không phải là bảng (có thể là biểu đồ).",
            name=name,
        )
    )


def too_many_rows(limit: int) -> InputError:
    return InputError(
        msg(
            "The sheet has more than {limit} rows; only the list itself can be imported.",
            "Trang tính có hơn {limit} dòng; chỉ nhập được phần danh sách.",
            limit=limit,
        )
    )


def too_many_columns(count: int, limit: int) -> InputError:
    return InputError(
        msg(
            "The sheet uses column {count}; at most {limit} columns are read.",
            "Trang tính dùng tới cột thứ {count}; chỉ đọc được tối đa {limit} cột.",
            count=count,
            limit=limit,
        )
    )


def not_text(name: str) -> InputError:
    return InputError(
        msg(
            "The file “{name}” is not readable text; save it from Excel as “CSV UTF-8”.",
            "Tệp “{name}” không phải là văn bản đọc được; hãy lưu từ Excel dạng “CSV UTF-8”.",
            name=name,
        )
    )


def bad_csv(name: str, reason: str) -> InputError:
    return InputError(
        msg(
            "The CSV file “{name}” cannot be read ({reason}); save it again from Excel "
            "as “CSV UTF-8”.",
            "Không đọc được tệp CSV “{name}” ({reason}); hãy lưu lại từ Excel dạng “CSV UTF-8”.",
            name=name,
            reason=reason,
        )
    )
