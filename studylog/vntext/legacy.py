"""Rosters typed with TCVN3 (ABC, .VnTime) or VNI fonts: tell them apart from Unicode, convert.

A legacy file carries font bytes, not letters: read by openpyxl, a TCVN3 cell shows
each byte as the Latin-1 character with that code ('Hä vµ tªn' for 'Họ và tên'),
or as its cp1252 character for the bytes 0x80–0x9F ('€' for 0x80).

Whether text is legacy is decided by reading it: every word with non-ASCII letters
scores +1 if it is a well-formed Vietnamese syllable and -1 if not, and a conversion
is chosen only when it makes a file clearly more Vietnamese. Legacy bytes read as
Latin-1 almost never form syllables ('vµ', 'tªn'); Unicode Vietnamese, French or
English text gains nothing from a conversion and is left alone.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Literal, NamedTuple

from studylog.vntext.fold import nfc
from studylog.vntext.legacy_tables import (
    CP1252_BYTES,
    FINALS,
    INITIALS,
    NUCLEI,
    TCVN3_COMBINING,
    TCVN3_DECODE,
    TCVN3_ENCODE,
    TCVN3_LOW,
    VNI_DECODE,
    VNI_ENCODE,
)

LegacyEncoding = Literal["tcvn3", "vni"]

# A file is legacy when at least two of its words turn from garbage into Vietnamese
# (one word can be chance: French 'où' is VNI for 'ó').
_MIN_GAIN = 2
_MIN_FIXED = 2

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def _alternatives(parts: Iterable[str]) -> str:
    return "|".join(sorted(parts, key=len, reverse=True))


_SYLLABLE = re.compile(
    f"(?:{_alternatives(INITIALS)})?(?:{_alternatives(NUCLEI)})(?:{_alternatives(FINALS)})?"
)
# ASCII punctuation, digits and white space, and the General Punctuation block.
# U+0085 is deliberately absent: in TCVN3 that byte is a letter, not a line break.
_WORD_BREAK = re.compile("[\x00-\x40\x5b-\x60\x7b-\x7f\xa0\u2000-\u206f\u3000]+")


@functools.lru_cache(maxsize=8192)  # a roster repeats the same few hundred words
def _is_syllable(word: str, *, mind_case: bool = True) -> bool:
    decomposed = unicodedata.normalize("NFD", word)
    if sum(ch in _TONES for ch in decomposed) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    if mind_case and not (base.islower() or base.isupper() or base.istitle()):
        return False
    return _SYLLABLE.fullmatch(base.lower()) is not None


def _tally(text: str) -> tuple[int, int]:
    """How many non-ASCII words are Vietnamese syllables, and how many are not."""
    good = bad = 0
    for word in _WORD_BREAK.split(text):
        if word and not word.isascii():
            if _is_syllable(word):
                good += 1
            else:
                bad += 1
    return good, bad


def _score(text: str) -> int:
    good, bad = _tally(text)
    return good - bad


def _is_unicode(text: str) -> bool:
    """A letter or mark no legacy byte can show (ư, ễ as themselves) means Unicode text."""
    return any(
        ord(ch) > 0xFF
        and ch not in CP1252_BYTES
        and (ch.isalpha() or unicodedata.combining(ch) > 0)
        for ch in text
    )


# --- TCVN3 -----------------------------------------------------------------------------

_HARD, _SOFT, _MARK, _OTHER, _AMBIGUOUS = range(5)

# Word breaks in TCVN3 text: as _WORD_BREAK, but the C0 positions the full table uses
# for letters stay inside words and the cp1252 punctuation is judged in context.
_TCVN3_BREAK = re.compile(
    "([\x00\x03\x07-\x10\x18-\x40\x5b-\x60\x7b-\x7f\xa0\u2000-\u200b\u2028\u2029\u3000]+)"
)


# cp1252's readings of 0x80–0x9F that are common punctuation; the others (Œ, ž, ˜ …)
# are taken as the TCVN3 letters they stand for.
_CP1252_PUNCTUATION = frozenset("€‚„…†‡‰‹‘’“”•–—™›")


class _Unit(NamedTuple):
    text: str
    kind: int
    raw: str


def _tcvn3_units(word: str) -> list[_Unit]:
    units: list[_Unit] = []
    for ch in word:
        byte = ord(ch) if ord(ch) < 0x100 else CP1252_BYTES.get(ch)
        if byte is None or (byte < 0x80 and byte not in TCVN3_LOW):
            cased = ch.isupper() or ch.islower()
            units.append(_Unit(ch, _HARD if cased else _OTHER, ch))
        elif byte in TCVN3_COMBINING:
            after_letter = bool(units) and units[-1].kind in (_HARD, _SOFT)
            units.append(
                _Unit(TCVN3_DECODE[byte], _MARK, ch) if after_letter else _Unit(ch, _OTHER, ch)
            )
        elif ch in _CP1252_PUNCTUATION:
            units.append(_Unit(TCVN3_DECODE[byte], _AMBIGUOUS, ch))
        else:
            letter = TCVN3_DECODE[byte]
            # Lower-case code points are what the .VnTimeH font draws as capitals.
            units.append(_Unit(letter, _SOFT if letter.islower() else _HARD, ch))
    return _resolve_ambiguous(units)


def _resolve_ambiguous(units: list[_Unit]) -> list[_Unit]:
    """cp1252 shows some capitals of the full table as punctuation: “ is Ỏ, ” is Õ, — is Ộ.

    They are letters only inside a word of capitals that needs them to be a syllable
    ('B—' is BỘ, 'V”' is VÕ); where the rest is a word by itself they stay
    punctuation ('“AN”', 'tªn”'), and so does a dash standing alone.
    """
    if not any(u.kind == _AMBIGUOUS for u in units):
        return units
    hard = [u.text for u in units if u.kind == _HARD]
    if hard and all(t.isupper() for t in hard):
        n = len(units)
        lead = next(i for i, u in enumerate(units) if u.kind != _AMBIGUOUS)
        trail = next(i for i, u in enumerate(reversed(units)) if u.kind != _AMBIGUOUS)
        for start, end in ((lead, n - trail), (lead, n), (0, n - trail), (0, n)):
            if _is_syllable("".join(u.text for u in units[start:end]), mind_case=False):
                return [_settle(u, as_letter=start <= i < end) for i, u in enumerate(units)]
    return [_settle(u, as_letter=False) for u in units]


def _settle(unit: _Unit, *, as_letter: bool) -> _Unit:
    if unit.kind != _AMBIGUOUS:
        return unit
    return unit._replace(kind=_HARD) if as_letter else _Unit(unit.raw, _OTHER, unit.raw)


def _letters(units: list[_Unit]) -> list[_Unit]:
    return [u for u in units if u.kind in (_HARD, _SOFT)]


def _later_hard(units: list[_Unit]) -> list[str]:
    return [u.text for u in _letters(units)[1:] if u.kind == _HARD]


def _is_upper_word(units: list[_Unit], upper_context: bool) -> bool:
    """Whether the lower-case code points of a word stand for capitals (.VnTimeH).

    The letters after the first tell ('CHI Bé ÊP' → ẤP); a word like 'Bé' could be
    Bộ or BỘ, so the rest of the text decides.
    """
    later = _later_hard(units)
    if later:
        return all(t.isupper() for t in later)
    letters = _letters(units)
    if letters and letters[0].kind == _HARD and letters[0].text.islower():
        return False
    return upper_context


def _decode_tcvn3(text: str) -> str:
    parts = _TCVN3_BREAK.split(text)
    # re.split with a group alternates words (even indexes) and breaks (odd).
    words = [_tcvn3_units(part) for part in parts[::2]]
    later = [t for units in words for t in _later_hard(units)]
    upper_context = bool(later) and all(t.isupper() for t in later)
    out: list[str] = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
            continue
        units = words[i // 2]
        upper = _is_upper_word(units, upper_context)
        out.extend(u.text.upper() if upper and u.kind == _SOFT else u.text for u in units)
    return nfc("".join(out))


# --- VNI -------------------------------------------------------------------------------


def _decode_vni(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        # A modifier belongs to the vowel before it ('aù' is á), so pairs go first.
        pair = text[i : i + 2]
        if pair in VNI_DECODE:
            out.append(VNI_DECODE[pair])
            i += len(pair)
        else:
            out.append(VNI_DECODE.get(text[i], text[i]))
            i += 1
    return nfc("".join(out))


_DECODERS: dict[LegacyEncoding, Callable[[str], str]] = {
    "tcvn3": _decode_tcvn3,
    "vni": _decode_vni,
}


# --- the public face -------------------------------------------------------------------


def decode(text: str, encoding: LegacyEncoding) -> str:
    """Convert one string of a file found to be `encoding`; the result is NFC.

    Files are often mixed, with some cells retyped in Unicode later: a string that is
    already Unicode, or that reads better as it is, is returned unchanged (in NFC).
    """
    if _is_unicode(text):
        return nfc(text)
    converted = _DECODERS[encoding](text)
    if _score(text) > _score(converted):
        return nfc(text)
    return converted


def detect(texts: Iterable[str]) -> LegacyEncoding | None:
    """The legacy encoding of a file's strings taken together, or None for Unicode text."""
    gains: dict[LegacyEncoding, int] = dict.fromkeys(_DECODERS, 0)
    fixed: dict[LegacyEncoding, int] = dict.fromkeys(_DECODERS, 0)
    broken: dict[LegacyEncoding, int] = dict.fromkeys(_DECODERS, 0)
    for text in texts:
        if text.isascii() or _is_unicode(text):
            continue
        good, bad = _tally(text)
        for encoding, convert in _DECODERS.items():
            good_after, bad_after = _tally(convert(text))
            gains[encoding] += (good_after - bad_after) - (good - bad)
            fixed[encoding] += max(0, good_after - good)
            broken[encoding] += bad_after
    # French text gains a word here and there ('où' reads as VNI 'ó') but keeps
    # most of its accented words foreign; a legacy file is fixed nearly throughout.
    candidates = [
        e
        for e in _DECODERS
        if gains[e] >= _MIN_GAIN and fixed[e] >= _MIN_FIXED and 2 * broken[e] <= fixed[e]
    ]
    candidates.sort(key=gains.__getitem__, reverse=True)
    if len(candidates) == 1 or (candidates and gains[candidates[0]] > gains[candidates[1]]):
        return candidates[0]
    return None


