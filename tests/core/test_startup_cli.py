"""`studylog [--db P] [--lang L]` opens the window without argparse (cli.main.plain_window).

The shortcut must never change an outcome: whatever it takes, the parser would have
read the same way, and whatever it does not take goes through the parser as before.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studylog.cli import commands_gui
from studylog.cli.context import Context
from studylog.cli.main import build_parser, main, opens_window, plain_window
from studylog.errors import EnvironmentProblem
from studylog.i18n import msg
from studylog.paths import default_db_path

ROOT = Path(__file__).resolve().parents[2]


def parsed(argv: list[str]) -> argparse.Namespace:
    """What main() makes of `argv` through the parser."""
    parser = build_parser(window_only=opens_window(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args(["gui", *argv])
    return args


def assert_same_window(argv: list[str]) -> None:
    window = plain_window(argv)
    assert window is not None
    args = parsed(argv)
    ctx = Context(args)
    assert args.func is commands_gui.cmd_gui
    assert (window.db_path, window.lang) == (ctx.db_path, ctx.lang)
    assert (args.page, args.screenshot) == ("home", None)  # open_window's defaults


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "x.db"],
        ["--lang", "en"],
        ["--lang", "vi", "--db", "a folder/x.db"],
        ["--db", "x.db", "--lang", "en"],
        ["--db", "gui"],  # a file named gui, and no command: the window
        ["--db", ""],  # empty: the default database, as Context reads it
    ],
)
def test_the_plain_window_reads_as_the_parser_does(argv: list[str]) -> None:
    assert_same_window(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["gui"],
        ["gui", "--page", "members"],
        ["--db", "x.db", "gui", "--screenshot", "s.png"],
        ["--help"],
        ["--version"],
        ["stats", "--campaign", "A"],
        ["--db=x.db"],
        ["--d", "x.db"],  # an abbreviation argparse accepts
        ["--db", "a.db", "--db", "b.db"],
        ["--lang", "fr"],
        ["--db"],
        ["--db", "-x"],
        ["--db", "-"],
        ["--lang", "en", "--"],
    ],
)
def test_anything_else_goes_through_the_parser(argv: list[str]) -> None:
    assert plain_window(argv) is None


WORDS = ["--db", "--lang", "en", "vi", "fr", "x.db", "", "-", "-x", "--db=y.db", "gui", "--help"]


@given(st.lists(st.sampled_from(WORDS), max_size=6))
def test_whatever_the_shortcut_takes_the_parser_reads_the_same(argv: list[str]) -> None:
    if plain_window(argv) is not None:
        assert_same_window(argv)


def test_main_opens_the_window_with_the_options(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, object]] = []

    def open_window(**options: object) -> int:
        calls.append(options)
        return 0

    monkeypatch.setattr(commands_gui, "open_window", open_window)
    assert main(["--lang", "en", "--db", "x.db"]) == 0
    assert main([]) == 0
    assert calls == [
        {"db_path": Path("x.db"), "lang": "en"},
        {"db_path": default_db_path(), "lang": "vi"},
    ]


def test_a_refusal_of_the_plain_window_is_one_line_and_code_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def open_window(**options: object) -> int:
        raise EnvironmentProblem(msg("In use.", "Đang được dùng."))

    monkeypatch.setattr(commands_gui, "open_window", open_window)
    assert main(["--lang", "en"]) == 1
    assert capsys.readouterr().err == "In use.\n"
    assert main([]) == 1
    assert capsys.readouterr().err == "Đang được dùng.\n"


def test_the_plain_window_does_without_the_cli_context() -> None:
    probe = (
        "import sys, types\n"
        "app = types.ModuleType('ui.app')\n"
        "app.run = lambda **options: print(sorted(options)) or 0\n"
        "sys.modules['ui.app'] = app\n"
        "from studylog.cli.main import main\n"
        "code = main(['--db', 'x.db'])\n"
        "print(code, 'studylog.cli.context' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["['db_path', 'lang', 'page', 'screenshot']", "0 False"]
