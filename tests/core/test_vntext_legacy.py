"""Legacy Vietnamese encodings: TCVN3 (ABC, .VnTime) and VNI-Windows."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from studylog.vntext import legacy
from studylog.vntext.legacy import decode, decode_bytes, detect, encode

DATA = Path(__file__).resolve().parent.parent / "data"

# --- TCVN3 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("legacy_text", "unicode_text"),
    [
        ("§ç V¨n Thµnh", "Đỗ Văn Thành"),
        ("NguyÔn ThÞ Ph\xadîng", "Nguyễn Thị Phượng"),
        ("Hä vµ tªn", "Họ và tên"),
        ("Sè thÎ ®¶ng viªn", "Số thẻ đảng viên"),
        ("Lª V¨n T¸m", "Lê Văn Tám"),
        ("TrÇn ThÞ Thñy", "Trần Thị Thủy"),
        ("TrÇn ThÞ Thuû", "Trần Thị Thuỷ"),
        ("Hoµng", "Hoàng"),
        ("C\xadêng", "Cường"),
        ("Ph¹m ¡n", "Phạm Ăn"),
        ("ViÖt Nam", "Việt Nam"),
        ("Ngµy sinh: 01/01/1961", "Ngày sinh: 01/01/1961"),
        ("®/c NguyÔn V¨n A", "đ/c Nguyễn Văn A"),
    ],
)
def test_tcvn3_mixed_case_text(legacy_text: str, unicode_text: str) -> None:
    assert decode(legacy_text, "tcvn3") == unicode_text


@pytest.mark.parametrize(
    ("legacy_text", "unicode_text"),
    [
        # .VnTimeH draws the lower-case code points as capitals: the rest of the word tells.
        ("CHI Bé ÊP 3", "CHI BỘ ẤP 3"),
        ("DANH S¸CH §¶NG VI£N", "DANH SÁCH ĐẢNG VIÊN"),
        ("®¶NG", "ĐẢNG"),
        ("BAN CHÊP HµNH", "BAN CHẤP HÀNH"),
        ("Chi Bé", "Chi Bộ"),
        ("Chi bé Êp 3", "Chi bộ ấp 3"),
        ("Bé", "Bộ"),
        ("®¶ng", "đảng"),
        ("chi bé", "chi bộ"),
    ],
)
def test_tcvn3_capitals_follow_the_word(legacy_text: str, unicode_text: str) -> None:
    assert decode(legacy_text, "tcvn3") == unicode_text


@pytest.mark.parametrize(
    ("legacy_text", "unicode_text"),
    [
        # the full table's capitals, as raw C1 controls (openpyxl) ...
        ("H\x80 N\x97I", "HÀ NỘI"),
        ("N\x85NG", "NẶNG"),  # U+0085 is a letter here, not a line break
        ("\x9eY BAN", "ỦY BAN"),
        # ... and as cp1252 shows the same bytes
        ("H€ N—I", "HÀ NỘI"),
        ("žY BAN", "ỦY BAN"),
        ("VIŒT NAM", "VIỆT NAM"),
        ("V” V¨n Ba", "VÕ Văn Ba"),
        ("L’ V¨n S\xadíng", "LÒ Văn Sướng"),
        # capitals in the gaps of the .VnTime table, and in the C0 range
        ("ÄP 3", "ẤP 3"),
        ("\x16 kiÕn", "Ý kiến"),
    ],
)
def test_tcvn3_full_table_capitals(legacy_text: str, unicode_text: str) -> None:
    assert decode(legacy_text, "tcvn3") == unicode_text


@pytest.mark.parametrize(
    ("legacy_text", "unicode_text"),
    [
        ("“Hä vµ tªn”", "“Họ và tên”"),
        ("“H€ N—I”", "“HÀ NỘI”"),
        ("Tæ 1 – Chi bé 3", "Tổ 1 – Chi bộ 3"),
        ("Tæ 1 — Chi bé 3…", "Tổ 1 — Chi bộ 3…"),
        ("‘Lª’", "‘Lê’"),
        ("“AN TOµN”", "“AN TOÀN”"),
        ("“An toµn” – tªn”", "“An toàn” – tên”"),
        ("b” ‘a’", "b” ‘a’"),
    ],
)
def test_tcvn3_keeps_real_punctuation(legacy_text: str, unicode_text: str) -> None:
    assert decode(legacy_text, "tcvn3") == unicode_text


def test_tcvn3_with_a_unicode_symbol_is_still_tcvn3() -> None:
    assert decode("Hä vµ tªn ✓ №", "tcvn3") == "Họ và tên ✓ №"


def test_tcvn3_combining_tones_join_the_letter_before() -> None:
    assert decode("Hoa\xb0 V¨n", "tcvn3") == "Hoà Văn"
    assert decode("37\xb0C, Hä", "tcvn3") == "37°C, Họ"


def test_the_sample_roster_converts_cell_by_cell() -> None:
    workbook = openpyxl.load_workbook(DATA / "roster_tcvn3_example.xlsx", read_only=True)
    rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    workbook.close()
    cells = [v for row in rows for v in row if isinstance(v, str)]
    assert detect(cells) == "tcvn3"

    assert decode(rows[0][0], "tcvn3") == "CHI BỘ ẤP 3"
    assert decode(rows[1][0], "tcvn3") == "DANH SÁCH ĐẢNG VIÊN"
    header = [decode(v, "tcvn3") for v in rows[3]]
    assert header == ["STT", "Họ và tên", "Ngày sinh", "Số thẻ đảng viên"]

    expected = (DATA / "roster_tcvn3_example.expected.txt").read_text("utf-8").splitlines()
    names = [decode(row[1], "tcvn3") for row in rows[4:]]
    assert names == expected
    # Dates and card numbers are ASCII and pass through.
    assert [decode(row[2], "tcvn3") for row in rows[4:]] == [row[2] for row in rows[4:]]


# --- VNI ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("legacy_text", "unicode_text"),
    [
        ("Nguyeãn", "Nguyễn"),
        ("Ñaëng", "Đặng"),
        ("Thuûy", "Thủy"),
        ("Thuyû", "Thuỷ"),
        ("Hoï vaø teân", "Họ và tên"),
        ("Soá theû ñaûng vieân", "Số thẻ đảng viên"),
        ("Ñoã Vaên Thaønh", "Đỗ Văn Thành"),
        ("Nguyeãn Thò Phöôïng", "Nguyễn Thị Phượng"),
        ("Loø Vaên Söôùng", "Lò Văn Sướng"),
        ("Tröông Thò Dieäu", "Trương Thị Diệu"),
        ("Noâng Vaên Khôûi", "Nông Văn Khởi"),
        ("Quyù Huyønh Taêng Haèng", "Quý Huỳnh Tăng Hằng"),
        ("Myõ Kyø Nghóa Vónh Lòch", "Mỹ Kỳ Nghĩa Vĩnh Lịch"),
        ("chæ kî Bình Ích", "chỉ kỵ Bình Ích"),
        ("Yeán Tuaán Caåm Maãn Löôïng", "Yến Tuấn Cẩm Mẫn Lượng"),
        ("Phaïm AÊn, AÙnh, AÂn", "Phạm Ăn, Ánh, Ân"),
        ("ÑAÛNG VIEÂN", "ĐẢNG VIÊN"),
        ("CHI BOÄ AÁP 3", "CHI BỘ ẤP 3"),
        ("ÔÛ ÖÙNG Î", "Ở ỨNG Ỵ"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        # a modifier in the other case still belongs to its vowel, which sets the case
        ("Aù aÙ", "Á á"),
        # a modifier with no vowel to sit on is left as it is
        ("xù", "xù"),
    ],
)
def test_vni(legacy_text: str, unicode_text: str) -> None:
    assert decode(legacy_text, "vni") == unicode_text


# --- leaving Unicode alone ---------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_decode_leaves_unicode_text_alone(encoding: legacy.LegacyEncoding) -> None:
    assert decode("Nguyễn Văn An", encoding) == "Nguyễn Văn An"
    nfd = unicodedata.normalize("NFD", "Trần Thị Thủy")
    assert decode(nfd, encoding) == "Trần Thị Thủy"
    assert decode("", encoding) == ""
    assert decode("STT 12", encoding) == "STT 12"


def test_decode_keeps_a_unicode_cell_that_reads_better_as_it_is() -> None:
    # Only Latin-1 letters, so it could be TCVN3 bytes; but converted it is garbage.
    assert decode("Lê Hoàng Nam", "tcvn3") == "Lê Hoàng Nam"


# --- detection ---------------------------------------------------------------------------

UNICODE_ROSTER = [
    "Họ và tên",
    "Nguyễn Văn An",
    "Trần Thị Thuỷ",
    "Lê Hoàng Nam",
    "Hoà Bình",
    "Tô Thái Hà",
    "Đặng Bá Lợi",
]
TCVN3_ROSTER = ["Hä vµ tªn", "§ç V¨n Thµnh", "NguyÔn ThÞ Ph\xadîng", "Lª V¨n T¸m"]
VNI_ROSTER = ["Hoï vaø teân", "Ñoã Vaên Thaønh", "Nguyeãn Thò Phöôïng", "Leâ Thò Bình"]


def test_detect_legacy_files() -> None:
    assert detect(TCVN3_ROSTER) == "tcvn3"
    assert detect(VNI_ROSTER) == "vni"
    assert detect(iter(TCVN3_ROSTER)) == "tcvn3"
    assert detect(["CHI Bé ÊP 3", "DANH S¸CH §¶NG VI£N"]) == "tcvn3"
    assert detect(["COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM"]) == "vni"


def test_detect_a_mixed_file_by_its_majority() -> None:
    assert detect([*TCVN3_ROSTER, "Nguyễn Văn An", "Lê Hoàng Nam"]) == "tcvn3"
    assert detect([*VNI_ROSTER, "Nguyễn Văn An"]) == "vni"


@pytest.mark.parametrize(
    "texts",
    [
        [],
        [""],
        UNICODE_ROSTER,
        [unicodedata.normalize("NFD", t) for t in UNICODE_ROSTER],
        ["STT", "Ho va ten", "Nguyen Van An", "01/01/1961", "80000001"],
        ["Café où élève", "Noël à Paris, très élégant", "déjà vu"],
        ["Il est né à Paris où il a été élu, là où l'on sait."],
        ["Résumé of a naïve café owner", "Zoë and Chloë", "© 2024 Microsoft® Word™"],
        ["Straße in Köln", "Müller, Jürgen", "schön über Ärger"],
        ["Señor Muñoz de España", "mañana, año, niño"],
        ["Goût du café où il fait 37°C ½"],
        ["Bé"],  # a single ambiguous word is no evidence
    ],
)
def test_detect_leaves_other_text_alone(texts: list[str]) -> None:
    assert detect(texts) is None


# --- encode, and the round trip ----------------------------------------------------------


def test_encode() -> None:
    assert encode("Họ và tên", "tcvn3") == "Hä vµ tªn"
    assert encode("Đỗ Văn Thành", "tcvn3") == "§ç V¨n Thµnh"
    assert encode("Nguyễn Thị Phượng", "tcvn3") == "NguyÔn ThÞ Ph\xadîng"
    assert encode("HÀ NỘI", "tcvn3") == "H\x80 N\x97I"
    assert encode("Đặng Thị Thuỷ", "vni") == "Ñaëng Thò Thuyû"
    assert encode("CỘNG HÒA", "vni") == "COÄNG HOØA"
    assert encode("Bình Ích", "vni") == "Bình Ích"


@pytest.mark.parametrize(("text", "encoding"), [("ç", "tcvn3"), ("ß", "vni"), ("€", "tcvn3")])
def test_encode_refuses_what_the_encoding_cannot_hold(
    text: str, encoding: legacy.LegacyEncoding
) -> None:
    with pytest.raises(ValueError, match="cannot be written"):
        encode(text, encoding)


def _words(text: str) -> list[str]:
    return text.split()


_INITIALS = _words("b c ch d đ g gh gi h k kh l m n ng ngh nh ph qu r s t th tr v x")
_RHYMES = _words(
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu iê oa oă oe oi ôi ơi ua uâ uê ui "
    "uô uơ uy ưa ưi ưu ươ yê iêu yêu oai oay uây uôi ươi ươu uya uyê"
)
_FINALS = _words("c ch m n ng nh p t")
_TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


@st.composite
def syllables(draw: st.DrawFn) -> str:
    rhyme = draw(st.sampled_from(_RHYMES))
    at = draw(st.integers(0, len(rhyme) - 1))
    toned = rhyme[: at + 1] + draw(st.sampled_from(_TONE_MARKS)) + rhyme[at + 1 :]
    initial = draw(st.sampled_from(["", *_INITIALS]))
    final = draw(st.sampled_from(["", *_FINALS]))
    return unicodedata.normalize("NFC", initial + toned + final)


@st.composite
def vietnamese_texts(draw: st.DrawFn) -> str:
    """Words of Vietnamese syllables, all lower-case, all Title Case or all capitals."""
    words = draw(st.lists(syllables(), min_size=1, max_size=6))
    style = draw(st.sampled_from([str.lower, str.capitalize, str.upper]))
    separator = draw(st.sampled_from([" ", ", ", " - ", "\t", " 12 "]))
    return separator.join(style(w) for w in words)


@given(vietnamese_texts(), st.sampled_from(["tcvn3", "vni"]))
def test_round_trip(text: str, encoding: legacy.LegacyEncoding) -> None:
    assert decode(encode(text, encoding), encoding) == text


@given(st.lists(vietnamese_texts(), max_size=5))
def test_unicode_vietnamese_is_never_flagged(texts: list[str]) -> None:
    assert detect(texts) is None


@given(st.text(), st.sampled_from(["tcvn3", "vni"]))
def test_decode_takes_any_text_and_gives_nfc(text: str, encoding: legacy.LegacyEncoding) -> None:
    result = decode(text, encoding)
    assert unicodedata.is_normalized("NFC", result)


@given(st.lists(st.text(alphabet=st.characters(max_codepoint=0x7F))))
def test_ascii_is_never_flagged(texts: list[str]) -> None:
    assert detect(texts) is None


# --- bytes of a CSV file -----------------------------------------------------------------


def _cp1258(text: str) -> bytes:
    """What Excel writes on a Vietnamese Windows: ă â ê ô ơ ư đ whole, tones combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONE_MARKS[1:])
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


