"""Báo cáo: free text, number, the report saved as PDF and Word, and a sign-in sheet.

The files are written by the worker thread into tmp_path (the save dialog is
stubbed) and then read back the way a person would: pdftotext for the PDF (when
poppler is installed), python-docx for the Word draft.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document as WordDocument
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from studylog.reports import numbering, sign_in
from studylog.reports.wording import rate_phrase
from studylog.stats import figures_for
from studylog.storage import campaigns
from ui.context import AppContext
from ui.reports import files
from ui.reports.page import ReportsPage

DIFFICULTIES = "Một số đảng viên cao tuổi khó theo dõi hội nghị trực tuyến."
SECOND_LINE = "Đường truyền ở điểm cầu Ấp 2 chưa ổn định."
PROPOSALS = "Đề nghị Đảng ủy xã hỗ trợ thêm một màn hình cho điểm cầu."


def type_vietnamese(widget: QWidget, text: str) -> None:
    """Vietnamese arrives as an input method's committed text (Unikey, ibus-bamboo);
    QTest's key clicks know only ASCII."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> Iterator[ReportsPage]:
    widget = ReportsPage(demo_ctx)
    demo_ctx.changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activate()
    assert widget.settle()
    yield widget
    assert widget.settle()  # no thread may outlive the page


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers in order, "" (cancel) after."""

    def __init__(self) -> None:
        self.answers: list[Path] = []
        self.asked: list[str] = []  # the file names the page proposed

    def __call__(self, parent, title, proposed, filter_text):  # type: ignore[no-untyped-def]
        self.asked.append(proposed)
        return (str(self.answers.pop(0)), filter_text) if self.answers else ("", "")


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> SaveDialog:
    dialog = SaveDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    monkeypatch.setattr("ui.reports.files.default_folder", lambda: Path("/nowhere"))
    return dialog


def pdf_text(path: Path) -> str | None:
    """The PDF's text with whitespace folded, or None without pdftotext."""
    program = shutil.which("pdftotext")
    if program is None:
        return None
    out = subprocess.run(
        [program, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(out.stdout.decode("utf-8").split())


def word_text(path: Path) -> str:
    document = WordDocument(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return " ".join(" ".join(parts).split())


def test_the_campaign_report_is_saved_as_pdf_and_word(
    qtbot, page: ReportsPage, demo_ctx: AppContext, save_to: SaveDialog, tmp_path: Path
) -> None:
    store = demo_ctx.store
    campaign = campaigns.campaign_by_code(store, "HNTW2-XIV")
    form = page.form
    form.campaign.setCurrentIndex(form.campaign.findData(campaign.uid))
    figures = figures_for(store, campaign)
    assert figures.rate.text in form.summary.text()
    term = numbering.current_term(store, form.report_day)
    before = numbering.last_number(store, term)
    assert form.number.value() == before + 1
    assert form.number.text() == f"Số {before + 1:02d}-BC/CB"

    form.difficulties.setFocus()
    type_vietnamese(form.difficulties, DIFFICULTIES)
    qtbot.keyClick(form.difficulties, Qt.Key.Key_Return)
    type_vietnamese(form.difficulties, SECOND_LINE)
    form.proposals.setFocus()  # leaving the field keeps what was typed
    stored = numbering.free_text(store, campaign.uid).difficulties
    assert stored == f"{DIFFICULTIES}\n{SECOND_LINE}"
    type_vietnamese(form.proposals, PROPOSALS)

    save_to.answers.append(tmp_path / "bao-cao.pdf")
    qtbot.mouseClick(form.pdf_button, Qt.MouseButton.LeftButton)
    assert page.settle()
    assert save_to.asked == ["/nowhere/BaoCao_CB-A2_HNTW2-XIV.pdf"]
    pdf = tmp_path / "bao-cao.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert numbering.free_text(store, campaign.uid).proposals == PROPOSALS
    assert numbering.last_number(store, term) == before + 1  # the number is used up
    assert numbering.campaign_number(store, term, campaign.uid) == before + 1
    box = page.saved_box
    assert box is not None and box.isVisible()
    assert f"Số {before + 1:02d}-BC/CB" in box.text() and str(pdf) in box.informativeText()
    box.close()
    text = pdf_text(pdf)
    if text is not None:
        assert DIFFICULTIES in text and SECOND_LINE in text and PROPOSALS in text
        assert rate_phrase(figures.rate) in text
        assert rate_phrase(figures.rate_after_makeup) in text
        assert f"Số {before + 1:02d}-BC/CB" in text

    # The Word draft of the same report keeps its number; ".docx" is added when left off.
    save_to.answers.append(tmp_path / "bao-cao-word")
    qtbot.mouseClick(form.word_button, Qt.MouseButton.LeftButton)
    assert page.settle()
    word = tmp_path / "bao-cao-word.docx"
    assert word.exists()
    text = word_text(word)
    assert DIFFICULTIES in text and PROPOSALS in text
    assert rate_phrase(figures.rate) in text
    assert f"Số {before + 1:02d}-BC/CB" in text
    assert numbering.last_number(store, term) == before + 1
    assert form.number.value() == before + 1
    assert "keeps that number" in form.number_note.text()


def test_another_campaign_takes_the_next_number_and_its_own_text(
    qtbot, page: ReportsPage, demo_ctx: AppContext, save_to: SaveDialog, tmp_path: Path
) -> None:
    store = demo_ctx.store
    first, second = (campaigns.campaign_by_code(store, c) for c in ("HNTW2-XIV", "NQ-45-NQ/TW"))
    form = page.form
    form.difficulties.setPlainText(DIFFICULTIES)
    save_to.answers.append(tmp_path / "a.pdf")
    qtbot.mouseClick(form.pdf_button, Qt.MouseButton.LeftButton)
    assert page.settle()
    first_number = form.number.value()

    form.campaign.setCurrentIndex(form.campaign.findData(second.uid))
    assert page.settle()
    assert form.difficulties.toPlainText() == ""  # each campaign has its own sections
    assert form.number.value() == first_number + 1
    save_to.answers.append(tmp_path / "b.pdf")
    qtbot.mouseClick(form.pdf_button, Qt.MouseButton.LeftButton)
    assert page.settle()
    # "/" is not allowed in a file name: the code NQ-45-NQ/TW is written with "-".
    assert save_to.asked[-1].endswith("BaoCao_CB-A2_NQ-45-NQ-TW.pdf")
    term = numbering.current_term(store, form.report_day)
    assert numbering.campaign_number(store, term, second.uid) == first_number + 1

    form.campaign.setCurrentIndex(form.campaign.findData(first.uid))
    assert page.settle()
    assert form.difficulties.toPlainText() == DIFFICULTIES
    assert form.number.value() == first_number


def test_a_number_typed_by_hand_is_the_one_printed(
    qtbot, page: ReportsPage, demo_ctx: AppContext, save_to: SaveDialog, tmp_path: Path
) -> None:
    form = page.form
    form.number.setValue(7)
    save_to.answers.append(tmp_path / "so7.docx")
    qtbot.mouseClick(form.word_button, Qt.MouseButton.LeftButton)
    assert page.settle()
    assert "Số 07-BC/CB" in word_text(tmp_path / "so7.docx")
    campaign = form.current()
    assert campaign is not None
    term = numbering.current_term(demo_ctx.store, form.report_day)
    assert numbering.campaign_number(demo_ctx.store, term, campaign.uid) == 7


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot, page: ReportsPage, demo_ctx: AppContext, save_to: SaveDialog
) -> None:
    term = numbering.current_term(demo_ctx.store, page.form.report_day)
    before = numbering.last_number(demo_ctx.store, term)
    qtbot.mouseClick(page.form.pdf_button, Qt.MouseButton.LeftButton)  # no answer: cancelled
    assert page.settle()
    assert page.saved_box is None
    assert numbering.last_number(demo_ctx.store, term) == before


def test_a_file_that_cannot_be_written_is_a_message_and_uses_no_number(
    qtbot,
    page: ReportsPage,
    demo_ctx: AppContext,
    save_to: SaveDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.reports.page.refuse",
        lambda parent, title, error, lang: shown.append(error.render(lang)),
    )
    term = numbering.current_term(demo_ctx.store, page.form.report_day)
    before = numbering.last_number(demo_ctx.store, term)
    save_to.answers.append(tmp_path / "no-such-folder" / "bc.pdf")
    qtbot.mouseClick(page.form.pdf_button, Qt.MouseButton.LeftButton)
    assert page.settle()
    assert shown and "no-such-folder" in shown[0]
    assert numbering.last_number(demo_ctx.store, term) == before
    assert page.form.pdf_button.isEnabled()


def test_the_sign_in_sheet_of_a_session_is_saved_and_offered_to_open(
    qtbot,
    page: ReportsPage,
    demo_ctx: AppContext,
    save_to: SaveDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(files, "open_path", opened.append)
    box = page.sign_in
    regular = next(s for s in box._sessions if not s.is_makeup)
    box.sessions.setCurrentIndex(box.sessions.findData(regular.uid))
    save_to.answers.append(tmp_path / "ky-ten.pdf")
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    assert page.settle()
    assert save_to.asked == ["/nowhere/DanhSachKyTen_CB-A2_2026-10-20.pdf"]
    sheet_path = tmp_path / "ky-ten.pdf"
    assert sheet_path.read_bytes().startswith(b"%PDF")
    expected = sign_in.gather(demo_ctx.store, regular.uid)
    saved = page.saved_box
    assert saved is not None and saved.isVisible()
    assert saved.defaultButton() is saved.open_file_button  # to print it from the viewer
    assert f"{len(expected.expected)} members must attend" in saved.text()
    qtbot.mouseClick(saved.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path]
    text = pdf_text(sheet_path)
    if text is not None:
        assert "DANH SÁCH ĐẢNG VIÊN KÝ TÊN" in text
        assert expected.expected[0].name in text and expected.expected[-1].name in text


def test_a_database_without_campaigns_says_where_to_add_one(qtbot, unit_ctx: AppContext) -> None:
    page = ReportsPage(unit_ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.settle()
    assert page.empty.isVisible()
    assert not page.form.pdf_button.isEnabled() and not page.sign_in.print_button.isEnabled()
    assert "Choose a campaign" in page.preview.picture.text()


def test_looking_at_campaigns_writes_nothing(page: ReportsPage, demo_ctx: AppContext) -> None:
    """Only typed text is kept: browsing the campaigns leaves no empty settings behind."""
    store = demo_ctx.store
    before = store.all("SELECT key, value FROM settings ORDER BY key")
    combo = page.form.campaign
    for index in (*range(combo.count()), 0):
        combo.setCurrentIndex(index)
        assert page.settle()
    page.hide()  # leaving the page saves what was typed, and only that
    assert store.all("SELECT key, value FROM settings ORDER BY key") == before


def test_tab_goes_through_the_report_in_reading_order(qtbot, page: ReportsPage) -> None:
    page.activateWindow()
    form = page.form
    form.campaign.setFocus()
    qtbot.waitUntil(form.campaign.hasFocus)
    expected = (
        form.day,
        form.number,
        form.term_button,
        form.difficulties,
        form.proposals,
        form.pdf_button,
        form.word_button,
        page.sign_in.sessions,
        page.sign_in.print_button,
        page.preview.refresh_button,
    )
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is widget or widget.isAncestorOf(focused), (widget, focused)
