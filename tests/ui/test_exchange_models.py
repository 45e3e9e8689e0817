"""The exchange page's models, labels and USB-stick detection, without the page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from studylog.domain.aggregate import Aggregate
from studylog.domain.enums import Level
from studylog.domain.models import Campaign, Unit
from studylog.exchange.consolidate import FileResult, Outcome
from studylog.i18n import msg
from studylog.storage.packages import Accepted
from studylog.upper import Completeness, UnitStatus
from ui.exchange import completeness_model as cc
from ui.exchange import results_model as rc
from ui.exchange.completeness_model import CompletenessModel
from ui.exchange.destination import is_removable, removable_drives
from ui.exchange.labels import is_key_change, new_fingerprint, reason_text
from ui.exchange.results_model import FileResultsModel

KEY_CHANGE = msg(
    "{file} is signed with a key (fingerprint {new}) different from … ({old}).",
    "{file} được ký bằng khóa (dấu vân tay {new}) khác … ({old}).",
    file="a.xlsx",
    unit="CB-01",
    new="AAAA-BBBB-CCCC-DDDD",
    old="1111-2222-3333-4444",
)
RESULTS = (
    FileResult("/in/CB-01_X_20260401.xlsx", Outcome.NEW, "CB-01", "X", package_uid="p1"),
    FileResult(
        "/in/CB-02_X_20260401.xlsx",
        Outcome.REPLACED,
        "CB-02",
        "X",
        reason=msg("Replaces number {old}.", "Thay gói số {old}.", old=1),
        warnings=(msg("Edited by hand.", "Đã sửa bằng tay."),),
    ),
    FileResult("/in/CB-03_X.xlsx", Outcome.UNCHANGED, "CB-03", "X"),
    FileResult("/in/CB-04_X.xlsx", Outcome.OLDER, "CB-04", "X"),
    FileResult("/in/notes.xlsx", Outcome.REJECTED, reason=msg("Not a package.", "Không phải gói.")),
    FileResult("/in/CB-01_X_new.xlsx", Outcome.REJECTED, "CB-01", "X", reason=KEY_CHANGE),
)


def campaign(deadline: date | None = date(2026, 4, 5)) -> Campaign:
    return Campaign(uid="c", code="X", title="Học tập X", report_deadline=deadline)


def unit(code: str) -> Unit:
    return Unit(uid=f"u-{code}", code=code, name=f"Chi bộ {code}", level=Level.CHI_BO)


def accepted(code: str, generated_at: str) -> Accepted:
    return Accepted(
        uid=f"p-{code}",
        unit_uid=f"u-{code}",
        campaign_uid="c",
        sequence=2,
        generated_at=generated_at,
        data_sha256="0" * 64,
        unit_code=code,
        unit_name=f"Chi bộ {code}",
        unit_level="chi_bo",
        public_key="",
        aggregate=Aggregate(required=53, attended=41, made_up=11),
    )


def status(today: date) -> Completeness:
    rows = (
        UnitStatus(unit("CB-01"), accepted("CB-01", "2026-04-01T09:00:00+07:00"), True),
        UnitStatus(unit("CB-02"), accepted("CB-02", "2026-04-09T16:00:00+07:00"), False),
        UnitStatus(unit("CB-03"), None, False),
    )
    return Completeness(campaign=campaign(), rows=rows, today=today)


def text(model: object, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, column), role)  # type: ignore[attr-defined]


def test_the_results_model_passes_the_model_tester(qtmodeltester) -> None:
    model = FileResultsModel("en")
    model.set_results(RESULTS, {"CB-01": "Chi bộ Ấp 1"})
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0, 0)) == 0
    empty = FileResultsModel("en")
    qtmodeltester.check(empty)


def test_the_results_model_says_what_each_file_would_do(qapp) -> None:
    model = FileResultsModel("en")
    model.set_results(RESULTS, {"CB-01": "Chi bộ Ấp 1"})
    assert text(model, 0, rc.FILE) == "CB-01_X_20260401.xlsx"
    assert text(model, 0, rc.FILE, Qt.ItemDataRole.ToolTipRole) == "/in/CB-01_X_20260401.xlsx"
    assert text(model, 0, rc.UNIT) == "Chi bộ Ấp 1 (CB-01)"
    assert text(model, 1, rc.UNIT) == "CB-02"
    assert [text(model, r, rc.RESULT) for r in range(5)] == [
        "New",
        "Replaces an earlier file",
        "Already imported",
        "Older file, ignored",
        "Refused",
    ]
    assert text(model, 1, rc.REASON) == "Replaces number 1. Edited by hand."
    assert text(model, 4, rc.REASON) == "Not a package."
    # Refused rows stand out; the others keep the view's own colours.
    assert text(model, 4, rc.FILE, Qt.ItemDataRole.BackgroundRole) is not None
    assert text(model, 0, rc.FILE, Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(rc.RESULT, Qt.Orientation.Horizontal) == "Result"


def test_a_key_change_is_recognised_and_explained_for_the_window(qapp) -> None:
    assert [is_key_change(r) for r in RESULTS] == [False] * 5 + [True]
    change = RESULTS[5]
    assert new_fingerprint(change) == "AAAA-BBBB-CCCC-DDDD"
    explained = reason_text(change, "vi")
    assert "AAAA-BBBB-CCCC-DDDD" in explained and "1111-2222-3333-4444" in explained
    assert "--accept-new-key" not in explained  # the window offers a button, not a command


def test_the_completeness_model_passes_the_model_tester(qtmodeltester) -> None:
    model = CompletenessModel()
    model.set_completeness(status(date(2026, 4, 20)))
    qtmodeltester.check(model)
    model.set_completeness(None)
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_overdue_units_are_highlighted_once_the_deadline_has_passed(qapp) -> None:
    model = CompletenessModel()
    model.set_completeness(status(date(2026, 4, 20)))
    assert [text(model, r, cc.STATE) for r in range(3)] == [
        "Reported on time",
        "Reported late",
        "Overdue, not reported",
    ]
    assert text(model, 0, cc.SENT) == "01/04/2026"
    assert text(model, 0, cc.SEQUENCE) == "2"
    assert text(model, 0, cc.ATTENDED) == "41/53 (77,36%)"
    assert text(model, 0, cc.AFTER_MAKEUP) == "52/53 (98,11%)"
    assert text(model, 2, cc.ATTENDED) == ""
    assert model.is_overdue(2) and not model.is_overdue(1)
    assert text(model, 2, cc.NAME, Qt.ItemDataRole.BackgroundRole) is not None
    assert text(model, 0, cc.NAME, Qt.ItemDataRole.BackgroundRole) is None

    model.set_completeness(status(date(2026, 4, 1)))  # before the deadline: just waiting
    assert text(model, 2, cc.STATE) == "Not reported yet"
    assert text(model, 2, cc.NAME, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(QModelIndex()) is None


@dataclass
class FakeVolume:
    root: str
    name: str = "KINGSTON"
    ready: bool = True
    read_only: bool = False

    def isValid(self) -> bool:
        return True

    def isReady(self) -> bool:
        return self.ready

    def isReadOnly(self) -> bool:
        return self.read_only

    def rootPath(self) -> str:
        return self.root

    def displayName(self) -> str:
        return self.name


def test_usb_sticks_are_found_where_each_system_mounts_them() -> None:
    def never(_root: str) -> int:
        raise AssertionError("only Windows asks for the drive type")

    assert is_removable("/media/hoa/KINGSTON", platform="linux", drive_type=never)
    assert is_removable("/run/media/hoa/USB", platform="linux", drive_type=never)
    assert not is_removable("/", platform="linux", drive_type=never)
    assert not is_removable("/home", platform="linux", drive_type=never)
    assert is_removable("/Volumes/USB", platform="darwin", drive_type=never)
    types = {"C:/": 3, "E:/": 2, "F:/": 5}
    assert is_removable("E:/", platform="win32", drive_type=types.__getitem__)
    assert not is_removable("C:/", platform="win32", drive_type=types.__getitem__)
    assert not is_removable("F:/", platform="win32", drive_type=types.__getitem__)


def test_only_ready_writable_removable_volumes_are_offered() -> None:
    volumes = [
        FakeVolume("/"),
        FakeVolume("/media/hoa/KINGSTON"),
        FakeVolume("/media/hoa/CDROM", read_only=True),
        FakeVolume("/media/hoa/EMPTY", ready=False),
        FakeVolume("/run/media/hoa/SANDISK", name=""),
    ]
    drives = removable_drives(volumes, platform="linux")
    assert [(str(d.root), d.name) for d in drives] == [
        ("/media/hoa/KINGSTON", "KINGSTON"),
        ("/run/media/hoa/SANDISK", "/run/media/hoa/SANDISK"),
    ]
