"""The process that the crash harness kills: real units of work, one acknowledgement each.

Run as a script, it imports StudyLog once, prints READY, then reads one JSON job per
line on stdin. For each job it forks a child that does the job's units of work in
order, printing `BEGIN <id>` before a unit and `ACK <id>` once the unit's transaction
has committed, and reports `PID <pid>` and later `EXIT <pid> <status>`. The harness
kills the child with SIGKILL at a random moment; forking from this warm process keeps
each run at a few milliseconds instead of a fresh interpreter's half second.

Units: `attendance` (a sign-in list imported with the importer of the window and the
command line), `roster` (a roster file imported), `mark` (one check-in click),
`backup` (a backup into the database's backup folder), `consolidate` (one package
file offered to the commune's database), `upgrade` (opening an older database).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from studylog.domain.enums import AttendanceStatus
from studylog.exchange.attendance_import import apply_attendance_plan, plan_attendance_import
from studylog.exchange.consolidate import consolidate
from studylog.exchange.roster_import import apply_roster_plan, plan_roster_import
from studylog.storage import attendance
from studylog.storage.backup import make_backup
from studylog.storage.db import close_quietly, open_database
from studylog.storage.store import Store


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(row) for row in rows) + "\n", encoding="utf-8")
    return path


def do_unit(store: Store, unit: dict[str, Any], work: Path) -> None:
    kind = unit["kind"]
    if kind == "attendance":
        path = _csv(work / f"{unit['id']}.csv", [["Số thẻ", "Điểm danh", "Lý do"], *unit["rows"]])
        plan = plan_attendance_import(store, path, session_uid=unit["session"])
        if plan.problems:
            raise RuntimeError(f"{unit['id']}: {[p.render('en') for p in plan.problems]}")
        apply_attendance_plan(store, plan)
    elif kind == "roster":
        path = _csv(
            work / f"{unit['id']}.csv", [["Họ và tên", "Năm sinh", "Số thẻ"], *unit["rows"]]
        )
        plan = plan_roster_import(store, path)
        if plan.problems:
            raise RuntimeError(f"{unit['id']}: {[p.render('en') for p in plan.problems]}")
        apply_roster_plan(store, plan, accept_valid=False)
    elif kind == "mark":
        attendance.mark(
            store,
            session_uid=unit["session"],
            member_uid=unit["member"],
            status=AttendanceStatus(unit["status"]),
        )
    elif kind == "backup":
        make_backup(Path(unit["db"]))
    elif kind == "consolidate":
        consolidate(store, [Path(unit["file"])])
    elif kind == "upgrade":
        pass  # opening the database (below) is the unit
    else:
        raise ValueError(kind)


def run_job(job: dict[str, Any]) -> None:
    work = Path(job["work"])
    db_path = Path(job["db"])
    if job["units"] and job["units"][0]["kind"] == "upgrade":
        _say(f"BEGIN {job['units'][0]['id']}")
    db = open_database(db_path)
    store = Store(db, path=db_path, actor="crash")
    try:
        for unit in job["units"]:
            if unit["kind"] != "upgrade":
                _say(f"BEGIN {unit['id']}")
            do_unit(store, unit, work)
            _say(f"ACK {unit['id']}")
    finally:
        close_quietly(db)


def main() -> None:
    _say("READY")
    for line in sys.stdin:
        if not line.strip():
            continue
        job = json.loads(line)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run_job(job)
            except BaseException as exc:  # reported to the harness, which fails the run
                _say(f"ERROR {type(exc).__name__}: {exc}")
                code = 3
            os._exit(code)
        _say(f"PID {pid}")  # one write: the child's lines may come before or after it
        _, status = os.waitpid(pid, 0)
        _say(f"EXIT {pid} {status}")


if __name__ == "__main__":
    main()
