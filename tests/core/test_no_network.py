"""StudyLog opens no network connection, ever: not in a full command-line flow, not when the
window starts (a fresh process, so that nothing imported earlier hides a socket).

Three nets, each catching what the others might miss: `socket.socket` and
`socket.create_connection` replaced by functions that fail; a Python audit hook that
fails on any socket, connection or name lookup (also from C extensions going through
Python's socket module); and, at the end, no socket among the process's open files
(what a C library such as Qt or libxml2 might open on its own).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_run import DATA, run, run_json

FORBIDDEN = (
    "socket.__new__",
    "socket.connect",
    "socket.bind",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.sendto",
    "http.client.connect",
    "urllib.Request",
    "ftplib.connect",
    "smtplib.connect",
)
_seen: list[str] = []
_armed = [False]


def _hook(event: str, args: tuple[object, ...]) -> None:
    if _armed[0] and event in FORBIDDEN:
        _seen.append(f"{event} {args!r}"[:200])
        raise RuntimeError(f"network use: {event}")


sys.addaudithook(_hook)  # an audit hook cannot be removed: it only acts while armed


def open_sockets() -> list[str]:
    fds = Path("/proc/self/fd")
    if not fds.exists():
        return []
    found = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:"):
            found.append(target)
    return found


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    def refuse(*args: object, **kwargs: object) -> None:
        _seen.append(f"socket call {args!r}"[:200])
        raise OSError("StudyLog must not use the network")

    class NoSocket(socket.socket):  # a class still, for modules that subclass it on import
        def __init__(self, *args: object, **kwargs: object) -> None:
            refuse(*args)

    monkeypatch.setattr(socket, "socket", NoSocket)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "socketpair", refuse)
    before = open_sockets()
    _seen.clear()
    _armed[0] = True
    try:
        yield _seen
    finally:
        _armed[0] = False
    assert open_sockets() == before


def test_a_full_command_line_flow_opens_no_socket(
    no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cell, upper = str(tmp_path / "cb.db"), str(tmp_path / "xa.db")
    steps = [
        ["demo", "--db", str(tmp_path / "demo.db"), "--scale", "xa", "--seed", "3"],
        [
            "init",
            "--db",
            cell,
            "--unit-name",
            "Chi bộ Ấp 2",
            "--unit-code",
            "CB-A2",
            "--level",
            "chi_bo",
            "--parent-name",
            "Đảng ủy xã An Bình",
            "--parent-code",
            "DU-AB",
        ],
        ["members", "import", str(DATA / "roster_example.xlsx"), "--db", cell],
        ["members", "list", "--db", cell],
        [
            "campaigns",
            "add",
            "--db",
            cell,
            "--code",
            "NQ-DH-XIV",
            "--title",
            "Nghị quyết XIV",
            "--start",
            "2026-02-01",
            "--report-deadline",
            "2026-04-05",
        ],
    ]
    for argv in steps:
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)
    session = run_json(
        capsys,
        "sessions",
        "add",
        "--db",
        cell,
        "--campaign",
        "NQ-DH-XIV",
        "--date",
        "2026-02-05",
        "--point",
        "Hội trường",
    )["uid"]
    more = [
        [
            "attendance",
            "import",
            str(DATA / "attendance_example.xlsx"),
            "--db",
            cell,
            "--session",
            session,
        ],
        ["stats", "--db", cell, "--campaign", "NQ-DH-XIV"],
        ["report", "--db", cell, "--campaign", "NQ-DH-XIV", "--out", str(tmp_path / "r.pdf")],
        ["report", "--db", cell, "--campaign", "NQ-DH-XIV", "--out", str(tmp_path / "r.docx")],
        ["sign-in-sheet", "--db", cell, "--session", session, "--out", str(tmp_path / "k.pdf")],
        ["export", "--db", cell, "--campaign", "NQ-DH-XIV", "--out", str(tmp_path / "goi.xlsx")],
        [
            "init",
            "--db",
            upper,
            "--unit-name",
            "Đảng ủy xã An Bình",
            "--unit-code",
            "DU-AB",
            "--level",
            "xa",
        ],
        ["campaigns", "add", "--db", upper, "--code", "NQ-DH-XIV", "--title", "Nghị quyết XIV"],
        ["campaigns", "export-plan", "--db", upper, "--out", str(tmp_path / "plan.xlsx")],
        ["campaigns", "import-plan", str(tmp_path / "plan.xlsx"), "--db", cell],
        ["consolidate", str(tmp_path / "goi.xlsx"), "--db", upper],
        ["completeness", "--db", upper, "--campaign", "NQ-DH-XIV"],
        ["stats", "--db", upper, "--campaign", "NQ-DH-XIV"],
        ["backup", "--db", cell],
        ["check", "--db", cell],
    ]
    for argv in more:
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)
    backups = run_json(capsys, "backup", "--list", "--db", cell)["backups"]
    code, _, err = run(capsys, "restore", backups[0]["path"], "--db", cell)
    assert code == 0, err
    assert no_network == []


WINDOW = """
import json, os, socket, sys
from pathlib import Path
seen = []
def hook(event, args):
    if event in FORBIDDEN:
        seen.append(event)
        raise RuntimeError("network use: " + event)
sys.addaudithook(hook)
def refuse(*a, **k):
    seen.append("socket call")
    raise OSError("no network")
class NoSocket(socket.socket):
    def __init__(self, *a, **k):
        refuse()
socket.socket = NoSocket
socket.create_connection = refuse
from studylog.cli.main import main
from ui.shell.pages import PAGE_KEYS
codes = [main(["gui", "--db", sys.argv[1], "--page", page, "--screenshot",
               str(Path(sys.argv[2]) / (page + ".png"))]) for page in PAGE_KEYS]
sockets = [os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")
           if os.path.exists(f"/proc/self/fd/{fd}")
           and os.readlink(f"/proc/self/fd/{fd}").startswith("socket:")]
print(json.dumps({"codes": codes, "seen": seen, "sockets": sockets,
                  "qtnetwork": "PySide6.QtNetwork" in sys.modules}))
"""


@pytest.mark.gui
def test_a_window_start_opens_no_socket(tmp_path: Path) -> None:
    from cli_run import main

    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--seed", "1"]) == 0
    code = f"FORBIDDEN = {FORBIDDEN!r}\n{WINDOW}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code, str(db), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(result["codes"]) == {0}, done.stderr[-2000:]
    assert result["seen"] == [] and result["sockets"] == []
    assert not result["qtnetwork"]
