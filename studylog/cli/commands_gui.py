"""gui: the window. Registered alone when `studylog … gui …` opens the window, and not
even that for `studylog [--db P] [--lang L]`, which calls `open_window` (cli.main).

Nothing here imports the storage: the window paints its frame before the database
layer (sqlite-utils) is loaded, and opens the file on the next turn of its loop.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studylog.i18n import Lang

if TYPE_CHECKING:  # `studylog` alone opens the window without cli.context (cli.main)
    from studylog.cli.context import Context


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", parents=[parent], help="open the window")
    p.add_argument("--screenshot", metavar="FILE.png")
    p.add_argument(
        "--page",
        default="home",
        choices=(
            "home",
            "members",
            "campaigns",
            "sessions",
            "checkin",
            "exchange",
            "reports",
            "settings",
        ),
    )
    p.set_defaults(func=cmd_gui)


def cmd_gui(ctx: Context) -> int:
    return open_window(
        db_path=ctx.db_path, lang=ctx.lang, page=ctx.args.page, screenshot=ctx.args.screenshot
    )


def open_window(
    *, db_path: Path, lang: Lang, page: str = "home", screenshot: str | None = None
) -> int:
    """The window on `db_path` (the defaults are those of `gui`'s options)."""
    # The window lives outside the core; the arrow runs ui → studylog only, so the
    # entry point is looked up by name at run time instead of imported here.
    import importlib

    app = importlib.import_module("ui.app")
    code: int = app.run(db_path=db_path, screenshot=screenshot, page=page, lang=lang)
    return code
