"""Vietnamese text: search folding, name collation, legacy encodings, formatting.

The legacy encodings are used as a module: `from studylog.vntext import legacy`,
then `legacy.detect(cells)` and `legacy.decode(cell, encoding)`.
"""

from studylog.vntext.collate import name_sort_key, sort_names
from studylog.vntext.fmt import (
    date_line,
    format_date,
    format_decimal,
    format_int,
    format_percent,
    parse_user_date,
)
from studylog.vntext.fold import fold, nfc

__all__ = [
    "date_line",
    "fold",
    "format_date",
    "format_decimal",
    "format_int",
    "format_percent",
    "name_sort_key",
    "nfc",
    "parse_user_date",
    "sort_names",
]
