"""What goes into the PyInstaller bundle; read by build_installer.spec and by the tests.

Kept out of the spec so that a test can hold it against the code: a page that
starts importing a Qt module excluded here would otherwise break only the frozen
app, and a resource added without being listed would be missing only there.
Plain Python, no PyInstaller import: the spec loads it with runpy.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path, PurePosixPath

# Every shipped resource, by path in the source tree; the bundle keeps the same
# layout under its contents folder, where studylog.paths.resources_dir() looks.
FILES = (
    "resources/style.qss",
    "resources/icons/studylog.png",
    "resources/icons/studylog.svg",
    "resources/icons/studylog.ico",
    "resources/fonts/LiberationSerif-Regular.ttf",
    "resources/fonts/LiberationSerif-Bold.ttf",
    "resources/fonts/LiberationSerif-Italic.ttf",
    "resources/fonts/LiberationSerif-BoldItalic.ttf",
    "resources/fonts/LICENSE-LiberationFonts.txt",
)
# The translations are the compiled catalogs that ui/i18n.py lists in CATALOGS
# (`make translations` first); that list is the one place a catalog is added.
TRANSLATIONS = "resources/translations"
# Files under resources/ that are sources of a shipped file, not shipped themselves.
SOURCE_SUFFIXES = (".ts",)


def catalogs(root: Path) -> tuple[str, ...]:
    """ui.i18n.CATALOGS (`studylog_vi.ts`, ...), read without importing Qt."""
    tree = ast.parse((root / "ui" / "i18n.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "CATALOGS" for t in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise ValueError("no CATALOGS in ui/i18n.py")


def resources(root: Path) -> tuple[str, ...]:
    """FILES and the .qm of every catalog: all that the bundle ships of resources/."""
    compiled = tuple(f"{TRANSLATIONS}/{PurePosixPath(c).stem}.qm" for c in catalogs(root))
    return FILES + compiled


# The PySide6 modules the code may import: QtCore, QtGui, QtWidgets; QtPdf for the
# report preview (ui/reports); QtSvg for the SVG icon engine, QtPdfWidgets and
# QtPrintSupport should the preview grow a viewer or printing. Every other binding
# is excluded so that no hook drags it in; tests/core/test_installer_bundle.py
# fails when the code imports a module missing from QT_KEEP.
QT_KEEP = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtSvg",
    "QtSvgWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
)
QT_EXCLUDED = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtDBus", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets",
    "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtTest", "QtTextToSpeech",
    "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

# Python modules never needed at run time. The test and build tools live in the
# same venv; tkinter and the stdlib's tests and debuggers come with every Python;
# ssl/_hashlib bring OpenSSL (nothing here goes on the network, hashlib falls back
# to its built-in SHA-2, and cryptography carries its own OpenSSL); doctest and
# unittest are only imported by reportlab's `if __name__ == "__main__"` blocks.
PYTHON_EXCLUDED = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "test", "lib2to3",
    "pydoc_data", "ensurepip", "venv", "distutils", "setuptools", "pkg_resources",
    "pip", "wheel", "PyInstaller", "_pyinstaller_hooks_contrib", "altgraph",
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "mypyc",
    "ruff", "importlinter", "grimp", "IPython", "numpy", "tests",
    "doctest", "unittest", "pdb", "pydoc", "readline", "ssl", "_ssl", "_hashlib",
    # Pillow draws the Word draft's chart as PNG (studylog/reports/chart.py): it
    # needs its core and ImageFont, not AVIF/WebP (Image.init skips a missing
    # plugin) nor its Qt and Tk bridges.
    "PIL.AvifImagePlugin", "PIL._avif", "PIL.WebPImagePlugin", "PIL._webp",
    "PIL.ImageQt", "PIL.ImageTk", "PIL._imagingtk",
    # Colour management (LittleCMS, 0.5 MB): Image.convert imports it only for a
    # conversion to or from LAB, which the chart never asks for.
    "PIL.ImageCms", "PIL._imagingcms",
    # The CJK codecs (0.9 MB): the importers read UTF-8, UTF-16, cp1258, cp1252
    # and the TCVN3/VNI tables of studylog.vntext; a lookup of another codec raises
    # LookupError as for any unknown name.
    "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr",
    "_codecs_tw", "_multibytecodec",
    # reportlab imports charset_normalizer (0.5 MB) only to read XMP metadata from
    # a file and in its legacy para.py; the reports use neither.
    "charset_normalizer",
    # Nothing runs an event loop, a process pool or an XML-RPC server. asyncio comes
    # only from typing_extensions' @deprecated on a coroutine function (there is
    # none), concurrent and multiprocessing only through asyncio, xmlrpc and
    # http.server only through defusedxml.defuse_stdlib (never called).
    "asyncio", "_asyncio", "multiprocessing", "_multiprocessing", "concurrent",
    "xmlrpc", "http.server", "socketserver",
)  # fmt: skip

# Qt plugins kept, by folder; None keeps the whole folder. Everything else in
# plugins/ goes: networking, multimedia, SQL drivers, QML tooling, Wayland/EGL, GTK
# and portal themes (Fusion and Qt's own file dialog are used everywhere).
PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb for a Linux desktop, windows for Windows, offscreen for the smoke run.
    "platforms": frozenset({"qxcb", "qwindows", "qoffscreen"}),
    # PNG is built into QtGui; SVG and ICO icons need these.
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": None,
    "styles": None,
    # ibus carries Vietnamese input methods (Bamboo, Unikey) on Linux; compose for
    # dead keys. On Windows, Unikey and EVKey work without a Qt plugin.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
}
# Qt's own translations: Vietnamese and English only (PySide6 wheels ship no
# qtbase_vi today; it is kept should a later wheel bring it).
QT_LANGUAGES = ("vi", "en")
# Qt files the PySide6 hooks collect that a widgets app never loads: the software
# OpenGL renderer and the shader compiler (Windows, for Qt Quick).
DROPPED_FILES = frozenset({"opengl32sw.dll", "d3dcompiler_47.dll"})
# Folders the hooks collect that nothing reads at run time: python-docx's unzipped
# copy of its template (1 MB; Document() opens templates/default.docx, the parts
# their templates/default-*.xml).
DROPPED_FOLDERS = ("docx/templates/default-docx-template",)

_QM = re.compile(r"_(?P<lang>[a-z]{2})(?:_[A-Z]{2})?\.qm$")


def plugin_name(file_name: str) -> str:
    """`libqxcb.so` and `qxcb.dll` → `qxcb`."""
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def _qt_relative(dest: str) -> PurePosixPath | None:
    """The path below Qt's prefix (`plugins/...`, `translations/...`), or None.

    Linux wheels keep Qt under PySide6/Qt/, Windows wheels directly under PySide6/.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return None
    rest = parts[2:] if len(parts) > 1 and parts[1] == "Qt" else parts[1:]
    return PurePosixPath(*rest) if rest else None


