"""The databases and the well-formed files that the hostile corpus starts from.

- `cell.db`: a chi bộ with six members (cards 10000001…10000006), the campaign
  NQ-DH-XIV and one session: the target of the roster, attendance, essay and plan files.
- `upper.db`: a commune that has accepted CB-1's first package (so CB-1's key is
  trusted): the target of the package files.

Base files: a roster, an attendance list and an essay list (each as rows, written as
.xlsx or .csv by the corpus); CB-1's second package (valid: it would be accepted),
CB-1's package for a campaign the commune does not have (refused by the last check
only, so that damage which leaves the content intact is still refused), the commune's
plan (valid) and the same plan with a campaign whose deadline is before its start,
re-hashed (well-formed, refused by its content).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from package_world import CAMPAIGN, CODE, ON_TIME, add_member_present, chi_bo, commune, export

from studylog.domain.enums import Level
from studylog.domain.models import Member, Session
from studylog.exchange import package_data as pd
from studylog.exchange.consolidate import consolidate
from studylog.exchange.package_export import export_package
from studylog.exchange.package_read import read_package
from studylog.exchange.plan import export_plan
from studylog.storage import campaigns, members, sessions, units
from studylog.storage.db import open_database
from studylog.storage.store import Store

CARDS = tuple(f"1000000{i}" for i in range(1, 7))
NAMES = (
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Võ Thị Phương",
)
OTHER_CODE = "NQ-KHAC"


@dataclass(frozen=True)
class World:
    folder: Path
    cell_db: Path
    upper_db: Path
    session_uid: str
    package: bytes  # valid, newer than the accepted one
    late_package: bytes  # refused only because the campaign is unknown here
    plan: bytes  # valid
    late_plan: bytes  # well-formed and correctly hashed, refused by its content

    def pristine(self, name: str) -> Path:
        return self.folder / "pristine" / name


ROSTER_HEADER = ["STT", "Họ và tên", "Ngày sinh", "Số thẻ", "Ghi chú"]
ATTENDANCE_HEADER = ["STT", "Số thẻ", "Họ và tên", "Điểm danh", "Lý do"]
ESSAY_HEADER = ["STT", "Số thẻ", "Họ và tên", "Ngày nộp", "Xếp loại"]


def roster_rows() -> list[list[object]]:
    new = [("Đặng Thị Hoa", "12/03/1985", "20000001"), ("Bùi Văn Khang", "1979", "20000002")]
    return [ROSTER_HEADER] + [[i, n, b, c, ""] for i, (n, b, c) in enumerate(new, start=1)]


def attendance_rows() -> list[list[object]]:
    return [ATTENDANCE_HEADER] + [
        [i, card, name, "x", ""]
        for i, (card, name) in enumerate(zip(CARDS, NAMES, strict=True), start=1)
    ]


def essay_rows() -> list[list[object]]:
    return [ESSAY_HEADER] + [
        [i, card, name, "01/03/2026", "Tốt"]
        for i, (card, name) in enumerate(zip(CARDS, NAMES, strict=True), start=1)
    ]


# Rows that make any of these lists refused, whatever else is in the file: each one is
# wrong on its own, so that damage which happens to repair one leaves the others.
def poison_rows(kind: str, start: int, count: int = 4) -> list[list[object]]:
    out: list[list[object]] = []
    for i in range(count):
        n = start + i
        if kind == "roster":
            out.append([n, f"{31415 + i * 7}", "31/02/1980", f"9{i}AB{i}CDE", ""])
        elif kind == "attendance":
            out.append([n, f"9{i}99999{i}", f"Người Không Có {i}", "có lẽ", ""])
        else:
            out.append([n, f"9{i}99999{i}", f"Người Không Có {i}", "30/02/2026", "Xuất sắc"])
    return out


def base_rows(kind: str) -> list[list[object]]:
    return {"roster": roster_rows, "attendance": attendance_rows, "essays": essay_rows}[kind]()


def build_world(folder: Path) -> World:
    folder.mkdir(parents=True, exist_ok=True)
    cell_db, session_uid = _cell(folder)
    units_dir = folder / "units"
    units_dir.mkdir()
    up = commune(units_dir)
    cb1 = chi_bo(units_dir, "CB-1")
    campaigns.add_campaign(cb1, replace(CAMPAIGN, code=OTHER_CODE, uid=""))
    first = export(cb1, units_dir / "first.xlsx")
    assert consolidate(up, [first.path]).files[0].result == "new"
    add_member_present(cb1, "Đỗ Văn Mới")
    package = export(cb1, units_dir / "second.xlsx").path.read_bytes()
    late = export_package_for(cb1, units_dir / "late.xlsx")
    plan_path = export_plan(up, out=units_dir / "plan.xlsx")
    plan = plan_path.read_bytes()
    upper_db = folder / "upper.db"
    up.db.close()
    cb1.db.close()
    shutil.copy(units_dir / "DU-AB.db", upper_db)
    pristine = folder / "pristine"
    pristine.mkdir()
    for path in (cell_db, upper_db):
        shutil.copy(path, pristine / path.name)
    return World(
        folder=folder,
        cell_db=cell_db,
        upper_db=upper_db,
        session_uid=session_uid,
        package=package,
        late_package=late,
        plan=plan,
        late_plan=rehash_plan(plan, _reverse_deadline),
    )


def export_package_for(store: Store, out: Path) -> bytes:
    return export_package(store, campaign_code=OTHER_CODE, out=out, now=ON_TIME).path.read_bytes()


def _cell(folder: Path) -> tuple[Path, str]:
    path = folder / "cell.db"
    store = Store(open_database(path), path=path, actor="test")
    home = units.init_home(
        store,
        name="Chi bộ Ấp 2",
        code="CB-A2",
        level=Level.CHI_BO,
        parent_name="Đảng ủy xã An Bình",
        parent_code="DU-AB",
        place="Xã An Bình",
    )
    campaign = campaigns.add_campaign(store, replace(CAMPAIGN, uid=""))
    for name, card in zip(NAMES, CARDS, strict=True):
        members.add_member(store, Member(uid="", full_name=name, unit_uid=home.uid, card_no=card))
    session = sessions.add_session(
        store, Session(uid="", campaign_uid=campaign.uid, date=date(2026, 2, 5), title="Hội nghị")
    )
    store.db.close()
    return path, session.uid


# -- plans re-hashed after an edit (plans are not signed) -------------------------------


def rehash_plan(data: bytes, change: object) -> bytes:
    """Apply `change(rows)` to the plan's `_data`, then put the matching hash in `_meta`."""
    import tempfile

    from hostile_xlsx import edit_sheet

    edited = edit_sheet(data, "_data", change)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "plan.xlsx"
        path.write_bytes(edited)
        records = read_package(path, expected=pd.PLAN_FORMAT).records
    digest = pd.data_sha256(records)
    return edit_sheet(
        edited,
        "_meta",
        lambda rows: [[r[0], digest] if r and r[0] == "data_sha256" else r for r in rows],
    )


def _reverse_deadline(rows: list[list[object]]) -> list[list[object]]:
    header = rows[0]
    start, deadline = header.index("start_date"), header.index("deadline")
    out: list[list[object]] = [list(header)]
    for row in rows[1:]:
        row = list(row) + [""] * (len(header) - len(row))
        if row[0] == pd.CAMPAIGN:
            row[start], row[deadline] = "2026-05-01", "2026-04-01"
        out.append(row)
    return out


__all__ = ["CODE", "World", "build_world"]
