"""Every page fits a 1280×800 window on the demo data: no sideways scrolling.

The window wraps each page in a scroll area, so a page that is too wide does not
show as an error, only as a scroll bar and fields cut off at the right edge (the
Buổi học tập page once was). The shared office PCs have screens of this size.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.context import AppContext
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.shell.look import Look
from ui.shell.pages import PAGE_KEYS

# Pages whose main content is a form or a document; the list pages may scroll down
# with their table, inside the table.
NO_VERTICAL_SCROLL = ("home", "sessions", "checkin", "reports", "settings")


@pytest.fixture
def look(qapp: QApplication) -> Iterator[Look]:
    """The window's own larger font and style sheet, as the secretary sees them."""
    look = Look(qapp)
    look.apply()
    yield look
    look.restore()


def test_every_page_fits_the_window(
    qtbot, look: Look, vietnamese: Translations, demo_ctx: AppContext
) -> None:
    """In Vietnamese, whose labels are the longer ones, in the window's larger font."""
    window = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for key in PAGE_KEYS:
        page = window.show_page(key)
        settle = getattr(page, "settle", None)
        if callable(settle):
            assert settle()
        QApplication.processEvents()
        frame = window.frames[key]
        room = frame.viewport().size()
        if frame.horizontalScrollBar().maximum():
            problems.append(f"{key} is {page.width()} px wide in a {room.width()} px window")
        if key in NO_VERTICAL_SCROLL and frame.verticalScrollBar().maximum():
            problems.append(f"{key} is {page.height()} px tall in a {room.height()} px window")
    assert not problems, "\n".join(problems)
