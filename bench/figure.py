"""`python -m bench.figure NAME DATA_DIR`: measure one figure in this fresh process.

Prints each resulting `Figure` as one JSON line (the runner reads them).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from bench import core_figures, gui_figures, startup
from bench.data import Data
from bench.measure import Figure, emit

FIGURES: dict[str, Callable[[Data], list[Figure]]] = {
    "startup": lambda d: [startup.measure(d)],
    "filter": lambda d: [gui_figures.filter_figure(d)],
    "export": lambda d: [core_figures.export(d)],
    "consolidate": core_figures.consolidate_figures,
    "stats": lambda d: [core_figures.stats(d)],
    "report": lambda d: [core_figures.report(d)],
    "responsiveness": lambda d: [gui_figures.responsiveness_figure(d)],
}


def main() -> None:
    name, folder = sys.argv[1], Path(sys.argv[2])
    for figure in FIGURES[name](Data(folder, cached=True, build_seconds=0)):
        emit(figure)
    # Leave without tearing down Qt's objects: PySide's interpreter shutdown is not
    # what is measured, and can abort a process whose work is done.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
