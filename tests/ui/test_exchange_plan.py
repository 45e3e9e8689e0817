"""The plan travels downward: written by the commune, checked and imported by the chi bộ."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from studylog.domain.enums import Level
from studylog.domain.models import Campaign
from studylog.exchange.plan import export_plan
from studylog.storage import campaigns, units
from studylog.storage.db import open_database
from studylog.storage.store import Store
from ui.context import AppContext
from ui.exchange.page import ExchangePage

WAIT = 30_000
NEW_CAMPAIGN = Campaign(
    uid="",
    code="NQ-57-NQ/TW",
    title="Học tập, quán triệt Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ",
    start_date=date(2026, 11, 25),
    deadline=date(2026, 12, 31),
    report_deadline=date(2027, 1, 5),
)


@pytest.fixture
def commune_ctx(tmp_path: Path, demo_ctx: AppContext) -> Iterator[AppContext]:
    """The chi bộ's upper level: its campaigns, one more, and the chi bộ below it."""
    chi_bo = units.home_unit(demo_ctx.store)
    path = tmp_path / "xa.db"
    store = Store(open_database(path), path=path, actor="test")
    units.init_home(
        store, name=chi_bo.parent_name, code=chi_bo.parent_code, level=Level.XA, place="Xã"
    )
    for campaign in campaigns.list_campaigns(demo_ctx.store):
        campaigns.add_campaign(store, replace(campaign, uid=""))
    campaigns.add_campaign(store, NEW_CAMPAIGN)
    units.add_child(store, name=chi_bo.name, code=chi_bo.code, level=Level.CHI_BO)
    ctx = AppContext(store, path)
    yield ctx
    store.db.close()


def make_page(qtbot, ctx: AppContext) -> ExchangePage:
    page = ExchangePage(ctx)
    qtbot.addWidget(page)
    ctx.changed.connect(page.refresh)
    page.show()
    return page


def write_plan(qtbot, ctx: AppContext, folder: Path) -> Path:
    page = make_page(qtbot, ctx)
    page.send.destination.set_folder(folder)
    with qtbot.waitSignal(page.plan.plan_written, timeout=WAIT) as written:
        qtbot.mouseClick(page.plan.export_button, Qt.MouseButton.LeftButton)
    path = written.args[0]
    assert isinstance(path, Path)
    assert str(path) in page.plan.summary.text()
    return path


def test_the_commune_writes_a_plan_and_the_chi_bo_imports_it(
    qtbot,
    commune_ctx: AppContext,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = write_plan(qtbot, commune_ctx, tmp_path)
    code = units.home_unit(commune_ctx.store).code
    assert plan.parent == tmp_path and plan.name.startswith(f"{code}_ke-hoach_")

    page = make_page(qtbot, demo_ctx)
    assert page.plan.export_button.isHidden()  # a chi bộ has nobody below
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(plan), ""))
    questions: list[str] = []

    def agree(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr("ui.exchange.plan_panel.ask", agree)
    with qtbot.waitSignal(page.plan.plan_imported, timeout=WAIT) as imported:
        qtbot.mouseClick(page.plan.import_button, Qt.MouseButton.LeftButton)
        # The check comes first and writes nothing; the question says what would change.
        qtbot.waitUntil(lambda: bool(questions), timeout=WAIT)
    assert "1 campaigns to add" in questions[0] and NEW_CAMPAIGN.code in questions[0]
    assert imported.args[0].added == (NEW_CAMPAIGN.code,)
    added = campaigns.campaign_by_code(demo_ctx.store, NEW_CAMPAIGN.code)
    assert added.title == NEW_CAMPAIGN.title
    assert "1 campaigns added" in page.plan.summary.text()
    assert page.campaign.findData(added.uid) >= 0  # the page heard of the new campaign


def test_a_declined_plan_writes_nothing(
    qtbot,
    commune_ctx: AppContext,
    demo_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan = write_plan(qtbot, commune_ctx, tmp_path)
    page = make_page(qtbot, demo_ctx)
    declined: list[str] = []

    def decline(_parent: object, _title: str, text: str) -> bool:
        declined.append(text)
        return False

    monkeypatch.setattr("ui.exchange.plan_panel.ask", decline)
    imported: list[object] = []
    page.plan.plan_imported.connect(imported.append)
    page.plan.check_plan(plan)
    qtbot.waitUntil(lambda: bool(declined), timeout=WAIT)
    assert imported == [] and not page.plan.busy()
    codes = {c.code for c in campaigns.list_campaigns(demo_ctx.store)}
    assert NEW_CAMPAIGN.code not in codes


def test_a_plan_with_nothing_new_says_so(
    qtbot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chi bộ's own campaigns, as a plan: nothing to add, nothing asked."""
    own = export_plan(demo_ctx.store, out=tmp_path / "own-plan.xlsx")
    page = make_page(qtbot, demo_ctx)
    told: list[str] = []
    monkeypatch.setattr("ui.exchange.plan_panel.inform", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr("ui.exchange.plan_panel.ask", lambda *_args: pytest.fail("asked"))
    page.plan.check_plan(own)
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT)
    assert "0 campaigns to add" in told[0] and "3 unchanged" in told[0]
