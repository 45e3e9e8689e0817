"""Messages of the core in both languages, kept side by side where they are raised.

The window translates through Qt (.ts/.qm); the core has no Qt, and its messages
(import problems, refusals, CLI output) carry the English and the Vietnamese text
together so that a message can never lose its translation. Each text is a whole
sentence with named placeholders: translate first, then format.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Lang = Literal["vi", "en"]
DEFAULT_LANG: Lang = "vi"


@dataclass(frozen=True)
class Message:
    en: str
    vi: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: Lang = DEFAULT_LANG) -> str:
        template = self.vi if lang == "vi" else self.en
        return template.format(**{k: _show(v, lang) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.render()


def msg(en: str, vi: str, **params: object) -> Message:
    return Message(en, vi, params)


def _show(value: object, lang: Lang) -> object:
    """Nested messages render in the same language as their parent."""
    if isinstance(value, Message):
        return value.render(lang)
    return value
