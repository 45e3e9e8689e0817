"""Reading a rendered PDF back: poppler-utils' text and font listings, normalised."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


def poppler(tool: str, *args: str) -> str:
    done = subprocess.run([tool, *args], capture_output=True, check=True, text=True)
    return done.stdout


def flat(text: str) -> str:
    """NFC, one space for any run of white space (line and page breaks included)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def pdf_text(path: Path) -> str:
    return flat(poppler("pdftotext", str(path), "-"))
