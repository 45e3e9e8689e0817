"""The full-disk sweep: every file StudyLog writes, with writes failing at random points.

For each target (the upward package, the plan, the campaign report as PDF and .docx,
the sign-in sheet, a backup, a restore) a first run leaves "the previous file", a
counting run learns how many writes, fsyncs, renames and SQLite connections the
command makes under the output folder, then each injected failure (ENOSPC or EIO at
one of them) must end with exit 1 and one clear line, the previous files and the
database as they were, and no temporary file anywhere.
"""

from __future__ import annotations

import errno
import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from faulty_disk import POINTS, Fault, FaultyDisk, leftovers
from hostile_run import _run

from studylog.demo import build_demo
from studylog.storage.db import open_database
from studylog.storage.store import Store


def db_content(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        for (name,) in tables.fetchall():
            rows = conn.execute(f"SELECT * FROM [{name}] ORDER BY rowid").fetchall()
            digest.update(repr(rows).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def make_template(folder: Path) -> Path:
    path = folder / "studylog.db"
    store = Store(open_database(path), path=path, actor="test")
    build_demo(store, scale="chi_bo", seed=1)
    store.db.close()
    return path


def _first(db: Path, sql: str) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _campaign(db: Path) -> str:
    return _first(db, "SELECT code FROM campaigns ORDER BY code LIMIT 1")


Target = Callable[[Path, Path], list[str]]  # (database, output folder) → argv

TARGETS: dict[str, Target] = {
    "package": lambda db, out: [
        "export", "--db", str(db), "--campaign", _campaign(db), "--out", str(out / "goi.xlsx")
    ],
    "plan": lambda db, out: [
        "campaigns", "export-plan", "--db", str(db), "--out", str(out / "ke-hoach.xlsx")
    ],
    "report_pdf": lambda db, out: [
        "report", "--db", str(db), "--campaign", _campaign(db), "--number", "7",
        "--out", str(out / "bao-cao.pdf"),
    ],
    "report_docx": lambda db, out: [
        "report", "--db", str(db), "--campaign", _campaign(db), "--number", "7",
        "--out", str(out / "bao-cao.docx"),
    ],
    "sign_in": lambda db, out: [
        "sign-in-sheet", "--db", str(db), "--out", str(out / "ky-ten.pdf"),
        "--session", _first(db, "SELECT uid FROM sessions ORDER BY date LIMIT 1"),
    ],
    "backup": lambda db, out: ["backup", "--db", str(db), "--dir", str(out)],
}  # fmt: skip


@dataclass
class Sweep:
    tried: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        per = ", ".join(f"{k} {v}" for k, v in sorted(self.tried.items()))
        return f"failing-disk runs: {per}; failures {len(self.failures)}"


def faults(counts: dict[str, int], rng: random.Random, how_many: int) -> list[Fault]:
    found = [p for p in POINTS if counts.get(p)]
    chosen = []
    for i in range(how_many):
        point = found[i % len(found)]
        nth = rng.randint(1, counts[point]) if point != "sqlite" else rng.randint(1, 100)
        chosen.append(Fault(point, nth, rng.choice((errno.ENOSPC, errno.EIO))))
    return chosen


def _prepare(template: Path, folder: Path) -> tuple[Path, Path]:
    db_dir, out = folder / "db", folder / "out"
    db_dir.mkdir(parents=True)
    out.mkdir()
    for suffix in ("", ".key"):
        if Path(f"{template}{suffix}").exists():
            shutil.copy(f"{template}{suffix}", db_dir / f"studylog.db{suffix}")
    return db_dir / "studylog.db", out


def _judge(sweep: Sweep, where: str, code: int, err: str, fault: Fault) -> None:
    if code != 1:
        sweep.failures.append(f"{where}: exit {code}: {err[-300:]!r}")
    if any(m in err for m in ("Traceback", "Unexpected", "không mong đợi")):
        sweep.failures.append(f"{where}: traceback: {err[-600:]!r}")
    if len(err.strip().splitlines()) != 1:
        sweep.failures.append(f"{where}: not one clear line: {err[-300:]!r}")
    elif fault.code == errno.ENOSPC and fault.point != "sqlite" and "đầy" not in err:
        sweep.failures.append(f"{where}: does not say the disk is full: {err!r}")


def sweep_target(
    template: Path, folder: Path, target: str, count: int, seed: int, sweep: Sweep
) -> None:
    db, out = _prepare(template, folder)
    argv = TARGETS[target](db, out)
    code, _, err, _ = _run(argv)
    if code != 0:
        sweep.failures.append(f"{target}: the first run failed: {err}")
        return
    with FaultyDisk(out).installed() as counting:
        code, _, err, _ = _run(argv)
    rng = random.Random(f"{seed}:{target}")
    for fault in faults(dict(counting.calls), rng, count):
        previous = {p.name: p.read_bytes() for p in out.iterdir()}
        before = db_content(db)
        with FaultyDisk(out, fault).installed():
            code, _, err, _ = _run(argv)
        where = f"{target} {fault}"
        _judge(sweep, where, code, err, fault)
        if {p.name: p.read_bytes() for p in out.iterdir()} != previous:
            sweep.failures.append(f"{where}: the previous files changed")
        if db_content(db) != before:
            sweep.failures.append(f"{where}: the database changed")
        if leftovers(folder):
            sweep.failures.append(f"{where}: temporary files left: {leftovers(folder)}")
        sweep.tried[target] = sweep.tried.get(target, 0) + 1


def sweep_restore(template: Path, folder: Path, count: int, seed: int, sweep: Sweep) -> None:
    db, out = _prepare(template, folder)
    code, _, err, _ = _run(["backup", "--db", str(db), "--dir", str(out)])
    backup = next(out.iterdir())
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM essays")
    conn.commit()
    conn.close()
    edited = folder / "edited.db"
    shutil.copy(db, edited)
    argv = ["restore", str(backup), "--db", str(db)]

    def fresh() -> None:
        shutil.rmtree(db.parent / "backups", ignore_errors=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.copy(edited, db)

    with FaultyDisk(db.parent).installed() as counting:
        code, _, err, _ = _run(argv)
    if code != 0 or db_content(db) != db_content(backup):
        sweep.failures.append(f"restore: the counting run failed: {err}")
    rng = random.Random(f"{seed}:restore")
    for fault in faults(dict(counting.calls), rng, count):
        fresh()
        before = db_content(db)
        with FaultyDisk(db.parent, fault).installed():
            code, _, err, _ = _run(argv)
        where = f"restore {fault}"
        _judge(sweep, where, code, err, fault)
        if db_content(db) != before:
            sweep.failures.append(f"{where}: the database changed")
        if leftovers(folder):
            sweep.failures.append(f"{where}: temporary files left: {leftovers(folder)}")
        sweep.tried["restore"] = sweep.tried.get("restore", 0) + 1


def sweep_all(template: Path, folder: Path, *, count: int, seed: int) -> Sweep:
    sweep = Sweep()
    for target in sorted(TARGETS):
        sweep_target(template, folder / target, target, count, seed, sweep)
    sweep_restore(template, folder / "restore", count, seed, sweep)
    return sweep
