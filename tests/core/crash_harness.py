"""Kill real units of work with SIGKILL at random moments; then prove nothing was lost or half-done.

After every kill the database must pass SQLite's integrity and foreign-key checks and
`studylog check`; every unit whose ACK was printed must be there in full; the unit that
was running when the kill came must be there in full or not at all; no unit that never
began may have left anything; and every record's audit row must be there with it.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from crash_units import CellWorld, Unit, UpgradeWorld
from crash_upper import UpperWorld

WORKER = Path(__file__).with_name("crash_worker.py")
State = Literal["full", "none", "partial"]


@dataclass
class CrashTally:
    kills: int = 0  # runs that ended by SIGKILL, each followed by a full check
    by_world: Counter[str] = field(default_factory=Counter)
    completed: int = 0  # runs that finished their units before the kill came
    units_acked: int = 0
    in_flight_kept: int = 0
    in_flight_lost: int = 0
    failed_runs: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"kills survived: {self.kills - self.failed_runs}/{self.kills}"
            f" (runs that finished first: {self.completed}); units acknowledged"
            f" {self.units_acked}; in flight at the kill: {self.in_flight_kept} committed,"
            f" {self.in_flight_lost} rolled back; kills per world:"
            f" {', '.join(f'{k} {v}' for k, v in sorted(self.by_world.items()))};"
            f" failures {len(self.failures)}"
        )


class Zygote:
    """The warm worker process; each job runs in a child forked from it."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self._line() == "READY"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the crash worker died")
        return line.rstrip("\n")

    def run(self, job: dict[str, Any], delay: float) -> tuple[list[str], bool]:
        """Start `job`, SIGKILL its child after `delay` s; (the child's lines, killed?)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        lines: list[str] = []
        while not (line := self._line()).startswith("PID "):
            lines.append(line)
        pid = int(line.split()[1])
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        while True:
            line = self._line()
            if line.startswith(f"EXIT {pid} "):
                status = int(line.split()[2])
                killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
                return lines, killed
            lines.append(line)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@dataclass
class Ledger:
    """What the harness knows of each unit it handed out."""

    units: dict[str, Unit] = field(default_factory=dict)
    expected: dict[str, bool] = field(default_factory=dict)  # id → must be present

    def verify(
        self, conn: sqlite3.Connection, tally: CrashTally, where: str, run: set[str]
    ) -> None:
        """Every unit of this run, and every earlier unit whose state cannot move."""
        for uid, present in self.expected.items():
            unit = self.units[uid]
            if unit.state is None or not (unit.stable or uid in run):
                continue
            state = unit.state(conn)
            if state != ("full" if present else "none"):
                tally.failures.append(f"{where}: unit {uid} is {state}, expected {present}")


def _check_sqlite(db: Path, tally: CrashTally, where: str) -> bool:
    conn = sqlite3.connect(db)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    if result != ["ok"] or fk:
        tally.failures.append(f"{where}: integrity {result[:3]}, foreign keys {fk[:3]}")
        return False
    return True


def one_kill(
    zygote: Zygote,
    world: CellWorld | UpperWorld | UpgradeWorld,
    ledger: Ledger,
    rng: random.Random,
    tally: CrashTally,
    max_delay: float,
) -> None:
    job, units = world.next_job(rng)
    for unit in units:
        ledger.units[unit.id] = unit
    lines, killed = zygote.run(job, rng.uniform(0.0, max_delay))
    where = f"{world.name} run {tally.kills + tally.completed + 1}"
    errors = [line for line in lines if line.startswith("ERROR")]
    if errors:
        tally.failures.append(f"{where}: the worker failed: {errors}")
    begun = [line.split()[1] for line in lines if line.startswith("BEGIN ")]
    acked = {line.split()[1] for line in lines if line.startswith("ACK ")}
    tally.units_acked += len(acked)
    for uid in acked:
        ledger.expected[uid] = True
    if killed:
        tally.kills += 1
        tally.by_world[world.name] += 1
    else:
        tally.completed += 1
    if not _check_sqlite(world.db, tally, where):
        return
    conn = sqlite3.connect(world.db)
    try:
        in_flight = [uid for uid in begun if uid not in acked]
        for uid in in_flight:  # committed or not, never half
            check = ledger.units[uid].state
            if check is None:
                continue
            state = check(conn)
            if state == "partial":
                tally.failures.append(f"{where}: unit {uid} was left half done")
            ledger.expected[uid] = state == "full"
            tally.in_flight_kept += state == "full"
            tally.in_flight_lost += state == "none"
        for unit in units:  # never begun: nothing of it may be there
            ledger.expected.setdefault(unit.id, False)
        ledger.verify(conn, tally, where, {u.id for u in units})
        world.verify_totals(conn, ledger.expected, tally.failures, where)
    finally:
        conn.close()
    world.after_run(ledger, tally.failures, where)


def run_crashes(
    folder: Path,
    *,
    kills: int,
    seed: int,
    mix: tuple[tuple[str, float], ...] = (("cell", 0.55), ("upper", 0.35), ("upgrade", 0.10)),
    progress: Callable[[int], None] | None = None,
    fixture_db: Path | None = None,
) -> CrashTally:
    """Run until `kills` SIGKILLs have landed, spread over the worlds by `mix`."""
    rng = random.Random(seed)
    tally = CrashTally()
    worlds: dict[str, Any] = {}
    ledgers: dict[str, Ledger] = {}
    for name, _ in mix:
        target = folder / name
        if name == "cell":
            worlds[name] = CellWorld.build(target)
        elif name == "upper":
            worlds[name] = UpperWorld.build(target)
        elif fixture_db is not None:
            worlds[name] = UpgradeWorld.build(target, fixture_db)
        ledgers[name] = Ledger()
    names = [n for n, _ in mix if n in worlds]
    weights = [w for n, w in mix if n in worlds]
    zygote = Zygote()
    try:
        while tally.kills < kills:
            name = rng.choices(names, weights)[0]
            world = worlds[name]
            if world.reset_due():
                ledgers[name] = Ledger()
                world.reset()
            before = len(tally.failures)
            one_kill(zygote, world, ledgers[name], rng, tally, world.max_delay)
            tally.failed_runs += len(tally.failures) > before
            if progress is not None:
                progress(tally.kills)
            if len(tally.failures) > 20:
                break
    finally:
        zygote.close()
        for world in worlds.values():
            shutil.rmtree(world.work, ignore_errors=True)
    return tally
