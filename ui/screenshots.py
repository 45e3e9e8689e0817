"""`python -m ui.screenshots OUTDIR`: every page of the window on a demo database.

The pictures in docs/screenshots come from here (`make screenshots`), so that the
guide always shows the window as it is. The first-run wizard is drawn too, on an
empty database.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from studylog.demo import build_demo
from studylog.storage.db import close_quietly, open_database
from studylog.storage.store import Store
from ui.context import AppContext
from ui.i18n import VIETNAMESE, Translations
from ui.main_window import MainWindow
from ui.shell.look import Look
from ui.shell.pages import PAGE_KEYS
from ui.shell.snapshot import dispose, render
from ui.wizard.wizard import FirstRunWizard


def render_all(out_dir: Path, *, lang: str = VIETNAMESE) -> list[Path]:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1] or ["screenshots"])
    look = Look(app)
    look.apply()
    translations = Translations()
    translations.install(lang)
    written: list[Path] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            demo_path = Path(tmp) / "demo.db"
            db = open_database(demo_path)
            store = Store(db, path=demo_path, actor="screenshots")
            build_demo(store, scale="chi_bo", seed=1)
            ctx = AppContext(store, demo_path, lang)
            window = MainWindow(ctx, remember=False)
            for key in PAGE_KEYS:
                page = window.show_page(key)
                # A page that prepares something off the GUI thread (the report's
                # preview) is drawn once that is done, as a person would see it.
                settle = getattr(page, "settle", None)
                if callable(settle):
                    settle()
                target = out_dir / f"{key}.png"
                if render(window, target):
                    written.append(target)
            dispose(window)
            close_quietly(db)

            empty_path = Path(tmp) / "empty.db"
            empty = open_database(empty_path)
            wizard = FirstRunWizard(Store(empty, path=empty_path), empty_path, lang=lang)
            target = out_dir / "wizard.png"
            if render(wizard, target, None):
                written.append(target)
            dispose(wizard)
            close_quietly(empty)
    finally:
        translations.remove()
        look.restore()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m ui.screenshots OUTDIR", file=sys.stderr)
        return 2
    written = render_all(Path(args[0]))
    for path in written:
        print(path)
    return 0 if len(written) == len(PAGE_KEYS) + 1 else 1


if __name__ == "__main__":
    sys.exit(main())
