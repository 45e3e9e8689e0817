"""One secretary's afternoon, clicked through the pages: a new member, a campaign, a
session, the check-in, a make-up and an essay; then the database is asked what happened."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from studylog.domain.enums import AttendanceStatus, MakeupMethod
from studylog.domain.models import Member
from studylog.stats import figures_for
from studylog.storage import attendance, followup
from studylog.storage import campaigns as campaign_store
from studylog.storage import members as member_store
from studylog.storage import sessions as session_store
from studylog.storage.changes import Changes
from studylog.storage.units import home_unit
from ui.campaigns.editor import CampaignDialog
from ui.campaigns.page import CampaignsPage
from ui.checkin.page import CheckinPage
from ui.context import AppContext
from ui.followup.essays_model import EssaysModel
from ui.followup.makeup_tab import MakeupDialog
from ui.members.editor import MemberDialog
from ui.members.page import MembersPage
from ui.sessions.editor import SessionDialog
from ui.sessions.page import SessionsPage


def on_next_dialog(action: Callable[[QDialog], None]) -> list[BaseException]:
    """Run `action` on the next modal dialog; a failure closes it and is raised by the test."""
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QDialog), dialog
            action(dialog)
        except BaseException as error:
            errors.append(error)
            if isinstance(dialog, QDialog):
                dialog.reject()

    QTimer.singleShot(0, run)
    return errors


def click_through(qtbot, button: QWidget, action: Callable[[QDialog], None]) -> None:
    errors = on_next_dialog(action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]


def show(qtbot, ctx: AppContext, page: QWidget) -> None:
    ctx.changed.connect(page.refresh)  # type: ignore[attr-defined]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()


def test_member_campaign_session_checkin_makeup_essay(qtbot, unit_ctx: AppContext) -> None:
    ctx = unit_ctx
    store = ctx.store
    unit = home_unit(store).uid
    for name, card in (("Nguyễn Văn An", "10000001"), ("Trần Thị Bình", "10000002")):
        member_store.add_member(store, Member(uid="", unit_uid=unit, full_name=name, card_no=card))
    members, campaigns, sessions, checkin = (
        MembersPage(ctx),
        CampaignsPage(ctx),
        SessionsPage(ctx),
        CheckinPage(ctx),
    )
    for page in (members, campaigns, sessions, checkin):
        show(qtbot, ctx, page)

    def new_member(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.name.setText("Lê Thị Cúc")
        qtbot.keyClicks(dialog.card, "10000003")
        qtbot.keyClicks(dialog.birth, "1958")
        dialog.accept()

    click_through(qtbot, members.add_button, new_member)
    cuc = member_store.find_by_card(store, "10000003")
    assert members.model.rowCount() == 3

    def new_campaign(dialog: QDialog) -> None:
        assert isinstance(dialog, CampaignDialog)
        qtbot.keyClicks(dialog.code, "NQ-DH-XIV")
        dialog.title.setText("Học tập Nghị quyết Đại hội XIV")
        qtbot.keyClicks(dialog.start, "01/02/2026")
        qtbot.keyClicks(dialog.essay_deadline, "28/02/2026")
        dialog.accept()

    click_through(qtbot, campaigns.new_button, new_campaign)
    campaign = campaign_store.campaign_by_code(store, "NQ-DH-XIV")
    assert sessions.campaign() == campaign  # the other pages heard of it

    def new_session(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.day.setText("05/02/2026")
        dialog.title.setText("Hội nghị trực tuyến")
        dialog.accept()

    click_through(qtbot, sessions.new_button, new_session)
    (session,) = session_store.list_sessions(store, campaign.uid)
    assert checkin.session() == session

    checkin.activateWindow()
    qtbot.waitActive(checkin)
    checkin.activate()
    qtbot.mouseClick(checkin.all_button, Qt.MouseButton.LeftButton)
    checkin.go_to(checkin.model.row_of(cuc.uid))
    checkin.table.setFocus()
    qtbot.keyClick(checkin.table, Qt.Key.Key_P)
    qtbot.keyClick(checkin.reason, "1")
    marks = attendance.for_session(store, session.uid)
    assert marks[cuc.uid].status is AttendanceStatus.VANG_CO_LY_DO
    assert marks[cuc.uid].reason == "Ốm"
    assert checkin.counter.text() == "Present 2/3 (66,67%)"

    campaigns.tabs.setCurrentWidget(campaigns.makeup)
    assert campaigns.makeup.model.rowCount() == 1  # Cúc, who was ill

    def makeup(dialog: QDialog) -> None:
        assert isinstance(dialog, MakeupDialog)
        dialog.method.setCurrentIndex(dialog.method.findData(MakeupMethod.TU_NGHIEN_CUU.value))
        dialog.day.setText("20/02/2026")
        dialog.evidence.setText("Tự nghiên cứu tại nhà")
        dialog.accept()

    campaigns.makeup.table.selectRow(0)
    click_through(qtbot, campaigns.makeup.record_button, makeup)
    assert campaigns.makeup.model.rowCount() == 0

    campaigns.tabs.setCurrentWidget(campaigns.essays)
    grid = campaigns.essays.model
    row = next(r for r in range(grid.rowCount()) if grid.member(r).uid == cuc.uid)
    assert grid.setData(grid.index(row, EssaysModel.SUBMITTED), "25/02/2026")
    assert grid.setData(grid.index(row, EssaysModel.GRADE), "Tốt")

    (made,) = followup.makeups(store, campaign.uid)
    assert (made.member_uid, made.method, made.date) == (
        cuc.uid,
        MakeupMethod.TU_NGHIEN_CUU,
        date(2026, 2, 20),
    )
    (essay,) = followup.essays(store, campaign.uid)
    assert (essay.member_uid, essay.submitted, essay.grade) == (cuc.uid, date(2026, 2, 25), "Tốt")
    figures = figures_for(store, campaign)
    assert (figures.required, figures.attended, figures.made_up) == (3, 2, 1)
    assert figures.rate_after_makeup.text == "3/3 (100,00%)"
    assert campaigns.figures.values["rate_after"].text() == "3/3 (100,00%)"


def test_pages_open_on_an_empty_database_and_follow_a_replaced_store(
    qtbot, empty_store, demo_ctx: AppContext, tmp_path
) -> None:
    ctx = AppContext(empty_store, tmp_path / "new.db")
    pages = [MembersPage(ctx), CampaignsPage(ctx), SessionsPage(ctx), CheckinPage(ctx)]
    for page in pages:
        show(qtbot, ctx, page)
    assert pages[0].model.rowCount() == 0 and pages[3].model.rowCount() == 0

    # What the window does when another database file is opened.
    ctx.store = demo_ctx.store
    everything = Changes(**{f.name: True for f in fields(Changes)})
    for page in pages:
        page.refresh(everything)  # type: ignore[attr-defined]
    assert pages[0].model.rowCount() > 0
    assert pages[1].model.rowCount() == 3
    assert pages[2].model.rowCount() > 0
    assert pages[3].model.rowCount() > 0
    pages[3].table.command.emit(AttendanceStatus.VANG)  # writes go to the new store
    session = pages[3].session()
    assert session is not None
    assert attendance.for_session(demo_ctx.store, session.uid)
