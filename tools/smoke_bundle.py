"""Smoke-run the PyInstaller bundle: the frozen app must do what `studylog` does.

    python tools/smoke_bundle.py [--bundle dist/studylog]
    python tools/smoke_bundle.py --timing 5 [--unfrozen .venv/bin/studylog]

The first form runs the bundle offscreen on a temporary demo database: demo, a
screenshot of every page (each page is imported by name, so each is a check of
the bundle's hidden imports), check, and the commands that reach each bundled
library (openpyxl, XlsxWriter, cryptography, reportlab and the fonts, python-docx with lxml
and Pillow, a .csv in windows-1258); the bundle's trimmed ICU data (Linux), which
must give Qt the same answers for Vietnamese and English as the wheel's full data;
then portable mode and the default data folder. It stops at the first failure with
exit status 1. The second form prints the median wall time of `--version` and of
`gui --screenshot` for the bundle and the unfrozen app (the figures of
docs/INSTALLER.md).

Runs with any Python 3.11 (the build venv's); on Windows it drives studylog-cli.exe,
the console twin of the windowed studylog.exe.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import runpy
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IS_WINDOWS = sys.platform == "win32"
EXE = "studylog-cli.exe" if IS_WINDOWS else "studylog"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TIMEOUT = 180
# The vi/en subset of ICU's data is 3.4 MB; the whole is 31 MB (installer/icudata.py).
MAX_ICU_DATA_MB = 8


class SmokeFailure(Exception):
    pass


def version() -> str:
    text = (ROOT / "studylog" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SmokeFailure("no __version__ in studylog/__init__.py")
    return found.group(1)


def page_keys() -> tuple[str, ...]:
    """The pages `gui --page` takes, from the source the bundle was built from."""
    text = (ROOT / "ui" / "shell" / "pages.py").read_text(encoding="utf-8")
    keys = tuple(re.findall(r'PageSpec\(\s*"(\w+)"', text))
    if "home" not in keys:
        raise SmokeFailure("could not read the page keys from ui/shell/pages.py")
    return keys


class Runner:
    def __init__(self, exe: Path, env: dict[str, str]) -> None:
        self.exe = exe
        self.env = env

    def run(self, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(self.exe), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=self.env,
            timeout=TIMEOUT,
            check=False,
        )
        if proc.returncode != expect:
            raise SmokeFailure(
                f"`studylog {' '.join(args)}` exited {proc.returncode} (expected {expect})\n"
                f"stdout: {proc.stdout.strip()}\nstderr: {proc.stderr.strip()}"
            )
        return proc


def check_png(path: Path) -> str:
    if not path.is_file():
        raise SmokeFailure(f"no screenshot at {path}")
    head = path.read_bytes()[:24]
    if len(head) < 24 or head[:8] != PNG_SIGNATURE:
        raise SmokeFailure(f"{path} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    if width == 0 or height == 0 or path.stat().st_size < 1000:
        raise SmokeFailure(f"{path} is empty ({width}x{height}, {path.stat().st_size} bytes)")
    return f"{width}x{height}, {path.stat().st_size // 1024} KB"


def check_file(path: Path, magic: bytes) -> str:
    if not path.is_file() or not path.read_bytes().startswith(magic):
        raise SmokeFailure(f"{path} missing or not the expected kind of file")
    return f"{path.name}, {path.stat().st_size // 1024} KB"


def smoke(bundle: Path, tmp: Path) -> list[tuple[str, Callable[[], str]]]:
    """The steps, in order; each returns a short note or raises SmokeFailure."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The default data folder goes to a temporary place (Linux honours XDG; on
    # Windows the steps that would touch %LOCALAPPDATA% are skipped).
    env.update(XDG_DATA_HOME=str(tmp / "xdg-data"), XDG_CONFIG_HOME=str(tmp / "xdg-config"))
    app = Runner(bundle / EXE, env)
    db = str(tmp / "demo.db")
    state: dict[str, str] = {}

    def step_version() -> str:
        out = app.run("--version").stdout.strip()
        if out != f"StudyLog {version()}":
            raise SmokeFailure(f"--version printed {out!r} on stdout")
        return out

    def step_demo() -> str:
        out = app.run("demo", "--db", db).stdout.strip()
        if not out or not Path(db).is_file():
            raise SmokeFailure("demo printed nothing or wrote no database")
        return out

    def step_home() -> str:
        png = tmp / "home.png"
        app.run("gui", "--db", db, "--screenshot", str(png), "--page", "home")
        return check_png(png)

    def step_check() -> str:
        return app.run("check", "--db", db).stdout.strip()

    def step_refusal() -> str:
        proc = app.run("check", "--db", str(tmp / "missing.db"), expect=1)
        if not proc.stderr.strip():
            raise SmokeFailure("a refusal printed nothing on stderr")
        return "exit 1 with a message"

    def step_campaigns() -> str:
        listing = json.loads(app.run("campaigns", "list", "--db", db, "--json").stdout)
        campaign = listing["campaigns"][0]
        state["campaign"] = campaign["code"]
        state["session"] = campaign["sessions"][0]["uid"]
        stats = json.loads(
            app.run("stats", "--db", db, "--campaign", state["campaign"], "--json").stdout
        )
        return f"{len(listing['campaigns'])} campaigns, stats keys {len(stats)}"

    def step_export() -> str:  # XlsxWriter, the Ed25519 signature (cryptography)
        out = tmp / "package"
        out.mkdir()
        app.run("export", "--db", db, "--campaign", state["campaign"], "--out", str(out))
        files = list(out.glob("*.xlsx"))
        if len(files) != 1:
            raise SmokeFailure(f"export wrote {len(files)} files")
        return check_file(files[0], b"PK")

    def step_import() -> str:  # reading .xlsx (openpyxl, defusedxml)
        roster = ROOT / "tests" / "data" / "roster_example.xlsx"
        out = app.run("members", "import", str(roster), "--db", db, "--dry-run", "--json")
        return f"dry run: {json.loads(out.stdout)['added']} to add"

    def step_import_csv() -> str:  # a .csv as Excel writes it on a Vietnamese Windows
        icu = runpy.run_path(str(ROOT / "installer" / "icudata.py"))
        names = ("Nguyễn Thị Bích Ngân", "Trần Quốc Toản", "Võ Văn Kiệt")
        lines = ["STT,Họ và tên đảng viên,Năm sinh,Nam/Nữ,Số thẻ ĐV"]
        lines += [f"{i},{name},1960,Nam,1234567{i}" for i, name in enumerate(names, 1)]
        csv_file = tmp / "roster-cp1258.csv"
        csv_file.write_bytes(icu["windows1258_form"]("\r\n".join(lines) + "\r\n").encode("cp1258"))
        copy = str(tmp / "csv.db")
        shutil.copyfile(db, copy)
        app.run("members", "import", str(csv_file), "--db", copy)
        listed = json.loads(app.run("members", "list", "--db", copy, "--json").stdout)
        found = {m["name"] for m in listed["members"]}
        if not set(names) <= found:
            raise SmokeFailure(f"the windows-1258 names came in as {sorted(found - set(names))}")
        return "windows-1258 → the 3 names, NFC"

    def step_report_pdf() -> str:  # reportlab, the bundled fonts
        pdf = tmp / "report.pdf"
        app.run("report", "--db", db, "--campaign", state["campaign"], "--out", str(pdf))
        return check_file(pdf, b"%PDF")

    def step_report_docx() -> str:  # python-docx, lxml, the chart drawn by Pillow
        docx = tmp / "report.docx"
        app.run("report", "--db", db, "--campaign", state["campaign"], "--out", str(docx))
        return check_file(docx, b"PK")

    def step_sign_in() -> str:
        pdf = tmp / "sign-in.pdf"
        app.run("sign-in-sheet", "--db", db, "--session", state["session"], "--out", str(pdf))
        return check_file(pdf, b"%PDF")

    def step_pages() -> str:
        notes = []
        for key in page_keys():
            png = tmp / f"page-{key}.png"
            app.run("gui", "--db", db, "--screenshot", str(png), "--page", key)
            check_png(png)
            notes.append(key)
        return " ".join(notes)

    def step_icu() -> str:  # the small ICU data of the Linux bundle (installer/icudata.py)
        found = [p for p in bundle.rglob("libicudata.so*") if not p.is_symlink()]
        if not found:
            return "no libicudata (Windows: Qt uses the system's ICU)"
        if importlib.util.find_spec("PySide6") is None:
            return f"skipped: {sys.executable} has no PySide6 to compare with"
        icu = runpy.run_path(str(ROOT / "installer" / "icudata.py"))
        (library,) = found
        size = library.stat().st_size / 2**20
        if size > MAX_ICU_DATA_MB:
            raise SmokeFailure(f"{library.name} is {size:.1f} MB: not the vi/en subset")
        try:
            differ = icu["compare"](dict(os.environ), library)
        except icu["IcuDataError"] as exc:
            raise SmokeFailure(str(exc)) from exc
        if differ:
            raise SmokeFailure(f"Qt answers differently with the bundle's ICU data: {differ}")
        return f"{size:.1f} MB; Qt sorts, names time zones, decodes as with the full data"

    def step_portable() -> str:
        marker, data = bundle / "portable.txt", bundle / "data"
        if marker.exists() or data.exists():
            raise SmokeFailure(f"{marker} or {data} already exists; remove them first")
        marker.write_text("StudyLog keeps its data in data/ beside it.\n", encoding="utf-8")
        try:
            app.run("demo", "--seed", "2")
            if not (data / "studylog.db").is_file():
                raise SmokeFailure(f"portable mode wrote no {data / 'studylog.db'}")
            png = tmp / "portable.png"
            app.run("gui", "--screenshot", str(png))
            check_png(png)
            return f"database in {data.relative_to(bundle.parent)}"
        finally:
            marker.unlink(missing_ok=True)
            shutil.rmtree(data, ignore_errors=True)

    def step_default_dir() -> str:
        if IS_WINDOWS:
            return "skipped on Windows (would touch %LOCALAPPDATA%)"
        app.run("demo", "--seed", "3")
        expected = tmp / "xdg-data" / "StudyLog" / "studylog.db"
        if not expected.is_file():
            raise SmokeFailure(f"no database at {expected}")
        return str(expected.relative_to(tmp))

    return [
        ("stdout and --version", step_version),
        ("demo --db TMP", step_demo),
        ("gui --screenshot --page home", step_home),
        ("check --db TMP", step_check),
        ("a refusal: exit 1, stderr", step_refusal),
        ("campaigns list, stats (JSON)", step_campaigns),
        ("export (xlsx, signed)", step_export),
        ("members import --dry-run", step_import),
        ("members import .csv (windows-1258)", step_import_csv),
        ("report .pdf", step_report_pdf),
        ("report .docx", step_report_docx),
        ("sign-in-sheet", step_sign_in),
        ("every page renders", step_pages),
        ("ICU data: vi/en as with the full", step_icu),
        ("portable.txt → data/ beside it", step_portable),
        ("default data folder", step_default_dir),
    ]


