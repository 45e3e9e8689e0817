"""`studylog`: parse, dispatch, and turn refusals into one line and exit code 1.

Exit codes (SPEC §6): 0 done, 1 refused (bad input, integrity, not found), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence

from studylog import __version__
from studylog.cli.context import Context
from studylog.errors import StudyLogError
from studylog.paths import log_path
from studylog.storage.problems import surroundings

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

# The modules that register the subcommands, in the order of `studylog --help`
# (commands_setup registers `gui` from commands_gui). They are imported by name: the
# window (`studylog`, `studylog gui`) needs only WINDOW_MODULE, and starts without
# loading openpyxl, reportlab, python-docx or even the storage.
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(window_only=opens_window(sys.argv[1:] if argv is None else argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        # No subcommand: the window, as a double-click on the installed app would do.
        args = parser.parse_args(["gui", *(argv if argv is not None else sys.argv[1:])])
    ctx = Context(args)
    try:
        code: int = args.func(ctx)
        return code
    except StudyLogError as exc:
        print(exc.render(ctx.lang), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (`studylog members list | head`): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # a bug: keep the details in the log, one line for the user
        problem = surroundings(exc, ctx.db_path)
        if problem is not None:
            print(problem.render(ctx.lang), file=sys.stderr)
            return EXIT_REFUSED
        _log_bug(exc)
        text = (
            f"Unexpected error ({type(exc).__name__}: {exc}); details in {log_path()}"
            if ctx.lang == "en"
            else f"Lỗi không mong đợi ({type(exc).__name__}: {exc}); chi tiết ở {log_path()}"
        )
        print(text, file=sys.stderr)
        return EXIT_REFUSED


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
