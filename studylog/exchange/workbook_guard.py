"""Opening an .xlsx that came from elsewhere: the zip is inspected before openpyxl parses it.

Both readers of foreign workbooks — the importers' `sheets` and the packages'
`package_read` — open files through here, so the checks against damaged files and
zip bombs are one rule with one set of limits. What differs is only the wording of
the refusal, which each reader passes in.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studylog.errors import InputError

# Declared sizes are upper bounds (zipfile stops at file_size and checks the CRC), so
# they can be judged before anything is inflated. A roster's or a package's XML is
# a few MB; openpyxl keeps shared strings in memory, hence a cap well below what
# would hurt an office PC.
MAX_ENTRIES = 10_000
MAX_UNCOMPRESSED = 300 * 1024 * 1024
BIG_ENTRY = 5 * 1024 * 1024
MAX_RATIO = 100

# What openpyxl raises on a malformed workbook, and what the zip layer raises on a
# truncated or corrupt entry: all of them mean "damaged", none is our bug.
DAMAGED: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    AttributeError,
    SyntaxError,  # ElementTree and lxml parse errors derive from it
    OSError,
    NotImplementedError,
)


@dataclass(frozen=True)
class Refusals:
    """The reader's own words for the three ways a workbook is refused."""

    damaged: Callable[[str], InputError]
    too_big: Callable[[str], InputError]
    not_a_workbook: Callable[[str], InputError]


def check_zip(archive: zipfile.ZipFile, name: str, refusals: Refusals) -> None:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise refusals.not_a_workbook(name)
    if len(infos) > MAX_ENTRIES:
        raise refusals.too_big(name)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > BIG_ENTRY and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise refusals.too_big(name)
    if total > MAX_UNCOMPRESSED:
        raise refusals.too_big(name)


@contextmanager
def open_workbook(path: Path, refusals: Refusals) -> Iterator[Any]:
    """An openpyxl read-only workbook of `path`, after the zip passed `check_zip`.

    Formulas are read as text (data_only=False) so that they can be refused, never
    evaluated. Any parse failure inside the block becomes the reader's "damaged".
    """
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    with path.open("rb") as handle:
        try:
            with zipfile.ZipFile(handle) as archive:
                check_zip(archive, path.name, refusals)
            handle.seek(0)
            with warnings.catch_warnings():
                # Unsupported extensions (data validation, slicers) only warn; the
                # values are read all the same.
                warnings.simplefilter("ignore")
                workbook = openpyxl.load_workbook(handle, read_only=True, data_only=False)
                try:
                    yield workbook
                finally:
                    workbook.close()
        except InputError:
            raise
        except (*DAMAGED, InvalidFileException) as exc:
            raise refusals.damaged(path.name) from exc
