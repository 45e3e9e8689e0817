"""Running the command line in-process, as scripts and acceptance tests drive it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studylog.cli.main import main

DATA = Path(__file__).parent.parent / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cb.db")
    code, _, err = run(
        capsys,
        "init",
        "--db",
        path,
        "--unit-name",
        "Chi bộ Ấp 2",
        "--unit-code",
        "CB-A2",
        "--level",
        "chi_bo",
        "--parent-name",
        "Đảng ủy xã An Bình",
        "--parent-code",
        "DU-AB",
        "--place",
        "Xã An Bình",
    )
    assert code == 0, err
    return path
