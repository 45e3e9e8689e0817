"""Hostile files: each importer refuses each one with a clear message and exit 1, prints no
traceback and leaves the database as it was (tests/core/hostile_*.py).

`make test` offers a seeded sample of 60 files per importer; `make stress` offers 1,000.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import IMPORTERS
from hostile_run import run_corpus
from hostile_world import World, build_world

SAMPLE = 60
SEED = 20261121


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("hostile"))


@pytest.mark.parametrize("importer", IMPORTERS)
def test_every_hostile_file_is_refused_cleanly(world: World, tmp_path: Path, importer: str) -> None:
    tally = run_corpus(world, tmp_path, count=SAMPLE, seed=SEED, importers=(importer,))
    assert tally.failures == [], tally.summary() + "\n" + "\n".join(tally.failures[:20])
    assert tally.tried[importer] == SAMPLE
    assert tally.refused[importer] == SAMPLE
