"""Importing a roster: the preview shows what would change and every problem; nothing is
written before Import, and a file with problems needs "import the valid rows"."""

from __future__ import annotations

from pathlib import Path

from studylog.storage import members as member_store
from studylog.storage.units import home_unit
from ui.context import AppContext
from ui.members.import_dialog import RosterImportDialog
from ui.members.preview_models import ProblemsModel, TextRowsModel

ROSTER = """DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ 3
STT,Họ và tên,Ngày sinh,Số thẻ ĐV,Giới tính
1,Nguyễn Văn Mới,12/03/1970,12345678,Nam
2,Trần Thị Hai,31/02/1980,87654321,Nữ
3,Lê Văn Ba,1975,1234,Nam
,Tổng cộng,,,
"""

# The same people, the date corrected, and one phone number more.
WITH_PHONE = """STT,Họ và tên,Ngày sinh,Số thẻ ĐV,Giới tính,Điện thoại
1,Nguyễn Văn Mới,12/03/1970,12345678,Nam,0912345678
2,Trần Thị Hai,28/02/1980,87654321,Nữ,
3,Lê Văn Ba,1975,1234,Nam,
"""


def _names(ctx: AppContext) -> set[str]:
    return {m.full_name for m in member_store.load_members(ctx.store, home_unit(ctx.store).uid)}


def test_preview_then_import_the_valid_rows(
    qtbot, qtmodeltester, unit_ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    dialog = RosterImportDialog(unit_ctx)
    qtbot.addWidget(dialog)
    assert dialog.load(path)
    qtmodeltester.check(dialog.added)
    qtmodeltester.check(dialog.problems)
    assert dialog.added.rowCount() == 2
    assert dialog.added.index(1, 3).data() == "1975"
    assert dialog.added.index(1, 2).data() == "00001234"  # leading zeros given back
    assert dialog.problems.rowCount() == 1
    assert dialog.problems.index(0, ProblemsModel.ROW).data() == "4"
    assert "Ngày sinh" in dialog.problems.index(0, ProblemsModel.COLUMN).data()
    assert dialog.tabs.currentIndex() == 2  # the problems are shown first
    assert _names(unit_ctx) == set()  # a preview writes nothing

    assert not dialog.import_button.isEnabled()
    dialog.accept()
    assert _names(unit_ctx) == set()
    dialog.accept_valid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.accept()
    assert _names(unit_ctx) == {"Nguyễn Văn Mới", "Lê Văn Ba"}
    assert dialog.result is not None and dialog.result.added == 2


def test_a_second_import_updates_and_a_clean_file_needs_no_checkbox(
    qtbot, unit_ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER.replace("31/02/1980", "28/02/1980"), encoding="utf-8")
    first = RosterImportDialog(unit_ctx)
    qtbot.addWidget(first)
    first.load(path)
    assert not first.accept_valid.isVisible() and first.import_button.isEnabled()
    first.accept()
    assert len(_names(unit_ctx)) == 3

    path.write_text(WITH_PHONE, encoding="utf-8")
    again = RosterImportDialog(unit_ctx)
    qtbot.addWidget(again)
    again.load(path)
    assert again.added.rowCount() == 0
    assert again.updated.rowCount() == 1
    assert "phone" in again.updated.index(0, 3).data()
    assert "2 unchanged" in again.summary.text()


def test_a_refused_file_says_why(qtbot, unit_ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not really")
    dialog = RosterImportDialog(unit_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.load(path)
    assert dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_text_rows_model(qtmodeltester) -> None:
    model = TextRowsModel(("A", "B"))
    model.set_rows([("1",), ("2", "3", "extra")])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == ""
