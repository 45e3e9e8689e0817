"""Shared fixtures. Qt must see the offscreen platform before it is first imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from studylog.domain.enums import Level
from studylog.storage.db import open_database
from studylog.storage.store import Store
from studylog.storage.units import init_home

DATA = Path(__file__).parent / "data"


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh in-memory database with a chi bộ as home unit."""
    db = open_database(":memory:")
    s = Store(db, actor="test")
    init_home(
        s,
        name="Chi bộ Khu phố 3",
        code="CB-KP3",
        level=Level.CHI_BO,
        parent_name="Đảng ủy phường Bến Thành",
        parent_code="DU-BT",
        place="Phường Bến Thành",
    )
    yield s
    db.close()


@pytest.fixture
def data_dir() -> Path:
    return DATA
