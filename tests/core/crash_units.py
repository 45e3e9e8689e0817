"""The worlds the crash harness works in, and what each unit of work must leave behind.

- CellWorld: a chi bộ with 30 members and sessions made in advance; units import
  sign-in lists and rosters, click check-in marks, take backups.
- UpperWorld (crash_upper.py): a commune consolidating the packages of four chi bộ.
- UpgradeWorld: a database of schema 1, opened (and so upgraded) by the unit.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

from package_world import CAMPAIGN

from studylog.check import run_checks
from studylog.domain.enums import Level
from studylog.domain.models import Member, Session
from studylog.storage import campaigns, members, sessions, units
from studylog.storage.backup import default_folder, is_studylog, list_backups
from studylog.storage.db import close_quietly, open_database
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store

State = Literal["full", "none", "partial"]
STATUS_WORDS = {
    "co_mat": "x",
    "muon_som": "muộn",
    "vang_co_ly_do": "vắng có lý do",
    "vang": "vắng",
}


@dataclass(frozen=True)
class Unit:
    """`state` tells from the database whether the unit is there in full, not at all, or
    half (None: checked by the world's totals only). A `stable` state can be checked
    again after any later run; an offer of a file is not (the same file may come again)."""

    id: str
    spec: dict[str, Any]
    state: Callable[[sqlite3.Connection], State] | None = field(compare=False)
    stable: bool = True


def checks_pass(db: Path, failures: list[str], where: str) -> None:
    store = Store(open_database(db), path=db, actor="crash-check")
    try:
        report = run_checks(store)
    finally:
        close_quietly(store.db)
    if not report.ok:
        failures.append(f"{where}: studylog check: {report.lines('en')[:4]}")


class CellWorld:
    name = "cell"
    max_delay = 0.25
    MEMBERS = 30

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "cell.db"
        self.work = folder / "work"
        self.template = folder / "template.db"
        self.serial = 0

    @classmethod
    def build(cls, folder: Path) -> CellWorld:
        world = cls(folder)
        folder.mkdir(parents=True, exist_ok=True)
        world.work.mkdir(exist_ok=True)
        store = Store(open_database(world.template), path=world.template, actor="setup")
        home = units.init_home(store, name="Chi bộ Thử", code="CB-THU", level=Level.CHI_BO)
        campaign = campaigns.add_campaign(store, replace(CAMPAIGN, uid=""))
        with store.atomic():
            for i in range(cls.MEMBERS):
                members.add_member(
                    store,
                    Member(
                        uid="",
                        full_name=f"Đảng Viên Số {i}",
                        unit_uid=home.uid,
                        card_no=f"3000{i:04d}",
                    ),
                )
            for i in range(500):
                sessions.add_session(
                    store,
                    Session(
                        uid="",
                        campaign_uid=campaign.uid,
                        date=date(2026, 2, 1 + i % 28),
                        title=f"B{i}",
                    ),
                )
        store.db.close()
        world.reset()
        return world

    def reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(default_folder(self.db), ignore_errors=True)
        shutil.copy(self.template, self.db)
        conn = sqlite3.connect(self.db)
        self.sessions = [r[0] for r in conn.execute("SELECT uid FROM sessions ORDER BY title")]
        self.members = [
            tuple(r) for r in conn.execute("SELECT uid, card_no FROM members ORDER BY card_no")
        ]
        conn.close()
        self.pairs = [(s, m) for s in self.sessions[450:] for m, _ in self.members]
        self.sessions = self.sessions[:450]

    def reset_due(self) -> bool:
        return len(self.sessions) < 40 or len(self.pairs) < 40

    def next_job(self, rng: random.Random) -> tuple[dict[str, Any], list[Unit]]:
        units_: list[Unit] = []
        for _ in range(rng.randint(8, 24)):
            self.serial += 1
            kind = rng.choices(("attendance", "roster", "mark", "backup"), (40, 25, 30, 5))[0]
            units_.append(getattr(self, f"_{kind}")(rng, f"{kind}-{self.serial}"))
        job = {"db": str(self.db), "work": str(self.work), "units": [u.spec for u in units_]}
        return job, units_

    def _attendance(self, rng: random.Random, uid: str) -> Unit:
        session = self.sessions.pop()
        chosen = {card: rng.choice(list(STATUS_WORDS)) for _, card in self.members}
        rows = [
            [card, STATUS_WORDS[s], "ốm" if s == "vang_co_ly_do" else ""]
            for card, s in chosen.items()
        ]

        def state(conn: sqlite3.Connection) -> State:
            found = dict(
                conn.execute(
                    "SELECT m.card_no, a.status FROM attendance a JOIN members m"
                    " ON m.uid = a.member_uid WHERE a.session_uid = ?",
                    [session],
                ).fetchall()
            )
            return "none" if not found else "full" if found == chosen else "partial"

        spec = {"id": uid, "kind": "attendance", "session": session, "rows": rows}
        return Unit(uid, spec, state)

    def _roster(self, rng: random.Random, uid: str) -> Unit:
        number = int(uid.split("-")[1])
        people = [
            (f"Người Mới {number} Thứ {i}", str(rng.randint(1950, 2000)), f"5{number:05d}{i:02d}")
            for i in range(3)
        ]

        def state(conn: sqlite3.Connection) -> State:
            cards = [p[2] for p in people]
            found = conn.execute(
                f"SELECT full_name, card_no FROM members WHERE card_no IN ({','.join('?' * 3)})",
                cards,
            ).fetchall()
            if not found:
                return "none"
            return "full" if sorted(found) == sorted((p[0], p[2]) for p in people) else "partial"

        return Unit(uid, {"id": uid, "kind": "roster", "rows": [list(p) for p in people]}, state)

    def _mark(self, rng: random.Random, uid: str) -> Unit:
        session, member = self.pairs.pop(rng.randrange(len(self.pairs)))
        status = rng.choice(list(STATUS_WORDS))

        def state(conn: sqlite3.Connection) -> State:
            row = conn.execute(
                "SELECT status FROM attendance WHERE session_uid = ? AND member_uid = ?",
                [session, member],
            ).fetchone()
            return "none" if row is None else "full" if row[0] == status else "partial"

        spec = {"id": uid, "kind": "mark", "session": session, "member": member, "status": status}
        return Unit(uid, spec, state)

    def _backup(self, rng: random.Random, uid: str) -> Unit:
        return Unit(uid, {"id": uid, "kind": "backup", "db": str(self.db)}, None)

    def verify_totals(
        self, conn: sqlite3.Connection, expected: dict[str, bool], failures: list[str], where: str
    ) -> None:
        done = [uid for uid, present in expected.items() if present]
        rows = conn.execute("SELECT count(*) FROM attendance").fetchone()[0]
        want = sum(self.MEMBERS for u in done if u.startswith("attendance")) + sum(
            1 for u in done if u.startswith("mark")
        )
        if rows != want:
            failures.append(f"{where}: {rows} attendance rows, expected {want}")
        people = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        if people != self.MEMBERS + 3 * sum(1 for u in done if u.startswith("roster")):
            failures.append(f"{where}: {people} members, not what the acknowledged units added")
        for table in ("attendance", "members"):
            audited = conn.execute(
                "SELECT count(*) FROM audit WHERE table_name = ? AND action = 'insert'", [table]
            ).fetchone()[0]
            count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            if audited != count:
                failures.append(f"{where}: {count} {table} rows but {audited} audit rows")
        for backup in list_backups(default_folder(self.db), self.db.stem):
            check = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
            try:
                fine = check.execute("PRAGMA integrity_check").fetchone()[
                    0
                ] == "ok" and is_studylog(check)
            except sqlite3.DatabaseError:
                fine = False
            finally:
                check.close()
            if not fine:
                failures.append(f"{where}: the backup {backup.path.name} is damaged")

    def after_run(self, ledger: object, failures: list[str], where: str) -> None:
        checks_pass(self.db, failures, where)


class UpgradeWorld:
    name = "upgrade"
    max_delay = 0.03

    def __init__(self, folder: Path, fixture: Path) -> None:
        self.folder = folder
        self.fixture = fixture
        self.db = folder / "old.db"
        self.work = folder / "work"
        self.serial = 0

    @classmethod
    def build(cls, folder: Path, fixture: Path) -> UpgradeWorld:
        world = cls(folder, fixture)
        world.work.mkdir(parents=True)
        world.before = table_digest(fixture)
        return world

    def reset_due(self) -> bool:
        return True

    def reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.fixture, self.db)

    def next_job(self, rng: random.Random) -> tuple[dict[str, Any], list[Unit]]:
        self.serial += 1
        uid = f"upgrade-{self.serial}"

        def state(conn: sqlite3.Connection) -> State:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            steps = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
            if steps == SCHEMA_VERSION:
                return "full"
            return "none" if steps == version == 1 else "partial"

        unit = Unit(uid, {"id": uid, "kind": "upgrade"}, state)
        return {"db": str(self.db), "work": str(self.work), "units": [unit.spec]}, [unit]

    def verify_totals(
        self, conn: sqlite3.Connection, expected: dict[str, bool], failures: list[str], where: str
    ) -> None:
        pass

    def after_run(self, ledger: object, failures: list[str], where: str) -> None:
        checks_pass(self.db, failures, where)  # opening it finishes the upgrade
        if table_digest(self.db, only=self.before.keys()) != self.before:
            failures.append(f"{where}: the upgrade changed the data of schema 1")


def table_digest(db: Path, only: object = None) -> dict[str, str]:
    """A hash per table of its rows (tables of `only`, when given)."""
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        wanted = set(only) if only is not None else set(names)  # type: ignore[call-overload]
        return {
            name: hashlib.sha256(
                repr(conn.execute(f"SELECT * FROM [{name}] ORDER BY rowid").fetchall()).encode()
            ).hexdigest()
            for name in sorted(names)
            if name in wanted and name != "_sqlite_migrations"
        }
    finally:
        conn.close()