def encode(text: str, encoding: LegacyEncoding) -> str:
    """Unicode text as a legacy file would show it (bytes as Latin-1 characters).

    TCVN3 capitals with tone marks use the full TCVN 5712 table, so that decoding
    gives them back. Raises ValueError for a character the encoding cannot hold.
    """
    out: list[str] = []
    for ch in nfc(text):
        if ch.isascii() or ch == "\xa0":
            out.append(ch)
        elif encoding == "tcvn3" and ch in TCVN3_ENCODE:
            out.append(chr(TCVN3_ENCODE[ch]))
        elif encoding == "vni" and ch in VNI_ENCODE:
            out.append(VNI_ENCODE[ch])
        elif encoding == "vni" and ch in "íìÍÌ":
            out.append(ch)  # VNI shares these four with Latin-1
        else:
            raise ValueError(f"{ch!r} (U+{ord(ch):04X}) cannot be written in {encoding}")
    return "".join(out)


# Bytes 0x80–0x9F as cp1252 shows them; the five it leaves undefined stay C1 controls.
_CP1252_VIEW = str.maketrans({byte: ch for ch, byte in CP1252_BYTES.items()})


def decode_bytes(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and how it was written: utf-8, utf-16, cp1258, cp1252,
    or tcvn3 / vni when legacy text was found and converted. The text is NFC."""
    text, name, cp1258 = _decode_container(data)
    lines = text.split("\n")
    encoding = detect(lines)
    if encoding is not None:
        converted = "\n".join(decode(line, encoding) for line in lines)
        if cp1258 is None or _score(converted) >= _score(cp1258):
            return converted, encoding
    if cp1258 is not None and _score(cp1258) > _score(text):
        return cp1258, "cp1258"
    return nfc(text), name


def _decode_container(data: bytes) -> tuple[str, str, str | None]:
    """(text, encoding name, the cp1258 reading when the file is not Unicode)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16", None
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError:
        pass
    # An 8-bit file: Excel's "CSV" on a Vietnamese Windows writes cp1258 (tones as
    # combining marks), elsewhere cp1252; legacy font bytes are read in the cp1252 view.
    cp1252 = data.decode("latin-1").translate(_CP1252_VIEW)
    try:
        cp1258: str | None = nfc(data.decode("cp1258"))
    except UnicodeDecodeError:
        cp1258 = None
    return cp1252, "cp1252", cp1258
