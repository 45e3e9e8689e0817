"""Vietnamese name order (SPEC §4): given name first, the Vietnamese alphabet, tones second.

A name `Nguyễn Văn An` is filed under An: the given name (last word) is compared
first, then the middle names, then the family name (first word). Letters are
compared in the alphabet `a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y`
(f, j, w, z where Latin puts them), ignoring case; only when every letter of two
names is equal do the tones decide, in the order none, huyền, hỏi, ngã, sắc, nặng.
The tone of a word counts once, wherever it sits, so `Thuỷ`/`Thủy` and `Hoà`/`Hòa`
compare equal.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_DIGITS = "0123456789"
# Digits before letters, letters of other alphabets after all of ours.
_WEIGHTS = {ch: i for i, ch in enumerate(_DIGITS + _ALPHABET, start=1)}
_FOREIGN = 1000

# huyền, hỏi, ngã, sắc, nặng (no tone is 0)
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Circumflex, breve and horn make new letters of the alphabet, not a secondary difference.
_VOWEL_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}

Weights = tuple[int, ...]
# (given name, middle names, family name), each word as a tuple of weights
Layout = tuple[Weights, tuple[Weights, ...], Weights]
# (letters, tones): every letter of the name is compared before any tone
NameKey = tuple[Layout, Layout]


def _weigh(word: str) -> tuple[Weights, Weights]:
    """A word's letter weights, and its tones in the order they occur."""
    letters: list[str] = []
    tones: list[int] = []
    for ch in unicodedata.normalize("NFD", word.casefold()):
        if ch in _TONES:
            tones.append(_TONES[ch])
        elif letters and (letters[-1], ch) in _VOWEL_MARKS:
            letters[-1] = _VOWEL_MARKS[letters[-1], ch]
        elif ch.isalnum():
            letters.append(ch)
        # Anything else (other accents, hyphens, apostrophes as in H'Hen) is ignored.
    weights = tuple(_WEIGHTS.get(ch, _FOREIGN + ord(ch)) for ch in letters)
    return weights, tuple(tones)


def name_sort_key(full_name: str) -> NameKey:
    """The key that puts full names in Vietnamese order; NFC and NFD give the same key."""
    words = [w for w in (_weigh(word) for word in full_name.split()) if w[0]]
    if not words:
        return ((), (), ()), ((), (), ())
    given = words[-1]
    middle = words[1:-1]
    family = words[0] if len(words) > 1 else ((), ())
    primary: Layout = (given[0], tuple(m[0] for m in middle), family[0])
    secondary: Layout = (given[1], tuple(m[1] for m in middle), family[1])
    return primary, secondary


def sort_names(names: Iterable[str]) -> list[str]:
    """The names in Vietnamese order; equal keys keep their input order."""
    return sorted(names, key=name_sort_key)
