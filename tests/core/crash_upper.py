"""The commune of the crash harness: eight packages of four chi bộ (two sequences each),
offered one per unit of work in a shuffled order; when all are in, a fresh copy.

After every kill, for each chi bộ the package kept must be the latest of the files
whose offer committed (by the order of consolidation), with all its records, and
a trusted key for each unit that has a package.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crash_units import State, Unit, checks_pass
from package_world import add_member_present, chi_bo, commune, export

from studylog.exchange.consolidate import order_key
from studylog.exchange.package_read import read_package


@dataclass(frozen=True)
class PackageFile:
    path: Path
    sha256: str
    unit_code: str
    package_uid: str
    key: tuple[Any, ...]
    records: int


class UpperWorld:
    name = "upper"
    max_delay = 0.25

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = folder / "upper.db"
        self.work = folder / "work"
        self.template = folder / "template.db"
        self.files: list[PackageFile] = []
        self.queue: list[PackageFile] = []
        self.offers: dict[str, int] = {}
        self.serial = 0

    @classmethod
    def build(cls, folder: Path) -> UpperWorld:
        world = cls(folder)
        units_dir = folder / "units"
        units_dir.mkdir(parents=True)
        world.work.mkdir()
        up = commune(units_dir)
        up.db.close()
        shutil.copy(units_dir / "DU-AB.db", world.template)
        for n in range(1, 5):
            store = chi_bo(units_dir, f"CB-{n}", absent={"Trần Thị Bình": "ốm"} if n % 2 else None)
            for seq in (1, 2):
                if seq == 2:
                    add_member_present(store, f"Người Thêm {n}")
                path = export(store, units_dir / f"CB-{n}-{seq}.xlsx").path
                package = read_package(path)
                world.files.append(
                    PackageFile(
                        path,
                        hashlib.sha256(path.read_bytes()).hexdigest(),
                        package.meta["unit_code"],
                        package.meta["package_uid"],
                        order_key(package.meta),
                        len(package.records),
                    )
                )
            store.db.close()
        world.reset()
        return world

    def reset(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.db}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.template, self.db)
        rng = random.Random(self.serial)
        self.queue = list(self.files) + [f for f in self.files if rng.random() < 0.3]
        rng.shuffle(self.queue)
        self.offers = {}

    def reset_due(self) -> bool:
        return not self.queue

    def next_job(self, rng: random.Random) -> tuple[dict[str, Any], list[Unit]]:
        units_ = []
        conn = sqlite3.connect(self.db)
        try:
            self.offers = dict(
                conn.execute("SELECT file_sha256, count(*) FROM package_log GROUP BY file_sha256")
            )
        finally:
            conn.close()
        for _ in range(min(rng.randint(2, 6), len(self.queue))):
            file = self.queue.pop()
            self.serial += 1
            self.offers[file.sha256] = self.offers.get(file.sha256, 0) + 1
            units_.append(self._offer(file, self.offers[file.sha256], f"offer-{self.serial}"))
        job = {"db": str(self.db), "work": str(self.work), "units": [u.spec for u in units_]}
        return job, units_

    def _offer(self, file: PackageFile, nth: int, uid: str) -> Unit:
        def state(conn: sqlite3.Connection) -> State:
            logged = conn.execute(
                "SELECT count(*) FROM package_log WHERE file_sha256 = ?", [file.sha256]
            ).fetchone()[0]
            # Half an import would show in the packages themselves (verify_totals).
            return "full" if logged >= nth else "none"

        return Unit(uid, {"id": uid, "kind": "consolidate", "file": str(file.path)}, state, False)

    def verify_totals(
        self, conn: sqlite3.Connection, expected: dict[str, bool], failures: list[str], where: str
    ) -> None:
        logged = {r[0] for r in conn.execute("SELECT DISTINCT file_sha256 FROM package_log")}
        current = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                "SELECT p.unit_code, p.uid, (SELECT count(*) FROM package_records r"
                " WHERE r.package_uid = p.uid) FROM packages p"
            )
        }
        for code in sorted({f.unit_code for f in self.files}):
            offered = [f for f in self.files if f.unit_code == code and f.sha256 in logged]
            if not offered:
                if code in current:
                    failures.append(f"{where}: {code} has a package that no offer committed")
                continue
            best = max(offered, key=lambda f: f.key)
            if current.get(code) != (best.package_uid, best.records):
                failures.append(
                    f"{where}: {code} holds {current.get(code)}, expected {best.package_uid}"
                )
        keys = conn.execute("SELECT count(*) FROM trusted_keys").fetchone()[0]
        if keys != len(current):
            failures.append(f"{where}: {keys} trusted keys for {len(current)} units with packages")

    def after_run(self, ledger: object, failures: list[str], where: str) -> None:
        checks_pass(self.db, failures, where)
