"""Audited writes. Every mutation of a record goes through `Store`, which appends to `audit`.

The audit row carries the user (actor), the time, the action and the record's old
and new values as JSON, so the secretary can always answer "who changed this?".
"""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

Row = dict[str, Any]


def _actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on some locked-down Windows PCs
        return "?"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(row: Mapping[str, Any] | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)


class Store:
    """A database plus the name of who is writing; the one way records change."""

    def __init__(self, db: Database, *, path: Path | None = None, actor: str | None = None):
        self.db = db
        self.path = path
        self.actor = actor or _actor()

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        with self.db.atomic() as db:
            yield db

    # -- reads -------------------------------------------------------------
    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        cursor = self.db.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        row = cursor.fetchone()
        return None if row is None else dict(zip(columns, row, strict=True))

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        cursor = self.db.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def get(self, table: str, uid: str) -> Row | None:
        return self.one(f"SELECT * FROM [{table}] WHERE uid = ?", [uid])

    # -- writes ------------------------------------------------------------
    def _audit(self, rows: Iterable[tuple[str, str, str, str | None, str | None]]) -> None:
        at = _now()
        self.db.conn.executemany(
            "INSERT INTO audit (at, actor, action, table_name, record_uid, old, new)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(at, self.actor, *row) for row in rows],
        )

    def insert(self, table: str, row: Row) -> None:
        self.insert_many(table, [row])

    def insert_many(self, table: str, rows: Sequence[Row]) -> None:
        """Bulk insert: one executemany for the records and one for their audit rows."""
        if not rows:
            return
        columns = list(rows[0])
        sql = (
            f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})"
        )
        self.db.conn.executemany(sql, [[r[c] for c in columns] for r in rows])
        self._audit(("insert", table, r["uid"], None, _json(r)) for r in rows)

    def update(self, table: str, uid: str, changes: Row) -> bool:
        """Write only the fields that differ; returns whether anything changed."""
        old = self.get(table, uid)
        if old is None:
            raise KeyError(f"{table} {uid}")
        diff = {k: v for k, v in changes.items() if old.get(k) != v}
        if not diff:
            return False
        assignments = ", ".join(f"[{k}] = ?" for k in diff)
        self.db.execute(f"UPDATE [{table}] SET {assignments} WHERE uid = ?", [*diff.values(), uid])
        self._audit([("update", table, uid, _json({k: old[k] for k in diff}), _json(diff))])
        return True

    def delete(self, table: str, uid: str) -> bool:
        old = self.get(table, uid)
        if old is None:
            return False
        self.db.execute(f"DELETE FROM [{table}] WHERE uid = ?", [uid])
        self._audit([("delete", table, uid, _json(old), None)])
        return True

    def log(self, action: str, table: str, uid: str, detail: Mapping[str, Any]) -> None:
        """An audited act that is not a record change (e.g. accepting a new signing key)."""
        self._audit([(action, table, uid, None, _json(detail))])

    # -- settings ----------------------------------------------------------
    def setting(self, key: str, default: str = "") -> str:
        row = self.one("SELECT value FROM settings WHERE key = ?", [key])
        return default if row is None else str(row["value"])

    def set_setting(self, key: str, value: str) -> bool:
        old = self.one("SELECT value FROM settings WHERE key = ?", [key])
        if old is not None and old["value"] == value:
            return False
        self.db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
        self._audit(
            [
                (
                    "setting",
                    "settings",
                    key,
                    None if old is None else _json({"value": old["value"]}),
                    _json({"value": value}),
                )
            ]
        )
        return True
