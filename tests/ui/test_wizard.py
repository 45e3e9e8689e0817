"""The first run: set up the unit, try the demo, or open an existing file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from studylog.domain.enums import Level
from studylog.storage import campaigns, units
from studylog.storage.db import open_database
from studylog.storage.store import Store
from ui.wizard.pages import INTRO, UNIT
from ui.wizard.wizard import DEMO_FILE, FirstRunWizard, has_unit

Button = QWizard.WizardButton


def make_wizard(qtbot, store: Store, **kwargs: object) -> FirstRunWizard:
    assert store.path is not None
    wizard = FirstRunWizard(store, store.path, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def click(qtbot, wizard: FirstRunWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_setting_up_the_unit_writes_it_to_the_database(qtbot, empty_store: Store) -> None:
    wizard = make_wizard(qtbot, empty_store)
    assert wizard.currentId() == INTRO
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentId() == UNIT
    form = wizard.unit_page.form
    # QTest types ASCII only; Vietnamese text arrives as an input method would put it.
    form.name.setText("Đảng ủy phường Bến Thành")
    qtbot.keyClicks(form.code, "DU-BT")
    form.level.setCurrentIndex(form.level.findData(Level.XA.value))
    form.parent_name.setText("Thành ủy Thành phố Hồ Chí Minh")
    qtbot.keyClicks(form.parent_code, "TU-HCM")
    form.secretary.setText("Nguyễn Văn An")
    form.place.setText("Phường Bến Thành")
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, Button.FinishButton)

    unit = units.home_unit(empty_store)
    assert (unit.name, unit.code, unit.level) == ("Đảng ủy phường Bến Thành", "DU-BT", Level.XA)
    assert (unit.parent_name, unit.parent_code) == ("Thành ủy Thành phố Hồ Chí Minh", "TU-HCM")
    assert (unit.secretary, unit.place) == ("Nguyễn Văn An", "Phường Bến Thành")
    assert wizard.chosen_path == empty_store.path


def test_finish_waits_for_a_name_and_a_code(qtbot, empty_store: Store) -> None:
    wizard = make_wizard(qtbot, empty_store, first_run=False)
    assert wizard.currentId() == UNIT
    finish = wizard.button(Button.FinishButton)
    assert not finish.isEnabled()
    wizard.unit_page.form.name.setText("Chi bộ Khu phố 3")
    assert not finish.isEnabled()
    qtbot.keyClicks(wizard.unit_page.form.code, "   ")
    assert not finish.isEnabled()
    qtbot.keyClicks(wizard.unit_page.form.code, "CB-KP3")
    assert finish.isEnabled()
    assert not units.has_home_unit(empty_store)


def test_the_demo_is_built_in_its_own_file(qtbot, empty_store: Store) -> None:
    wizard = make_wizard(qtbot, empty_store)
    wizard.intro.demo.setChecked(True)
    assert wizard.intro.nextId() == -1
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        click(qtbot, wizard, Button.FinishButton)
    demo = empty_store.path.parent / DEMO_FILE  # type: ignore[union-attr]
    assert wizard.chosen_path == demo
    assert has_unit(demo)
    assert not units.has_home_unit(empty_store)  # the user's own file stays empty
    store = Store(open_database(demo, create=False), path=demo)
    assert len(campaigns.list_campaigns(store)) == 3
    store.db.close()


def test_a_demo_built_before_is_reopened_not_rebuilt(qtbot, empty_store: Store) -> None:
    demo = empty_store.path.parent / DEMO_FILE  # type: ignore[union-attr]
    store = Store(open_database(demo), path=demo)
    units.init_home(store, name="Chi bộ thử", code="CB-T", level=Level.CHI_BO)
    store.db.close()
    wizard = make_wizard(qtbot, empty_store)
    wizard.intro.demo.setChecked(True)
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, Button.FinishButton)
    assert wizard.chosen_path == demo


def test_opening_an_existing_file(
    qtbot, empty_store: Store, unit_ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "ui.wizard.wizard.QFileDialog.getOpenFileName",
        lambda *args, **kwargs: (str(unit_ctx.db_path), ""),
    )
    wizard = make_wizard(qtbot, empty_store)
    wizard.intro.open.setChecked(True)
    with qtbot.waitSignal(wizard.accepted):
        click(qtbot, wizard, Button.FinishButton)
    assert wizard.chosen_path == unit_ctx.db_path


def test_a_file_without_a_unit_is_not_taken(
    qtbot, empty_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blank = tmp_path / "blank.db"
    open_database(blank).close()
    warnings: list[str] = []
    monkeypatch.setattr(
        "ui.wizard.wizard.QFileDialog.getOpenFileName", lambda *a, **k: (str(blank), "")
    )
    monkeypatch.setattr("ui.wizard.wizard.warn", lambda _p, title, text: warnings.append(text))
    wizard = make_wizard(qtbot, empty_store)
    wizard.intro.open.setChecked(True)
    click(qtbot, wizard, Button.FinishButton)
    assert wizard.result() != QDialog.DialogCode.Accepted.value
    assert wizard.isVisible()
    assert warnings and "blank.db" in warnings[0]


def test_the_wizard_speaks_vietnamese(qtbot, empty_store: Store, vietnamese) -> None:
    wizard = make_wizard(qtbot, empty_store)
    assert wizard.buttonText(Button.NextButton) == "Tiế&p theo >"
    assert wizard.buttonText(Button.CancelButton) == "Hủy"
    assert wizard.intro.title() == "Chào mừng đến với StudyLog"
    assert wizard.unit_page.form.level.itemText(0) == "Chi bộ"
