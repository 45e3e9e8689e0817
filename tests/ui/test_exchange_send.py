"""A chi bộ sends upward: the package written off the GUI thread, then the e-mail draft."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from studylog.exchange import package_data as pd
from studylog.exchange.package_read import read_package
from studylog.stats import figures_for
from studylog.storage import campaigns
from studylog.storage.units import home_unit
from ui.context import AppContext
from ui.exchange.jobs import ExportDone
from ui.exchange.page import ExchangePage

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
WAIT = 30_000


def make_page(qtbot, ctx: AppContext) -> ExchangePage:
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    ctx.changed.connect(page.refresh)  # as the main window connects every page
    page.resize(1040, 740)
    page.show()
    return page


def export(qtbot, page: ExchangePage) -> ExportDone:
    with qtbot.waitSignal(page.send.exported, timeout=WAIT) as done:
        qtbot.mouseClick(page.send.export_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert isinstance(result, ExportDone)
    return result


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the page asked the system to open (the mail program, the file manager)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def test_a_chi_bo_sees_its_figures_and_no_consolidation(qtbot, demo_ctx: AppContext) -> None:
    page = make_page(qtbot, demo_ctx)
    chosen = page.campaign.current_campaign()
    assert chosen is not None and chosen.code == "HNTW2-XIV"
    figures = figures_for(demo_ctx.store, chosen)
    assert page.figures.values["rate"].text() == figures.rate.text
    assert page.figures.values["rate_after_makeup"].text() == figures.rate_after_makeup.text
    assert "reported" not in page.figures.values
    assert page.tabs.count() == 1 and page.tabs.currentWidget() is page.send_tab
    assert not page.acceptDrops()
    assert page.plan.import_button.isVisibleTo(page)
    assert not page.plan.export_button.isVisibleTo(page)
    assert page.send.last.text() == "No file has been written for this campaign yet."
    assert not page.send.mail_button.isEnabled()


def test_export_to_a_chosen_folder_off_the_gui_thread(
    qtbot, demo_ctx: AppContext, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(usb))
    page = make_page(qtbot, demo_ctx)
    qtbot.mouseClick(page.send.destination.choose_button, Qt.MouseButton.LeftButton)
    assert page.send.destination.folder() == usb

    done = export(qtbot, page)
    path = done.exported.path
    home = home_unit(demo_ctx.store)
    assert path.parent == usb and path.is_file()
    assert path.name.startswith(f"{home.code}_HNTW2-XIV_") and path.suffix == ".xlsx"
    package = read_package(path)
    assert package.meta["format"] == pd.PACKAGE_FORMAT
    assert package.meta["unit_code"] == home.code
    assert package.meta["campaign_code"] == "HNTW2-XIV"
    assert package.meta["sequence"] == "1"
    assert pd.data_sha256(package.records) == package.meta["data_sha256"]
    assert not list(usb.glob(".~*")), "no temporary file is left behind"

    shown = page.send.result.text()
    assert path.name in shown and str(usb) in shown and "file no. 1" in shown
    assert page.send.result.isVisibleTo(page) and page.send.mail_button.isEnabled()
    assert "no. 1" in page.send.last.text()

    again = export(qtbot, page)
    assert again.exported.sequence == 2
    assert again.exported.supersedes == done.exported.package_uid
    assert "file no. 2" in page.send.result.text()

    # Another campaign has its own files: nothing written for it yet.
    page.campaign.setCurrentIndex(page.campaign.count() - 1)
    assert not page.send.result.isVisibleTo(page)
    assert not page.send.mail_button.isEnabled()


def test_the_email_draft_carries_the_package_and_opens_in_the_mail_program(
    qtbot, demo_ctx: AppContext, usb: Path, opened: list[QUrl]
) -> None:
    page = make_page(qtbot, demo_ctx)
    page.send.destination.set_folder(usb)
    done = export(qtbot, page)
    with qtbot.waitSignal(page.send.drafted, timeout=WAIT) as drafted:
        qtbot.mouseClick(page.send.mail_button, Qt.MouseButton.LeftButton)
    eml = drafted.args[0]
    assert eml == done.exported.path.with_suffix(".eml")
    assert opened == [QUrl.fromLocalFile(str(eml))]
    assert eml.name in page.send.mail_note.text()

    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    home = home_unit(demo_ctx.store)
    campaign = campaigns.campaign_by_code(demo_ctx.store, "HNTW2-XIV")
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == (
        "Báo cáo kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 2 khóa XIV"
        f" — {home.name}"
    )
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    figures = figures_for(demo_ctx.store, campaign)
    assert text.startswith(f"Kính gửi: {home.parent_name}.")
    assert f"Đã học tập: {figures.rate.text}" in text
    assert f"Sau học bù: {figures.rate_after_makeup.text}" in text
    assert done.exported.path.name in text
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == XLSX
    assert attachment.get_filename() == done.exported.path.name
    assert attachment.get_content() == done.exported.path.read_bytes()

    qtbot.mouseClick(page.send.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(usb))


def test_a_missing_folder_is_explained_and_nothing_runs(
    qtbot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "unplugged"
    gone.mkdir()
    page = make_page(qtbot, demo_ctx)
    page.send.destination.set_folder(gone)
    gone.rmdir()
    warned: list[str] = []
    monkeypatch.setattr("ui.exchange.send_panel.warn", lambda _p, _t, text: warned.append(text))
    qtbot.mouseClick(page.send.export_button, Qt.MouseButton.LeftButton)
    assert warned and str(gone) in warned[0]
    assert page.send.runner is None


def test_the_page_speaks_vietnamese(qtbot, vietnamese, demo_ctx: AppContext, usb: Path) -> None:
    page = make_page(qtbot, demo_ctx)
    assert page.send.export_button.text() == "&Lập tệp gửi cấp trên (Ctrl+E)"
    assert page.figures_box.title() == "Số liệu gửi cấp trên"
    assert page.figures.values["rate"].text().endswith("%)")
    page.send.destination.set_folder(usb)
    done = export(qtbot, page)
    assert "lần gửi thứ 1" in page.send.result.text()
    assert done.exported.path.name in page.send.result.text()


def test_in_the_window_ctrl_e_writes_the_file_of_the_chosen_campaign(
    qtbot, demo_ctx: AppContext, usb: Path
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("exchange", focus=True)
    assert isinstance(page, ExchangePage)
    older = campaigns.campaign_by_code(demo_ctx.store, "NQ-DH-XIV")
    page.campaign.setCurrentIndex(page.campaign.findData(older.uid))
    rate = figures_for(demo_ctx.store, older).rate.text
    assert page.figures.values["rate"].text() == rate
    page.send.destination.set_folder(usb)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    page.campaign.setFocus()
    with qtbot.waitSignal(page.send.exported, timeout=WAIT) as done:
        qtbot.keyClick(page.campaign, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert done.args[0].exported.campaign_code == "NQ-DH-XIV"
