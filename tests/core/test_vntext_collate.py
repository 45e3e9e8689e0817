"""Vietnamese name order (SPEC §4)."""

from __future__ import annotations

import unicodedata
from collections import Counter

from hypothesis import assume, given
from hypothesis import strategies as st

from studylog.vntext.collate import name_sort_key, sort_names

# SPEC §4
ALPHABET = list("aăâbcdđeêghiklmnoôơpqrstuưvxy")


def test_the_example_of_the_brief() -> None:
    names = ["Lê Văn Ân", "Phạm Ăn", "Trần Thị Ánh", "Nguyễn Văn An"]
    # an < anh (a prefix first) < ăn < ân
    assert sort_names(names) == ["Nguyễn Văn An", "Trần Thị Ánh", "Phạm Ăn", "Lê Văn Ân"]


def test_the_vietnamese_alphabet() -> None:
    capitals = [letter.upper() for letter in ALPHABET]
    assert sort_names(reversed(capitals)) == capitals
    assert sort_names(reversed(ALPHABET)) == ALPHABET


def test_letters_outside_the_alphabet_sit_where_latin_puts_them() -> None:
    assert sort_names(["Z", "G", "W", "Y", "F", "Ê", "J", "I", "V", "K"]) == [
        "Ê",
        "F",
        "G",
        "I",
        "J",
        "K",
        "V",
        "W",
        "Y",
        "Z",
    ]


def test_d_bar_comes_after_every_d() -> None:
    names = ["Đặng", "Dương", "Duy", "Dũng", "Đào", "Da", "Dy"]
    assert sort_names(names) == ["Da", "Dũng", "Duy", "Dương", "Dy", "Đào", "Đặng"]


def test_tones_in_order_none_huyen_hoi_nga_sac_nang() -> None:
    assert sort_names(["Bịnh", "Bính", "Bĩnh", "Bỉnh", "Bình", "Binh"]) == [
        "Binh",
        "Bình",
        "Bỉnh",
        "Bĩnh",
        "Bính",
        "Bịnh",
    ]


def test_given_name_first_whatever_the_family_name() -> None:
    assert sort_names(["Trần Văn Cường", "Nguyễn Văn Bình"]) == [
        "Nguyễn Văn Bình",
        "Trần Văn Cường",
    ]
    assert sort_names(["Trần Bình", "Vũ An", "Âu An"]) == ["Âu An", "Vũ An", "Trần Bình"]


def test_same_given_name_then_middle_then_family() -> None:
    names = ["Trần Văn An", "Lê Thị An", "Nguyễn Văn An", "Bùi An"]
    # no middle name first, then Thị < Văn, then Nguyễn < Trần
    assert sort_names(names) == ["Bùi An", "Lê Thị An", "Nguyễn Văn An", "Trần Văn An"]
    assert sort_names(["Nguyễn Thị Minh Khai", "Nguyễn Thị Khai", "Nguyễn Khai"]) == [
        "Nguyễn Khai",
        "Nguyễn Thị Khai",
        "Nguyễn Thị Minh Khai",
    ]


def test_every_letter_of_the_name_before_any_tone() -> None:
    # Given names tie on letters; the family names' letters decide before Bình's tone.
    assert sort_names(["Trần Binh", "An Bình"]) == ["An Bình", "Trần Binh"]
    # Letters equal throughout: now the tones decide, given name first.
    assert sort_names(["Lê Bình", "Lễ Binh", "Lê Binh"]) == ["Lê Binh", "Lễ Binh", "Lê Bình"]
    # e and ê are different letters, not a tone.
    assert sort_names(["Lễ An", "Lê An", "Le An"]) == ["Le An", "Lê An", "Lễ An"]


def test_old_and_new_tone_placement_are_equal() -> None:
    for old, new in [("Thuỷ", "Thủy"), ("Hoà", "Hòa"), ("Khoẻ", "Khỏe"), ("Uỷ", "Ủy")]:
        assert name_sort_key(f"Trần Thị {old}") == name_sort_key(f"Trần Thị {new}")
    # equal keys keep their input order
    assert sort_names(["Thuỷ", "Thủy"]) == ["Thuỷ", "Thủy"]
    assert sort_names(["Thủy", "Thuỷ"]) == ["Thủy", "Thuỷ"]


