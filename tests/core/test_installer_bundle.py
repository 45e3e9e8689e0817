"""installer/bundle.py, what build_installer.spec ships, held against the source tree.

The bundle is built only by `make installer`; these checks catch in the fast suite
what would otherwise break only the frozen app: a resource not listed, a Qt module
imported by the code but excluded from the bundle, a trim rule that drops too much.
"""

from __future__ import annotations

import re
import runpy
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
BUNDLE: dict[str, Any] = runpy.run_path(str(REPO / "installer" / "bundle.py"))
keep = BUNDLE["keep"]
trim = BUNDLE["trim"]


def test_every_shipped_resource_is_listed_and_nothing_else() -> None:
    resources = REPO / "resources"
    shipped = {
        p.relative_to(REPO).as_posix()
        for p in resources.rglob("*")
        if p.is_file() and p.suffix not in BUNDLE["SOURCE_SUFFIXES"]
    }
    # .qm files are build output: listed whether or not `make translations` ran.
    shipped |= {p.with_suffix(".qm").relative_to(REPO).as_posix() for p in resources.rglob("*.ts")}
    assert set(BUNDLE["resources"](REPO)) == shipped


def test_every_catalog_of_the_window_is_shipped() -> None:
    listed = BUNDLE["resources"](REPO)
    for catalog in BUNDLE["catalogs"](REPO):
        assert f"resources/translations/{Path(catalog).stem}.qm" in listed
    assert "resources/translations/studylog_vi.qm" in listed


def test_the_font_licence_travels_with_the_fonts() -> None:
    listed = BUNDLE["resources"](REPO)
    assert any(p.endswith(".ttf") for p in listed)
    assert "resources/fonts/LICENSE-LiberationFonts.txt" in listed


def _qt_modules_imported() -> set[str]:
    found: set[str] = set()
    for folder in ("ui", "studylog"):
        for path in (REPO / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            found.update(re.findall(r"PySide6\.(Qt\w+)", text))
            for names in re.findall(r"from PySide6 import ([\w, ()\n]+)", text):
                found.update(re.findall(r"Qt\w+", names))
    return found


def test_no_qt_module_the_code_uses_is_excluded_from_the_bundle() -> None:
    used = _qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert used.isdisjoint(BUNDLE["QT_EXCLUDED"])
    assert used <= set(BUNDLE["QT_KEEP"]), "a new Qt module: add it to QT_KEEP"


def test_no_qt_module_is_both_kept_and_excluded() -> None:
    assert set(BUNDLE["QT_KEEP"]).isdisjoint(BUNDLE["QT_EXCLUDED"])


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_en.qm",
        "PySide6/translations/qtbase_vi.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt6Core.dll",
        "resources/translations/studylog_vi.qm",
        "libpython3.11.so.1.0",
    ],
)
def test_kept(dest: str) -> None:
    assert keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/plugins/tls/qopensslbackend.dll",
        "PySide6/plugins/sqldrivers/qsqlite.dll",
        "PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qt_zh_CN.qm",
        "PySide6/opengl32sw.dll",
        "PySide6/d3dcompiler_47.dll",
    ],
)
def test_dropped(dest: str) -> None:
    assert not keep(dest)


def test_trim_drops_what_only_a_dropped_plugin_links_to() -> None:
    vk = "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    binaries = [
        (vk, "/src/vk.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/xcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/src/quick", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/gui", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/core", "BINARY"),
    ]
    graph = {
        "libqtvirtualkeyboardplugin.so": {"libqt6quick.so.6", "libqt6gui.so.6"},
        "libqt6quick.so.6": {"libqt6gui.so.6", "libqt6core.so.6"},
        "libqxcb.so": {"libqt6gui.so.6"},
        "libqt6gui.so.6": {"libqt6core.so.6"},
    }
    datas = [
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/src/fr.qm", "DATA"),
        ("resources/style.qss", "/src/style.qss", "DATA"),
    ]
    kept_binaries, kept_datas = trim(binaries, datas, graph)
    assert [e[0] for e in kept_binaries] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
    ]
    assert [e[0] for e in kept_datas] == ["libQt6Gui.so.6", "resources/style.qss"]


def test_trim_keeps_a_library_that_something_kept_also_needs() -> None:
    binaries = [
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/a", "BINARY"),
        ("PySide6/QtPdf.abi3.so", "/b", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", "/c", "BINARY"),
    ]
    graph = {"libqpdf.so": {"libqt6pdf.so.6"}, "qtpdf.abi3.so": {"libqt6pdf.so.6"}}
    kept, _ = trim(binaries, [], graph)
    assert [e[0] for e in kept] == ["PySide6/QtPdf.abi3.so", "PySide6/Qt/lib/libQt6Pdf.so.6"]
