"""Cài đặt: what is typed and chosen lands in the database, and other pages hear of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from studylog.domain.enums import DenominatorRule, Level
from studylog.domain.models import DEFAULT_ESSAY_SCALE, DIEM10
from studylog.storage import settings, units
from ui.context import AppContext
from ui.settings.page import SettingsPage


@pytest.fixture
def page(qtbot, unit_ctx: AppContext) -> SettingsPage:
    widget = SettingsPage(unit_ctx)
    unit_ctx.changed.connect(widget.refresh)  # as the shell does
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


def test_the_page_shows_what_is_stored(page: SettingsPage) -> None:
    assert page.unit_form.name.text() == "Chi bộ Khu phố 3"
    assert page.unit_form.place.text() == "Phường Bến Thành"
    assert page.rule.currentData() == DenominatorRule.TRU_MIEN.value
    assert page.by_labels.isChecked()
    assert page.scale.text() == "Tốt, Khá, Đạt, Chưa đạt"
    assert page.send_names.isChecked()
    assert page.language.currentData() == "vi"


def test_everything_is_saved_to_the_database(
    qtbot, page: SettingsPage, unit_ctx: AppContext
) -> None:
    form = page.unit_form
    form.name.setText("Chi bộ Khu phố 4")
    form.code.clear()
    qtbot.keyClicks(form.code, "CB-KP4")
    form.level.setCurrentIndex(form.level.findData(Level.DANG_BO_CO_SO.value))
    form.secretary.setText("Trần Thị Bình")
    page.rule.setCurrentIndex(page.rule.findData(DenominatorRule.TAT_CA.value))
    page.by_marks.setFocus()
    qtbot.keyClick(page.by_marks, Qt.Key.Key_Space)
    page.send_names.setChecked(False)
    page.language.setCurrentIndex(page.language.findData("en"))
    with qtbot.waitSignal(unit_ctx.changed) as signal:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    store = unit_ctx.store
    unit = units.home_unit(store)
    assert (unit.name, unit.code, unit.level) == ("Chi bộ Khu phố 4", "CB-KP4", Level.DANG_BO_CO_SO)
    assert unit.secretary == "Trần Thị Bình"
    assert settings.denominator_rule(store) is DenominatorRule.TAT_CA
    assert settings.essay_scale(store) == DIEM10
    assert settings.send_absentee_names(store) is False
    assert settings.language(store) == "en"
    changes = signal.args[0]
    assert changes.units and changes.settings
    assert page.status.text() == "Saved."


def test_ctrl_s_saves(qtbot, page: SettingsPage, unit_ctx: AppContext) -> None:
    page.scale.setText("Xuất sắc, Tốt, Đạt")
    with qtbot.waitActive(page):
        page.activateWindow()
    qtbot.keyClick(page.scale, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut "animates" the click: it lands a moment later.
    qtbot.waitUntil(lambda: settings.essay_scale(unit_ctx.store) == ("Xuất sắc", "Tốt", "Đạt"))


def test_saving_nothing_new_says_so(qtbot, page: SettingsPage, unit_ctx: AppContext) -> None:
    emitted: list[object] = []
    unit_ctx.changed.connect(emitted.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert emitted == []
    assert page.status.text() == "Nothing was changed."


def test_an_empty_scale_is_refused_and_nothing_is_written(
    qtbot, page: SettingsPage, unit_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr("ui.settings.page.warn", lambda _p, _t, text: warnings.append(text))
    page.unit_form.name.setText("Chi bộ mới")
    page.scale.setText(" , ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert warnings
    assert units.home_unit(unit_ctx.store).name == "Chi bộ Khu phố 3"
    assert settings.essay_scale(unit_ctx.store) == DEFAULT_ESSAY_SCALE


def test_save_waits_for_a_name_and_a_code(qtbot, page: SettingsPage) -> None:
    page.unit_form.code.clear()
    assert not page.save_button.isEnabled()
    qtbot.keyClicks(page.unit_form.code, "CB-1")
    assert page.save_button.isEnabled()


def test_undo_puts_back_what_is_stored(qtbot, page: SettingsPage) -> None:
    page.unit_form.name.setText("Gõ nhầm")
    page.rule.setCurrentIndex(page.rule.findData(DenominatorRule.TAT_CA.value))
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.unit_form.name.text() == "Chi bộ Khu phố 3"
    assert page.rule.currentData() == DenominatorRule.TRU_MIEN.value


def test_a_change_made_elsewhere_is_shown(page: SettingsPage, unit_ctx: AppContext) -> None:
    unit_ctx.notify(settings.set_denominator_rule(unit_ctx.store, DenominatorRule.TAT_CA))
    assert page.rule.currentData() == DenominatorRule.TAT_CA.value


def test_tab_reaches_every_field_in_reading_order(page: SettingsPage) -> None:
    form = page.unit_form
    expected: list[QWidget] = [
        form.name, form.code, form.level, form.parent_name, form.parent_code,
        form.secretary, form.place, page.rule, page.by_labels, page.scale, page.by_marks,
        page.send_names, page.language, page.save_button, page.revert_button,
    ]  # fmt: skip
    chain: list[QWidget] = []
    widget = form.name
    for _ in range(200):
        if widget in expected and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is form.name:
            break
    assert chain == expected
