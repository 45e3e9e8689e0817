"""Participation per campaign as horizontal bars: attended, and after make-up study.

Drawn with QPainter rather than QtCharts: QtCharts is deprecated since Qt 6.10 and its
successor, Qt Graphs, needs Qt Quick; a bar per rate is forty lines of painting,
keeps the installer free of two more Qt modules, and the text (Vietnamese labels,
the exact `X/Y (Z,ZZ%)` of the core) is laid out with the user's own font size.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BEFORE = QColor("#2f5d9e")  # attended
AFTER = QColor("#3c8d40")  # attended after make-up
TRACK = QColor("#e4e7ec")


@dataclass(frozen=True)
class ChartRow:
    label: str
    rate: Decimal | None  # percent, as the core rounded it
    rate_text: str
    after: Decimal | None
    after_text: str


class ParticipationChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ChartRow] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, rows: list[ChartRow]) -> None:
        self.rows = list(rows)
        # Screen readers cannot see bars; they get the same figures as sentences.
        self.setAccessibleDescription(
            "\n".join(
                self.tr("{label}: attended {rate}, after make-up {after}").format(
                    label=r.label, rate=r.rate_text, after=r.after_text
                )
                for r in self.rows
            )
        )
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return self.fontMetrics().height()

    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(
            40 * self.fontMetrics().averageCharWidth(), line * (3 + 3 * max(len(self.rows), 1))
        )

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        line = self._line()
        width = self.width()
        y = 0
        y = self._legend(painter, y, line)
        if not self.rows:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(0, y + line, self.tr("No campaign to show yet."))
            return
        label_w = max(self.fontMetrics().horizontalAdvance(r.label) for r in self.rows) + line
        text_w = (
            max(
                self.fontMetrics().horizontalAdvance(t)
                for r in self.rows
                for t in (r.rate_text, r.after_text)
            )
            + line
        )
        bar_w = max(width - label_w - text_w, line * 4)
        for row in self.rows:
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                QRectF(0, y, label_w, 2 * line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                row.label,
            )
            for offset, value, text, colour in (
                (0, row.rate, row.rate_text, BEFORE),
                (line, row.after, row.after_text, AFTER),
            ):
                self._bar(painter, QRectF(label_w, y + offset + 2, bar_w, line - 4), value, colour)
                painter.setPen(self.palette().color(self.foregroundRole()))
                painter.drawText(
                    QRectF(label_w + bar_w + line / 2, y + offset, text_w, line),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    text,
                )
            y += 3 * line

    def _bar(self, painter: QPainter, rect: QRectF, value: Decimal | None, colour: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(rect, 3, 3)
        if value is None:
            return
        filled = QRectF(rect)
        filled.setWidth(rect.width() * float(min(value, Decimal(100))) / 100)
        painter.setBrush(colour)
        painter.drawRoundedRect(filled, 3, 3)

    def _legend(self, painter: QPainter, y: int, line: int) -> int:
        x = 0.0
        for colour, text in (
            (BEFORE, self.tr("Attended")),
            (AFTER, self.tr("After make-up study")),
        ):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, y + line * 0.25, line * 0.8, line * 0.5))
            painter.setPen(self.palette().color(self.foregroundRole()))
            x += line
            painter.drawText(
                QRectF(x, y, width_of(self, text), line), Qt.AlignmentFlag.AlignVCenter, text
            )
            x += width_of(self, text) + line
        return y + 2 * line


def width_of(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text) + 2
