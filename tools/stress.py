"""`make stress`: the long safety checks, with the counts at the end.

- crash safety: real units of work killed with SIGKILL at random moments (default 220
  kills), every acknowledged unit present, none half done (tests/core/crash_harness.py);
- hostile files: 1,000 per importer (roster, attendance, essays, package, plan), each
  refused with a clear message, exit 1, no traceback, the database unchanged
  (tests/core/hostile_*.py);
- a failing disk: failures injected while writing every kind of file (tests/core/full_disk.py).

The crash part runs in a second process alongside the others (two cores). Exit 1 on
any failure. The machinery lives with the tests, which run a seeded sample of each.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "core"))  # the harness modules live with the tests
FIXTURE = ROOT / "tests" / "fixtures_db" / "schema1.db"


def crash_part(folder: Path, kills: int, seed: int) -> dict[str, object]:
    from crash_harness import run_crashes

    started = time.monotonic()
    shown = {0}

    def progress(n: int) -> None:
        if n % 25 == 0 and n not in shown:
            shown.add(n)
            print(f"  crash: {n}/{kills} kills", file=sys.stderr)

    tally = run_crashes(folder, kills=kills, seed=seed, fixture_db=FIXTURE, progress=progress)
    return {
        "kills": tally.kills,
        "survived": tally.kills - tally.failed_runs,
        "completed_runs": tally.completed,
        "units_acked": tally.units_acked,
        "by_world": dict(tally.by_world),
        "summary": tally.summary(),
        "failures": tally.failures[:50],
        "seconds": round(time.monotonic() - started),
    }


def hostile_part(folder: Path, files: int, seed: int) -> tuple[dict[str, object], list[str]]:
    from hostile_run import run_corpus
    from hostile_world import build_world

    world = build_world(folder / "world")

    def progress(importer: str, done: int) -> None:
        if done % 250 == 0:
            print(f"  hostile: {importer} {done}/{files}", file=sys.stderr)

    tally = run_corpus(world, folder / "files", count=files, seed=seed, progress=progress)
    counts = {
        "tried": dict(tally.tried),
        "refused": dict(tally.refused),
        "tracebacks": tally.tracebacks,
        "changes_on_refusal": tally.changed,
        "accepted": tally.accepted,
        "unclear": tally.unclear,
        "slowest_s": round(tally.slowest, 1),
    }
    return counts, tally.failures


def main() -> int:
    parser = argparse.ArgumentParser(description="StudyLog's long safety checks")
    parser.add_argument("--kills", type=int, default=220)
    parser.add_argument("--files", type=int, default=1000, help="hostile files per importer")
    parser.add_argument("--faults", type=int, default=30, help="disk failures per kind of file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--part", choices=("all", "crash"), default="all")
    parser.add_argument("--json", metavar="FILE", help="(--part crash) write the counts here")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="studylog-stress-") as scratch:
        folder = Path(scratch)
        if args.part == "crash":
            result = crash_part(folder, args.kills, args.seed)
            Path(args.json).write_text(json.dumps(result), encoding="utf-8")
            return 0
        started = time.monotonic()
        crash_json = folder / "crash.json"
        crash = subprocess.Popen(
            [sys.executable, __file__, "--part", "crash", "--kills", str(args.kills),
             "--seed", str(args.seed), "--json", str(crash_json)],
        )  # fmt: skip
        hostile, hostile_failures = hostile_part(folder / "hostile", args.files, args.seed)
        print("  hostile files done; failing disk next", file=sys.stderr)
        from full_disk import make_template, sweep_all

        template_dir = folder / "disk-template"
        template_dir.mkdir()
        sweep = sweep_all(
            make_template(template_dir), folder / "disk", count=args.faults, seed=args.seed
        )
        crash.wait()
        crashed = json.loads(crash_json.read_text(encoding="utf-8")) if crash_json.exists() else {}
        failures = [
            *[f"crash: {f}" for f in crashed.get("failures", ["the crash part did not finish"])],
            *[f"hostile: {f}" for f in hostile_failures],
            *[f"disk: {f}" for f in sweep.failures],
        ]
        print()
        print("StudyLog stress run")
        print(f"  kills survived:        {crashed.get('survived')}/{crashed.get('kills')}"
              f" (by world: {crashed.get('by_world')}; units acknowledged"
              f" {crashed.get('units_acked')}; runs that finished first"
              f" {crashed.get('completed_runs')})")  # fmt: skip
        print(f"  hostile files tried:   {hostile['tried']}")
        print(f"  refused (exit 1):      {hostile['refused']}")
        print(f"  tracebacks:            {hostile['tracebacks']}")
        print(f"  changes on refusal:    {hostile['changes_on_refusal']}")
        print(f"  accepted / unclear:    {hostile['accepted']} / {hostile['unclear']}"
              f" (slowest file {hostile['slowest_s']} s)")  # fmt: skip
        print(f"  failing-disk runs:     {sweep.tried}")
        print(f"  failures:              {len(failures)}")
        print(f"  time:                  {round(time.monotonic() - started)} s")
        for failure in failures[:40]:
            print(f"    {failure[:300]}")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
