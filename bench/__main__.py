"""`python -m bench [FIGURE ...]`: build (or reuse) the datasets, measure, print, judge.

One line per figure, `NAME: VALUE (target <= TARGET)  [absolute figures]`, then a
summary line; the exit status is 1 when a target is missed (2 when a figure could
not be measured). Each figure runs in a fresh Python process (bench.figure).
See docs/PERFORMANCE.md.
"""

from __future__ import annotations

import compileall
import os
import platform
import sys
import time
from datetime import date

from bench import data
from bench.figure import FIGURES
from bench.measure import Figure, child_env, figure_from, run_json


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            names = [line.split(":", 1)[1].strip() for line in info if line.startswith("model")]
    except OSError:
        names = []
    cpu = next((n for n in names if n and not n.isdigit()), cpu)
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _compile() -> None:
    """Byte-compile the app, as an installed (or bundled) StudyLog is.

    Python reuses the .pyc files it finds even when it is told not to write them
    (PYTHONDONTWRITEBYTECODE, set on some build machines); without them every
    process would compile StudyLog's modules again, which no user ever waits for.
    """
    for package in ("studylog", "ui", "bench"):
        compileall.compile_dir(str(data.ROOT / package), quiet=1)


def main(argv: list[str]) -> int:
    names = argv or list(FIGURES)
    unknown = [n for n in names if n not in FIGURES]
    if unknown:
        print(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(FIGURES)}")
        return 2
    started = time.perf_counter()
    _compile()
    dataset = data.ensure()
    figures: list[Figure] = []
    failed: list[str] = []
    for name in names:
        try:
            result = run_json(
                ["-m", "bench.figure", name, str(dataset.folder)], env=child_env(), lines=True
            )
        except RuntimeError as exc:
            print(f"{name}: NOT MEASURED ({exc})", flush=True)
            failed.append(name)
            continue
        for item in result:
            figure = figure_from(item)
            figures.append(figure)
            print(figure.line(), flush=True)
    missed = [f.name for f in figures if not f.ok]
    cache = "cached" if dataset.cached else f"built in {dataset.build_seconds:.0f} s"
    verdict = "all targets met" if not missed and not failed else "TARGETS MISSED"
    print(
        f"bench: {len(figures) - len(missed)}/{len(figures)} targets met — {verdict}"
        + (f" (missed: {', '.join(missed)})" if missed else "")
        + (f" (not measured: {', '.join(failed)})" if failed else "")
        + f"; data {dataset.folder.name} ({cache}); {time.perf_counter() - started:.0f} s;"
        f" {date.today().isoformat()}; {_machine()}",
        flush=True,
    )
    if failed:
        return 2
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
