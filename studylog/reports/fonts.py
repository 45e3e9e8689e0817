"""The bundled Liberation Serif (Times-metric, full Vietnamese), registered with reportlab.

reportlab's own Times-Roman is a standard-14 font that is never embedded and has no
Vietnamese glyphs; every PDF of StudyLog uses these TrueType files instead, which
reportlab always embeds (as subsets).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from studylog.errors import EnvironmentProblem
from studylog.i18n import msg
from studylog.paths import resource

FAMILY = "LiberationSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}


def font_path(name: str) -> Path:
    return resource("fonts", FILES[name])


def register_fonts() -> str:
    """Register the four styles once (reportlab keeps one registry per process); the family."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(name in registered for name in FILES):
        return FAMILY
    for name in FILES:
        path = font_path(name)
        if not path.is_file():
            raise EnvironmentProblem(
                msg(
                    "The font file {path} is missing; reinstall StudyLog.",
                    "Thiếu tệp phông chữ {path}; hãy cài đặt lại StudyLog.",
                    path=str(path),
                )
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # The family mapping is what lets <b> and <i> inside a Paragraph find the right file.
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY
