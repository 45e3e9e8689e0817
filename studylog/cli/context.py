"""What every subcommand gets: the parsed arguments, the language, the open store."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studylog.errors import InputError
from studylog.i18n import Lang, Message, msg
from studylog.paths import default_db_path

if TYPE_CHECKING:
    from studylog.storage.store import Store


@dataclass
class Context:
    args: argparse.Namespace

    @property
    def lang(self) -> Lang:
        return "en" if getattr(self.args, "lang", "vi") == "en" else "vi"

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def db_path(self) -> Path:
        given = getattr(self.args, "db", None)
        return Path(given) if given else default_db_path()

    @contextmanager
    def store(self, *, create: bool = False) -> Iterator[Store]:
        # Imported here: `studylog gui` paints its window before sqlite-utils is loaded.
        from studylog.storage.db import close_quietly, open_database
        from studylog.storage.store import Store

        db = open_database(self.db_path, create=create)
        try:
            yield Store(db, path=self.db_path)
        finally:
            close_quietly(db)

    def say(self, message: Message | str) -> None:
        text = message.render(self.lang) if isinstance(message, Message) else message
        print(text)

    def emit(self, data: dict[str, Any]) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=None))

    def warn(self, message: Message) -> None:
        print(message.render(self.lang), file=sys.stderr)


def user_date(text: str | None, *, option: str) -> date | None:
    """`yyyy-mm-dd` or `dd/mm/yyyy`, as SPEC §6 allows on the command line."""
    from studylog.vntext.fmt import parse_user_date

    if text is None:
        return None
    try:
        return parse_user_date(text)
    except ValueError as exc:
        raise InputError(
            msg(
                "{option}: '{value}' is not a date; write yyyy-mm-dd or dd/mm/yyyy.",
                "{option}: '{value}' không phải là ngày; hãy viết yyyy-mm-dd hoặc dd/mm/yyyy.",
                option=option,
                value=text,
            )
        ) from exc
