"""What every figure shares: a result line, medians, peak memory, running a figure apart.

Each figure runs in its own Python process (`python -m bench.figure NAME DATA_DIR`),
so no figure inherits another's imports, caches or memory, and prints one JSON
object: the `Figure` below.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    target: float
    unit: str  # "x" (a ratio to a floor), "ms", "s", "MB"
    detail: str = ""
    label: str = ""  # how the value is shown when not "NAME: value"
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.value <= self.target

    def line(self) -> str:
        value = _show(self.value, self.unit)
        target = _show(self.target, self.unit)
        head = self.label.format(value=value) if self.label else value
        mark = "" if self.ok else "  MISSED"
        detail = f"  [{self.detail}]" if self.detail else ""
        return f"{self.name}: {head} (target <= {target}){detail}{mark}"


def _show(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 0.1 else f"{seconds * 1000:.0f} ms"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def run_json(args: Sequence[str], *, env: dict[str, str] | None = None, lines: bool = False) -> Any:
    """Run `python ARGS`; the JSON object on the last line of its stdout (every such
    line, as a list, with `lines=True`)."""
    done = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env or child_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    found = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not found:
        raise RuntimeError(
            f"python {' '.join(args)} ended with status {done.returncode}:\n"
            f"{done.stdout[-1500:]}{done.stderr[-3000:]}"
        )
    return found if lines else found[-1]


def emit(figure: Figure) -> None:
    print(json.dumps(asdict(figure), ensure_ascii=False), flush=True)


def figure_from(data: dict[str, object]) -> Figure:
    return Figure(**data)  # type: ignore[arg-type]
