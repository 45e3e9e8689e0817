"""The preview of the report: one page at a time, with page turning and zoom.

The pictures come from a `PageSource`; this widget only decides how large to draw
them. "Fit width" is the default because it makes the text about as large as the
window allows, which is what older eyes need; 100 % is the printed size.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.common.text import hint
from ui.reports.page_source import PageSource

FIT_WIDTH = -1.0
FIT_PAGE = -2.0
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
MARGIN = 12  # pixels of grey around the paper
RESIZE_DELAY_MS = 60  # redraw once a resize has settled, not at every step


class PreviewPane(QGroupBox):
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview"))
        self.source: PageSource | None = None
        self.page = 0

        self.refresh_button = QPushButton(self.tr("&Refresh preview (F5)"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.status = hint("")
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setMargin(MARGIN)
        self.picture.setObjectName("reportPreviewPicture")
        self.picture.setStyleSheet("#reportPreviewPicture { background: #8a8a8a; color: white; }")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        # Always there, so that fitting the width never makes it come and go in a loop.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.previous_button = QPushButton(self.tr("◀ P&revious page"))
        self.next_button = QPushButton(self.tr("Ne&xt page ▶"))
        self.previous_button.setToolTip(self.tr("Ctrl+Page Up"))
        self.next_button.setToolTip(self.tr("Ctrl+Page Down"))
        self.previous_button.clicked.connect(lambda: self.turn(-1))
        self.next_button.clicked.connect(lambda: self.turn(1))
        self.page_label = QLabel()
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), FIT_PAGE)
        for factor in ZOOMS:
            self.zoom.addItem(self.tr("{percent} %").format(percent=round(factor * 100)), factor)
        self.zoom.setToolTip(self.tr("Ctrl++ and Ctrl+- zoom in and out"))
        self.zoom.currentIndexChanged.connect(lambda _i: self.draw())
        zoom_label = QLabel(self.tr("&Zoom:"))
        zoom_label.setBuddy(self.zoom)

        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(RESIZE_DELAY_MS)
        self._redraw.timeout.connect(self.draw)

        # Two short rows rather than one long one: the pane must fit beside the form.
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(zoom_label)
        top.addWidget(self.zoom)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addWidget(self.page_label)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        self.show_message(self.tr("Choose a campaign to see its report."))

    # -- what is shown -------------------------------------------------------------
    def show_message(self, text: str) -> None:
        """No pages: a sentence in place of the paper."""
        self.source = None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(text)
        self.status.clear()
        self._update_controls()

    def show_busy(self) -> None:
        text = self.tr("Preparing the preview…")
        self.status.setText(text)
        if self.source is None:  # nothing to look at meanwhile: say so on the paper too
            self.picture.setText(text)

    def set_stale(self) -> None:
        if self.source is not None:
            self.status.setText(
                self.tr("The report has changed since this preview: press F5 to see it.")
            )

    def show_pages(self, source: PageSource) -> None:
        old = self.source
        self.source = source
        if old is not None and old is not source:
            old.deleteLater()
        self.page = min(self.page, max(source.page_count() - 1, 0))
        self.status.clear()
        if not source.can_draw:
            self.picture.setPixmap(QPixmap())
            self.picture.setText(
                self.tr(
                    "This computer cannot draw the pages here. The report has {count} page(s):"
                    " save it as PDF and open the file to read it."
                ).format(count=source.page_count())
            )
        self.draw()

    def pixmap(self) -> QPixmap:
        return self.picture.pixmap()

    # -- page turning and zoom ---------------------------------------------------------
    def turn(self, step: int) -> None:
        if self.source is None:
            return
        page = min(max(self.page + step, 0), self.source.page_count() - 1)
        if page != self.page:
            self.page = page
            self.draw()
            self.scroll.verticalScrollBar().setValue(0)

    def zoom_by(self, step: int) -> None:
        """One step along the fixed zooms, from whatever is shown now."""
        current = self._scale() / self._pixels_per_point()
        if step > 0:
            bigger = [z for z in ZOOMS if z > current + 0.01]
            factor = bigger[0] if bigger else ZOOMS[-1]
        else:
            smaller = [z for z in ZOOMS if z < current - 0.01]
            factor = smaller[-1] if smaller else ZOOMS[0]
        self.zoom.setCurrentIndex(self.zoom.findData(factor))

    def _pixels_per_point(self) -> float:
        return self.logicalDpiX() / 72.0

    def _scale(self) -> float:
        """Screen pixels per PDF point for the chosen zoom."""
        if self.source is None:
            return self._pixels_per_point()
        points = self.source.page_points(self.page)
        room = self.scroll.viewport().size()
        wide = max(room.width() - 2 * MARGIN, 50) / points.width()
        high = max(room.height() - 2 * MARGIN, 50) / points.height()
        choice = float(self.zoom.currentData())
        if choice == FIT_WIDTH:
            return wide
        if choice == FIT_PAGE:
            return min(wide, high)
        return choice * self._pixels_per_point()

    def draw(self) -> None:
        self._update_controls()
        if self.source is None or not self.source.can_draw:
            return
        scale = self._scale()
        ratio = self.devicePixelRatioF()
        points = self.source.page_points(self.page)
        size = QSize(round(points.width() * scale * ratio), round(points.height() * scale * ratio))
        image = self.source.image(self.page, size)
        if image is None:
            return
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setText("")
        self.picture.setPixmap(pixmap)

    def _update_controls(self) -> None:
        count = self.source.page_count() if self.source is not None else 0
        drawable = self.source is not None and self.source.can_draw
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.page + 1, count=count)
            if drawable and count
            else ""
        )
        self.previous_button.setEnabled(drawable and self.page > 0)
        self.next_button.setEnabled(drawable and self.page < count - 1)
        self.zoom.setEnabled(drawable)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.source is not None and float(self.zoom.currentData()) in (FIT_WIDTH, FIT_PAGE):
            self._redraw.start()
