"""What an applied list import reports, and the refusal of a list with problems.

A list with any problem imports nothing: a sign-in sheet half applied would give a
rate that is neither the old one nor the right one.
"""

from __future__ import annotations

from dataclasses import dataclass

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
