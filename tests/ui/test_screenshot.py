"""`studylog gui --screenshot FILE --page PAGE` writes a PNG of every page and exits 0."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from studylog.cli.main import main
from studylog.demo import build_demo
from studylog.storage.db import open_database
from studylog.storage.store import Store
from ui.shell.pages import PAGE_KEYS


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store = Store(open_database(path), path=path)
    build_demo(store, scale="chi_bo", seed=1)
    store.db.close()
    return path


@pytest.mark.parametrize("page", PAGE_KEYS)
def test_every_page_renders(qapp: object, demo_db: Path, tmp_path: Path, page: str) -> None:
    out = tmp_path / f"{page}.png"
    code = main(["gui", "--db", str(demo_db), "--screenshot", str(out), "--page", page])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert out.stat().st_size > 10_000  # a real picture, not an empty frame


def test_the_window_is_left_as_found(qapp, demo_db: Path, tmp_path: Path) -> None:
    """run() borrows the tests' application: font, style sheet and hook come back."""
    font, sheet, hook = qapp.font(), qapp.styleSheet(), sys.excepthook
    main(["gui", "--db", str(demo_db), "--screenshot", str(tmp_path / "x.png")])
    assert qapp.font() == font
    assert qapp.styleSheet() == sheet
    assert sys.excepthook is hook


def test_a_database_without_a_unit_renders_the_wizard(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "wizard.png"
    code = main(["gui", "--db", str(tmp_path / "new.db"), "--screenshot", str(out)])
    assert code == 0
    assert QImage(str(out)).width() > 400


def test_a_file_that_is_not_a_database_is_refused_without_a_dialog(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database", encoding="utf-8")
    out = tmp_path / "x.png"
    code = main(["gui", "--db", str(bogus), "--screenshot", str(out)])
    assert code == 1
    assert "notes.db" in capsys.readouterr().err
    assert not out.exists()


def test_the_window_speaks_vietnamese_by_default(
    qapp: object, demo_db: Path, tmp_path: Path, installed_qm: None, monkeypatch
) -> None:
    titles: list[str] = []
    import ui.shell.snapshot

    original = ui.shell.snapshot.render

    def spy(widget, path, size=None):  # type: ignore[no-untyped-def]
        titles.append(widget.nav.item(0).text())
        return original(widget, path, size)

    monkeypatch.setattr(ui.shell.snapshot, "render", spy)
    main(["gui", "--db", str(demo_db), "--screenshot", str(tmp_path / "vi.png")])
    main(["gui", "--lang", "en", "--db", str(demo_db), "--screenshot", str(tmp_path / "en.png")])
    assert titles == ["Tổng quan", "Overview"]


def test_the_screenshots_module_draws_every_page_and_the_wizard(
    qapp: object, tmp_path: Path
) -> None:
    from ui.screenshots import render_all

    written = render_all(tmp_path)
    assert sorted(p.name for p in written) == sorted(
        [f"{key}.png" for key in PAGE_KEYS] + ["wizard.png"]
    )
