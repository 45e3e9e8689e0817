"""Điểm danh: the check-in list, its keyboard, undo, and the keystroke budget."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from studylog.demo import names
from studylog.domain.enums import AttendanceStatus
from studylog.domain.models import Campaign, Member, Session
from studylog.stats import figures_for
from studylog.storage import attendance
from studylog.storage import campaigns as campaign_store
from studylog.storage import members as member_store
from studylog.storage import sessions as session_store
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.vntext import fold
from ui.checkin.keys import COMMANDS
from ui.checkin.labels import QUICK_REASONS
from ui.checkin.model import CheckinModel
from ui.checkin.page import CheckinPage
from ui.context import AppContext

MEMBERS = 50


@pytest.fixture
def session(store: Store) -> Session:
    rng = random.Random(7)
    unit = home_unit(store).uid
    cards: set[str] = set()
    for i in range(MEMBERS):
        card = f"{rng.randrange(10**7, 10**8)}"
        while card in cards:
            card = f"{rng.randrange(10**7, 10**8)}"
        cards.add(card)
        name = names.full_name(rng, female=i % 2 == 0)
        member_store.add_member(store, Member(uid="", unit_uid=unit, full_name=name, card_no=card))
    campaign = campaign_store.add_campaign(
        store,
        Campaign(
            uid="",
            code="NQ-DH-XIV",
            title="Học tập Nghị quyết Đại hội XIV",
            start_date=date(2026, 2, 1),
        ),
    )
    return session_store.add_session(
        store, Session(uid="", campaign_uid=campaign.uid, date=date(2026, 2, 5), title="Hội nghị")
    )


@pytest.fixture
def page(qtbot, store: Store, session: Session) -> CheckinPage:
    ctx = AppContext(store, Path(":memory:"))
    widget = CheckinPage(ctx)
    ctx.changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.activate()
    return widget


class Keyboard:
    """Sends keys to whatever has the focus, as a person would, and counts them.

    Counting rule: every key event sent counts as one keystroke, a chord
    (Ctrl+Shift+A) included; reason digits and search letters count like any key.
    """

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        target = QApplication.focusWidget()
        assert isinstance(target, QWidget), "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for ch in text:
            self.press(ch)


def jump_keys(model: CheckinModel, row: int) -> str:
    """The shortest start of the member's given name (else card) whose best match is the row."""
    member = model.member(row)
    for source in (fold(member.full_name).split()[-1], member.card_no):
        for n in range(1, len(source) + 1):
            query = source[:n]
            if model.matches(query)[:1] == [row]:
                # A command letter cannot start a search from the list: "/" first.
                first = Qt.Key(ord(query[0].upper())) if query[0].isalpha() else None
                return ("/" if first in COMMANDS else "") + query
    raise AssertionError(f"no query finds {member.full_name}")


def test_checkin_model_passes_the_model_tester(qtmodeltester, page: CheckinPage) -> None:
    qtmodeltester.check(page.model)


