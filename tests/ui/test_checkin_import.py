"""Importing an attendance list into the check-in page: preview, refusal, import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from studylog.domain.enums import AttendanceStatus
from studylog.domain.models import Campaign, Member, Session
from studylog.storage import attendance
from studylog.storage import campaigns as campaign_store
from studylog.storage import members as member_store
from studylog.storage import sessions as session_store
from studylog.storage.units import home_unit
from ui.checkin.import_dialog import AttendanceImportDialog
from ui.checkin.page import CheckinPage
from ui.context import AppContext

GOOD = """DANH SÁCH ĐIỂM DANH
STT,Họ và tên,Số thẻ,Điểm danh,Lý do
1,Nguyen Van An,,x,
2,,10000002,P,Ốm
3,Lê Thị Cúc,,vắng,
"""
BAD = GOOD.replace("Lê Thị Cúc", "Phạm Văn Không Có")


@pytest.fixture
def session(unit_ctx: AppContext) -> Session:
    store = unit_ctx.store
    unit = home_unit(store).uid
    for name, card in (
        ("Nguyễn Văn An", "10000001"),
        ("Trần Thị Bình", "10000002"),
        ("Lê Thị Cúc", "10000003"),
    ):
        member_store.add_member(store, Member(uid="", unit_uid=unit, full_name=name, card_no=card))
    campaign = campaign_store.add_campaign(store, Campaign(uid="", code="NQ-DH-XIV", title="Đợt 1"))
    return session_store.add_session(
        store, Session(uid="", campaign_uid=campaign.uid, date=date(2026, 2, 5))
    )


def test_a_list_with_a_problem_imports_nothing(
    qtbot, qtmodeltester, unit_ctx: AppContext, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    dialog = AttendanceImportDialog(unit_ctx, session)
    qtbot.addWidget(dialog)
    dialog.load(path)
    qtmodeltester.check(dialog.problems)
    assert dialog.problems.rowCount() == 1
    assert dialog.tabs.currentIndex() == 1
    assert not dialog.import_button.isEnabled()
    dialog.accept()
    assert attendance.for_session(unit_ctx.store, session.uid) == {}


def test_the_page_shows_the_imported_marks(
    qtbot, unit_ctx: AppContext, session: Session, tmp_path: Path
) -> None:
    page = CheckinPage(unit_ctx)
    unit_ctx.changed.connect(page.refresh)
    qtbot.addWidget(page)
    path = tmp_path / "good.csv"
    path.write_text(GOOD, encoding="utf-8")
    dialog = AttendanceImportDialog(unit_ctx, session, parent=page)
    dialog.load(path)
    assert dialog.rows.rowCount() == 3
    assert dialog.rows.index(1, 0).data() == "Trần Thị Bình"
    assert dialog.import_button.isEnabled()
    dialog.accept()
    marks = attendance.for_session(unit_ctx.store, session.uid)
    assert sorted(a.status for a in marks.values()) == sorted(
        [AttendanceStatus.CO_MAT, AttendanceStatus.VANG_CO_LY_DO, AttendanceStatus.VANG]
    )
    assert page.counter.text() == "Present 1/3 (33,33%)"  # the page reloaded
