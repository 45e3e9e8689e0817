"""installer/bundle.py, what build_installer.spec ships, held against the source tree.

The bundle is built only by `make installer`; these checks catch in the fast suite
what would otherwise break only the frozen app: a resource not listed, a Qt module
imported by the code but excluded from the bundle, a trim rule that drops too much.
"""

from __future__ import annotations

import importlib.util
import os
import re
import runpy
import shutil
import struct
import sys
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


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("docx/templates/default.docx", True),
        ("docx/templates/default-styles.xml", True),
        ("docx/templates/default-docx-template/word/styles.xml", False),
        ("docx\\templates\\default-docx-template\\[Content_Types].xml", False),
    ],
)
def test_python_docx_keeps_the_templates_it_opens(dest: str, kept: bool) -> None:
    assert keep(dest) is kept


def test_python_docx_opens_no_file_of_the_dropped_template_folder() -> None:
    docx = pytest.importorskip("docx")
    package = Path(docx.__file__).parent
    source = "\n".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
    for folder in BUNDLE["DROPPED_FOLDERS"]:
        assert Path(folder).name not in source


# --- the ICU data of the Linux bundle (installer/icudata.py) ------------------------

ICU: dict[str, Any] = runpy.run_path(str(REPO / "installer" / "icudata.py"))


@pytest.mark.parametrize(
    "name",
    [
        "icudt73l/root.res", "icudt73l/vi.res", "icudt73l/vi_VN.res", "icudt73l/en.res",
        "icudt73l/en_GB.res", "icudt73l/en_US_POSIX.res", "icudt73l/res_index.res",
        "icudt73l/pool.res", "icudt73l/supplementalData.res", "icudt73l/likelySubtags.res",
        "icudt73l/metadata.res", "icudt73l/zoneinfo64.res", "icudt73l/metaZones.res",
        "icudt73l/timezoneTypes.res", "icudt73l/windowsZones.res", "icudt73l/cnvalias.icu",
        "icudt73l/nfkc.nrm", "icudt73l/uts46.nrm", "icudt73l/coll/root.res",
        "icudt73l/coll/vi.res", "icudt73l/coll/en.res", "icudt73l/coll/ucadata.icu",
        "icudt73l/coll/res_index.res", "icudt73l/zone/vi.res", "icudt73l/zone/en_001.res",
        "icudt73l/zone/pool.res", "icudt73l/zone/tzdbNames.res", "icudt73l/lang/vi.res",
        "icudt73l/region/en.res",
    ],
)  # fmt: skip
def test_icu_keeps_what_qt_reads_for_vi_and_en(name: str) -> None:
    assert ICU["keep_item"](name, b"")


@pytest.mark.parametrize(
    "name",
    [
        "icudt73l/fr.res", "icudt73l/zh_Hant_TW.res", "icudt73l/sr_Latn_BA.res",
        "icudt73l/es_419.res", "icudt73l/yue.res", "icudt73l/ca_ES_VALENCIA.res",
        "icudt73l/coll/zh.res", "icudt73l/coll/de__PHONEBOOK.res", "icudt73l/coll/es_.res",
        "icudt73l/zone/de.res", "icudt73l/lang/ja.res", "icudt73l/translit/root.res",
        "icudt73l/translit/Latin_ASCII.res", "icudt73l/brkitr/cjdict.dict",
        "icudt73l/brkitr/word.brk", "icudt73l/brkitr/vi.res", "icudt73l/curr/vi.res",
        "icudt73l/unit/en.res", "icudt73l/rbnf/vi.res", "icudt73l/unames.icu",
        "icudt73l/confusables.cfu", "icudt73l/rfc3491.spp",
    ],
)  # fmt: skip
def test_icu_drops_other_languages_and_what_qt_never_calls(name: str) -> None:
    assert not ICU["keep_item"](name, b"")


def _converter(max_bytes_per_char: int) -> bytes:
    """A .cnv item as far as keep_item reads it: a data header, then the static data."""
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + bytes(28)
    static = struct.pack("<I60sibbbb", 100, b"test", 0, 0, 2, 1, max_bytes_per_char)
    return header + static + bytes(16)


def test_icu_keeps_single_byte_code_pages_only() -> None:
    assert ICU["keep_item"]("icudt73l/ibm-5354_P100-1998.cnv", _converter(1))  # windows-1258
    assert not ICU["keep_item"]("icudt73l/ibm-943_P15A-2003.cnv", _converter(2))  # Shift_JIS


def _package(items: list[tuple[str, bytes]]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + struct.pack("<HHBBBB", 20, 0, 0, 0, 2, 0)
    header += b"CmnD" + bytes([1, 0, 0, 0]) + bytes([73, 1, 0, 0])
    return ICU["write_package"](header + bytes(32 - len(header)), items)  # type: ignore[no-any-return]


def test_icu_package_round_trip_sorted_and_aligned() -> None:
    items = [
        ("icudt73l/zone/vi.res", b"Z" * 5),
        ("icudt73l/coll/vi.res", b"C" * 17),
        ("icudt73l/fr.res", b"F" * 3),
        ("icudt73l/vi.res", b"V" * 16),
    ]
    blob = _package(items)
    header, read = ICU["read_package"](blob)
    assert header == blob[:32]
    assert [name for name, _ in read] == sorted(name for name, _ in items)
    for name, data in read:  # each item keeps its bytes, padded to the next 16
        original = dict(items)[name]
        assert data[: len(original)] == original and not data[len(original) :].strip(b"\0")
        assert (blob.index(original) - 32) % 16 == 0

    filtered, dropped = ICU["filter_package"](blob)
    assert dropped == ["icudt73l/fr.res"]
    assert [name for name, _ in ICU["read_package"](filtered)[1]] == [
        "icudt73l/coll/vi.res", "icudt73l/vi.res", "icudt73l/zone/vi.res",
    ]  # fmt: skip


def test_icu_refuses_what_is_not_a_package() -> None:
    with pytest.raises(ICU["IcuDataError"]):
        ICU["read_package"](b"\x7fELF" + bytes(60))


def _wheel_icu_data() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None or not sys.platform.startswith("linux"):
        return None
    found = sorted((Path(spec.origin).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.gui
@pytest.mark.slow
@pytest.mark.skipif(_wheel_icu_data() is None, reason="the PySide6 wheel has no libicudata here")
@pytest.mark.skipif(
    shutil.which("as") is None or shutil.which("ld") is None, reason="no binutils (as, ld)"
)
def test_the_small_icu_data_gives_qt_the_same_answers_for_vi_and_en(tmp_path: Path) -> None:
    source = _wheel_icu_data()
    assert source is not None
    small = tmp_path / source.name
    dropped = ICU["shrink"](source, small)
    assert small.stat().st_size < 6 * 2**20 < source.stat().st_size
    assert "icudt73l/translit/root.res" in dropped
    assert ICU["compare"](dict(os.environ), small) == []
