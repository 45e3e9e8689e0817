"""The sign-in sheet: who must attend, in Vietnamese name order; exempt members apart.

Hand-built roster on the session date 05/02/2026 (rule `tru_mien`):
- Võ Văn Kiệt is exempt (`mien`): on the short exempt list only;
- Hà Thị Thuỷ is temporarily exempt (`tam_mien`): still expected, noted "Tạm miễn SH";
- Ngô Văn Chuyển left on 01/02/2026 and Lý Văn Mới joins on 10/02/2026: on neither list.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from studylog.cli.main import main
from studylog.domain.enums import AttendanceStatus, DenominatorRule, EventKind
from studylog.domain.models import Campaign, Member, MemberEvent, Session
from studylog.reports import sign_in
from studylog.storage import attendance, members, sessions
from studylog.storage.campaigns import add_campaign
from studylog.storage.db import open_database
from studylog.storage.settings import set_denominator_rule
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from studylog.vntext.collate import name_sort_key

MM = 72 / 25.4
DAY = date(2026, 2, 5)
EXPECTED = [
    "Nguyễn Văn An",
    "Trần Thị Ánh",
    "Phạm Thị Bích",
    "Lê Văn Bình",
    "Hoàng Văn Dũng",
    "Đỗ Văn Đạt",
    "Hà Thị Thuỷ",
]

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def pdftotext(path: Path, *args: str) -> str:
    done = subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, check=True, text=True
    )
    return unicodedata.normalize("NFC", done.stdout)


def _member(store: Store, name: str, year: int, *events: MemberEvent) -> Member:
    return members.add_member(
        store,
        Member(
            uid="", full_name=name, birth_year=year, unit_uid=home_unit(store).uid, events=events
        ),
    )


def build(store: Store, extra: int = 0) -> tuple[Campaign, Session]:
    campaign = add_campaign(
        store, Campaign(uid="", code="NQ-TEST", title="Học tập Nghị quyết Đại hội XIV")
    )
    # Entered in an order unlike the printed one.
    for i, name in enumerate(reversed(EXPECTED)):
        events = ()
        if name == "Hà Thị Thuỷ":
            events = (MemberEvent(EventKind.TAM_MIEN, date(2026, 1, 1), date(2026, 12, 31)),)
        _member(store, name, 1960 + i, *events)
    _member(store, "Võ Văn Kiệt", 1938, MemberEvent(EventKind.MIEN, date(2020, 1, 1)))
    _member(store, "Ngô Văn Chuyển", 1975, MemberEvent(EventKind.CHUYEN_DI, date(2026, 2, 1)))
    _member(store, "Lý Văn Mới", 1995, MemberEvent(EventKind.CHUYEN_DEN, date(2026, 2, 10)))
    for i in range(extra):
        _member(store, f"Trương Văn Thêm {chr(ord('A') + i % 26)}{i:02d}", 1980)
    session = sessions.add_session(
        store,
        Session(
            uid="",
            campaign_uid=campaign.uid,
            date=DAY,
            title="Hội nghị quán triệt",
            start_time="07:30",
            end_time="11:30",
            place="Hội trường Khu phố 3",
        ),
    )
    return campaign, session


def test_lists_follow_the_rules_and_the_name_order(store: Store) -> None:
    _, session = build(store)
    sheet = sign_in.gather(store, session.uid)
    assert [s.name for s in sheet.expected] == EXPECTED
    assert sorted(EXPECTED, key=name_sort_key) == EXPECTED
    assert [(s.name, s.birth_year, s.note) for s in sheet.exempt] == [
        ("Võ Văn Kiệt", "1938", "Miễn SH")
    ]
    assert sheet.expected[-1].note == "Tạm miễn SH"
    assert [s.birth_year for s in sheet.expected][:2] == ["1966", "1965"]


def test_when_nobody_is_excluded_the_exempt_sign_with_the_others(store: Store) -> None:
    _, session = build(store)
    set_denominator_rule(store, DenominatorRule.TAT_CA)
    sheet = sign_in.gather(store, session.uid)
    assert sheet.exempt == ()
    assert [s.name for s in sheet.expected] == sorted([*EXPECTED, "Võ Văn Kiệt"], key=name_sort_key)
    set_denominator_rule(store, DenominatorRule.TRU_MIEN_VA_TAM_MIEN)
    sheet = sign_in.gather(store, session.uid)
    assert [s.name for s in sheet.exempt] == ["Võ Văn Kiệt", "Hà Thị Thuỷ"]


def test_a_makeup_class_lists_those_who_missed_the_campaign(store: Store) -> None:
    campaign, session = build(store)
    roster = {m.full_name: m for m in members.load_members(store)}
    for name in EXPECTED[:-2]:
        attendance.mark(
            store,
            session_uid=session.uid,
            member_uid=roster[name].uid,
            status=AttendanceStatus.CO_MAT,
        )
    makeup = sessions.add_session(
        store,
        Session(uid="", campaign_uid=campaign.uid, date=date(2026, 2, 20), makeup_of=session.uid),
    )
    sheet = sign_in.gather(store, makeup.uid)
    assert [s.name for s in sheet.expected] == ["Đỗ Văn Đạt", "Hà Thị Thuỷ"]
    assert sheet.exempt == ()


@needs_poppler
def test_the_printed_sheet(store: Store, tmp_path: Path) -> None:
    _, session = build(store)
    path = tmp_path / "ký tên.pdf"
    sign_in.write(sign_in.gather(store, session.uid), path)
    text = pdftotext(path)
    for line in (
        "ĐẢNG BỘ PHƯỜNG BẾN THÀNH",
        "CHI BỘ KHU PHỐ 3",
        "DANH SÁCH ĐẢNG VIÊN KÝ TÊN THAM DỰ",
        "Đợt học tập: Học tập Nghị quyết Đại hội XIV",
        "Thời gian: 07:30–11:30, ngày 05/02/2026",
        "Địa điểm: Hội trường Khu phố 3",
        "Phải tham dự: 7 đồng chí",
        "Đảng viên miễn sinh hoạt (nếu tham dự)",
    ):
        assert line in text, line
    for header in ("STT", "Họ và tên", "Năm sinh", "Chữ ký", "Ghi chú"):
        assert header in text
    names = [n for n in re.findall(r"^(.+)$", text, re.M) if n in [*EXPECTED, "Võ Văn Kiệt"]]
    assert names == [*EXPECTED, "Võ Văn Kiệt"]  # expected in order, then the exempt list
    assert "Ngô Văn Chuyển" not in text and "Lý Văn Mới" not in text
    assert text.index("Võ Văn Kiệt") > text.index("Đảng viên miễn sinh hoạt (nếu tham dự)")
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in path.read_bytes()
    assert b"/BaseFont /Helvetica" not in path.read_bytes()


@needs_poppler
def test_long_lists_repeat_the_header_and_leave_room_to_sign(store: Store, tmp_path: Path) -> None:
    _, session = build(store, extra=60)
    path = tmp_path / "dài.pdf"
    sign_in.write(sign_in.gather(store, session.uid), path)
    pages = pdftotext(path).split("\f")[:-1]
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert "Họ và tên" in page and "Chữ ký" in page, f"page {number}"
        if number > 1:
            header = "Chi bộ Khu phố 3 — Danh sách đảng viên ký tên tham dự — ngày 05/02/2026"
            assert f"{header} — trang {number}" in page
    # Row height: the STT numbers (first column) of the first page stand 10 mm apart.
    html = pdftotext(path, "-bbox", "-f", "1", "-l", "1")
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(\d+)<', html)
    tops = [float(y) for x, y, _ in words if float(x) < 42 * MM]
    assert len(tops) > 10
    gaps = {round(b - a, 1) for a, b in itertools.pairwise(tops)}
    assert all(abs(gap - 10 * MM) < 0.5 for gap in gaps), gaps


def test_cli_sign_in_sheet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "cb.db"
    code = main(["demo", "--db", str(db_path), "--scale", "chi_bo", "--seed", "1"])
    assert code == 0
    db = open_database(db_path)
    store = Store(db)
    session = store.one("SELECT uid FROM sessions WHERE makeup_of IS NULL ORDER BY date LIMIT 1")
    expected = sign_in.gather(store, session["uid"])  # type: ignore[index]
    db.close()
    capsys.readouterr()
    out = tmp_path / "sign.pdf"
    code = main(
        [
            "sign-in-sheet",
            "--db",
            str(db_path),
            "--session",
            session["uid"],  # type: ignore[index]
            "--out",
            str(out),
            "--json",
        ]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert result == {
        "out": str(out),
        "expected": len(expected.expected),
        "exempt": len(expected.exempt),
    }
    assert (
        main(["sign-in-sheet", "--db", str(db_path), "--session", "nope", "--out", str(out)]) == 1
    )
    assert (
        main(
            [
                "sign-in-sheet",
                "--db",
                str(db_path),
                "--session",
                session["uid"],  # type: ignore[index]
                "--out",
                str(tmp_path / "x.docx"),
            ]
        )
        == 1
    )
    assert not (tmp_path / "x.docx").exists()
