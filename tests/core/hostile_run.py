"""Offer each hostile file to its importer through the command line, in-process, and judge.

A file passes when the command exits 1 with a short, clear message on stderr (naming
the row where the damage is in one), prints no traceback and no "unexpected error",
takes no more than a few seconds, and leaves every table of the database as it was
(a content hash before and after). Consolidation keeps a log of refused files by
design, so for packages `package_log` and its audit rows are left out of the hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import re
import shutil
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

from hostile_corpus import IMPORTERS, TABULAR, Hostile
from hostile_packages import PACKAGED
from hostile_world import World

import studylog.cli.main as cli

SLOW_S = 20.0
LONGEST_LINE = 2000
_ROW = re.compile(r"\bDòng \d+")
_BUG = ("Traceback", "Unexpected error", "Lỗi không mong đợi")


def generate(importer: str, count: int, seed: int, world: World) -> Iterator[Hostile]:
    makers = TABULAR if importer in ("roster", "attendance", "essays") else PACKAGED
    kinds = list(makers)
    rng = random.Random(f"{seed}:{importer}")
    for number in range(count):
        kind = kinds[number % len(kinds)]
        suffix, data, row_expected = makers[kind](rng, world, importer)
        yield Hostile(importer, number, kind, suffix, data, row_expected)


def target_db(importer: str, world: World) -> Path:
    return world.upper_db if importer == "package" else world.cell_db


def argv_for(importer: str, path: Path, world: World) -> list[str]:
    db = ["--db", str(target_db(importer, world))]
    return {
        "roster": ["members", "import", str(path), *db],
        "attendance": ["attendance", "import", str(path), "--session", world.session_uid, *db],
        "essays": ["essays", "import", str(path), "--campaign", "NQ-DH-XIV", *db],
        "package": ["consolidate", str(path), *db],
        "plan": ["campaigns", "import-plan", str(path), *db],
    }[importer]


def table_hash(db: Path, importer: str) -> str:
    """Every row of every table; for packages, without the log of offered files."""
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        for table in tables:
            if importer == "package" and table in ("package_log", "sqlite_sequence"):
                continue
            where = " WHERE table_name <> 'package_log'" if table == "audit" else ""
            digest.update(table.encode())
            for row in conn.execute(f"SELECT * FROM [{table}]{where} ORDER BY rowid"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


@dataclass
class Tally:
    tried: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    tracebacks: int = 0
    changed: int = 0
    accepted: int = 0
    unclear: int = 0
    slow: int = 0
    slowest: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        per = ", ".join(f"{k} {self.tried[k]}" for k in IMPORTERS if k in self.tried)
        return (
            f"hostile files tried: {per}; refused {sum(self.refused.values())};"
            f" tracebacks {self.tracebacks}; changes on refusal {self.changed};"
            f" accepted {self.accepted}; unclear messages {self.unclear};"
            f" slow {self.slow} (slowest {self.slowest:.1f} s)"
        )


def judge(
    tally: Tally, hostile: Hostile, code: int, out: str, err: str, seconds: float, changed: bool
) -> None:
    where = f"{hostile.name}: "
    tally.tried[hostile.importer] += 1
    tally.slowest = max(tally.slowest, seconds)
    text = out + err
    if any(marker in text for marker in _BUG):
        tally.tracebacks += 1
        tally.failures.append(where + "traceback or unexpected error: " + text[-600:])
    if changed:
        tally.changed += 1
        tally.failures.append(where + f"the database changed (exit {code})")
    if code != 1:
        tally.accepted += 1
        tally.failures.append(where + f"exit {code}, not refused: {text[-400:]!r}")
    else:
        tally.refused[hostile.importer] += 1
    lines = [line for line in err.splitlines() if line.strip()]
    if code == 1 and (not lines or max(len(line) for line in lines) > LONGEST_LINE):
        tally.unclear += 1
        tally.failures.append(where + f"no clear message: {err[:300]!r}")
    elif hostile.row_expected and code == 1 and not _ROW.search(err):
        tally.unclear += 1
        tally.failures.append(where + f"the message names no row: {err[:300]!r}")
    if seconds > SLOW_S:
        tally.slow += 1
        tally.failures.append(where + f"took {seconds:.1f} s")


def run_corpus(
    world: World,
    folder: Path,
    *,
    count: int,
    seed: int,
    importers: tuple[str, ...] = IMPORTERS,
    progress: Callable[[str, int], None] | None = None,
) -> Tally:
    tally = Tally()
    folder.mkdir(parents=True, exist_ok=True)
    with mock.patch.object(cli, "log_path", lambda: folder / "unexpected.log"):
        for importer in importers:
            db = target_db(importer, world)
            before = table_hash(db, importer)
            for hostile in generate(importer, count, seed, world):
                path = folder / hostile.name
                path.write_bytes(hostile.data)
                code, out, err, seconds = _run(argv_for(importer, path, world))
                after = table_hash(db, importer)
                judge(tally, hostile, code, out, err, seconds, after != before)
                if after != before:  # start the next file from the pristine database
                    shutil.copy(world.pristine(db.name), db)
                    for suffix in ("-wal", "-shm"):
                        Path(f"{db}{suffix}").unlink(missing_ok=True)
                    before = table_hash(db, importer)
                path.unlink()
                if progress is not None:
                    progress(importer, hostile.number + 1)
    return tally


def _run(argv: list[str]) -> tuple[int, str, str, float]:
    out, err = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(argv)
    except BaseException as exc:
        import traceback

        code = -1
        err.write("Traceback (escaped main): " + "".join(traceback.format_exception(exc)))
    return code, out.getvalue(), err.getvalue(), time.perf_counter() - started
