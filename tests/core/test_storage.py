"""Storage: schema, constraints, the audit trail, refusal of foreign files."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from studylog.domain.enums import AttendanceStatus, EventKind, Level
from studylog.domain.models import Campaign, Member, MemberEvent, Session
from studylog.errors import EnvironmentProblem, InputError
from studylog.storage import attendance, campaigns, members, sessions, units
from studylog.storage.db import open_database
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store


def add(store: Store, name: str, card: str = "") -> Member:
    home = units.home_unit(store)
    return members.add_member(
        store, Member(uid="", full_name=name, unit_uid=home.uid, card_no=card)
    )


def test_pragmas_and_version(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    db.close()
    # Opening again applies nothing new.
    db = open_database(tmp_path / "x.db")
    assert db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_every_mutation_is_audited(store: Store) -> None:
    before = store.one("SELECT count(*) AS n FROM audit")
    assert before is not None
    member = add(store, "Nguyễn Văn An", "12345678")
    members.update_member(store, member.uid, phone="0912345678")
    members.add_event(store, member.uid, MemberEvent(EventKind.MIEN, date(2025, 1, 1)))
    rows = store.all("SELECT action, table_name, old, new, actor FROM audit ORDER BY id")
    tail = rows[before["n"] :]
    assert [(r["action"], r["table_name"]) for r in tail] == [
        ("insert", "members"),
        ("update", "members"),
        ("insert", "member_events"),
    ]
    assert '"phone": ""' in tail[1]["old"] and "0912345678" in tail[1]["new"]
    assert {r["actor"] for r in tail} == {"test"}


def test_audit_is_append_only(store: Store) -> None:
    add(store, "Nguyễn Văn An")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("UPDATE audit SET actor = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("DELETE FROM audit")


def test_update_without_change_writes_nothing(store: Store) -> None:
    member = add(store, "Trần Thị Bình")
    count = store.one("SELECT count(*) AS n FROM audit")
    assert not members.update_member(store, member.uid, full_name="Trần  Thị Bình")
    assert store.one("SELECT count(*) AS n FROM audit") == count


def test_card_numbers_are_unique(store: Store) -> None:
    add(store, "Nguyễn Văn An", "12345678")
    with pytest.raises(InputError, match="12345678"):
        add(store, "Lê Văn Bình", "12345678")
    with pytest.raises(InputError):
        add(store, "Lê Văn Bình", "1234")


def test_names_are_stored_composed(store: Store) -> None:
    import unicodedata

    member = add(store, unicodedata.normalize("NFD", "Đặng  Thị Thuỷ "))
    stored = members.get_member(store, member.uid)
    assert stored.full_name == "Đặng Thị Thuỷ"
    assert unicodedata.is_normalized("NFC", stored.full_name)


def test_attendance_one_row_per_member_and_session(store: Store) -> None:
    member = add(store, "Nguyễn Văn An")
    campaign = campaigns.add_campaign(store, Campaign(uid="", code="C1", title="Đợt 1"))
    session = sessions.add_session(store, Session("", campaign.uid, date(2026, 2, 5)))
    assert attendance.mark(
        store, session_uid=session.uid, member_uid=member.uid, status=AttendanceStatus.CO_MAT
    )
    assert not attendance.mark(
        store, session_uid=session.uid, member_uid=member.uid, status=AttendanceStatus.CO_MAT
    )
    attendance.mark(
        store,
        session_uid=session.uid,
        member_uid=member.uid,
        status=AttendanceStatus.VANG_CO_LY_DO,
        reason="Ốm",
    )
    rows = attendance.for_session(store, session.uid)
    assert len(rows) == 1 and rows[member.uid].reason == "Ốm"
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO attendance (uid, session_uid, member_uid, status) VALUES (?,?,?,?)",
            ["x", session.uid, member.uid, "co_mat"],
        )


def test_makeup_must_stay_in_its_campaign(store: Store) -> None:
    c1 = campaigns.add_campaign(store, Campaign(uid="", code="C1", title="Đợt 1"))
    c2 = campaigns.add_campaign(store, Campaign(uid="", code="C2", title="Đợt 2"))
    s1 = sessions.add_session(store, Session("", c1.uid, date(2026, 2, 5)))
    with pytest.raises(InputError):
        sessions.add_session(store, Session("", c2.uid, date(2026, 2, 9), makeup_of=s1.uid))


def test_campaign_codes_unique_and_dates_checked(store: Store) -> None:
    campaigns.add_campaign(store, Campaign(uid="", code="C1", title="Đợt 1"))
    with pytest.raises(InputError):
        campaigns.add_campaign(store, Campaign(uid="", code="C1", title="Khác"))
    with pytest.raises(InputError):
        campaigns.add_campaign(
            store,
            Campaign(
                uid="",
                code="C2",
                title="Đợt 2",
                start_date=date(2026, 3, 1),
                deadline=date(2026, 2, 1),
            ),
        )


def test_child_unit_codes_unique(store: Store) -> None:
    with pytest.raises(InputError):  # a chi bộ has no units below it
        units.add_child(store, name="Chi bộ 1", code="CB1", level=Level.CHI_BO)
    units.update_home(store, level=Level.XA.value)
    units.add_child(store, name="Chi bộ 1", code="CB1", level=Level.CHI_BO)
    with pytest.raises(InputError):
        units.add_child(store, name="Chi bộ khác", code="CB1", level=Level.CHI_BO)
    assert [u.code for u in units.child_units(store)] == ["CB1"]


def test_a_failed_unit_of_work_leaves_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError), store.atomic():
        add(store, "Nguyễn Văn An")
        raise RuntimeError("power cut")
    assert members.load_members(store) == []


def test_damaged_file_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.db"
    db = open_database(path)
    db.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(EnvironmentProblem):
        open_database(path)


def test_a_session_with_a_makeup_class_cannot_be_deleted(store: Store) -> None:
    c1 = campaigns.add_campaign(store, Campaign(uid="", code="C1", title="Đợt 1"))
    s1 = sessions.add_session(store, Session("", c1.uid, date(2026, 2, 5)))
    m1 = sessions.add_session(store, Session("", c1.uid, date(2026, 2, 20), makeup_of=s1.uid))
    with pytest.raises(InputError, match="20/02/2026"):
        sessions.delete_session(store, s1.uid)
    sessions.delete_session(store, m1.uid)
    sessions.delete_session(store, s1.uid)
    assert sessions.list_sessions(store, c1.uid) == []


def test_home_unit_keeps_a_name_and_code(store: Store) -> None:
    with pytest.raises(InputError):
        units.update_home(store, name="  ")
    assert units.update_home(store, secretary="Phan Quốc Hùng")
    assert units.home_unit(store).secretary == "Phan Quốc Hùng"
