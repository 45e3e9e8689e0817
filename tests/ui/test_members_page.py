"""Đảng viên: the roster model, the as-you-type filter, the add/edit dialog and the history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from studylog.domain.enums import EventKind, MemberStatus
from studylog.domain.models import Member, MemberEvent
from studylog.storage import members as member_store
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from ui.context import AppContext
from ui.members.editor import MemberDialog
from ui.members.history import EventDialog, EventsModel, HistoryDialog
from ui.members.model import MemberFilter, MembersModel
from ui.members.page import MembersPage


@pytest.fixture
def ctx(demo_ctx: AppContext) -> AppContext:
    return demo_ctx


@pytest.fixture
def page(qtbot, ctx: AppContext) -> MembersPage:
    widget = MembersPage(ctx)
    ctx.changed.connect(widget.refresh)  # as the shell does
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def on_next_dialog(action: Callable[[QDialog], None]) -> list[BaseException]:
    """Run `action` on the modal dialog that the next click opens.

    A failed assertion inside the dialog's event loop must not leave the dialog open
    (the click would never return): it is kept, the dialog closed, and the test raises it.
    """
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


def _members(store: Store) -> list[Member]:
    return member_store.load_members(store, home_unit(store).uid)


def test_members_model_passes_the_model_tester(qtmodeltester, ctx: AppContext) -> None:
    model = MembersModel()
    model.set_members(_members(ctx.store), date(2026, 3, 1))
    qtmodeltester.check(model)
    proxy = MemberFilter()
    proxy.setSourceModel(model)
    proxy.set_query("nguyen")
    qtmodeltester.check(proxy)


def test_events_model_passes_the_model_tester(qtmodeltester, ctx: AppContext) -> None:
    model = EventsModel()
    model.set_events(
        [
            MemberEvent(EventKind.MIEN, date(2025, 1, 1), None, "12-QĐ/ĐU"),
            MemberEvent(EventKind.CHUYEN_DI, date(2026, 1, 1)),
        ]
    )
    qtmodeltester.check(model)


def test_filter_ignores_diacritics_and_matches_card_numbers(store: Store) -> None:
    unit = home_unit(store).uid
    for name, card in (
        ("Đặng Thị Thuỷ", "01234567"),
        ("Lê Văn Thủy", "123456789012"),
        ("Trần An", ""),
    ):
        member_store.add_member(store, Member(uid="", unit_uid=unit, full_name=name, card_no=card))
    model = MembersModel()
    model.set_members(_members(store), date(2026, 3, 1))
    proxy = MemberFilter()
    proxy.setSourceModel(model)

    def shown(query: str) -> list[str]:
        proxy.set_query(query)
        return [proxy.index(r, MembersModel.NAME).data() for r in range(proxy.rowCount())]

    assert shown("thuy") == ["Đặng Thị Thuỷ", "Lê Văn Thủy"]
    assert shown("DANG thuy") == ["Đặng Thị Thuỷ"]
    assert shown("1234567") == ["Đặng Thị Thuỷ", "Lê Văn Thủy"]
    assert shown("9012") == ["Lê Văn Thủy"]
    assert shown("") == ["Trần An", "Đặng Thị Thuỷ", "Lê Văn Thủy"]


def test_former_members_are_hidden_until_asked_for(page: MembersPage, ctx: AppContext) -> None:
    first = _members(ctx.store)[0]
    member_store.add_event(ctx.store, first.uid, MemberEvent(EventKind.CHUYEN_DI, date(2025, 1, 1)))
    page.reload()
    total = page.model.rowCount()
    assert page.proxy.rowCount() == total - 1
    page.show_former.setChecked(True)
    assert page.proxy.rowCount() == total


def test_typing_filters_and_down_moves_into_the_table(qtbot, page: MembersPage) -> None:
    wanted = page.model.member(5)
    page.activate()
    qtbot.keyClicks(page.search, wanted.card_no)
    assert page.proxy.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    assert page.current_uid() == wanted.uid


def test_adding_a_member_through_the_dialog(qtbot, page: MembersPage, ctx: AppContext) -> None:
    before = len(_members(ctx.store))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MemberDialog)
        dialog.accept()  # empty name: refused, the dialog stays open
        assert dialog.isVisible()
        assert dialog.problem.isVisible()
        dialog.name.setText("Hoàng Thị Ánh")  # QTest cannot type beyond Latin-1
        qtbot.keyClicks(dialog.card, "1234567")  # 7 digits
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.focusWidget() is dialog.card
        qtbot.keyClick(dialog.card, Qt.Key.Key_End)  # the wrong number is selected
        qtbot.keyClicks(dialog.card, "8")
        qtbot.keyClicks(dialog.birth, "31/02/1980")
        dialog.accept()
        assert dialog.isVisible(), dialog.problem.text()
        assert dialog.focusWidget() is dialog.birth, (dialog.problem.text(), dialog.birth.text())
        dialog.birth.setText("1980")
        qtbot.keyClicks(dialog.joined, "03/02/2010")
        dialog.status.setCurrentIndex(dialog.status.findData(MemberStatus.CHINH_THUC.value))
        dialog.accept()

    errors = on_next_dialog(fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]
    members = _members(ctx.store)
    assert len(members) == before + 1
    added = next(m for m in members if m.full_name == "Hoàng Thị Ánh")
    assert (added.card_no, added.birth_year, added.joined_date) == (
        "12345678",
        1980,
        date(2010, 2, 3),
    )
    assert page.current_uid() == added.uid


def test_a_duplicate_card_number_is_refused_with_the_core_message(qtbot, ctx: AppContext) -> None:
    taken = next(m for m in _members(ctx.store) if m.card_no)
    dialog = MemberDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.name.setText("Người Mới")
    dialog.card.setText(taken.card_no)
    assert dialog.save() is False
    assert taken.full_name in dialog.problem.text()


def test_editing_a_member(qtbot, ctx: AppContext) -> None:
    member = _members(ctx.store)[0]
    dialog = MemberDialog(ctx, member)
    qtbot.addWidget(dialog)
    dialog.phone.setText("0912 345 678")
    assert dialog.save()
    assert member_store.get_member(ctx.store, member.uid).phone == "0912 345 678"


def test_recording_an_exemption_and_a_transfer(qtbot, ctx: AppContext) -> None:
    member = _members(ctx.store)[3]
    history = HistoryDialog(ctx, member.uid)
    qtbot.addWidget(history)
    events_before = history.model.rowCount()

    exempt = EventDialog(ctx, history.member, exemption=True, parent=history)
    exempt.kind.setCurrentIndex(exempt.kind.findData(EventKind.TAM_MIEN.value))
    exempt.date_from.setText("01/01/2026")
    exempt.date_to.setText("31/12/2025")
    assert not exempt.save()  # the end before the start: the core refuses
    exempt.date_to.setText("31/12/2026")
    exempt.decision.setText("15-QĐ/ĐU")
    assert exempt.save()

    move = EventDialog(ctx, history.member, exemption=False, parent=history)
    assert move.kind.currentData() == EventKind.CHUYEN_DI.value
    move.date_from.setText("15/03/2026")
    assert move.save()
    history._reload()
    assert history.model.rowCount() == events_before + 2

    stored = member_store.get_member(ctx.store, member.uid)
    kinds = {(e.kind, e.date_from, e.date_to, e.decision_no) for e in stored.events}
    assert (EventKind.TAM_MIEN, date(2026, 1, 1), date(2026, 12, 31), "15-QĐ/ĐU") in kinds
    assert (EventKind.CHUYEN_DI, date(2026, 3, 15), None, "") in kinds
