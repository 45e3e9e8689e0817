"""The keyboard of the check-in page.

In the list, a few letters are commands and everything else typed is a search:
  Space / Enter   present, next row         M or L   late or left early
  P               excused, then the reason  V or K   absent
  Delete          clear the mark            /        search (for names starting M L P V K)
  any other letter or digit starts a search with that character.
In the search box the typed text jumps to the best match; Down/Up go to the next
or previous match; Enter goes back to the list on that row; Esc cancels.
In the reason box a digit 1–6 typed into the empty box picks a common reason at
once; otherwise Enter saves what was typed; Esc keeps the status without a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTableView

from studylog.domain.enums import AttendanceStatus

COMMANDS: dict[Qt.Key, AttendanceStatus | None] = {
    Qt.Key.Key_Space: AttendanceStatus.CO_MAT,
    Qt.Key.Key_Return: AttendanceStatus.CO_MAT,
    Qt.Key.Key_Enter: AttendanceStatus.CO_MAT,
    Qt.Key.Key_M: AttendanceStatus.MUON_SOM,
    Qt.Key.Key_L: AttendanceStatus.MUON_SOM,
    Qt.Key.Key_P: AttendanceStatus.VANG_CO_LY_DO,
    Qt.Key.Key_V: AttendanceStatus.VANG,
    Qt.Key.Key_K: AttendanceStatus.VANG,
    Qt.Key.Key_Delete: None,  # clear the mark
}
_PLAIN = (
    Qt.KeyboardModifier.NoModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.KeypadModifier,
)


def _plain(event: QKeyEvent) -> bool:
    """No Ctrl/Alt/Meta: those belong to shortcuts (Ctrl+Z, Ctrl+Shift+A…)."""
    mods = event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    return mods == Qt.KeyboardModifier.NoModifier


class CheckinTable(QTableView):
    command = Signal(object)  # an AttendanceStatus, or None to clear
    search = Signal(str)  # the first character of a search ("" for "/")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if _plain(event) and key in COMMANDS:
            self.command.emit(COMMANDS[key])
            return
        text = event.text()
        if _plain(event) and text == "/":
            self.search.emit("")
            return
        if _plain(event) and text and text.isprintable() and not text.isspace():
            self.search.emit(text)
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    step = Signal(int)  # +1 next match, -1 previous match
    done = Signal()  # back to the list on the current row
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Down:
            self.step.emit(1)
        elif key == Qt.Key.Key_Up:
            self.step.emit(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.done.emit()
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


class ReasonBox(QLineEdit):
    chosen = Signal(str)  # the reason to save (may be empty)
    cancelled = Signal()

    def __init__(self, quick: tuple[str, ...]) -> None:
        super().__init__()
        self.quick = quick

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        whole = not self.text() or self.selectedText() == self.text()
        if _plain(event) and whole and text.isdigit() and 1 <= int(text) <= len(self.quick):
            self.chosen.emit(self.quick[int(text) - 1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.chosen.emit(self.text().strip())
        elif key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
