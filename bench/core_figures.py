"""export, consolidate, stats and report: the core's figures, measured on copies of the data.

- export: `export_package` of the commune's package for the measured campaign
  (its 40 chi bộ rows, its sessions and points; queries, signing, styled sheets,
  the atomic write with fsync), against the floor: openpyxl in write-only mode
  writing the same cells (the same values, sheet by sheet, without styles) to a
  file. The runs alternate; the median of each is compared.
- consolidate: `consolidate` of the 150 commune packages into a copy of the
  province database, against the floor: openpyxl in read-only mode reading every
  cell of every sheet of the same 150 files. Each run is a fresh process, so its
  peak RSS (VmHWM) is that of one consolidation.
- stats: `stats_payload` (what `studylog stats --json` prints) for the measured
  campaign on the province database once the 150 packages are in.
- report: the commune's PDF report of the measured campaign (gather, compose,
  reportlab), as `studylog report` writes it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bench.data import Data, copy_db
from bench.measure import Figure, median, ms, peak_rss_mb, run_json, timed
from bench.plans import BENCH_CAMPAIGN

EXPORT_RUNS = 15
CONSOLIDATE_RUNS = 3
STATS_RUNS = 20
REPORT_RUNS = 5
REPORT_DAY = date(2026, 4, 10)
EXPORT_TIME = datetime.fromisoformat("2026-04-05T16:00:00+07:00")


def _store(path: Path) -> Any:
    """A store on `path` (imported here: each figure's process imports what it measures)."""
    from studylog.storage.db import open_database
    from studylog.storage.store import Store

    return Store(open_database(path), path=path, actor="bench")


# -- export -------------------------------------------------------------------


def _sheets_of(path: Path) -> list[tuple[str, list[list[object]]]]:
    """The cells of a workbook, sheet by sheet, as values (None for an empty cell)."""
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        return [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in wb]
    finally:
        wb.close()


def _floor_write(sheets: list[tuple[str, list[list[object]]]], path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)


def export(data: Data) -> Figure:
    from studylog.exchange.package_export import export_package

    with tempfile.TemporaryDirectory(prefix="studylog-bench-export-") as tmp:
        folder = Path(tmp)
        store = _store(copy_db(data.commune, folder / "commune.db"))
        out = folder / "out"
        out.mkdir()

        def app() -> Path:
            return export_package(
                store, campaign_code=BENCH_CAMPAIGN, out=out, now=EXPORT_TIME
            ).path

        sheets = _sheets_of(app())  # also the warm-up
        cells = sum(1 for _t, rows in sheets for row in rows for v in row if v is not None)
        _floor_write(sheets, folder / "floor.xlsx")
        app_runs, floor_runs = [], []
        for _ in range(EXPORT_RUNS):
            app_runs.append(timed(app))
            floor_runs.append(timed(lambda: _floor_write(sheets, folder / "floor.xlsx")))
        store.db.close()
    a, f = median(app_runs), median(floor_runs)
    return Figure(
        name="export",
        value=a / f,
        target=1.3,
        unit="x",
        detail=f"export {ms(a)}, floor {ms(f)}; {cells:,} cells in {len(sheets)} sheets;"
        f" median of {EXPORT_RUNS}",
        extra={"app_s": app_runs, "floor_s": floor_runs, "cells": cells},
    )


# -- consolidate (each run in its own process) ----------------------------------


def consolidate_once(folder: Path) -> dict[str, object]:
    from studylog.exchange.consolidate import Outcome, consolidate

    data = Data(folder, cached=True, build_seconds=0)
    with tempfile.TemporaryDirectory(prefix="studylog-bench-consolidate-") as tmp:
        store = _store(copy_db(data.province, Path(tmp) / "province.db"))
        files = data.packages
        started = time.perf_counter()
        result = consolidate(store, files)
        seconds = time.perf_counter() - started
        store.db.close()
    new = sum(1 for f in result.files if f.result is Outcome.NEW)
    if new != len(files):
        raise RuntimeError(f"only {new} of {len(files)} packages were accepted")
    return {"seconds": seconds, "rss_mb": peak_rss_mb(), "files": len(files)}


def read_once(folder: Path) -> dict[str, object]:
    import openpyxl

    files = sorted((folder / "packages").glob("*.xlsx"))
    started = time.perf_counter()
    cells = 0
    for path in files:
        wb = openpyxl.load_workbook(path, read_only=True)
        for ws in wb:
            for row in ws.iter_rows(values_only=True):
                cells += len(row)
        wb.close()
    return {"seconds": time.perf_counter() - started, "rss_mb": peak_rss_mb(), "cells": cells}


def consolidate_figures(data: Data) -> list[Figure]:
    app_runs, floor_runs, rss = [], [], []
    for _ in range(CONSOLIDATE_RUNS):
        a = run_json(["-m", "bench.core_figures", "consolidate-once", str(data.folder)])
        f = run_json(["-m", "bench.core_figures", "read-once", str(data.folder)])
        app_runs.append(float(a["seconds"]))  # type: ignore[arg-type]
        floor_runs.append(float(f["seconds"]))  # type: ignore[arg-type]
        rss.append(float(a["rss_mb"]))  # type: ignore[arg-type]
    a_s, f_s = median(app_runs), median(floor_runs)
    files = len(data.packages)
    return [
        Figure(
            name="consolidate",
            value=a_s / f_s,
            target=1.5,
            unit="x",
            detail=f"consolidate {a_s:.2f} s, floor {f_s:.2f} s; {files} packages;"
            f" median of {CONSOLIDATE_RUNS}",
            extra={"app_s": app_runs, "floor_s": floor_runs},
        ),
        Figure(
            name="consolidate-rss",
            value=max(rss),
            target=300,
            unit="MB",
            label="peak RSS {value}",
            detail=f"the whole process consolidating {files} packages; highest of"
            f" {CONSOLIDATE_RUNS} runs",
        ),
    ]


# -- stats and report ---------------------------------------------------------


def stats(data: Data) -> Figure:
    from studylog.storage.campaigns import campaign_by_code
    from studylog.upper import stats_payload

    with tempfile.TemporaryDirectory(prefix="studylog-bench-stats-") as tmp:
        store = _store(copy_db(data.province_full, Path(tmp) / "province.db"))
        campaign = campaign_by_code(store, BENCH_CAMPAIGN)
        payload = stats_payload(store, campaign, today=REPORT_DAY)  # warm-up
        runs = [
            timed(lambda: stats_payload(store, campaign, today=REPORT_DAY))
            for _ in range(STATS_RUNS)
        ]
        store.db.close()
    value = median(runs)
    units = payload["units"]
    return Figure(
        name="stats",
        value=value * 1000,
        target=100,
        unit="ms",
        detail=f"province, {units['reported']}/{units['expected']} communes reported;"
        f" median of {STATS_RUNS}, slowest {ms(max(runs))}",
    )


def report_once(folder: Path) -> dict[str, object]:
    """One report in a fresh process, imports and fonts included, as `studylog report` does."""
    with tempfile.TemporaryDirectory(prefix="studylog-bench-report-") as tmp:
        db = copy_db(folder / "commune.db", Path(tmp) / "commune.db")
        out = Path(tmp) / "report.pdf"
        started = time.perf_counter()
        from studylog.reports import campaign_pdf
        from studylog.reports.content import campaign_document
        from studylog.reports.data import gather
        from studylog.storage.campaigns import campaign_by_code

        store = _store(db)
        campaign = campaign_by_code(store, BENCH_CAMPAIGN)

        def once() -> None:
            document = campaign_document(gather(store, campaign, issued_on=REPORT_DAY))
            campaign_pdf.write(document, out)

        once()
        total = time.perf_counter() - started
        again = timed(once)
        size = out.stat().st_size
        store.db.close()
    return {"total": total, "again": again, "size": size}


def report(data: Data) -> Figure:
    runs = [
        run_json(["-m", "bench.core_figures", "report-once", str(data.folder)])
        for _ in range(REPORT_RUNS)
    ]
    total = median([float(r["total"]) for r in runs])  # type: ignore[arg-type]
    again = median([float(r["again"]) for r in runs])  # type: ignore[arg-type]
    size = int(runs[0]["size"])  # type: ignore[call-overload]
    return Figure(
        name="report",
        value=total,
        target=1.0,
        unit="s",
        detail=f"commune PDF, {size // 1024} KB: {ms(total)} in a fresh process (imports"
        f" and fonts included), {ms(again)} for the next one;"
        f" median of {REPORT_RUNS}",
    )


if __name__ == "__main__":
    import json

    command, folder = sys.argv[1], Path(sys.argv[2])
    once = {
        "consolidate-once": consolidate_once,
        "read-once": read_once,
        "report-once": report_once,
    }[command]
    print(json.dumps(once(folder)))
