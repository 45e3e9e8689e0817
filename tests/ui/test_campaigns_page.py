"""Đợt học tập: the campaign list and editor, the figures, the make-up and essay tabs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from studylog.domain.enums import MakeupMethod
from studylog.domain.models import DIEM10
from studylog.stats import essay_due_members, figures_for
from studylog.storage import campaigns as campaign_store
from studylog.storage import followup
from ui.campaigns.editor import CampaignDialog
from ui.campaigns.model import CampaignListModel
from ui.campaigns.page import CampaignsPage
from ui.context import AppContext
from ui.followup.essays_model import EssaysModel
from ui.followup.makeup_model import MakeupModel
from ui.followup.makeup_tab import MakeupDialog


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> CampaignsPage:
    widget = CampaignsPage(demo_ctx)
    demo_ctx.changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


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


def test_models_pass_the_model_tester(qtmodeltester, page: CampaignsPage) -> None:
    for model in (page.model, page.makeup.model, page.essays.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    qtmodeltester.check(CampaignListModel())
    qtmodeltester.check(MakeupModel())
    qtmodeltester.check(EssaysModel(page.ctx))


def test_the_overview_shows_the_core_figures(page: CampaignsPage, demo_ctx: AppContext) -> None:
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        campaign = page.current_campaign()
        assert campaign is not None
        figures = figures_for(demo_ctx.store, campaign)
        assert page.figures.values["rate"].text() == figures.rate.text
        assert page.figures.values["rate_after"].text() == figures.rate_after_makeup.text
        # The essay grid lists exactly the people the report counts.
        assert page.essays.model.rowCount() == figures.essays.required
        due = essay_due_members(demo_ctx.store, campaign, figures)
        assert len(due) == figures.essays.required
        pending = sum(1 for a in figures.absent if not a.made_up)
        assert page.makeup.model.rowCount() == pending


def test_creating_a_campaign(qtbot, page: CampaignsPage, demo_ctx: AppContext) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CampaignDialog)
        qtbot.keyClicks(dialog.code, "NQ-57-NQ/TW")
        dialog.accept()
        assert dialog.isVisible() and dialog.focusWidget() is dialog.title
        dialog.title.setText("Học tập Nghị quyết 57-NQ/TW về khoa học, công nghệ")
        dialog.documents.setPlainText("Nghị quyết số 57-NQ/TW")
        qtbot.keyClicks(dialog.start, "01/03/2026")
        qtbot.keyClicks(dialog.deadline, "28/02/2026")
        dialog.accept()  # a deadline before the start: the core's message
        assert dialog.isVisible() and dialog.problem.text()
        dialog.deadline.setText("30/04/2026")
        qtbot.keyClicks(dialog.essay_deadline, "15/05/2026")
        dialog.scale.setCurrentText(DIEM10)
        dialog.accept()

    errors = on_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]
    campaign = campaign_store.campaign_by_code(demo_ctx.store, "NQ-57-NQ/TW")
    assert (campaign.start_date, campaign.deadline, campaign.essay_deadline) == (
        date(2026, 3, 1),
        date(2026, 4, 30),
        date(2026, 5, 15),
    )
    assert campaign.essay_scale == DIEM10
    assert page.current_campaign() == campaign


def test_a_duplicate_code_is_refused(qtbot, demo_ctx: AppContext) -> None:
    dialog = CampaignDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("NQ-DH-XIV")
    dialog.title.setText("Một đợt khác")
    assert not dialog.save()
    assert "NQ-DH-XIV" in dialog.problem.text()


def test_recording_a_make_up_moves_the_rate(
    qtbot, page: CampaignsPage, demo_ctx: AppContext
) -> None:
    page.tabs.setCurrentWidget(page.makeup)
    tab = page.makeup
    campaign = page.current_campaign()
    assert campaign is not None
    before = figures_for(demo_ctx.store, campaign)
    pending = tab.model.rowCount()
    assert pending > 0
    absentee = tab.model.absentee(0)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MakeupDialog)
        dialog.method.setCurrentIndex(dialog.method.findData(MakeupMethod.DU_GHEP.value))
        dialog.day.setText("31/31/2026")
        dialog.accept()
        assert dialog.isVisible()
        dialog.day.setText("20/12/2026")
        dialog.evidence.setText("Dự học ghép với Chi bộ Khu phố 1")
        dialog.accept()

    tab.table.setFocus()
    errors = on_next_dialog(fill)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter opens the make-up of the row
    if errors:
        raise errors[0]
    (made,) = [
        m for m in followup.makeups(demo_ctx.store, campaign.uid) if m.member_uid == absentee.uid
    ]
    assert (made.method, made.date) == (MakeupMethod.DU_GHEP, date(2026, 12, 20))
    after = figures_for(demo_ctx.store, campaign)
    assert after.made_up == before.made_up + 1
    assert tab.model.rowCount() == pending - 1  # done: off the "still to do" list
    assert page.figures.values["rate_after"].text() == after.rate_after_makeup.text


def test_essays_are_edited_in_the_grid(qtbot, page: CampaignsPage, demo_ctx: AppContext) -> None:
    page.tabs.setCurrentWidget(page.essays)
    grid = page.essays
    campaign = page.current_campaign()
    assert campaign is not None
    row = next(r for r in range(grid.model.rowCount()) if grid.model.essay(r) is None)
    member = grid.model.member(row)
    deadline = campaign.essay_deadline
    assert deadline is not None
    late = date(deadline.year + 1, 1, 5)

    index = grid.proxy.index(row, EssaysModel.SUBMITTED)
    grid.table.setCurrentIndex(index)
    page.activateWindow()
    qtbot.waitActive(page)
    grid.table.setFocus()
    for ch in late.strftime("%d/%m/%Y"):  # the first key opens the editor, the rest go into it
        qtbot.keyClick(QApplication.focusWidget(), ch)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.model.essay(row) is not None)  # Qt commits on the next loop
    assert grid.proxy.index(row, EssaysModel.LATE).data() == "late"

    grade_index = grid.proxy.index(row, EssaysModel.GRADE)
    assert not grid.model.setData(grid.model.index(row, EssaysModel.GRADE), "Xuất sắc")
    assert "Xuất sắc" in grid.problem.text()
    assert grid.model.setData(grid.model.index(row, EssaysModel.GRADE), "kha")
    assert grade_index.data() == "Khá"

    (essay,) = [
        e for e in followup.essays(demo_ctx.store, campaign.uid) if e.member_uid == member.uid
    ]
    assert (essay.submitted, essay.grade) == (late, "Khá")
    figures = figures_for(demo_ctx.store, campaign)
    assert str(figures.essays.submitted) in grid.summary.text()
