"""Search folding (SPEC §4): `dang` finds `Đặng`, `thuy` finds `Thủy` and `Thuỷ`."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studylog.vntext import fold, nfc


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đặng", "dang"),
        ("ĐẶNG", "dang"),
        ("đặng", "dang"),
        ("Thủy", "thuy"),
        ("Thuỷ", "thuy"),
        ("Nguyễn Thị Phượng", "nguyen thi phuong"),
        ("Trương Thị Diệu", "truong thi dieu"),
        ("  Nguyễn \t Văn\nAn  ", "nguyen van an"),
        ("Ấp 3 – Chi bộ", "ap 3 – chi bo"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


def test_any_part_of_a_name_is_found() -> None:
    name = fold("Đặng Thị Thuỷ")
    assert all(fold(q) in name for q in ["dang", "thuy", "Thủy", "THI", "đặng thị"])


def test_nfc() -> None:
    assert nfc("Thu\u0309y") == "Thủy"
    assert nfc("Tho\u031b\u0300i") == "Thời"
    assert nfc("Thủy") == "Thủy"


VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "\u0300\u0301\u0303\u0309\u0323 "
vietnamese_text = st.text(alphabet=st.sampled_from(VIETNAMESE + VIETNAMESE.upper()))


@given(vietnamese_text)
def test_fold_is_ascii_lower_and_idempotent(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(folded) == folded


@given(vietnamese_text)
def test_fold_ignores_normal_form_and_case(text: str) -> None:
    folded = fold(text)
    assert fold(nfc(text)) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded
    assert fold(text.upper()) == folded


@given(st.text())
def test_nfc_is_idempotent_and_normal(text: str) -> None:
    assert nfc(nfc(text)) == nfc(text)
    assert unicodedata.is_normalized("NFC", nfc(text))
