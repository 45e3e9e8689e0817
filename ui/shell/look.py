"""The application's look: a larger font, the style sheet, the icon, the style.

Applied by `run()` and taken back when it returns, because the tests lend `run()`
an application that other tests use afterwards.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from studylog.paths import APP_NAME, resource

# Readable for older eyes: the platform's font (which follows the user's own setting)
# made 15% larger, rather than a fixed size that ignores that setting.
FONT_SCALE = 1.15
# One style on every PC, so that what the screenshots and the guide show is what
# the secretary sees; Fusion also follows style sheets faithfully.
STYLE = "Fusion"


def style_arguments() -> list[str]:
    """Qt's own command-line option for the style, for an application made to show it.

    Given there, the style never passes through Python: `setStyle()` returns the style
    object, and PySide builds the Python class of QStyle (with its many enums) to hand
    it back, about 6 ms before the window's first paint on Python 3.11.
    """
    return ["-style", STYLE]


class Look:
    def __init__(self, app: QApplication, *, styled: bool = False) -> None:
        """`styled`: the application was made with `style_arguments()`, so the style is
        neither set nor, when the look is taken back, restored."""
        self.app = app
        self._font = app.font()
        self._sheet = app.styleSheet()
        self._icon = app.windowIcon()
        self._style = None if styled else app.style().name()

    def apply(self) -> None:
        self.app.setApplicationName(APP_NAME)
        self.app.setOrganizationName(APP_NAME)
        if self._style is not None:
            self.app.setStyle(STYLE)
        font = self.app.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(round(font.pointSizeF() * FONT_SCALE, 1))
        else:
            font.setPixelSize(round(font.pixelSize() * FONT_SCALE))
        self.app.setFont(font)
        sheet = resource("style.qss")
        if sheet.exists():
            self.app.setStyleSheet(sheet.read_text(encoding="utf-8"))
        self.app.setWindowIcon(QIcon(str(resource("icons", "studylog.png"))))

    def restore(self) -> None:
        self.app.setStyleSheet(self._sheet)
        self.app.setFont(self._font)
        self.app.setWindowIcon(self._icon)
        if self._style is not None:
            self.app.setStyle(self._style)
