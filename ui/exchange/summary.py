"""The figures that travel upward, as label/value pairs: one column for a chi bộ, three above.

Every number and rate text comes from the core's `Aggregate` (for a chi bộ from
its `CampaignFigures`, above from the sums over the reported units), so the page
says exactly what the package says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from studylog.domain.aggregate import Aggregate
from studylog.vntext.fmt import format_int


class SummaryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(6)
        self.columns = 1
        self.values: dict[str, QLabel] = {}
        self._labels: list[QLabel] = []

    def clear(self) -> None:
        for label in [*self._labels, *self.values.values()]:
            self.grid.removeWidget(label)
            label.deleteLater()
        self._labels = []
        self.values = {}

    def show_figures(self, figures: Aggregate, *, essays: bool, reported: str = "") -> None:
        """`reported` ("18/40 đơn vị đã báo cáo") is given above chi bộ, first in the list."""
        n = format_int
        rows: list[tuple[str, str, str]] = []
        if reported:
            rows.append(("reported", self.tr("Reporting:"), reported))
        rows += [
            (
                "members",
                self.tr("Members:"),
                self.tr("{total} (exempt {exempt})").format(
                    total=n(figures.members_total), exempt=n(figures.exempt)
                ),
            ),
            ("required", self.tr("Required to study:"), n(figures.required)),
            ("rate", self.tr("Attended:"), figures.rate.text),
            ("rate_after_makeup", self.tr("After make-up study:"), figures.rate_after_makeup.text),
            (
                "sessions",
                self.tr("Sessions:"),
                self.tr("{sessions}, and {makeup} make-up classes").format(
                    sessions=n(figures.sessions), makeup=n(figures.makeup_sessions)
                ),
            ),
            ("points", self.tr("Connection points:"), n(figures.connection_points)),
            ("guests", self.tr("Guests (person-times):"), n(sum(figures.guests.values()))),
        ]
        if essays:
            rows.append(
                (
                    "essays",
                    self.tr("Essays handed in:"),
                    self.tr("{submitted} of {required}").format(
                        submitted=n(figures.essays_submitted), required=n(figures.essays_required)
                    ),
                )
            )
        self._fill(rows)

    def _fill(self, rows: list[tuple[str, str, str]]) -> None:
        self.clear()
        per_column = -(-len(rows) // self.columns)
        for i, (key, label_text, value_text) in enumerate(rows):
            row, pair = i % per_column, i // per_column
            label = QLabel(label_text)
            value = QLabel(value_text)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            if key in ("rate", "rate_after_makeup", "reported"):
                font = value.font()
                font.setBold(True)
                value.setFont(font)
            self.grid.addWidget(label, row, pair * 2)
            self.grid.addWidget(value, row, pair * 2 + 1)
            self._labels.append(label)
            self.values[key] = value
        for pair in range(self.columns):
            self.grid.setColumnStretch(pair * 2 + 1, 1)
