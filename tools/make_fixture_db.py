"""Make tests/fixtures_db/schema<N>.db: a demo database written by the release of schema N.

Each released schema version keeps one database file under tests/, made by the code
of that release (not by today's code pretending to be old), so that the upgrade test
opens what a secretary's PC really holds. The file is the chi bộ demo (seed 1),
vacuumed into one self-contained file.

    python tools/make_fixture_db.py 1        # from the last commit with schema 1
    python tools/make_fixture_db.py 2        # from the last commit with schema 2

When a release adds schema step N+1, add the last commit of schema N to RELEASES and
run this once for N; commit the .db file (the .gitignore lets tests/fixtures_db/*.db in).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures_db"
# schema version → the last commit that wrote it ("HEAD": the current release).
RELEASES = {
    1: "8acecef70436d8d14fc9dd2fa2ed55f8f3cc80a5",
    2: "HEAD",
}


BUILD = """
import sys
from studylog.demo import build_demo
from studylog.storage.db import open_database
from studylog.storage.store import Store
import studylog
assert studylog.__file__.startswith(sys.path[0]), studylog.__file__
db = open_database(sys.argv[1])
build_demo(Store(db, actor="demo"), scale="chi_bo", seed=1)
db.close()
"""


def export_code(commit: str, into: Path) -> None:
    archive = into / "code.tar"
    with archive.open("wb") as handle:
        subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "studylog"],
            check=True,
            stdout=handle,
        )
    with tarfile.open(archive) as tar:
        tar.extractall(into, filter="data")


def make(version: int) -> Path:
    target = FIXTURES / f"schema{version}.db"
    with tempfile.TemporaryDirectory() as scratch:
        code = Path(scratch) / "code"
        code.mkdir()
        export_code(RELEASES[version], code)
        db = Path(scratch) / "demo.db"
        # -S: no site hooks, so the editable install of today's code cannot leak in;
        # the release's code comes first, then the dependencies of this environment.
        site = next(p for p in sys.path if p.endswith("site-packages"))
        subprocess.run(
            [sys.executable, "-S", "-c", BUILD, str(db)],
            check=True,
            cwd=scratch,
            env={"PYTHONPATH": os.pathsep.join((str(code), site)), "HOME": scratch},
        )
        conn = sqlite3.connect(db, isolation_level=None)
        try:
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            if found != version:
                raise SystemExit(f"{RELEASES[version]} writes schema {found}, not {version}")
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("VACUUM")
        finally:
            conn.close()
        FIXTURES.mkdir(parents=True, exist_ok=True)
        target.write_bytes(db.read_bytes())
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", type=int, choices=sorted(RELEASES))
    path = make(parser.parse_args().version)
    print(f"{path} ({path.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
