"""A full or failing disk while writing any file: the previous file and the database stay
as they were, no temporary file is left, and the command says so (exit 1, one line, no
traceback). Every file StudyLog writes is covered (tests/core/full_disk.py); `make stress`
injects many more failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from full_disk import TARGETS, Sweep, make_template, sweep_restore, sweep_target

FAULTS_PER_TARGET = 6
SEED = 20261121


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("full-disk"))


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_a_failing_disk_never_leaves_half_a_file(
    template: Path, tmp_path: Path, target: str
) -> None:
    sweep = Sweep()
    sweep_target(template, tmp_path, target, FAULTS_PER_TARGET, SEED, sweep)
    assert sweep.failures == []
    assert sweep.tried == {target: FAULTS_PER_TARGET}


def test_a_failing_disk_during_a_restore_changes_nothing(template: Path, tmp_path: Path) -> None:
    sweep = Sweep()
    sweep_restore(template, tmp_path, FAULTS_PER_TARGET, SEED, sweep)
    assert sweep.failures == []
    assert sweep.tried == {"restore": FAULTS_PER_TARGET}
