"""The exchange page fits a 1280×800 window at every level and on every tab.

tests/ui/test_layout_fits.py checks every page on the chi bộ demo; a commune sees
the same page with totals and three tabs, so it is checked here too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from studylog.demo import build_demo
from studylog.storage.db import open_database
from studylog.storage.store import Store
from ui.context import AppContext
from ui.exchange.page import ExchangePage
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.shell.look import Look


@pytest.fixture
def look(qapp: QApplication) -> Iterator[Look]:
    look = Look(qapp)
    look.apply()
    yield look
    look.restore()


@pytest.fixture
def commune_ctx(tmp_path: Path) -> Iterator[AppContext]:
    path = tmp_path / "xa.db"
    store = Store(open_database(path), path=path, actor="test")
    build_demo(store, scale="xa", seed=1)
    ctx = AppContext(store, path)
    yield ctx
    store.db.close()


@pytest.mark.parametrize("level", ["chi_bo", "xa"])
def test_every_tab_fits_the_window(
    qtbot,
    look: Look,
    vietnamese: Translations,
    demo_ctx: AppContext,
    commune_ctx: AppContext,
    level: str,
) -> None:
    window = MainWindow(demo_ctx if level == "chi_bo" else commune_ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_page("exchange")
    assert isinstance(page, ExchangePage)
    frame = window.frames["exchange"]
    problems = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = page.tabs.tabText(index) or "send"
        if frame.horizontalScrollBar().maximum():
            problems.append(f"{name}: {page.width()} px wide in {frame.viewport().width()} px")
        if frame.verticalScrollBar().maximum():
            problems.append(f"{name}: {page.height()} px tall in {frame.viewport().height()} px")
    assert not problems, "\n".join(problems)
