"""The code tables of the legacy Vietnamese encodings, kept apart from the logic that uses them.

TCVN3 is TCVN 5712:1993 as libiconv's "TCVN" charset has it: the .VnTime fonts use
the VN3 subset (lower-case letters plus Ă Â Ê Ô Ơ Ư Đ), the full table adds the
upper-case toned letters in the C0 and 0x80–0x9F ranges and in the gaps of VN3.
VNI is the VNI-Windows font encoding: a base letter followed by a modifier byte.
"""

import unicodedata

# Byte 0x80 + i decodes to TCVN3_HIGH[i].
TCVN3_HIGH = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ"  # 0x80
    "ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ"  # 0x90
    "\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ"  # 0xA0
    "\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ"  # 0xB0: 0xB0–0xB4 are combining tones
    "ẮẦẨẪẤỀặầẩẫấậèỂẻẽ"  # 0xC0
    "éẹềểễếệìỉỄẾỒĩíịò"  # 0xD0
    "Ổỏõóọồổỗốộờởỡớợù"  # 0xE0
    "ỖủũúụừửữứựỳỷỹýỵỐ"  # 0xF0
)

# The full table also uses a few C0 control positions for upper-case letters.
TCVN3_LOW = {
    0x01: "Ú",
    0x02: "Ụ",
    0x04: "Ừ",
    0x05: "Ử",
    0x06: "Ữ",
    0x11: "Ứ",
    0x12: "Ự",
    0x13: "Ỳ",
    0x14: "Ỷ",
    0x15: "Ỹ",
    0x16: "Ý",
    0x17: "Ỵ",
}

TCVN3_COMBINING = range(0xB0, 0xB5)


def _tcvn3_decode_table() -> dict[int, str]:
    table = {0x80 + i: ch for i, ch in enumerate(TCVN3_HIGH)}
    table.update(TCVN3_LOW)
    return table


TCVN3_DECODE = _tcvn3_decode_table()
TCVN3_ENCODE = {ch: byte for byte, ch in TCVN3_DECODE.items() if byte not in TCVN3_COMBINING}

# Excel and cp1252-minded tools show the bytes 0x80–0x9F as these characters;
# the five bytes cp1252 leaves undefined stay the raw C1 controls.
CP1252_BYTES = {
    chr_: byte
    for byte in range(0x80, 0xA0)
    if (chr_ := bytes([byte]).decode("cp1252", errors="ignore"))
}

# VNI: tones in the order none, sắc, huyền, hỏi, ngã, nặng.
_TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_PLAIN = ("", "ù", "ø", "û", "õ", "ï")
_CIRCUMFLEX = ("â", "á", "à", "å", "ã", "ä")
_BREVE = ("ê", "é", "è", "ú", "ü", "ë")

# (Unicode vowel, VNI base byte, VNI spelling of each tone after the base)
_VNI_VOWELS = (
    ("a", "a", _PLAIN),
    ("â", "a", _CIRCUMFLEX),
    ("ă", "a", _BREVE),
    ("e", "e", _PLAIN),
    ("ê", "e", _CIRCUMFLEX),
    ("o", "o", _PLAIN),
    ("ô", "o", _CIRCUMFLEX),
    ("ơ", "ô", _PLAIN),
    ("u", "u", _PLAIN),
    ("ư", "ö", _PLAIN),
    # i takes single bytes, and ỵ is a single byte too.
    ("i", "", ("i", "í", "ì", "æ", "ó", "ò")),
    ("y", "y", ("", "ù", "ø", "û", "õ", "")),
)


def _vni_encode_table() -> dict[str, str]:
    table: dict[str, str] = {"đ": "ñ", "Đ": "Ñ", "ỵ": "î", "Ỵ": "Î"}
    for vowel, base, spellings in _VNI_VOWELS:
        for mark, spelling in zip(_TONE_MARKS, spellings, strict=True):
            letter = unicodedata.normalize("NFC", vowel + mark)
            if letter in table or base + spelling == letter:
                continue
            table[letter] = base + spelling
            table[letter.upper()] = (base + spelling).upper()
    return table


VNI_ENCODE = _vni_encode_table()


def _vni_decode_table() -> dict[str, str]:
    """Every spelling, plus base and modifier in mismatched case (the case of the base wins)."""
    table = {spelling: letter for letter, spelling in VNI_ENCODE.items()}
    for spelling, letter in list(table.items()):
        if len(spelling) == 2:
            table.setdefault(spelling[0] + spelling[1].swapcase(), letter)
    return table


VNI_DECODE = _vni_decode_table()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# The parts of a Vietnamese syllable, tone marks removed: a word made of these parts
# is Vietnamese, which is how one reading of a file is judged better than another.
INITIALS = _words("ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p q r s t v x")
NUCLEI = _words(
    "a ă â e ê i o ô ơ u ư y "
    "ai ao au ay âu ây eo êu ia iu iê oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê "
    "iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu"
)
FINALS = _words("ch ng nh c m n p t")
