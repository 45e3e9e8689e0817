"""The main window: Ctrl+1…8 and the arrow keys, the status bar, other database files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from studylog.domain.enums import Level
from studylog.storage import units
from studylog.storage.db import open_database
from studylog.storage.store import Store
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.shell import prefs
from ui.shell.pages import PAGE_KEYS, PAGES


def make_window(qtbot, ctx: AppContext, *, remember: bool = False) -> MainWindow:
    window = MainWindow(ctx, remember=remember)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def window(qtbot, unit_ctx: AppContext) -> MainWindow:
    return make_window(qtbot, unit_ctx)


def other_database(path: Path, name: str) -> Path:
    store = Store(open_database(path), path=path)
    units.init_home(store, name=name, code="CB-B", level=Level.CHI_BO)
    store.db.close()
    return path


def test_ctrl_number_switches_to_each_page(qtbot, window: MainWindow) -> None:
    for index, key in reversed(list(enumerate(PAGE_KEYS))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
        assert window.stack.currentWidget() is window.frames[key]
        assert window.nav.currentRow() == index


def test_every_page_has_its_shortcut_in_the_pages_menu(window: MainWindow) -> None:
    shortcuts = [a.shortcut().toString() for a in window.menus.page_actions]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, len(PAGES) + 1)]
    assert [a.text() for a in window.menus.page_actions] == [p.title for p in PAGES]


def test_arrow_keys_in_the_navigation_change_the_page(qtbot, window: MainWindow) -> None:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_key() == "members"
    qtbot.keyClick(window.nav, Qt.Key.Key_End)
    assert window.current_key() == "settings"


def test_shortcut_puts_the_focus_inside_the_page(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["settings"]
    assert page.isAncestorOf(window.focusWidget())


def test_status_bar_names_the_unit_and_the_file(window: MainWindow, unit_ctx: AppContext) -> None:
    assert "Chi bộ Khu phố 3 (CB-KP3)" in window.status.unit_label.text()
    assert window.status.file_label.toolTip() == str(unit_ctx.db_path)
    assert "Chi bộ Khu phố 3" in window.windowTitle()


def test_opening_another_database_switches_everything(
    qtbot, window: MainWindow, unit_ctx: AppContext, tmp_path: Path
) -> None:
    home = window.show_page("home")
    path = other_database(tmp_path / "other.db", "Chi bộ Khu phố 9")
    with qtbot.waitSignal(unit_ctx.store_replaced):
        assert window.databases.open_file(path)
    assert unit_ctx.db_path == path
    assert units.home_unit(unit_ctx.store).name == "Chi bộ Khu phố 9"
    assert "Chi bộ Khu phố 9" in window.status.unit_label.text()
    assert "Chi bộ Khu phố 9" in home.subtitle.text()  # type: ignore[attr-defined]


def test_a_file_that_is_not_a_database_is_refused(
    window: MainWindow, unit_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(
        "ui.shell.database.refuse", lambda _p, _t, exc, lang: refusals.append(exc.render(lang))
    )
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database", encoding="utf-8")
    before = unit_ctx.db_path
    assert not window.databases.open_file(bogus)
    assert unit_ctx.db_path == before
    assert refusals and "notes.db" in refusals[0]
    assert bogus.read_text(encoding="utf-8") == "not a database"


def test_a_new_file_asks_for_its_unit_and_cancel_keeps_the_old_one(
    window: MainWindow, unit_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("ui.shell.database.FirstRunWizard.exec", lambda _self: 0)
    assert not window.databases.open_file(tmp_path / "blank.db", create=True)
    assert unit_ctx.db_path.name == "unit.db"


def test_recent_files_are_remembered_newest_first(
    qtbot, unit_ctx: AppContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, unit_ctx, remember=True)
    path = other_database(tmp_path / "other.db", "Chi bộ Khu phố 9")
    window.databases.open_file(path)
    assert prefs.recent_files()[:2] == [path.resolve(), (tmp_path / "unit.db").resolve()]
    window.menus.fill_recent()
    texts = [a.text() for a in window.menus.recent_menu.actions()]
    assert texts[0].startswith("&1 other.db")
    assert texts[1].startswith("&2 unit.db")


def test_recent_menu_opens_the_file(qtbot, unit_ctx: AppContext, tmp_path: Path) -> None:
    path = other_database(tmp_path / "other.db", "Chi bộ Khu phố 9")
    prefs.remember_file(path)
    window = make_window(qtbot, unit_ctx, remember=True)
    window.menus.fill_recent()
    action = next(a for a in window.menus.recent_menu.actions() if "other.db" in a.text())
    action.trigger()
    assert unit_ctx.db_path == path


def test_recent_list_keeps_eight_without_duplicates(tmp_path: Path) -> None:
    for n in range(12):
        prefs.remember_file(tmp_path / f"{n}.db")
    prefs.remember_file(tmp_path / "5.db")
    files = prefs.recent_files()
    assert len(files) == prefs.MAX_RECENT
    assert files[0].name == "5.db"
    assert len(set(files)) == len(files)


def test_window_size_and_position_are_remembered(qtbot, unit_ctx: AppContext) -> None:
    first = make_window(qtbot, unit_ctx, remember=True)
    first.resize(720, 520)  # within the offscreen screen (800×600)
    first.close()
    second = MainWindow(unit_ctx, remember=True)  # not resized by the test this time
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (720, 520)


def test_screenshot_windows_leave_the_preferences_alone(
    qtbot, unit_ctx: AppContext, private_preferences: Path
) -> None:
    window = make_window(qtbot, unit_ctx, remember=False)
    window.close()
    assert prefs.recent_files() == []
    assert prefs.app_settings().value(prefs.GEOMETRY) is None


def test_quit_and_open_have_their_usual_keys(window: MainWindow) -> None:
    assert window.menus.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.menus.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_pages_are_built_when_first_shown(window: MainWindow) -> None:
    assert set(window.pages) == {"home"}
    window.show_page("reports")
    assert set(window.pages) == {"home", "reports"}


@pytest.fixture
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    shown: list[str] = []
    monkeypatch.setattr("ui.shell.about.QMessageBox.exec", lambda box: shown.append(box.text()))
    yield shown


def test_about_names_the_version_and_the_database(
    window: MainWindow, unit_ctx: AppContext, _no_dialogs: list[str]
) -> None:
    from studylog import __version__

    window.menus.about_action.trigger()
    assert _no_dialogs and __version__ in _no_dialogs[0]
    assert str(unit_ctx.db_path) in _no_dialogs[0]


def test_the_status_bar_follows_a_renamed_unit(window: MainWindow, unit_ctx: AppContext) -> None:
    unit_ctx.notify(units.update_home(unit_ctx.store, name="Chi bộ Khu phố 5"))
    assert "Chi bộ Khu phố 5" in window.status.unit_label.text()
    assert "Chi bộ Khu phố 5" in window.windowTitle()
