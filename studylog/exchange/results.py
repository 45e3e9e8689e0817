"""What an applied list import reports, and the refusal of a list with problems.

A list with any problem imports nothing: a sign-in sheet half applied would give a
rate that is neither the old one nor the right one.
"""

from __future__ import annotations

from collections.abc import Sized
from dataclasses import dataclass
from pathlib import Path

from studylog.errors import InputError
from studylog.exchange.problems import Problem
from studylog.i18n import msg
from studylog.storage.changes import Changes


@dataclass(frozen=True)
class ImportResult:
    imported: int
    unchanged: int
    changes: Changes


def refuse(problems: list[Problem]) -> InputError:
    return InputError(
        msg(
            "The file has {count} problems; nothing was imported.",
            "Tệp có {count} lỗi; chưa nhập gì.",
            count=len(problems),
        )
    )


def refuse_if_empty(rows: Sized, problems: Sized, path: Path) -> None:
    """A file with a header and no data is more likely the wrong file than an empty list;
    saying "added 0" would let the secretary believe the import worked."""
    if not len(rows) and not len(problems):
        raise InputError(
            msg(
                "No rows were found under the header row of {name}; is it the right file?",
                "Không tìm thấy dòng dữ liệu nào dưới dòng tiêu đề của tệp {name}; có đúng tệp"
                " không?",
                name=path.name,
            )
        )
