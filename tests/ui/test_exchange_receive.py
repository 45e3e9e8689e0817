"""A commune consolidates: files dropped or chosen, checked (nothing written), then imported.

The chi bộ is the demo chi bộ in its own database file, with its own signing key;
the commune is a second file whose code is the one the chi bộ names as its upper
level, so the chi bộ registers itself on its first import (SPEC §5.4).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from studylog.demo import build_demo
from studylog.domain.enums import Level
from studylog.domain.models import Campaign
from studylog.exchange.consolidate import Consolidation, Outcome
from studylog.exchange.package_export import Exported, export_package
from studylog.exchange.signing import load_or_create
from studylog.stats import figures_for
from studylog.storage import campaigns, packages, units
from studylog.storage.db import open_database
from studylog.storage.store import Store
from studylog.upper import completeness
from ui.context import AppContext
from ui.exchange import results_model as rc
from ui.exchange.page import ExchangePage

CODE = "HNTW2-XIV"
WAIT = 30_000


@dataclass
class World:
    chi_bo: Store
    ctx: AppContext  # the commune's window
    package: Exported
    inbox: Path

    @property
    def campaign(self) -> Campaign:
        return campaigns.campaign_by_code(self.ctx.store, CODE)

    def reported(self) -> int:
        return completeness(self.ctx.store, self.campaign).reported


def _store(path: Path) -> Store:
    return Store(open_database(path), path=path, actor="test")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    chi_bo = _store(tmp_path / "chibo.db")
    build_demo(chi_bo, scale="chi_bo", seed=1)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    package = export_package(chi_bo, campaign_code=CODE, out=inbox)
    home = units.home_unit(chi_bo)
    commune = _store(tmp_path / "xa.db")
    units.init_home(
        commune,
        name=home.parent_name,
        code=home.parent_code,
        level=Level.XA,
        parent_name="Tỉnh ủy Tây Ninh",
        parent_code="TU-TN",
        place=home.place,
    )
    for campaign in campaigns.list_campaigns(chi_bo):
        campaigns.add_campaign(commune, replace(campaign, uid=""))
    ctx = AppContext(commune, tmp_path / "xa.db")
    yield World(chi_bo, ctx, package, inbox)
    ctx.store.db.close()
    chi_bo.db.close()


def make_page(qtbot, world: World) -> ExchangePage:
    page = ExchangePage(world.ctx)
    qtbot.addWidget(page)
    world.ctx.changed.connect(page.refresh)  # as the main window connects every page
    page.resize(1040, 740)
    page.show()
    page.campaign.setCurrentIndex(page.campaign.findData(world.campaign.uid))
    return page


def add(qtbot, page: ExchangePage, paths: list[Path]) -> Consolidation:
    with qtbot.waitSignal(page.receive.checked, timeout=WAIT) as checked:
        page.add_files(paths)
    result = checked.args[0]
    assert isinstance(result, Consolidation) and result.dry_run
    return result


def import_all(qtbot, page: ExchangePage) -> Consolidation:
    assert page.receive.import_button.isEnabled()
    with qtbot.waitSignal(page.receive.imported, timeout=WAIT) as imported:
        qtbot.mouseClick(page.receive.import_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert isinstance(result, Consolidation) and not result.dry_run
    return result


def cell(page: ExchangePage, row: int, column: int) -> str:
    model = page.receive.model
    return str(model.data(model.index(row, column)))


def tamper(source: Path, target: Path) -> Path:
    """A figure changed in `_data` after export, as a hand edit in Excel would."""
    book = openpyxl.load_workbook(source)
    sheet = book["_data"]
    sheet.cell(row=2, column=7).value = int(sheet.cell(row=2, column=7).value) + 5
    book.save(target)
    return target


def test_the_commune_page_has_the_three_tabs_and_takes_drops(qtbot, world: World) -> None:
    page = make_page(qtbot, world)
    assert page.tabs.count() == 3
    assert page.tabs.currentWidget() is page.report_tab
    assert page.acceptDrops()
    assert not page.plan.export_button.isHidden() and not page.plan.import_button.isHidden()
    assert page.figures.values["reported"].text() == "0/0 đơn vị đã báo cáo"
    assert page.completeness.rowCount() == 0


def test_check_then_import_a_chi_bo_package(qtbot, world: World) -> None:
    page = make_page(qtbot, world)
    result = add(qtbot, page, [world.package.path])
    assert [f.result for f in result.files] == [Outcome.NEW]
    assert page.tabs.currentWidget() is page.receive_tab
    assert cell(page, 0, rc.FILE) == world.package.path.name
    assert cell(page, 0, rc.RESULT) == "New"
    assert "Đăng ký" in cell(page, 0, rc.REASON)  # the core speaks ctx.lang (vi)
    assert "Nothing is written yet" in page.receive.status.text()
    # The dry run wrote nothing: no unit, no package, not even the file log.
    assert world.reported() == 0
    assert units.child_units(world.ctx.store) == []
    assert packages.file_log(world.ctx.store) == []

    imported = import_all(qtbot, page)
    assert [f.result for f in imported.files] == [Outcome.NEW]
    assert world.reported() == 1
    assert page.completeness.rowCount() == 1
    status = page.completeness.status(0)
    assert status is not None and status.reported
    assert status.package is not None and status.package.uid == world.package.package_uid
    report_tab = page.tabs.tabText(page.tabs.indexOf(page.report_tab))
    assert "(1/1)" in report_tab
    assert page.figures.values["reported"].text() == "1/1 đơn vị đã báo cáo"
    assert "Imported 1 files" in page.receive.status.text()
    assert not page.receive.import_button.isEnabled()
    home = units.home_unit(world.chi_bo).name
    assert cell(page, 0, rc.UNIT).startswith(home)  # registered now, so named

    # The same file again is already there; nothing to import.
    again = add(qtbot, page, [world.package.path])
    assert [f.result for f in again.files] == [Outcome.UNCHANGED]
    assert not page.receive.import_button.isEnabled()
    assert "nothing to import" in page.receive.status.text()


def test_a_tampered_file_is_refused_with_its_reason(qtbot, world: World) -> None:
    page = make_page(qtbot, world)
    bad = tamper(world.package.path, world.inbox / "CB-sua-tay.xlsx")
    result = add(qtbot, page, [world.inbox])  # the folder: both files
    by_name = {Path(f.file).name: f for f in result.files}
    assert by_name[bad.name].result is Outcome.REJECTED
    assert by_name[world.package.path.name].result is Outcome.NEW
    row = [cell(page, r, rc.FILE) for r in range(2)].index(bad.name)
    assert cell(page, row, rc.RESULT) == "Refused"
    assert "đã bị thay đổi sau khi xuất" in cell(page, row, rc.REASON)  # ctx.lang is vi
    model = page.receive.model
    assert model.data(model.index(row, rc.FILE), Qt.ItemDataRole.BackgroundRole) is not None
    assert "1 refused" in page.receive.status.text()

    imported = import_all(qtbot, page)  # the good file goes in, the bad one stays out
    assert sorted(f.result.value for f in imported.files) == ["new", "rejected"]
    assert world.reported() == 1
    log = {r["file_name"]: r["result"] for r in packages.file_log(world.ctx.store)}
    assert log == {bad.name: "rejected", world.package.path.name: "new"}


def test_files_dropped_on_the_page_are_checked(qtbot, world: World) -> None:
    page = make_page(qtbot, world)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(world.inbox))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(page.receive.checked, timeout=WAIT):
        page.dropEvent(drop)
    assert drop.isAccepted()
    assert page.receive.paths == [world.package.path]
    assert cell(page, 0, rc.RESULT) == "New"


def test_a_chi_bo_page_refuses_drops(qtbot, demo_ctx: AppContext, tmp_path: Path) -> None:
    page = ExchangePage(demo_ctx)
    qtbot.addWidget(page)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_a_new_signing_key_is_accepted_only_after_confirmation(
    qtbot, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, world)
    add(qtbot, page, [world.package.path])
    import_all(qtbot, page)
    unit = units.child_by_code(world.ctx.store, world.package.unit_code)
    assert unit is not None
    first_key = packages.trusted_key(world.ctx.store, unit.uid)

    # The chi bộ reinstalled StudyLog: a new key signs its next package.
    signer = load_or_create(tmp_path / "reinstalled.key")
    later = tmp_path / "later"
    later.mkdir()
    second = export_package(world.chi_bo, campaign_code=CODE, out=later, signer=signer)
    result = add(qtbot, page, [second.path])
    assert [f.result for f in result.files] == [Outcome.REJECTED]
    assert "new key" in cell(page, 0, rc.REASON)
    button = page.receive.key_button
    assert button.isVisibleTo(page) and world.package.unit_code in button.text()
    assert not page.receive.import_button.isEnabled()

    questions: list[str] = []
    monkeypatch.setattr(
        "ui.exchange.receive_panel.ask", lambda _p, _t, text: questions.append(text) or False
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # declined: nothing changes
    assert page.receive.accepted_keys == set()
    assert world.package.unit_code in questions[0]

    monkeypatch.setattr("ui.exchange.receive_panel.ask", lambda _p, _t, _text: True)
    with qtbot.waitSignal(page.receive.checked, timeout=WAIT):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert cell(page, 0, rc.RESULT) == "Replaces an earlier file"
    assert not button.isVisibleTo(page)
    assert packages.trusted_key(world.ctx.store, unit.uid) == first_key  # not before Import

    import_all(qtbot, page)
    assert packages.trusted_key(world.ctx.store, unit.uid) == signer.public_key
    logged = world.ctx.store.all("SELECT * FROM audit WHERE action = 'accept_key'")
    assert len(logged) == 1
    status = completeness(world.ctx.store, world.campaign).rows[0]
    assert status.package is not None and status.package.sequence == 2


def test_the_commune_sends_its_totals_upward(qtbot, world: World, tmp_path: Path) -> None:
    page = make_page(qtbot, world)
    add(qtbot, page, [world.package.path])
    import_all(qtbot, page)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    page.send.destination.set_folder(outbox)
    with qtbot.waitSignal(page.send.exported, timeout=WAIT) as exported:
        qtbot.mouseClick(page.send.export_button, Qt.MouseButton.LeftButton)
    done = exported.args[0]
    assert done.exported.path.parent == outbox
    assert done.draft.reported == "1/1 đơn vị đã báo cáo"
    assert done.draft.upper_name == "Tỉnh ủy Tây Ninh"
    chi_bo = figures_for(world.chi_bo, campaigns.campaign_by_code(world.chi_bo, CODE))
    assert done.draft.figures.required == chi_bo.required
    assert done.draft.figures.rate == chi_bo.rate


def test_a_copy_of_many_files_is_checked_with_progress(qtbot, world: World) -> None:
    """The same package under several names: one new, the others the same package again."""
    for i in range(12):
        shutil.copy(world.package.path, world.inbox / f"copy-{i:02d}.xlsx")
    page = make_page(qtbot, world)
    result = add(qtbot, page, [world.inbox])
    assert len(result.files) == 13
    assert all(f.result is Outcome.NEW for f in result.files)  # nothing is written yet
    imported = import_all(qtbot, page)
    assert sorted({f.result.value for f in imported.files}) == ["new", "unchanged"]
    assert world.reported() == 1


def test_a_cancelled_import_keeps_the_files_already_done(world: World) -> None:
    """Each file is its own transaction: stopping after the first keeps the first."""
    from ui.exchange.jobs import Stopped, consolidate_job

    other = tamper(world.package.path, world.inbox / "zz-sua.xlsx")
    job = consolidate_job([world.package.path, other], dry_run=False)
    seen: list[tuple[int, int]] = []
    with pytest.raises(Stopped):
        # The user presses Cancel while the first file is being imported.
        job(world.ctx.store, lambda done, total: seen.append((done, total)), lambda: len(seen) > 1)
    assert seen == [(0, 2), (1, 2)]
    assert world.reported() == 1
    assert [r["file_name"] for r in packages.file_log(world.ctx.store)] == [world.package.path.name]


def test_cancel_during_the_import_checks_the_files_again(qtbot, world: World) -> None:
    page = make_page(qtbot, world)
    add(qtbot, page, [world.package.path])
    heard: list[object] = []
    world.ctx.changed.connect(heard.append)
    with qtbot.waitSignal(page.receive.checked, timeout=WAIT) as checked:
        qtbot.mouseClick(page.receive.import_button, Qt.MouseButton.LeftButton)
        assert page.receive.runner is not None
        page.receive.runner.dialog.canceled.emit()  # what Cancel (or Esc) does
    # Whether the file went in before the stop or not, the page says what is true now.
    (result,) = checked.args[0].files
    expected = Outcome.UNCHANGED if world.reported() == 1 else Outcome.NEW
    assert result.result is expected
    assert heard, "the other pages hear that packages may have changed"