SAMPLE = "STT,Họ và tên,Ngày sinh\r\n1,Nguyễn Thị Phượng,02/02/1962\r\n2,Đỗ Văn Thành,01/01/1961"


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (SAMPLE.encode("utf-8-sig"), "utf-8"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (_cp1258(SAMPLE), "cp1258"),
        (encode(SAMPLE, "tcvn3").encode("latin-1"), "tcvn3"),
        (encode(SAMPLE, "vni").encode("latin-1"), "vni"),
        # a TCVN3 sheet saved by Excel as "CSV UTF-8"
        (encode(SAMPLE, "tcvn3").encode("utf-8"), "tcvn3"),
    ],
)
def test_decode_bytes(data: bytes, name: str) -> None:
    assert decode_bytes(data) == (SAMPLE, name)


def test_decode_bytes_keeps_line_endings_and_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Thuỷ\nThủy\r\n")
    assert decode_bytes(nfd.encode("utf-8")) == ("Thuỷ\nThủy\r\n", "utf-8")
    assert decode_bytes(b"") == ("", "utf-8")


def test_decode_bytes_western_text() -> None:
    text = "Nom,Ville\nCafé où élève,Köln\nNoël “à” Paris – 5 €"
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_decode_bytes_tcvn3_capitals_in_a_cp1252_world() -> None:
    # 0x80 is À in TCVN3 but € in cp1252; 0x81 is undefined in cp1252.
    data = encode("HÀ NỘI, ẢNH\nHọ và tên", "tcvn3").encode("latin-1")
    assert data.startswith(b"H\x80 N\x97I, \x81NH")
    assert decode_bytes(data) == ("HÀ NỘI, ẢNH\nHọ và tên", "tcvn3")
