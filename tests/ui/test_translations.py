"""Every translation is finished, keeps its placeholders, and covers every string in use.

Each .ts in resources/translations is checked: nothing unfinished or empty, the
same {name}/%1/%n placeholders on both sides, an Alt+letter wherever the English
has one. Then lupdate is run again into a copy: a string used in the code but
missing from (or obsolete in) its catalog shows up there as unfinished.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.i18n import CATALOGS, Translations, catalog_sources, translations_dir, window_language

PLACEHOLDER = re.compile(r"%n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*\}")
ACCELERATOR = re.compile(r"&(?!&)\S")
TS_FILES = sorted(translations_dir().glob("*.ts"))


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    kind: str  # "", "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def entries(path: Path) -> list[Entry]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(
                Entry(
                    context=name,
                    source=message.findtext("source", ""),
                    kind=translation.get("type", ""),
                    forms=tuple(forms) if forms else (translation.text or "",),
                )
            )
    return found


def test_there_are_catalogs() -> None:
    names = {p.name for p in TS_FILES}
    assert "studylog_vi.ts" in names
    assert names <= set(CATALOGS)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_is_finished_and_keeps_its_placeholders(ts: Path) -> None:
    problems = []
    for entry in entries(ts):
        if entry.kind in ("obsolete", "vanished"):
            continue  # not used any more; the freshness test catches one still in use
        if entry.kind == "unfinished":
            problems.append(f"unfinished — {entry.where}")
            continue
        wanted = sorted(PLACEHOLDER.findall(entry.source))
        for form in entry.forms:
            if not form.strip():
                problems.append(f"empty — {entry.where}")
            elif sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"placeholders {wanted} lost — {entry.where} → {form!r}")
            elif bool(ACCELERATOR.search(entry.source)) != bool(ACCELERATOR.search(form)):
                problems.append(f"Alt+letter lost or added — {entry.where} → {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_in_use_is_in_its_catalog(ts: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    lupdate = str(Path(sys.executable).with_name("pyside6-lupdate"))
    sources = [str(p) for p in catalog_sources(ts.name)]
    subprocess.run(
        [lupdate, "-silent", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    stale = [e.where for e in entries(copy) if e.kind == "unfinished"]
    assert not stale, f"run `python -m ui.i18n {ts.name}` and translate:\n" + "\n".join(stale)


def test_the_translations_load_and_come_out_again(qapp: object, compiled_qm: Path) -> None:
    translations = Translations()
    loaded = translations.install("vi", directory=compiled_qm)
    try:
        assert "studylog_vi.qm" in loaded
        assert QCoreApplication.translate("Navigation", "Overview") == "Tổng quan"
        assert QCoreApplication.translate("StandardButtons", "Cancel") == "Hủy"
        n = QCoreApplication.translate("HomeNotes", "{count} essay(s) not handed in yet.")
        assert n.format(count=38) == "Còn 38 bài thu hoạch chưa nộp."
        assert QLocale().language() == QLocale.Language.Vietnamese
    finally:
        translations.remove()
    assert QCoreApplication.translate("Navigation", "Overview") == "Overview"


def test_english_loads_no_translation(qapp: object, compiled_qm: Path) -> None:
    translations = Translations()
    try:
        assert translations.install("en", directory=compiled_qm) == []
        assert QCoreApplication.translate("Navigation", "Overview") == "Overview"
    finally:
        translations.remove()


def test_vietnamese_unless_english_is_asked_for() -> None:
    assert window_language("vi", "vi") == "vi"
    assert window_language("en", "vi") == "en"
    assert window_language("vi", "en") == "en"


def test_the_data_pages_have_their_own_catalog() -> None:
    mine = {p.parts[-2] for p in catalog_sources("studylog_vi.ts")}
    theirs = {p.parts[-2] for p in catalog_sources("pages_vi.ts")}
    assert "members" not in mine and "members" in theirs
    assert "home" in mine and "home" not in theirs


def test_qts_own_right_click_menu_speaks_vietnamese(qtbot, vietnamese) -> None:
    """qtbase_vi is not in the PySide6 wheels; our catalog carries these words."""
    from PySide6.QtWidgets import QLineEdit

    field = QLineEdit()
    qtbot.addWidget(field)
    texts = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions()]
    assert {"&Cắt", "&Sao chép", "&Dán", "Chọn tất cả"} <= set(texts)
