"""`studylog`: parse, dispatch, and turn refusals into one line and exit code 1.

Exit codes (SPEC §6): 0 done, 1 refused (bad input, integrity, not found), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple, Protocol

from studylog import __version__
from studylog.errors import StudyLogError
from studylog.i18n import Lang
from studylog.paths import default_db_path, log_path
from studylog.storage.problems import surroundings

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# The modules that register the subcommands, in the order of `studylog --help`
# (commands_setup registers `gui` from commands_gui). They are imported by name: the
# window (`studylog … gui …`) needs only WINDOW_MODULE, and starts without loading
# openpyxl, reportlab, python-docx or even the storage; `studylog [--db P] [--lang L]`
# builds no parser at all (plain_window).
WINDOW_MODULE = "commands_gui"
COMMAND_MODULES = (
    "commands_setup",
    "commands_data",
    "commands_imports",
    "commands_stats",
    "commands_reports",
    "commands_exchange",
    "commands_backup",
)


def common_options(*, top: bool) -> argparse.ArgumentParser:
    """--db and --lang are accepted by every subcommand, before or after its arguments.

    Below the top level the defaults are suppressed, so that a subparser does not
    overwrite a value given before the subcommand (an argparse pitfall).
    """
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file (default: the user's data folder)",
    )
    parent.add_argument(
        "--lang",
        choices=("vi", "en"),
        default="vi" if top else argparse.SUPPRESS,
        help="message language",
    )
    return parent


def build_parser(*, window_only: bool = False) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studylog",
        description="StudyLog — sổ học tập nghị quyết",
        parents=[common_options(top=True)],
    )
    parser.add_argument("--version", action="version", version=f"StudyLog {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    parent = common_options(top=False)
    for name in (WINDOW_MODULE,) if window_only else COMMAND_MODULES:
        importlib.import_module(f"studylog.cli.{name}").register(sub, parent)
    return parser


class PlainWindow(NamedTuple):
    """`studylog [--db PATH] [--lang vi|en]`: what `gui` gets from the parser and Context."""

    db_path: Path
    lang: Lang


def plain_window(argv: Sequence[str]) -> PlainWindow | None:
    """The window's --db and --lang when `argv` holds nothing else, read without argparse.

    Building the parsers and importing cli.context (and json with it) would delay the
    window by several milliseconds. Only spellings that argparse reads one way are
    taken: each option once, as its own word, followed by a value that does not start
    with "-", and a language the parser accepts. Anything else (a command, `gui`,
    --help, `--db=…`, an abbreviation, a repeated option, another language) returns
    None and goes through the parser, so the outcome is the same for every argv
    (tests/core/test_startup_cli.py).
    """
    if len(argv) % 2:
        return None
    given: dict[str, str] = {}
    for option, value in zip(argv[::2], argv[1::2], strict=True):
        if option not in ("--db", "--lang") or option in given or value.startswith("-"):
            return None
        given[option] = value
    lang = given.get("--lang", "vi")
    if lang not in ("vi", "en"):
        return None
    # As Context reads them: an empty --db means the default database.
    db = given.get("--db")
    return PlainWindow(Path(db) if db else default_db_path(), "en" if lang == "en" else "vi")


def opens_window(argv: Sequence[str]) -> bool:
    """`studylog [--db P] [--lang L]` or `studylog … gui …`: the window and nothing else.

    Anything else (another command, --help, an option spelt differently) gets the
    full parser, so the answer only decides how much is imported, never the outcome.
    """
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token in ("--db", "--lang"):
            del rest[:1]
        elif not token.startswith(("--db=", "--lang=")):
            return token == "gui"
    return True


def _log_bug(exc: BaseException) -> None:
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        import logging  # only for a bug: the window starts without it

        logging.basicConfig(filename=path, level=logging.ERROR)
        logging.getLogger("studylog").error(
            "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
    except OSError:
        pass


class Invocation(Protocol):
    """What the last resort below needs: the language to speak, the database in use."""

    @property
    def lang(self) -> Lang: ...

    @property
    def db_path(self) -> Path: ...


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    window = plain_window(given)
    if window is not None:
        from studylog.cli.commands_gui import open_window

        return _run(lambda: open_window(db_path=window.db_path, lang=window.lang), window)

    from studylog.cli.context import Context

    parser = build_parser(window_only=opens_window(given))
    args = parser.parse_args(given)
    if not getattr(args, "func", None):
        # No subcommand: the window, as a double-click on the installed app would do.
        args = parser.parse_args(["gui", *given])
    ctx = Context(args)
    return _run(lambda: args.func(ctx), ctx)


def _run(command: Callable[[], int], where: Invocation) -> int:
    """Run a command; refusals become one line and exit code 1, bugs go to the log."""
    try:
        return command()
    except StudyLogError as exc:
        print(exc.render(where.lang), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`studylog members list | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: keep the details in the log, one line for the user
        problem = surroundings(exc, where.db_path)
        if problem is not None:
            print(problem.render(where.lang), file=sys.stderr)
            return EXIT_REFUSED
        _log_bug(exc)
        text = (
            f"Unexpected error ({type(exc).__name__}: {exc}); details in {log_path()}"
            if where.lang == "en"
            else f"Lỗi không mong đợi ({type(exc).__name__}: {exc}); chi tiết ở {log_path()}"
        )
        print(text, file=sys.stderr)
        return EXIT_REFUSED


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
