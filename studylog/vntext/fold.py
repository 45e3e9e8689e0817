"""Search folding: the key that makes `dang` find `Đặng` and `thuy` find `Thuỷ`."""

import unicodedata


def nfc(text: str) -> str:
    """Every name is stored composed, so equal names compare equal byte for byte."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, strip every diacritic and map đ to d; collapse white space.

    Decomposing (NFD) and dropping combining marks removes tone and vowel marks
    whatever the tone placement (`Thuỷ`/`Thủy`); `đ` has no decomposition, so it
    is mapped by hand.
    """
    # Case-fold first: folding can itself produce combining marks (İ → i + dot).
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())
