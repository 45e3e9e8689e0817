"""Every message of the import parsers is a whole sentence in both languages, with the
same named placeholders (a translation can never lose or invent a value)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import studylog.exchange

MODULES = [
    "sheets.py",
    "headers.py",
    "values.py",
    "problems.py",
    "roster_parse.py",
    "attendance_parse.py",
    "essay_parse.py",
]


def _literal(node: ast.expr) -> str:
    """A string literal, possibly split over lines (implicit concatenation)."""
    assert isinstance(node, ast.Constant) and isinstance(node.value, str), ast.dump(node)
    return node.value


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _messages(module: str) -> list[ast.Call]:
    tree = ast.parse((Path(studylog.exchange.__file__).parent / module).read_text("utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
    ]


@pytest.mark.parametrize("module", MODULES)
def test_messages_have_matching_placeholders(module: str) -> None:
    calls = _messages(module)
    for call in calls:
        english, vietnamese = (_literal(arg) for arg in call.args[:2])
        keywords = {k.arg for k in call.keywords}
        assert _fields(english) == _fields(vietnamese) == keywords, (module, english)
        assert english != vietnamese
        assert english[:1].isupper() or english[:1] in '“"', english
        assert english.rstrip("”").endswith((".", "?")), english
        assert vietnamese.rstrip("”").endswith((".", "?")), vietnamese


def test_the_parsers_have_messages() -> None:
    assert sum(len(_messages(m)) for m in MODULES) > 40
