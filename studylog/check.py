"""`studylog check`: SQLite's own checks, the schema version and the domain's invariants."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from studylog.i18n import Lang, Message, msg
from studylog.storage.schema import SCHEMA_VERSION
from studylog.storage.store import Store


@dataclass
class CheckReport:
    problems: list[Message] = field(default_factory=list)
    schema_version: int = 0

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
        return [p.render(lang) for p in self.problems]

    def as_json(self, lang: Lang) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "schema_version": self.schema_version,
            "problems": [p.render(lang) for p in self.problems],
        }


# Each invariant: a query returning offending rows, and the message for one row.
_INVARIANTS: list[tuple[str, Message]] = [
    (
        "SELECT a.uid FROM attendance a JOIN sessions s ON s.uid = a.session_uid"
        " JOIN member_events e ON e.member_uid = a.member_uid"
        " WHERE e.kind IN ('chuyen_di','tu_tran','ra_khoi_dang') AND e.date_from < s.date",
        msg(
            "Attendance {uid} is for a member who had left the unit before the session.",
            "Điểm danh {uid} ghi cho đảng viên đã rời đơn vị trước buổi học.",
        ),
    ),
    (
        "SELECT s.uid FROM sessions s JOIN sessions o ON o.uid = s.makeup_of"
        " WHERE o.campaign_uid <> s.campaign_uid",
        msg(
            "Make-up session {uid} belongs to another campaign than the session it makes up.",
            "Buổi học bù {uid} thuộc đợt học tập khác với buổi được học bù.",
        ),
    ),
    (
        "SELECT uid FROM members WHERE card_no IS NOT NULL"
        " AND (length(card_no) NOT IN (8, 12) OR card_no GLOB '*[^0-9]*')",
        msg(
            "Member {uid} has a party card number that is not 8 or 12 digits.",
            "Đảng viên {uid} có số thẻ không gồm 8 hoặc 12 chữ số.",
        ),
    ),
]


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
    for (result,) in store.db.execute("PRAGMA integrity_check").fetchall():
        if result != "ok":
            report.problems.append(
                msg("Integrity: {detail}", "Toàn vẹn dữ liệu: {detail}", detail=result)
            )
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
    for sql, template in _INVARIANTS:
        for (uid,) in store.db.execute(sql).fetchall():
            report.problems.append(msg(template.en, template.vi, uid=uid))
    return report
