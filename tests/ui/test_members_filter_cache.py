"""The members filter finds its rows in one pass (docs/PERFORMANCE.md): never stale rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from studylog.domain.enums import EventKind
from studylog.domain.models import Member, MemberEvent
from studylog.storage import members as member_store
from studylog.storage.units import home_unit
from studylog.vntext import fold
from ui.context import AppContext
from ui.members.model import MemberFilter, MembersModel

TODAY = date(2026, 3, 1)


def _expected(members: list[Member], query: str, *, former: bool) -> list[str]:
    model = MembersModel()
    model.set_members(members, TODAY)
    words = fold(query).split()
    return [
        model.member(r).uid
        for r in range(model.rowCount())
        if (former or model.is_current(r)) and all(w in model.key(r) for w in words)
    ]


def _shown(proxy: MemberFilter) -> list[str]:
    return [proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())]


def test_the_kept_rows_follow_the_query_the_switch_and_a_new_roster(
    qtmodeltester, demo_ctx: AppContext
) -> None:
    roster = member_store.load_members(demo_ctx.store, home_unit(demo_ctx.store).uid)
    left = replace(roster[3], events=(MemberEvent(EventKind.CHUYEN_DI, date(2025, 1, 1)),))
    roster = [*roster[:3], left, *roster[4:]]
    model = MembersModel()
    model.set_members(roster, TODAY)
    proxy = MemberFilter()
    proxy.setSourceModel(model)
    for query in ("", "nguyen", "nguyen van", "thi", "zzz", roster[5].card_no):
        proxy.set_query(query)
        assert _shown(proxy) == _expected(roster, query, former=False)
    proxy.set_show_former(True)
    assert _shown(proxy) == _expected(roster, roster[5].card_no, former=True)
    proxy.set_query("")
    assert left.uid in _shown(proxy)
    # A new roster (the model is reset): the rows are found again, not taken from before.
    fewer = roster[::2]
    model.set_members(fewer, TODAY)
    assert _shown(proxy) == _expected(fewer, "", former=True)
    proxy.set_query("thi")
    assert _shown(proxy) == _expected(fewer, "thi", former=True)
    qtmodeltester.check(proxy)
    # Another source model: the filter listens to the new one only.
    other = MembersModel()
    proxy.setSourceModel(other)
    other.set_members(roster, TODAY)
    assert _shown(proxy) == _expected(roster, "thi", former=True)
    model.set_members(roster, TODAY)  # the old model no longer concerns the filter
    assert _shown(proxy) == _expected(roster, "thi", former=True)
