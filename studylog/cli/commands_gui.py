"""gui: the window. Registered alone when `studylog` opens the window (cli.main).

Nothing here imports the storage: the window paints its frame before the database
layer (sqlite-utils) is loaded, and opens the file on the next turn of its loop.
"""

from __future__ import annotations

import argparse
from typing import Any

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
    # The window lives outside the core; the arrow runs ui → studylog only, so the
    # entry point is looked up by name at run time instead of imported here.
    import importlib

    app = importlib.import_module("ui.app")
    code: int = app.run(
        db_path=ctx.db_path,
        screenshot=ctx.args.screenshot,
        page=ctx.args.page,
        lang=ctx.lang,
    )
    return code
