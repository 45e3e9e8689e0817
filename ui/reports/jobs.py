"""The work of the Báo cáo page that runs off the GUI thread (ui/worker.py).

Each function here builds a `Job`: it is called on the worker's thread with the
worker's own Store, never touches a widget, and returns a small frozen record that
the page shows. The core does the real work; this module only strings it together
the way `studylog report` and `studylog sign-in-sheet` do.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from studylog.reports import campaign_docx, campaign_pdf, numbering, sign_in
from studylog.reports.content import campaign_document
from studylog.reports.data import gather
from studylog.reports.document import Document, number_text
from studylog.storage import campaigns
from studylog.storage.store import Store
from studylog.storage.units import home_unit
from ui.worker import Cancelled, Job, Progress

PDF = ".pdf"
DOCX = ".docx"
_WRITERS: dict[str, Callable[[Document, Path], None]] = {
    PDF: campaign_pdf.write,
    DOCX: campaign_docx.write,
}
# The preview only has to be legible on screen; zoom scales these pictures.
PREVIEW_DPI = 144
PDFTOPPM_SECONDS = 120
# reportlab writes each page object uncompressed, so its type can be counted.
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


@dataclass(frozen=True)
class ReportRequest:
    """What the page's fields say about the report to write."""

    campaign_uid: str
    day: date
    number: int
    difficulties: str
    proposals: str


@dataclass(frozen=True)
class SavedReport:
    path: Path
    number_text: str  # "Số 05-BC/CB"
    term: str
    number: int


@dataclass(frozen=True)
class SavedSheet:
    path: Path
    expected: int
    exempt: int


@dataclass(frozen=True)
class PreviewData:
    pdf: bytes
    pages: int
    # Page pictures (PNG), only when they had to be drawn by pdftoppm.
    images: tuple[bytes, ...] = ()


def _document(store: Store, request: ReportRequest) -> Document:
    campaign = campaigns.get_campaign(store, request.campaign_uid)
    data = gather(
        store,
        campaign,
        issued_on=request.day,
        number=request.number,
        difficulties=request.difficulties,
        proposals=request.proposals,
    )
    return campaign_document(data)


def report_job(request: ReportRequest, path: Path) -> Job:
    """Write the report (.pdf or .docx by the path's suffix), then use up its number.

    The number is issued only once the file exists, as the CLI does: a failed write
    must not skip a number.
    """
    write = _WRITERS[path.suffix.lower()]

    def job(store: Store, progress: Progress, cancelled: Cancelled) -> SavedReport:
        document = _document(store, request)
        write(document, path)
        issued = numbering.issue_number(
            store, campaign_uid=request.campaign_uid, day=request.day, number=request.number
        )
        return SavedReport(
            path=path,
            number_text=number_text(home_unit(store), issued.number),
            term=issued.term,
            number=issued.number,
        )

    return job


def sign_in_job(session_uid: str, path: Path) -> Job:
    def job(store: Store, progress: Progress, cancelled: Cancelled) -> SavedSheet:
        sheet = sign_in.gather(store, session_uid)
        sign_in.write(sheet, path)
        return SavedSheet(path=path, expected=len(sheet.expected), exempt=len(sheet.exempt))

    return job


def preview_job(request: ReportRequest, *, rasterise: bool) -> Job:
    """The report as PDF bytes in memory; with `rasterise`, also its pages as PNG.

    Nothing is written to the database: the number shown is only the one proposed.
    """

    def job(store: Store, progress: Progress, cancelled: Cancelled) -> PreviewData:
        out = io.BytesIO()
        campaign_pdf.render(_document(store, request), out)
        pdf = out.getvalue()
        images = pdftoppm_pages(pdf) if rasterise else ()
        return PreviewData(pdf=pdf, pages=count_pages(pdf), images=images)

    return job


def count_pages(pdf: bytes) -> int:
    return len(_PAGE_OBJECT.findall(pdf))


def pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def pdftoppm_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> tuple[bytes, ...]:
    """Every page as PNG bytes, drawn by poppler's pdftoppm; () when it is not there."""
    program = pdftoppm()
    if program is None:
        return ()
    with tempfile.TemporaryDirectory(prefix="studylog-preview-") as folder:
        source = Path(folder) / "report.pdf"
        source.write_bytes(pdf)
        # No console window flashing up on Windows for each preview.
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        done = subprocess.run(
            [program, "-r", str(dpi), "-png", str(source), str(Path(folder) / "page")],
            capture_output=True,
            timeout=PDFTOPPM_SECONDS,
            creationflags=flags,
            check=False,
        )
        if done.returncode != 0:
            return ()
        # page-1.png … or page-01.png …: the width of the number depends on the count.
        pictures = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem[5:]))
        return tuple(p.read_bytes() for p in pictures)
