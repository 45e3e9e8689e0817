"""The window's safety net: one window per file, today's backup and the quiet check at
start, a backup at close, and "database is locked" as advice rather than an error report."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from studylog.cli.main import main
from studylog.domain.enums import Level
from studylog.storage import units
from studylog.storage.backup import list_backups, make_backup
from studylog.storage.db import open_database
from studylog.storage.lock import DatabaseLock
from studylog.storage.store import Store
from ui.backup.safeguards import Safeguards, StartOutcome
from ui.context import AppContext
from ui.errors import ExceptHook
from ui.main_window import MainWindow


def window_for(qtbot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    return window


def start(qtbot, window: MainWindow, ctx: AppContext, today: date | None = None) -> StartOutcome:
    guard = Safeguards(window, ctx, today=today)
    with qtbot.waitSignal(guard.finished_start, timeout=20_000) as signal:
        guard.start()
    outcome: StartOutcome = signal.args[0]
    return outcome


def test_the_first_start_of_the_day_backs_up_and_checks_quietly(
    qtbot, demo_ctx: AppContext
) -> None:
    window = window_for(qtbot, demo_ctx)
    outcome = start(qtbot, window, demo_ctx)
    assert outcome.backup is not None and outcome.report is not None and outcome.report.ok
    note = window.findChild(QLabel, "safetyNote")
    assert note is not None and note.isHidden()
    second = start(qtbot, window, demo_ctx)
    assert second.backup is None  # once a day
    assert len(list_backups(demo_ctx.db_path.parent / "backups", "demo")) == 1


def test_problems_are_logged_and_noted_never_blocking(
    qtbot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    demo_ctx.store.db.execute("PRAGMA ignore_check_constraints = ON")
    demo_ctx.store.db.execute("UPDATE session_points SET n_khac = -2")
    demo_ctx.store.db.conn.commit()
    make_backup(demo_ctx.db_path)  # today's is already made
    window = window_for(qtbot, demo_ctx)
    guard = Safeguards(window, demo_ctx)
    with qtbot.waitSignal(guard.finished_start, timeout=20_000):
        guard.start()
    assert guard.outcome is not None and guard.outcome.report is not None
    assert not guard.outcome.report.ok
    assert not guard.note.isHidden() and "problem" in guard.note.text()
    log = (tmp_path / "studylog.log").read_text(encoding="utf-8")
    assert "Start-up check" in log and "n_khac" in log


def test_a_failed_backup_is_a_note_not_a_dialog(qtbot, demo_ctx: AppContext) -> None:
    store = demo_ctx.store
    blocker = demo_ctx.db_path.parent / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with store.atomic():
        store.set_setting("backup_dir", str(blocker / "backups"))
    window = window_for(qtbot, demo_ctx)
    outcome = start(qtbot, window, demo_ctx)
    assert outcome.backup is None and outcome.backup_error is not None
    guard = window.findChild(Safeguards)
    assert guard is not None and "backup could not be made" in guard.note.text()


def test_the_close_backup(qtbot, demo_ctx: AppContext) -> None:
    window = window_for(qtbot, demo_ctx)
    guard = Safeguards(window, demo_ctx, today=date(2000, 1, 1))
    assert guard.close_backup() is not None
    assert len(list_backups(demo_ctx.db_path.parent / "backups", "demo")) == 1


def _demo_file(path: Path) -> Path:
    assert main(["demo", "--db", str(path), "--seed", "1"]) == 0
    return path


def test_a_second_window_on_the_same_file_is_refused(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _demo_file(tmp_path / "demo.db")
    capsys.readouterr()
    refused: list[str] = []
    monkeypatch.setattr(
        "ui.common.dialogs.refuse",
        lambda parent, title, exc, lang: refused.append(exc.render("en")),
    )
    with DatabaseLock(db):
        assert main(["gui", "--db", str(db), "--lang", "en"]) == 1
    assert refused and "already open in another StudyLog window" in refused[0]
    assert "already open" in capsys.readouterr().err


def test_the_window_holds_the_lock_backs_up_and_lets_go(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _demo_file(tmp_path / "demo.db")
    seen: list[bool] = []

    def exec_once() -> int:
        for _ in range(50):
            QApplication.processEvents()
        with pytest.raises(Exception, match="already open"):
            DatabaseLock(db).acquire()
        seen.append(True)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_once))
    monkeypatch.setattr(QApplication, "instance", staticmethod(lambda: qapp))
    monkeypatch.setattr(type(qapp), "exec", lambda self: exec_once())
    assert main(["gui", "--db", str(db), "--lang", "en"]) == 0
    assert seen == [True]
    with DatabaseLock(db) as free:  # released when the window closed
        assert free.held
    assert len(list_backups(tmp_path / "backups", "demo")) >= 2  # today's and the closing one
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()


def test_switching_files_takes_the_new_lock_and_refuses_a_busy_one(
    qtbot, unit_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit_ctx.lock = DatabaseLock(unit_ctx.db_path)
    unit_ctx.lock.acquire()
    other = tmp_path / "other.db"
    store = Store(open_database(other), path=other)
    units.init_home(store, name="Chi bộ B", code="CB-B", level=Level.CHI_BO)
    store.db.close()
    window = window_for(qtbot, unit_ctx)
    refused: list[str] = []
    monkeypatch.setattr(
        "ui.shell.database.refuse",
        lambda parent, title, exc, lang: refused.append(exc.render("en")),
    )
    with DatabaseLock(other):
        assert not window.databases.open_file(other)
    assert refused and unit_ctx.db_path.name == "unit.db"
    first = unit_ctx.db_path
    assert window.databases.open_file(other)
    assert unit_ctx.db_path == other and unit_ctx.lock is not None and unit_ctx.lock.held
    with DatabaseLock(first) as free:
        assert free.held  # the first file was let go
    unit_ctx.lock.release()


def test_database_is_locked_is_advice_not_an_error_report(
    qapp, demo_ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = ExceptHook(interactive=False)
    hook.database = lambda: demo_ctx.db_path
    exc = sqlite3.OperationalError("database is locked")
    hook(type(exc), exc, None)
    err = capsys.readouterr().err
    assert not hook.failed
    assert "in use by another StudyLog window" in err and "Traceback" not in err
