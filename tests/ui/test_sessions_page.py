"""Buổi học tập: the session list and editor, and the connection points of a session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from studylog.domain.enums import Group, IncidentKind, Quality, SessionKind
from studylog.storage import campaigns as campaign_store
from studylog.storage import sessions as session_store
from ui.context import AppContext
from ui.sessions.editor import SessionDialog
from ui.sessions.model import SessionsModel
from ui.sessions.page import SessionsPage
from ui.sessions.points_model import IncidentsModel, SessionPointsModel


@pytest.fixture
def ctx(demo_ctx: AppContext) -> AppContext:
    return demo_ctx


@pytest.fixture
def page(qtbot, ctx: AppContext) -> SessionsPage:
    widget = SessionsPage(ctx)
    ctx.changed.connect(widget.refresh)
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


def test_models_pass_the_model_tester(qtmodeltester, page: SessionsPage) -> None:
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)
    assert page.points.model.rowCount() > 0
    qtmodeltester.check(page.points.model)
    qtmodeltester.check(page.points.form.incidents)
    for model in (SessionsModel(), SessionPointsModel(), IncidentsModel()):
        qtmodeltester.check(model)


def test_adding_a_session_through_the_dialog(qtbot, page: SessionsPage, ctx: AppContext) -> None:
    campaign = page.campaign()
    assert campaign is not None
    before = len(session_store.list_sessions(ctx.store, campaign.uid))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        dialog.day.setText("")
        dialog.accept()
        assert dialog.isVisible()  # a session needs a date
        qtbot.keyClicks(dialog.day, "12/03/2026")
        qtbot.keyClicks(dialog.start, "7:30")
        qtbot.keyClicks(dialog.end, "25:00")
        dialog.accept()
        assert dialog.isVisible() and "25:00" in dialog.problem.text()
        dialog.end.setText("11h")
        dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.KET_HOP.value))
        dialog.title.setText("Sinh hoạt chuyên đề")
        dialog.chair.setText("Bí thư chi bộ")
        dialog.accept()

    errors = on_next_dialog(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]
    found = session_store.list_sessions(ctx.store, campaign.uid)
    assert len(found) == before + 1
    added = next(s for s in found if s.title == "Sinh hoạt chuyên đề")
    assert (added.date, added.start_time, added.end_time, added.kind) == (
        date(2026, 3, 12),
        "07:30",
        "11:00",
        SessionKind.KET_HOP,
    )
    assert page.current_session() == added


def test_a_make_up_class_points_to_its_session(qtbot, page: SessionsPage, ctx: AppContext) -> None:
    campaign = page.campaign()
    assert campaign is not None
    regular = next(s for s in page.model.records() if not s.is_makeup)
    page.select(regular.uid)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        assert dialog.makeup_of.currentData() == regular.uid
        dialog.day.setText("30/12/2026")
        dialog.accept()

    errors = on_next_dialog(fill)
    qtbot.mouseClick(page.makeup_button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]
    added = next(
        s
        for s in session_store.list_sessions(ctx.store, campaign.uid)
        if s.date == date(2026, 12, 30)
    )
    assert added.makeup_of == regular.uid


def test_deleting_a_session_with_a_make_up_class_is_explained(
    qtbot, page: SessionsPage, ctx: AppContext
) -> None:
    regular = next(s for s in page.model.records() if not s.is_makeup)
    assert any(s.makeup_of == regular.uid for s in page.model.records())
    page.select(regular.uid)
    seen: list[str] = []

    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.accept()

    errors = on_next_dialog(close)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]
    assert seen and "make-up" in seen[0]
    assert session_store.get_session(ctx.store, regular.uid) == regular


def test_connection_point_counts_quality_details_and_incidents(
    qtbot, page: SessionsPage, ctx: AppContext
) -> None:
    campaign = campaign_store.campaign_by_code(ctx.store, "NQ-45-NQ/TW")
    page.campaigns.setCurrentIndex(page.campaigns.findData(campaign.uid))
    session = next(s for s in page.model.records() if s.kind is SessionKind.TRUC_TIEP)
    page.select(session.uid)
    tab = page.points
    before = tab.model.rowCount()

    tab.point_name.setCurrentText("Nhà văn hóa Khu phố 3")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == before + 1
    form = tab.form
    assert form.point is not None and form.point.point_name == "Nhà văn hóa Khu phố 3"
    form.counts[Group.DANG_VIEN].setValue(48)
    form.counts[Group.QUAN_CHUNG].setValue(120)
    form.quality.setCurrentIndex(form.quality.findData(Quality.GIAN_DOAN.value))
    form.technician.setText("Lê Văn Kỹ")
    form.phone.setText("0903 111 222")
    form.times["planned_start"].setText("7:30")
    form.times["actual_start"].setText("7.45")
    form.test_done.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(form.incident_time, "08:10")
    form.incident_kind.setCurrentIndex(form.incident_kind.findData(IncidentKind.MAT_KET_NOI.value))
    form.incident_minutes.setValue(12)
    form.incident_handling.setText("Chuyển sang đường truyền dự phòng")
    qtbot.mouseClick(form.add_incident_button, Qt.MouseButton.LeftButton)

    (point,) = [
        p
        for p in session_store.session_points(ctx.store, [session.uid])
        if p.point_name == "Nhà văn hóa Khu phố 3"
    ]
    assert point.count(Group.DANG_VIEN) == 48 and point.count(Group.QUAN_CHUNG) == 120
    assert point.quality is Quality.GIAN_DOAN
    assert (point.technician, point.phone, point.test_done) == ("Lê Văn Kỹ", "0903 111 222", True)
    assert (point.planned_start, point.actual_start) == ("07:30", "07:45")
    (incident,) = point.incidents
    assert (incident.time, incident.kind, incident.minutes_lost) == ("08:10", "mat_ket_noi", 12)
    assert form.incidents.rowCount() == 1  # the page reloaded the point it shows
