"""`studylog check`: SQLite's own checks, the schema version and the domain's invariants.

SQLite's checks come first; when the file itself is damaged the domain rules are not
run (their queries could fail or mislead), and the report says what to do: restore a
backup. A rule that fails on an odd database is reported as such, never raised: the
window runs this quietly at start-up and must not be stopped by it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from studylog.check_rules import RULES, describe
from studylog.i18n import Lang, Message, msg
from studylog.storage.backup import CONSTRAINT_LINES
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store

# A report stops listing after this many problems of one rule: the first ones say enough.
MAX_PER_RULE = 50


@dataclass
class CheckReport:
    problems: list[Message] = field(default_factory=list)
    schema_version: int = 0
    damaged: bool = False  # SQLite's integrity check failed: restore a backup

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self, lang: Lang) -> list[str]:
        if self.ok:
            return [
                msg(
                    "The database is in good order (schema {version}).",
                    "Cơ sở dữ liệu không có lỗi (lược đồ {version}).",
                    version=self.schema_version,
                ).render(lang)
            ]
        head = msg(
            "{count} problem(s) found:",
            "Tìm thấy {count} vấn đề:",
            count=len(self.problems),
        ).render(lang)
        lines = [head, *(f"- {p.render(lang)}" for p in self.problems)]
        if self.damaged:
            lines.append(_RESTORE_ADVICE.render(lang))
        return lines

    def as_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "schema_version": self.schema_version,
            "damaged": self.damaged,
            "problems": [p.render(lang) for p in self.problems],
        }


_RESTORE_ADVICE = msg(
    "The file itself is damaged: restore the latest backup (studylog restore) and"
    " re-enter what was done since.",
    "Bản thân tệp đã bị hỏng: hãy khôi phục bản sao lưu gần nhất (studylog restore) và"
    " nhập lại những gì đã làm từ đó.",
)


def run_checks(store: Store) -> CheckReport:
    report = CheckReport()
    report.schema_version = int(store.db.execute("PRAGMA user_version").fetchone()[0])
    if report.schema_version != SCHEMA_VERSION:
        report.problems.append(
            msg(
                "Schema version {found}, expected {known}.",
                "Phiên bản lược đồ {found}, cần {known}.",
                found=report.schema_version,
                known=SCHEMA_VERSION,
            )
        )
    _sqlite_checks(store, report)
    if report.damaged:
        return report
    for rule in RULES:
        try:
            for count, problem in enumerate(rule(store)):
                if count >= MAX_PER_RULE:
                    report.problems.append(_more(describe(rule)))
                    break
                report.problems.append(problem)
        except sqlite3.DatabaseError as exc:
            report.problems.append(
                msg(
                    "The check “{rule}” could not run: {error}",
                    "Không chạy được bước kiểm tra “{rule}”: {error}",
                    rule=describe(rule),
                    error=str(exc),
                )
            )
    return report


def _sqlite_checks(store: Store, report: CheckReport) -> None:
    try:
        results = [r[0] for r in store.db.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        results = [str(exc)]
    for result in results:
        if result == "ok":
            continue
        # A value that breaks a CHECK or NOT NULL rule is a data problem (another tool
        # wrote it); anything else is damage to the file itself.
        if not str(result).startswith(CONSTRAINT_LINES):
            report.damaged = True
        report.problems.append(
            msg("Integrity: {detail}", "Toàn vẹn dữ liệu: {detail}", detail=result)
        )
    if report.damaged:
        return
    for row in store.db.execute("PRAGMA foreign_key_check").fetchall():
        report.problems.append(
            msg(
                "Table {table}, row {rowid}: a reference points to nothing in {parent}.",
                "Bảng {table}, dòng {rowid}: tham chiếu tới {parent} không tồn tại.",
                table=row[0],
                rowid=row[1],
                parent=row[2],
            )
        )


def _more(rule: str) -> Message:
    return msg(
        "… and more of the same kind ({rule}).",
        "… và các vấn đề cùng loại khác ({rule}).",
        rule=rule,
    )