def keep(dest: str) -> bool:
    """Whether a collected file (its destination in the bundle) stays in the bundle."""
    path = PurePosixPath(dest.replace("\\", "/"))
    if path.name.lower() in DROPPED_FILES:
        return False
    if any(path.is_relative_to(folder) for folder in DROPPED_FOLDERS):
        return False
    rel = _qt_relative(dest)
    if rel is None or len(rel.parts) < 2:
        return True
    top = rel.parts[0]
    if top == "plugins":
        folder = rel.parts[1]
        if folder not in PLUGINS:
            return False
        allowed = PLUGINS[folder]
        return allowed is None or plugin_name(rel.name) in allowed
    if top == "translations":
        match = _QM.search(rel.name)
        return match is not None and match["lang"] in QT_LANGUAGES
    return True


Entry = tuple[str, str, str]  # PyInstaller's TOC entry: (destination, source, kind)


def _closure(start: set[str], imports_of: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(imports_of.get(name, ()))
    return seen


def file_key(dest: str) -> str:
    """The key of a file in the dependency graph: its name, lower case (Windows)."""
    return PurePosixPath(dest.replace("\\", "/")).name.lower()


def trim(
    binaries: list[Entry], datas: list[Entry], imports_of: dict[str, set[str]]
) -> tuple[list[Entry], list[Entry]]:
    """Drop what `keep` refuses, and the libraries that only those files needed.

    The hooks collect every plugin of a kind, and PyInstaller then collects what each
    one links to (the virtual keyboard brings Qt Quick and QML, the GTK theme brings
    GTK, cairo and pango). `imports_of` maps a library's file name (lower case) to the
    names of the libraries it links to. A library that something kept still links
    to stays. Symlinks to a dropped library go with it.
    """
    dropped = {file_key(e[0]) for e in binaries if not keep(e[0])}
    only_theirs = _closure(dropped, imports_of) - dropped
    roots = {file_key(e[0]) for e in binaries} - dropped - only_theirs
    needed = _closure(roots, imports_of)
    gone = dropped | (only_theirs - needed)
    kept_binaries = [e for e in binaries if file_key(e[0]) not in gone]
    kept_datas = [
        e for e in datas if keep(e[0]) and not (e[2] == "SYMLINK" and file_key(e[1]) in gone)
    ]
    return kept_binaries, kept_datas