def test_case_white_space_and_normal_form_do_not_matter() -> None:
    key = name_sort_key("Nguyễn Văn An")
    assert name_sort_key("NGUYỄN VĂN AN") == key
    assert name_sort_key("  nguyễn\tvăn   an ") == key
    assert name_sort_key(unicodedata.normalize("NFD", "Nguyễn Văn An")) == key


def test_punctuation_inside_a_name_is_ignored() -> None:
    assert name_sort_key("H'Hen Niê") == name_sort_key("HHen Niê")
    assert name_sort_key("Nguyễn Văn An -") == name_sort_key("Nguyễn Văn An")


def test_an_empty_name_sorts_first() -> None:
    assert sort_names(["An", "", "  "]) == ["", "  ", "An"]


# --- properties --------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_INITIALS = _words("b c ch d đ g gh gi h k kh l m n ng ngh nh ph qu r s t th tr v x")
_RHYMES = _words("a ă â e ê i o ô ơ u ư y ai ao âu oa oe uy ươ iê uyê ươi oai uô ưu")
_FINALS = _words("c ch m n ng nh p t")
_TONE_MARKS = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]

words = st.builds(
    lambda i, r, f: i + r + f,
    st.sampled_from(["", *_INITIALS]),
    st.sampled_from(_RHYMES),
    st.sampled_from(["", *_FINALS]),
)
bare_names = st.lists(words, min_size=1, max_size=4).map(" ".join)


def _add_tones(name: str, data: st.DataObject) -> str:
    """Put a tone (or none) on one vowel of each word, anywhere in the word."""
    out = []
    for word in name.split():
        vowels = [i for i, ch in enumerate(word) if ch in "aăâeêioôơuưy"]
        tone = data.draw(st.sampled_from(["", *_TONE_MARKS]))
        at = data.draw(st.sampled_from(vowels)) if vowels else len(word) - 1
        out.append(word[: at + 1] + tone + word[at + 1 :])
    return unicodedata.normalize("NFC", " ".join(out))


@given(bare_names, st.data())
def test_the_tone_may_sit_on_any_vowel(name: str, data: st.DataObject) -> None:
    toned = _add_tones(name, data)
    decomposed = unicodedata.normalize("NFD", toned)
    tones = [ch for ch in decomposed if ch in _TONE_MARKS]
    # Move every tone to the end of its word: the key must not change.
    moved = " ".join(
        "".join(c for c in w if c not in _TONE_MARKS) + "".join(c for c in w if c in _TONE_MARKS)
        for w in decomposed.split()
    )
    assert len(tones) <= len(name.split())
    assert name_sort_key(moved) == name_sort_key(toned)


@given(bare_names, st.data())
def test_keys_ignore_case_and_normal_form(name: str, data: st.DataObject) -> None:
    toned = _add_tones(name, data)
    key = name_sort_key(toned)
    assert name_sort_key(toned.upper()) == key
    assert name_sort_key(toned.title()) == key
    assert name_sort_key(unicodedata.normalize("NFD", toned)) == key


@given(bare_names, bare_names, st.data())
def test_letters_outrank_tones(a: str, b: str, data: st.DataObject) -> None:
    assume(name_sort_key(a) != name_sort_key(b))
    a_first = name_sort_key(a) < name_sort_key(b)
    toned_a, toned_b = _add_tones(a, data), _add_tones(b, data)
    assert (name_sort_key(toned_a) < name_sort_key(toned_b)) == a_first


@given(st.lists(bare_names, max_size=12), st.data())
def test_sort_names_is_a_sorted_permutation(names: list[str], data: st.DataObject) -> None:
    toned = [_add_tones(n, data) for n in names]
    result = sort_names(toned)
    assert Counter(result) == Counter(toned)
    keys = [name_sort_key(n) for n in result]
    assert keys == sorted(keys)
    assert sort_names(result) == result


@given(st.sampled_from(ALPHABET), st.sampled_from(ALPHABET))
def test_single_letters_follow_the_alphabet(x: str, y: str) -> None:
    assert (name_sort_key(x) < name_sort_key(y)) == (ALPHABET.index(x) < ALPHABET.index(y))
