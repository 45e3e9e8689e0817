"""Tổng quan: the figures come from the core, deadlines and what remains are right."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from studylog.domain.enums import MakeupMethod
from studylog.stats import figures_for
from studylog.storage import campaigns, followup
from studylog.storage.changes import Changes
from ui.context import AppContext
from ui.home import campaigns_model as cols
from ui.home.campaigns_model import CampaignsModel
from ui.home.overview import CampaignOverview, DeadlineKind, deadlines
from ui.home.page import HomePage

TODAY = date(2026, 11, 21)  # the demo's third campaign is under way


def overviews(ctx: AppContext, today: date = TODAY) -> list[CampaignOverview]:
    return [
        CampaignOverview(c, figures_for(ctx.store, c, today=today))
        for c in campaigns.list_campaigns(ctx.store)
    ]


@pytest.fixture
def page(qtbot, demo_ctx: AppContext) -> HomePage:
    widget = HomePage(demo_ctx)
    widget.today = lambda: TODAY
    demo_ctx.changed.connect(widget.refresh)  # as the shell does
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    widget.activate()
    return widget


def test_campaign_rows_show_the_cores_rate_texts(page: HomePage, demo_ctx: AppContext) -> None:
    model = page.model
    assert model.rowCount() == 1  # only the current campaign
    current = campaigns.campaign_by_code(demo_ctx.store, "HNTW2-XIV")
    figures = figures_for(demo_ctx.store, current, today=TODAY)
    assert model.index(0, cols.CODE).data() == "HNTW2-XIV"
    assert model.index(0, cols.ATTENDED).data() == figures.rate.text
    assert model.index(0, cols.AFTER_MAKEUP).data() == figures.rate_after_makeup.text
    assert model.index(0, cols.DEADLINE).data() == "12/12/2026"
    assert model.index(0, cols.REPORT_DEADLINE).data() == "17/12/2026"


def test_finished_campaigns_on_request(qtbot, page: HomePage) -> None:
    qtbot.keyClick(page.show_all, Qt.Key.Key_Space)
    assert page.model.rowCount() == 3
    assert [page.model.index(r, cols.CODE).data() for r in range(3)] == [
        "HNTW2-XIV",
        "NQ-45-NQ/TW",
        "NQ-DH-XIV",
    ]


def test_chart_carries_every_recent_campaign(page: HomePage, demo_ctx: AppContext) -> None:
    rows = {r.label: r for r in page.chart.rows}
    assert set(rows) == {"HNTW2-XIV", "NQ-45-NQ/TW", "NQ-DH-XIV"}
    for ov in overviews(demo_ctx):
        row = rows[ov.campaign.code]
        assert (row.rate, row.after) == (
            ov.figures.rate.percent,
            ov.figures.rate_after_makeup.percent,
        )
        assert row.after_text in page.chart.accessibleDescription()


def test_campaigns_model_passes_the_model_tester(qtmodeltester, demo_ctx: AppContext) -> None:
    model = CampaignsModel()
    model.set_rows(overviews(demo_ctx))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_deadlines_ahead_with_what_is_outstanding(demo_ctx: AppContext) -> None:
    due = deadlines(overviews(demo_ctx), TODAY)
    assert [(d.overview.campaign.code, d.kind, d.days_left) for d in due] == [
        ("HNTW2-XIV", DeadlineKind.ESSAYS, 5),
        ("HNTW2-XIV", DeadlineKind.COMPLETION, 21),
        ("HNTW2-XIV", DeadlineKind.REPORT, 26),
    ]
    essays = due[0]
    figures = essays.overview.figures
    assert essays.outstanding == figures.essays.required - figures.essays.submitted
    assert due[1].outstanding == sum(1 for a in figures.absent if not a.made_up)


def test_passed_deadlines_stay_while_work_remains(demo_ctx: AppContext) -> None:
    later = date(2026, 12, 20)
    due = deadlines(overviews(demo_ctx, later), later)
    kinds = {(d.kind, d.days_left) for d in due}
    assert (DeadlineKind.COMPLETION, -8) in kinds
    assert (DeadlineKind.ESSAYS, -24) in kinds
    assert all(d.kind is not DeadlineKind.REPORT for d in due)  # sent or not: unknown yet


def test_page_says_what_remains(page: HomePage) -> None:
    text = page.remaining.text()
    assert "HNTW2-XIV" in text
    assert "absent member" in text
    assert "essay" in text
    assert "in 5 day(s)" in page.deadlines.text()


def test_a_makeup_recorded_elsewhere_updates_the_overview(
    page: HomePage, demo_ctx: AppContext
) -> None:
    current = campaigns.campaign_by_code(demo_ctx.store, "HNTW2-XIV")
    missing = [a for a in figures_for(demo_ctx.store, current, today=TODAY).absent if not a.made_up]
    assert missing
    for absentee in missing:
        changes = followup.record_makeup(
            demo_ctx.store,
            campaign_uid=current.uid,
            member_uid=absentee.uid,
            method=MakeupMethod.TU_NGHIEN_CUU,
            day=TODAY,
        )
        demo_ctx.notify(changes)
    after = figures_for(demo_ctx.store, current, today=TODAY).rate_after_makeup.text
    assert page.model.index(0, cols.AFTER_MAKEUP).data() == after
    assert "absent member" not in page.remaining.text()


def test_unrelated_changes_do_not_reload(page: HomePage, monkeypatch: pytest.MonkeyPatch) -> None:
    reloads: list[int] = []
    monkeypatch.setattr(page, "reload", lambda: reloads.append(1))
    page.refresh(Changes(packages=True))
    assert reloads == []
    page.refresh(Changes(attendance=True))
    assert reloads == [1]


def test_a_new_unit_without_campaigns(qtbot, unit_ctx: AppContext) -> None:
    page = HomePage(unit_ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.model.rowCount() == 0
    assert page.empty.isVisible()
    assert "Ctrl+3" in page.empty.text()
    assert page.chart.rows == []
    assert page.deadlines.text() == "No deadline in the next 30 days."


def test_the_overview_in_vietnamese(qtbot, demo_ctx: AppContext, vietnamese) -> None:
    page = HomePage(demo_ctx)
    page.today = lambda: TODAY
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.title.text() == "Tổng quan"
    assert "hạn nộp bài thu hoạch là 26/11/2026, còn 5 ngày" in page.deadlines.text()
    assert page.model.headerData(cols.AFTER_MAKEUP, Qt.Orientation.Horizontal) == "Sau học bù"
