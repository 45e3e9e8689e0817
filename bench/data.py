"""The bench datasets, built once and cached in `bench-data/<key>/`.

The key is a hash of everything that decides the data: the generator (bench/plans,
commune, province, data), the demo it reuses (studylog/demo), the package format
and its writer (studylog/exchange/package_data.py, package_write.py,
package_xlsx.py) and the schema (studylog/storage/schema.py).
Change any of them and the next run builds afresh; older caches are removed. A
cache is complete only once its `ready.json` exists (written last), so an
interrupted build is never used.

- commune.db: the Đảng ủy xã, with the 40 × 20 packages of its 40 chi bộ (2,000
  members; real databases, exported and consolidated) and its own conferences;
- big-chi-bo.db: one chi bộ of 2,000 members with five years of attendance (the
  members and check-in lists of the filter figure);
- province.db: the Tỉnh ủy, 150 communes, 20 campaigns, 19 of them reported;
- packages/: the 150 signed commune packages of the measured campaign;
- province-full.db: province.db once packages/ is consolidated (the stats figure).
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench import commune, province

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench-data"
SEED = 2026
VERSION = 1
_SOURCES = (
    "bench/plans.py",
    "bench/commune.py",
    "bench/province.py",
    "bench/data.py",
    "studylog/demo/build.py",
    "studylog/demo/study.py",
    "studylog/demo/upper.py",
    "studylog/demo/names.py",
    "studylog/exchange/package_data.py",
    "studylog/exchange/package_write.py",
    "studylog/exchange/package_xlsx.py",
    "studylog/storage/schema.py",
)


@dataclass(frozen=True)
class Data:
    folder: Path
    cached: bool  # True when an earlier run had built it
    build_seconds: float

    @property
    def commune(self) -> Path:
        return self.folder / "commune.db"

    @property
    def big_chi_bo(self) -> Path:
        return self.folder / "big-chi-bo.db"

    @property
    def province(self) -> Path:
        return self.folder / "province.db"

    @property
    def province_full(self) -> Path:
        return self.folder / "province-full.db"

    @property
    def packages(self) -> list[Path]:
        return sorted((self.folder / "packages").glob("*.xlsx"))


def cache_key() -> str:
    digest = hashlib.sha256(f"{VERSION}/{SEED}".encode())
    for name in _SOURCES:
        digest.update(name.encode())
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:12]


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def copy_db(source: Path, target: Path) -> Path:
    """A copy of a cached database (and its signing key) to measure on, untouched cache."""
    shutil.copyfile(source, target)
    key = source.with_name(source.name + ".key")
    if key.exists():
        shutil.copyfile(key, target.with_name(target.name + ".key"))
    return target


def ensure() -> Data:
    key = cache_key()
    folder = CACHE / key
    ready = folder / "ready.json"
    if ready.exists():
        info = json.loads(ready.read_text())
        return Data(folder, cached=True, build_seconds=float(info["build_seconds"]))
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.iterdir():
        if old.is_dir() and old.name != key:
            shutil.rmtree(old, ignore_errors=True)  # an older generator's data
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    started = time.perf_counter()
    log(f"bench: building the datasets in {folder.relative_to(ROOT)} (once; cached after)")
    _build(folder)
    seconds = time.perf_counter() - started
    ready.write_text(json.dumps({"build_seconds": round(seconds, 1), "seed": SEED}))
    log(f"bench: datasets built in {seconds:.0f} s")
    return Data(folder, cached=False, build_seconds=seconds)


def _build(folder: Path) -> None:
    from studylog.exchange.consolidate import Outcome, consolidate

    commune.build_commune(folder / "commune.db", SEED, log)
    log("  commune database ready")
    commune.build_big_chi_bo(folder / "big-chi-bo.db", SEED)
    log("  chi bộ of 2,000 members ready")
    province.build_province(folder / "province.db", SEED)
    province.build_packages(folder / "packages", SEED, log)
    full = copy_db(folder / "province.db", folder / "province-full.db")
    store = commune.open_store(full)
    try:
        result = consolidate(store, sorted((folder / "packages").glob("*.xlsx")))
    finally:
        store.db.close()
    if any(f.result is not Outcome.NEW for f in result.files):
        raise RuntimeError("the province did not accept every commune package")
    log("  province database ready")