def test_fifty_members_45_present_5_excused_within_60_keystrokes(
    qtbot, page: CheckinPage, store: Store, session: Session
) -> None:
    keyboard = Keyboard(qtbot)
    model = page.model
    assert model.rowCount() == MEMBERS
    absentees = [3, 11, 24, 37, 49]  # rows spread over the list, the last one included
    wanted = {model.member(r).uid: QUICK_REASONS[i] for i, r in enumerate(absentees)}

    keyboard.press(
        Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert page.model.present() == MEMBERS
    for i, row in enumerate(absentees):
        query = jump_keys(model, row)
        print(f"{model.member(row).full_name}: {query!r}")
        keyboard.type(query)  # jumps to the member while typing
        assert page.current_row() == row
        keyboard.press(Qt.Key.Key_Return)  # back to the list, on that row
        assert QApplication.focusWidget() is page.table
        keyboard.press(Qt.Key.Key_P)  # excused: the reason box takes the keyboard
        assert QApplication.focusWidget() is page.reason
        keyboard.press(str(i + 1))  # a quick reason: saved, back to the list
        assert QApplication.focusWidget() is page.table

    assert keyboard.count <= 60, keyboard.count
    marks = attendance.for_session(store, session.uid)
    assert len(marks) == MEMBERS
    present = [a for a in marks.values() if a.status is AttendanceStatus.CO_MAT]
    excused = {
        a.member_uid: a.reason for a in marks.values() if a.status is AttendanceStatus.VANG_CO_LY_DO
    }
    assert len(present) == 45
    assert excused == wanted
    assert page.counter.text() == "Present 45/50 (90,00%)"
    print(f"keystrokes: {keyboard.count}")


def test_going_down_the_list_with_the_status_keys(
    qtbot, page: CheckinPage, store: Store, session: Session
) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.press(Qt.Key.Key_Space)  # row 0 present, now on row 1
    keyboard.press("m")  # row 1 late
    keyboard.press("v")  # row 2 absent
    keyboard.press("k")  # row 3 absent
    keyboard.press("l")  # row 4 late
    keyboard.press(Qt.Key.Key_Enter)  # row 5 present
    keyboard.press("p")  # row 6 excused, typed reason
    keyboard.type("Di hop")
    keyboard.press(Qt.Key.Key_Return)
    assert page.current_row() == 7
    statuses = [page.model.mark(r).status for r in range(7)]
    assert statuses == [
        AttendanceStatus.CO_MAT,
        AttendanceStatus.MUON_SOM,
        AttendanceStatus.VANG,
        AttendanceStatus.VANG,
        AttendanceStatus.MUON_SOM,
        AttendanceStatus.CO_MAT,
        AttendanceStatus.VANG_CO_LY_DO,
    ]
    stored = attendance.for_session(store, session.uid)
    assert stored[page.model.member(6).uid].reason == "Di hop"
    assert page.counter.text() == "Present 4/50 (8,00%)"


def test_undo_restores_the_previous_mark_or_removes_the_row(
    qtbot, page: CheckinPage, store: Store, session: Session
) -> None:
    keyboard = Keyboard(qtbot)
    uid = page.model.member(0).uid
    keyboard.press(Qt.Key.Key_Space)
    page.go_to(0)
    keyboard.press("p")
    keyboard.press("2")  # excused, "Đi công tác": one step with its reason
    assert attendance.for_session(store, session.uid)[uid].reason == QUICK_REASONS[1]
    keyboard.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert attendance.for_session(store, session.uid)[uid].status is AttendanceStatus.CO_MAT
    assert page.current_row() == 0
    keyboard.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert uid not in attendance.for_session(store, session.uid)
    assert not page.undo_button.isEnabled()


def test_mark_everyone_present_keeps_existing_marks_and_undoes_in_one_step(
    qtbot, page: CheckinPage, store: Store, session: Session
) -> None:
    keyboard = Keyboard(qtbot)
    keyboard.press("v")  # row 0 absent
    keyboard.press(
        Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    marks = attendance.for_session(store, session.uid)
    assert marks[page.model.member(0).uid].status is AttendanceStatus.VANG
    assert sum(a.status is AttendanceStatus.CO_MAT for a in marks.values()) == MEMBERS - 1
    keyboard.press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list(attendance.for_session(store, session.uid)) == [page.model.member(0).uid]


def test_search_ranks_given_names_and_escape_returns_to_the_list(qtbot, page: CheckinPage) -> None:
    keyboard = Keyboard(qtbot)
    target = 20
    given = fold(page.model.member(target).full_name).split()[-1]
    keyboard.press("/")
    assert QApplication.focusWidget() is page.search
    keyboard.type(given)
    row = page.current_row()
    assert fold(page.model.member(row).full_name).split()[-1].startswith(given)
    keyboard.press(Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page.table
    assert page.search.text() == ""


def test_a_card_number_jumps_too(qtbot, page: CheckinPage) -> None:
    keyboard = Keyboard(qtbot)
    card = page.model.member(33).card_no
    keyboard.type(card)
    assert page.current_row() == 33


def test_exempt_members_can_be_listed_and_stay_out_of_the_rate(qtbot, demo_ctx: AppContext) -> None:
    page = CheckinPage(demo_ctx)
    demo_ctx.changed.connect(page.refresh)
    qtbot.addWidget(page)
    campaign = page.campaign()
    assert campaign is not None
    regular = next(
        s for s in session_store.list_sessions(demo_ctx.store, campaign.uid) if not s.is_makeup
    )
    page.sessions.setCurrentIndex(page.sessions.findData(regular.uid))
    counted, counter = page.model.rowCount(), page.counter.text()
    page.show_exempt.setChecked(True)
    extra = page.model.rowCount() - counted
    assert extra > 0
    assert page.counter.text() == counter
    assert "exempt" in page.model.index(counted, CheckinModel.NAME).data()
    member = page.model.member(counted)
    page.go_to(counted)
    page.table.command.emit(AttendanceStatus.VANG)
    assert page.counter.text() == counter
    page.go_to(counted)
    page.table.command.emit(AttendanceStatus.CO_MAT)
    assert (
        attendance.for_session(demo_ctx.store, regular.uid)[member.uid].status
        is AttendanceStatus.CO_MAT
    )
    assert page.counter.text() == counter
    assert figures_for(demo_ctx.store, campaign).exempt_attended >= 1
