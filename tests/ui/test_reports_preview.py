"""The report's preview: pages drawn by QtPdf or pdftoppm, page turning, zoom, staleness.

Also the term dialog, which decides the numbers the preview shows.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt

from studylog.reports import numbering
from ui.context import AppContext
from ui.reports.jobs import count_pages, pdftoppm_pages
from ui.reports.page import ReportsPage
from ui.reports.page_source import Backend
from ui.reports.preview import FIT_PAGE
from ui.reports.term_dialog import TermDialog

HAS_QTPDF = importlib.util.find_spec("PySide6.QtPdf") is not None
HAS_PDFTOPPM = shutil.which("pdftoppm") is not None


def make_page(qtbot, ctx: AppContext, backend: Backend | None = None) -> ReportsPage:
    page = ReportsPage(ctx)
    if backend is not None:
        page.backend = backend  # as on a PC that lacks the better ways
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.activate()
    assert page.settle()
    return page


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> Iterator[ReportsPage]:
    widget = make_page(qtbot, demo_ctx)
    yield widget
    assert widget.settle()


def drawn_width(page: ReportsPage) -> float:
    pixmap = page.preview.pixmap()
    return pixmap.width() / pixmap.devicePixelRatio()


@pytest.mark.skipif(not HAS_QTPDF and not HAS_PDFTOPPM, reason="nothing here draws PDF pages")
def test_the_first_page_is_drawn_when_the_page_opens(page: ReportsPage) -> None:
    pixmap = page.preview.pixmap()
    assert not pixmap.isNull() and pixmap.height() > pixmap.width() > 100
    image = pixmap.toImage()
    assert image.pixelColor(5, 5).name() == "#ffffff"  # paper, not a transparent hole
    assert page.preview.source is not None and page.preview.source.page_count() >= 2
    assert page.preview.page_label.text() == f"Page 1 of {page.preview.source.page_count()}"


@pytest.mark.skipif(not HAS_QTPDF, reason="PySide6_Pdf is not installed")
def test_pages_turn_and_zoom(qtbot, page: ReportsPage) -> None:
    preview = page.preview
    assert not preview.previous_button.isEnabled()
    first = preview.pixmap().toImage()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.page == 1 and preview.previous_button.isEnabled()
    assert preview.pixmap().toImage() != first
    preview.zoom.setCurrentIndex(preview.zoom.findData(1.0))
    points = preview.source.page_points(1)  # type: ignore[union-attr]
    assert drawn_width(page) == pytest.approx(points.width() * preview.logicalDpiX() / 72, abs=2)
    preview.zoom_by(1)
    assert preview.zoom.currentData() == 1.25
    preview.zoom_by(-1)
    preview.zoom_by(-1)
    assert preview.zoom.currentData() == 0.75
    preview.zoom.setCurrentIndex(preview.zoom.findData(FIT_PAGE))
    room = preview.scroll.viewport().height()
    assert preview.pixmap().height() / preview.pixmap().devicePixelRatio() <= room
    for _ in range(10):
        preview.turn(1)
    assert preview.page == preview.source.page_count() - 1  # type: ignore[union-attr]
    assert not preview.next_button.isEnabled()


@pytest.mark.skipif(not HAS_PDFTOPPM, reason="poppler's pdftoppm is not installed")
def test_without_qtpdf_pdftoppm_draws_the_pages(qtbot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, Backend.PDFTOPPM)
    assert page.preview.source is not None
    assert page.preview.source.backend is Backend.PDFTOPPM
    assert not page.preview.pixmap().isNull()
    page.preview.turn(1)
    assert not page.preview.pixmap().isNull()


def test_without_any_way_to_draw_the_page_count_is_said(qtbot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx, Backend.NONE)
    assert page.preview.pixmap().isNull()
    count = page.preview.source.page_count()  # type: ignore[union-attr]
    assert count >= 2
    assert f"The report has {count} page(s)" in page.preview.picture.text()
    assert not page.preview.zoom.isEnabled()


def test_page_counting_and_pdftoppm_agree(demo_ctx: AppContext) -> None:
    from studylog.storage import campaigns
    from ui.reports.jobs import ReportRequest, preview_job

    campaign = campaigns.campaign_by_code(demo_ctx.store, "HNTW2-XIV")
    request = ReportRequest(campaign.uid, date(2026, 11, 21), 3, "", "")
    data = preview_job(request, rasterise=False)(demo_ctx.store, lambda d, t: None, lambda: False)
    assert data.pages == count_pages(data.pdf) >= 2
    if HAS_PDFTOPPM:
        assert len(pdftoppm_pages(data.pdf, dpi=30)) == data.pages


def test_typing_makes_the_preview_stale_and_f5_refreshes_it(qtbot, page: ReportsPage) -> None:
    page.form.proposals.setPlainText("Đề nghị tổ chức thêm một lớp học bù.")
    assert "F5" in page.preview.status.text()
    page.form.proposals.setFocus()
    qtbot.keyClick(page.form.proposals, Qt.Key.Key_F5)
    assert page.settle()
    assert page.preview.status.text() == ""


def test_the_term_and_the_counter_can_be_corrected(qtbot, demo_ctx: AppContext) -> None:
    store = demo_ctx.store
    day = date(2026, 11, 21)
    dialog = TermDialog(store, day=day, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.term.text() == "2025-2030"
    dialog.term.setText("2030")
    dialog.accept()
    assert dialog.result() == 0 and "2025-2030" in dialog.problem.text()
    dialog.term.setText("2030-2035")
    dialog.last.setValue(4)  # four reports numbered by hand
    dialog.accept()
    assert dialog.result() == 1 and dialog.changes.settings
    assert numbering.current_term(store, day) == "2030-2035"
    assert numbering.preview_number(store, campaign_uid="any", day=day) == 5
    assert numbering.last_number(store, "2025-2030") == 0  # the old term keeps its own


def test_the_page_can_go_while_its_preview_is_prepared(qtbot, demo_ctx: AppContext) -> None:
    """Closing the window (or a screenshot run) must not delete a running thread."""
    from PySide6.QtCore import QCoreApplication, QEvent

    page = ReportsPage(demo_ctx)
    page.show()
    page.activate()
    assert page.runners  # the preview is being prepared
    assert "Preparing" in page.preview.picture.text()
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(50)  # nothing left to deliver to the deleted page
