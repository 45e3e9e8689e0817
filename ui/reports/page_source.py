"""Pictures of a PDF's pages, for the preview: QtPdf, else pdftoppm, else none.

reportlab writes PDF but cannot draw it. QtPdf (the PySide6_Pdf wheel) draws it
in-process at any zoom. Without it, poppler's pdftoppm, where it is installed, has
already drawn the pages on the worker thread (jobs.pdftoppm_pages) and they are
scaled here. Without either, the preview says how many pages there are.
"""

from __future__ import annotations

import importlib.util
from enum import Enum

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from ui.reports.jobs import PREVIEW_DPI, PreviewData, pdftoppm

A4_POINTS = QSizeF(595.28, 841.89)


class Backend(Enum):
    QTPDF = "qtpdf"
    PDFTOPPM = "pdftoppm"
    NONE = "none"


def choose_backend() -> Backend:
    if importlib.util.find_spec("PySide6.QtPdf") is not None:
        return Backend.QTPDF
    if pdftoppm() is not None:
        return Backend.PDFTOPPM
    return Backend.NONE


class PageSource(QObject):
    """The pages of one preview. `image` is None when no picture can be drawn."""

    def __init__(self, data: PreviewData, backend: Backend, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._count = data.pages
        self._pictures: list[QImage] = []
        self._pdf = None
        self._buffer: QBuffer | None = None
        if backend is Backend.QTPDF:
            self._open_qtpdf(data.pdf)
        elif backend is Backend.PDFTOPPM and data.images:
            self._pictures = [QImage.fromData(png, "PNG") for png in data.images]
            self._count = len(self._pictures)
        else:
            self.backend = Backend.NONE

    def _open_qtpdf(self, pdf: bytes) -> None:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument(self)
        # The document reads from the buffer while it is open: both stay alive with us.
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(self._buffer)
        if document.status() == QPdfDocument.Status.Ready:
            self._pdf = document
            self._count = document.pageCount()
        else:
            self.backend = Backend.NONE

    @property
    def can_draw(self) -> bool:
        return self.backend is not Backend.NONE

    def page_count(self) -> int:
        return self._count

    def page_points(self, index: int) -> QSizeF:
        """The page's size in points (1/72 inch)."""
        if self._pdf is not None:
            return self._pdf.pagePointSize(index)
        if 0 <= index < len(self._pictures):
            picture = self._pictures[index]
            return QSizeF(picture.width() * 72 / PREVIEW_DPI, picture.height() * 72 / PREVIEW_DPI)
        return A4_POINTS

    def image(self, index: int, size: QSize) -> QImage | None:
        """Page `index` drawn `size` pixels large, on white paper."""
        if not (0 <= index < self._count) or size.isEmpty():
            return None
        if self._pdf is not None:
            drawn = self._pdf.render(index, size)
        elif self._pictures:
            drawn = self._pictures[index].scaled(
                size,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        else:
            return None
        # QtPdf leaves the paper transparent; the preview must look like the printout.
        paper = QImage(size, QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, drawn)
        painter.end()
        return paper
