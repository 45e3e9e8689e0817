"""Every bilingual message of the core keeps its placeholders in both languages."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

CORE = Path(__file__).parents[2] / "studylog"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _literal(node: ast.expr) -> str | None:
    """A string literal, including implicitly concatenated ones."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _messages() -> list[tuple[str, int, str, str, set[str]]]:
    found = []
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name != "msg" or len(node.args) < 2:
                continue
            en, vi = _literal(node.args[0]), _literal(node.args[1])
            if en is None or vi is None:
                continue
            keywords = {k.arg for k in node.keywords if k.arg}
            has_spread = any(k.arg is None for k in node.keywords)
            found.append(
                (
                    f"{path.relative_to(CORE)}",
                    node.lineno,
                    en,
                    vi,
                    keywords if not has_spread else set(),
                )
            )
    return found


MESSAGES = _messages()


def test_there_are_messages_to_check() -> None:
    assert len(MESSAGES) > 50


@pytest.mark.parametrize(("where", "line", "en", "vi", "given"), MESSAGES)
def test_placeholders_match(where: str, line: int, en: str, vi: str, given: set[str]) -> None:
    assert _fields(en) == _fields(vi), f"{where}:{line}"
    assert vi.strip() and en.strip()
    if given:
        assert _fields(en) <= given, f"{where}:{line}: a placeholder has no value"
