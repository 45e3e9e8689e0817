"""Sao lưu / Khôi phục: the list of backups, backing up now, restoring with confirmation."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from studylog.storage.backup import list_backups, make_backup
from ui.backup.dialog import BackupDialog
from ui.backup.model import KIND, NAME, SIZE, TAKEN
from ui.context import AppContext
from ui.main_window import MainWindow


@pytest.fixture
def dialog(qtbot, demo_ctx: AppContext) -> BackupDialog:
    make_backup(demo_ctx.db_path, now=datetime(2026, 11, 20, 8, 0, 0))
    make_backup(demo_ctx.db_path, now=datetime(2026, 11, 21, 14, 30, 0))
    widget = BackupDialog(demo_ctx)
    qtbot.addWidget(widget)
    return widget


def essays(ctx: AppContext) -> int:
    return int(ctx.store.one("SELECT count(*) AS n FROM essays")["n"])  # type: ignore[index]


def wait_idle(qtbot, dialog: BackupDialog) -> None:
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=20_000)


def test_the_list_shows_date_size_and_kind(qtmodeltester, dialog: BackupDialog) -> None:
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, TAKEN).data() == "21/11/2026 14:30:00"  # newest first
    assert model.index(0, SIZE).data().endswith("KB")
    assert model.index(0, KIND).data() == "Backup"
    assert model.index(1, NAME).data() == "demo-20261120-080000.db"
    assert str(dialog.ctx.db_path.parent / "backups") in dialog.folder_label.text()
    assert "7" in dialog.rule_label.text() and "8" in dialog.rule_label.text()
    assert dialog.restore_button.isEnabled()


def test_back_up_now(qtbot, dialog: BackupDialog) -> None:
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.model.rowCount() == 3
    assert dialog.result_label.text().startswith("Backed up to demo-")


def test_restore_asks_and_then_reopens_the_restored_database(
    qtbot, dialog: BackupDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = dialog.ctx
    before = essays(ctx)
    with ctx.store.atomic():
        ctx.store.db.execute("DELETE FROM essays")
    assert essays(ctx) == 0
    asked: list[str] = []
    monkeypatch.setattr(
        "ui.backup.dialog.ask", lambda parent, title, text: asked.append(text) or True
    )
    informed: list[str] = []
    monkeypatch.setattr(
        "ui.backup.dialog.inform", lambda parent, title, text: informed.append(text)
    )
    old_store = ctx.store
    with qtbot.waitSignal(ctx.store_replaced, timeout=20_000):
        dialog.restore_selected()
    wait_idle(qtbot, dialog)
    assert "21/11/2026 14:30" in asked[0] and "kept" in asked[0]
    assert ctx.store is not old_store and essays(ctx) == before
    assert informed and "was kept as" in informed[0]
    kinds = [dialog.model.index(r, KIND).data() for r in range(dialog.model.rowCount())]
    assert kinds.count("Kept before a restore") == 1


def test_no_answer_no_restore(qtbot, dialog: BackupDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = dialog.ctx
    with ctx.store.atomic():
        ctx.store.db.execute("DELETE FROM essays")
    monkeypatch.setattr("ui.backup.dialog.ask", lambda *args: False)
    dialog.restore_selected()
    assert dialog.runner is None and essays(ctx) == 0
    assert len(list_backups(ctx.db_path.parent / "backups", "demo")) == 2


def test_a_bad_file_is_refused_with_advice(
    qtbot, dialog: BackupDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bogus = tmp_path / "ghi-chu.db"
    bogus.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(
        "ui.backup.dialog.QFileDialog.getOpenFileName", lambda *args, **kwargs: (str(bogus), "")
    )
    monkeypatch.setattr("ui.backup.dialog.ask", lambda *args: True)
    refused: list[str] = []
    monkeypatch.setattr(
        "ui.backup.dialog.refuse",
        lambda parent, title, error, lang: refused.append(error.render(lang)),
    )
    before = dialog.ctx.db_path.read_bytes()
    dialog.restore_from_file()
    wait_idle(qtbot, dialog)
    assert refused and "ghi-chu.db" in refused[0]
    assert dialog.ctx.db_path.read_bytes() == before


def test_the_folder_is_chosen_and_kept(
    qtbot, dialog: BackupDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(
        "ui.backup.dialog.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(target)
    )
    with qtbot.waitSignal(dialog.ctx.changed):
        dialog.choose_folder()
    assert str(target) in dialog.folder_label.text() and dialog.model.rowCount() == 0
    dialog.back_up_now()
    wait_idle(qtbot, dialog)
    assert len(list_backups(target, "demo")) == 1


def test_the_file_menu_opens_it(qtbot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(window)
    action = window.backup_action
    assert action in window.menus.file_menu.actions()
    assert action.text() == "&Backup / Restore…"
    action.trigger()
    opened = window.findChildren(BackupDialog)
    assert len(opened) == 1
    opened[0].close()


def test_it_speaks_vietnamese(qtbot, demo_ctx: AppContext, vietnamese) -> None:
    widget = BackupDialog(demo_ctx)
    qtbot.addWidget(widget)
    assert widget.windowTitle() == "Sao lưu / Khôi phục"
    assert widget.backup_button.text() == "&Sao lưu ngay"
    assert widget.model.headerData(0, Qt.Orientation.Horizontal) == "Thời điểm"