def run_smoke(bundle: Path) -> int:
    if not (bundle / EXE).is_file():
        print(f"No bundle at {bundle / EXE}: run `make installer` first.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="studylog-smoke-") as name:
        for title, step in smoke(bundle, Path(name)):
            start = time.perf_counter()
            try:
                note = step()
            except (SmokeFailure, subprocess.TimeoutExpired, KeyError, ValueError) as exc:
                print(f"FAIL  {title}: {exc}", file=sys.stderr)
                return 1
            elapsed = time.perf_counter() - start
            print(f"ok    {title:34} {elapsed:5.1f} s  {note}", flush=True)
    print("Bundle smoke run passed.")
    return 0


def median_times(commands: Sequence[Sequence[str]], runs: int, env: dict[str, str]) -> list[float]:
    """Median wall time of each command; runs interleaved, so load affects all alike."""
    for command in commands:  # warm the disk cache
        subprocess.run(command, env=env, capture_output=True, check=True)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, spent in zip(commands, times, strict=True):
            start = time.perf_counter()
            subprocess.run(command, env=env, capture_output=True, check=True)
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) for spent in times]


def run_timing(bundle: Path, unfrozen: Path, runs: int) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="studylog-timing-") as name:
        tmp = Path(name)
        db = str(tmp / "demo.db")
        demo = [str(unfrozen), "demo", "--db", db]
        subprocess.run(demo, env=env, capture_output=True, check=True)
        cases = {
            "--version": ["--version"],
            "gui --screenshot (home)": ["gui", "--db", db, "--screenshot", str(tmp / "t.png")],
        }
        print(f"median of {runs} interleaved runs after a warm-up; wall time in seconds")
        print(f"{'command':26} {'bundle':>8} {'unfrozen':>9} {'ratio':>6}")
        for title, args in cases.items():
            frozen, plain = median_times(
                [[str(bundle / EXE), *args], [str(unfrozen), *args]], runs, env
            )
            print(f"{title:26} {frozen:8.3f} {plain:9.3f} {frozen / plain:6.2f}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "studylog")
    parser.add_argument("--timing", type=int, metavar="RUNS", help="compare start-up times")
    default_unfrozen = ROOT / ".venv" / ("Scripts" if IS_WINDOWS else "bin") / "studylog"
    parser.add_argument("--unfrozen", type=Path, default=default_unfrozen)
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if args.timing:
        return run_timing(bundle, args.unfrozen, args.timing)
    return run_smoke(bundle)


if __name__ == "__main__":
    sys.exit(main())
