"""Slow work runs on its own thread with its own connection; results come back by signal."""

from __future__ import annotations

import threading
import time

from studylog.errors import InputError
from studylog.i18n import msg
from studylog.storage import campaigns
from studylog.storage.store import Store
from ui.context import AppContext
from ui.worker import Cancelled, Progress, start_job


def test_the_job_gets_its_own_store_on_another_thread(qtbot, demo_ctx: AppContext) -> None:
    seen: dict[str, object] = {}

    def job(store: Store, progress: Progress, cancelled: Cancelled) -> list[str]:
        seen["thread"] = threading.get_ident()
        seen["store"] = store
        codes = [c.code for c in campaigns.list_campaigns(store)]
        for done in range(1, len(codes) + 1):
            progress(done, len(codes))
        return codes

    runner = start_job(db_path=demo_ctx.db_path, job=job, label="…")
    dialog = runner.dialog
    with qtbot.waitSignal(runner.finished, timeout=10_000) as result:
        pass
    assert result.args[0] == ["HNTW2-XIV", "NQ-45-NQ/TW", "NQ-DH-XIV"]
    assert seen["thread"] != threading.get_ident()
    assert seen["store"] is not demo_ctx.store
    assert dialog.maximum() == 3  # the progress reached the dialog


def test_a_refusal_comes_back_as_failed(qtbot, demo_ctx: AppContext) -> None:
    def job(store: Store, progress: Progress, cancelled: Cancelled) -> None:
        raise InputError(msg("Bad file.", "Tệp hỏng."))

    runner = start_job(db_path=demo_ctx.db_path, job=job, label="…")
    with qtbot.waitSignal(runner.failed, timeout=10_000) as failure:
        pass
    assert isinstance(failure.args[0], InputError)


def test_cancel_stops_a_job_that_listens(qtbot, demo_ctx: AppContext) -> None:
    started = threading.Event()

    def job(store: Store, progress: Progress, cancelled: Cancelled) -> str:
        started.set()
        deadline = time.monotonic() + 10
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        return "stopped" if cancelled() else "ran out"

    runner = start_job(db_path=demo_ctx.db_path, job=job, label="…")
    finished: list[object] = []
    runner.finished.connect(finished.append)
    assert started.wait(5)
    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.dialog.canceled.emit()  # what its Cancel button (or Esc) does
    assert finished == []


def test_a_missing_database_fails_cleanly(qtbot, tmp_path) -> None:
    runner = start_job(db_path=tmp_path / "gone.db", job=lambda s, p, c: None, label="…")
    with qtbot.waitSignal(runner.failed, timeout=10_000) as failure:
        pass
    assert "gone.db" in str(failure.args[0])
