"""The report's number, shown as it is printed: "Số 05-BC/CB"."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget

MAX_NUMBER = 9999


class NumberSpin(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(1, MAX_NUMBER)
        # The document's own words, not the window's: they are printed as they are.
        self.setPrefix("Số ")
        self.set_issuer("CB")

    def set_issuer(self, suffix: str) -> None:
        """`CB` for a chi bộ, `ĐU` for a Party committee (document.number_suffix)."""
        self.setSuffix(f"-BC/{suffix}")

    def textFromValue(self, value: int) -> str:
        # Party documents write numbers below ten with a leading zero.
        return f"{value:02d}"
