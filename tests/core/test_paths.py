"""studylog.paths: resources from the source tree or the bundle, portable mode, data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from studylog import paths
from studylog.reports import fonts

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run as the one-folder bundle installed in tmp_path/StudyLog."""
    bundle = tmp_path / "StudyLog"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / ("studylog.exe" if sys.platform == "win32" else "studylog")
    exe.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle / "_internal"), raising=False)
    return bundle.resolve()


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs answers with folders under tmp_path/home (and records the questions)."""
    home = tmp_path / "home"

    def user_data_dir(appname: str, *, appauthor: bool) -> str:
        assert (appname, appauthor) == ("StudyLog", False)
        return str(home / "data" / appname)

    def user_config_dir(appname: str, *, appauthor: bool, roaming: bool) -> str:
        assert (appname, appauthor, roaming) == ("StudyLog", False, True)
        return str(home / "config" / appname)

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", user_data_dir)
    monkeypatch.setattr(paths.platformdirs, "user_config_dir", user_config_dir)
    return home


# -- from the source tree -------------------------------------------------------------


def test_the_source_tree_is_not_frozen_and_finds_its_resources() -> None:
    assert not paths.is_frozen()
    assert paths.app_dir() == REPO
    assert paths.resources_dir() == REPO / "resources"


@pytest.mark.parametrize(
    "parts",
    [
        ("style.qss",),
        ("icons", "studylog.png"),
        ("icons", "studylog.svg"),
        ("icons", "studylog.ico"),
        ("fonts", "LICENSE-LiberationFonts.txt"),
    ],
)
def test_resources_the_code_names_exist(parts: tuple[str, ...]) -> None:
    assert paths.resource(*parts).is_file()


@pytest.mark.parametrize("name", sorted(fonts.FILES))
def test_every_report_font_resolves_to_a_file(name: str) -> None:
    assert fonts.font_path(name).is_file()
    assert fonts.font_path(name).parent == paths.resource("fonts")


def test_every_translation_source_sits_where_the_window_loads_from() -> None:
    # ui/i18n.py loads resource("translations")/*_vi.qm, compiled from these.
    sources = sorted(paths.resource("translations").glob("*_vi.ts"))
    assert sources, "no *_vi.ts in resources/translations"


def test_the_source_tree_is_never_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_dirs: Path
) -> None:
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    assert not paths.is_portable()
    assert paths.data_dir() == user_dirs / "data" / "StudyLog"


def test_the_default_data_folder_is_the_users(user_dirs: Path) -> None:
    data = user_dirs / "data" / "StudyLog"
    assert paths.data_dir() == data
    assert paths.default_db_path() == data / "studylog.db"
    assert paths.log_path() == data / "studylog.log"
    assert paths.preferences_path() == user_dirs / "config" / "StudyLog" / "preferences.ini"


def test_the_real_platformdirs_answer_names_the_app() -> None:
    assert paths.data_dir().name == "StudyLog"
    assert paths.preferences_path().parent.name == "StudyLog"


# -- frozen (the PyInstaller bundle) ----------------------------------------------------


def test_frozen_resources_come_from_the_bundle_contents(frozen: Path) -> None:
    assert paths.is_frozen()
    assert paths.app_dir() == frozen
    assert paths.resources_dir() == frozen / "_internal" / "resources"
    assert paths.resource("icons", "studylog.png") == (
        frozen / "_internal" / "resources" / "icons" / "studylog.png"
    )


def test_frozen_without_meipass_looks_beside_the_executable(
    frozen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(sys, "_MEIPASS")
    assert paths.resources_dir() == frozen / "resources"


def test_a_symlink_to_the_executable_still_finds_the_bundle(
    frozen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if sys.platform == "win32":
        pytest.skip("symlinks need privileges on Windows")
    link = tmp_path / "bin" / "studylog"
    link.parent.mkdir()
    link.symlink_to(frozen / "studylog")
    monkeypatch.setattr(sys, "executable", str(link))
    assert paths.app_dir() == frozen


def test_frozen_without_the_marker_uses_the_users_data_folder(
    frozen: Path, user_dirs: Path
) -> None:
    assert not paths.is_portable()
    assert paths.data_dir() == user_dirs / "data" / "StudyLog"
    assert paths.default_db_path() == user_dirs / "data" / "StudyLog" / "studylog.db"


def test_portable_keeps_everything_in_data_beside_the_executable(
    frozen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_the_pc(*args: object, **kwargs: object) -> str:
        raise AssertionError("portable mode asked for a folder on the PC")

    monkeypatch.setattr(paths.platformdirs, "user_data_dir", not_the_pc)
    monkeypatch.setattr(paths.platformdirs, "user_config_dir", not_the_pc)
    (frozen / "portable.txt").write_text("", encoding="utf-8")
    data = frozen / "data"
    assert paths.is_portable()
    assert paths.data_dir() == data
    assert paths.default_db_path() == data / "studylog.db"
    assert paths.log_path() == data / "studylog.log"
    assert paths.preferences_path() == data / "preferences.ini"


def test_a_folder_named_like_the_marker_is_not_the_marker(frozen: Path) -> None:
    (frozen / "portable.txt").mkdir()
    assert not paths.is_portable()


def test_resources_do_not_move_in_portable_mode(frozen: Path) -> None:
    (frozen / "portable.txt").write_text("", encoding="utf-8")
    assert paths.resources_dir() == frozen / "_internal" / "resources"
