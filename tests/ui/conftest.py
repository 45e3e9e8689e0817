"""Fixtures of the window's tests. Every test here needs Qt, so each is marked `gui`.

The root conftest has already put Qt on the offscreen platform. Preferences
(QSettings) and the error log go to a temporary folder, never to the tester's own.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from studylog.demo import build_demo
from studylog.domain.enums import Level
from studylog.storage.db import open_database
from studylog.storage.store import Store
from studylog.storage.units import init_home
from ui.context import AppContext
from ui.i18n import Translations, translations_dir

UI_TESTS = Path(__file__).parent
# The offscreen platform says so whenever a top-level window gets a fixed size: it is
# a limit of the test platform, not a fault of the window.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.gui)
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def private_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "prefs"
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    monkeypatch.setattr("ui.errors.log_path", lambda: tmp_path / "studylog.log")
    yield folder


def lrelease() -> str:
    return str(Path(sys.executable).with_name("pyside6-lrelease"))


@pytest.fixture(scope="session")
def compiled_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every .ts compiled afresh, so a stale or missing .qm never decides a test."""
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted(translations_dir().glob("*.ts")):
        subprocess.run(
            [lrelease(), "-silent", str(ts), "-qm", str(out / ts.with_suffix(".qm").name)],
            check=True,
        )
    return out


@pytest.fixture
def vietnamese(qapp: object, compiled_qm: Path) -> Iterator[Translations]:
    translations = Translations()
    translations.install("vi", directory=compiled_qm)
    yield translations
    translations.remove()


@pytest.fixture
def installed_qm(compiled_qm: Path) -> Iterator[None]:
    """The .qm files where `run()` looks for them, for tests of the whole command."""
    target = translations_dir()
    added = []
    for qm in compiled_qm.glob("*.qm"):
        if not (target / qm.name).exists():
            shutil.copy(qm, target / qm.name)
            added.append(target / qm.name)
    yield
    for path in added:
        path.unlink(missing_ok=True)


def _file_store(path: Path) -> Store:
    return Store(open_database(path), path=path, actor="test")


@pytest.fixture
def unit_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """A file database with only a home unit."""
    path = tmp_path / "unit.db"
    store = _file_store(path)
    init_home(
        store,
        name="Chi bộ Khu phố 3",
        code="CB-KP3",
        level=Level.CHI_BO,
        parent_name="Đảng ủy phường Bến Thành",
        parent_code="DU-BT",
        place="Phường Bến Thành",
    )
    ctx = AppContext(store, path)
    yield ctx
    ctx.store.db.close()


@pytest.fixture
def demo_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """The chi bộ demo database (seed 1), in a file as the window uses it."""
    path = tmp_path / "demo.db"
    store = _file_store(path)
    build_demo(store, scale="chi_bo", seed=1)
    ctx = AppContext(store, path)
    yield ctx
    ctx.store.db.close()


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A new database file without a home unit: what the first run finds."""
    store = _file_store(tmp_path / "new.db")
    yield store
    store.db.close()
