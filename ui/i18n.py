"""The window's language: Qt translators for every `*_vi.qm` we ship, plus Qt's own.

Source strings are English (`self.tr()`); Vietnamese is the default language, so a
Vietnamese user sees the compiled `.ts` files of resources/translations. Qt's own
`qtbase_vi` is loaded when the Qt installation has it; PySide6 wheels do not ship
it, which is why the standard button texts are set explicitly (ui/common/buttons.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from studylog.paths import resource

VIETNAMESE = "vi"
ENGLISH = "en"


def translations_dir() -> Path:
    return resource("translations")


def window_language(cli_lang: str, stored_lang: str) -> str:
    """English when asked for on the command line or chosen in Cài đặt; else Vietnamese."""
    return ENGLISH if ENGLISH in (cli_lang, stored_lang) else VIETNAMESE


class Translations:
    """The translators one `install` put in place, so that they can be taken out again.

    `run()` may borrow an application that outlives it (the tests' application), so
    it must leave the language as it found it.
    """

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self._old_locale: QLocale | None = None
        self.loaded: list[str] = []

    def install(self, lang: str, directory: Path | None = None) -> list[str]:
        """Install the translators for `lang`; returns the names of the files loaded."""
        self.remove()
        self._old_locale = QLocale()
        if lang != VIETNAMESE:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return []
        vi = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
        # The locale decides date edits (dd/MM/yyyy) and number separators (24.834).
        QLocale.setDefault(vi)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        self._load(vi, "qtbase", qt_dir)
        for qm in sorted((directory or translations_dir()).glob("*_vi.qm")):
            self._load_file(qm)
        return self.loaded

    def _load(self, locale: QLocale, name: str, folder: str) -> None:
        translator = QTranslator()
        if translator.load(locale, name, "_", folder):
            self._keep(translator, name)

    def _load_file(self, path: Path) -> None:
        translator = QTranslator()
        if translator.load(str(path)):
            self._keep(translator, path.name)

    def _keep(self, translator: QTranslator, name: str) -> None:
        QCoreApplication.installTranslator(translator)
        self._translators.append(translator)
        self.loaded.append(name)

    def remove(self) -> None:
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        if self._old_locale is not None:
            QLocale.setDefault(self._old_locale)
            self._old_locale = None
        self._translators.clear()
        self.loaded = []


# -- catalogs: which sources feed which .ts ---------------------------------------
# The data pages, the exchange, backup and reports pages have their own catalogs
# so that several people can translate at once.
PAGE_FOLDERS = ("members", "campaigns", "sessions", "checkin", "followup")
EXCHANGE_FOLDERS = ("exchange",)
BACKUP_FOLDERS = ("backup",)
REPORT_FOLDERS = ("reports",)
CATALOGS = ("studylog_vi.ts", "pages_vi.ts", "exchange_vi.ts", "backup_vi.ts", "reports_vi.ts")


def catalog_sources(catalog: str, ui_dir: Path | None = None) -> list[Path]:
    """The Python files whose strings belong in `catalog` (a file name in CATALOGS)."""
    root = ui_dir or Path(__file__).resolve().parent
    files = sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    in_pages = [p for p in files if p.relative_to(root).parts[0] in PAGE_FOLDERS]
    in_exchange = [p for p in files if p.relative_to(root).parts[0] in EXCHANGE_FOLDERS]
    in_backup = [p for p in files if p.relative_to(root).parts[0] in BACKUP_FOLDERS]
    in_reports = [p for p in files if p.relative_to(root).parts[0] in REPORT_FOLDERS]
    if catalog == "pages_vi.ts":
        return in_pages
    if catalog == "exchange_vi.ts":
        return in_exchange
    if catalog == "backup_vi.ts":
        return in_backup
    if catalog == "reports_vi.ts":
        return in_reports
    if catalog == "studylog_vi.ts":
        return [p for p in files if p not in in_pages + in_exchange + in_backup + in_reports]
    raise ValueError(f"unknown catalog {catalog}")


def lupdate_command(catalog: str, ts_file: Path) -> list[str]:
    """`pyside6-lupdate` for one catalog; run it after changing strings, then translate."""
    return [
        "pyside6-lupdate",
        *(str(p) for p in catalog_sources(catalog)),
        "-ts",
        str(ts_file),
        "-target-language",
        "vi_VN",
        "-no-obsolete",
    ]


if __name__ == "__main__":  # python -m ui.i18n studylog_vi.ts: refresh that catalog
    import subprocess
    import sys

    name = sys.argv[1] if len(sys.argv) > 1 else "studylog_vi.ts"
    command = lupdate_command(name, translations_dir() / name)
    command[0] = str(Path(sys.executable).with_name("pyside6-lupdate"))
    sys.exit(subprocess.call(command))
