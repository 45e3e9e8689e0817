"""Unexpected errors: logged, explained calmly, details one click from the clipboard."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui.error_dialog import ErrorDialog
from ui.errors import ExceptHook


def raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("boom in a slot")
    except ValueError:
        return sys.exc_info()  # type: ignore[return-value]


def test_without_a_person_the_error_is_logged_and_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = ExceptHook(interactive=False)
    hook(*raised())  # type: ignore[arg-type]
    assert hook.failed
    log = (tmp_path / "studylog.log").read_text(encoding="utf-8")
    assert "ValueError: boom in a slot" in log
    assert "boom in a slot" in capsys.readouterr().err


def test_with_a_person_a_dialog_explains(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    hook = ExceptHook(interactive=True)
    hook(*raised())  # type: ignore[arg-type]
    assert len(shown) == 1
    assert "boom in a slot" in shown[0].details
    assert shown[0].text.toPlainText() == shown[0].details


def test_copy_details_puts_them_on_the_clipboard(qtbot, tmp_path: Path) -> None:
    dialog = ErrorDialog("Traceback: details", tmp_path / "studylog.log")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: details"


def test_the_dialog_in_vietnamese(qtbot, tmp_path: Path, vietnamese) -> None:
    dialog = ErrorDialog("details", tmp_path / "studylog.log")
    qtbot.addWidget(dialog)
    assert dialog.copy_button.text() == "&Sao chép chi tiết"
    assert dialog.windowTitle() == "StudyLog — lỗi không mong đợi"


def test_install_and_uninstall_restore_the_previous_hook() -> None:
    before = sys.excepthook
    hook = ExceptHook(interactive=False)
    hook.install()
    assert sys.excepthook is hook
    hook.uninstall()
    assert sys.excepthook is before
