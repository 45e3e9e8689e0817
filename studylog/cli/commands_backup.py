"""backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from studylog.cli.context import Context
from studylog.errors import InputError
from studylog.i18n import msg
from studylog.storage.backup import Retention, backups_of, make_backup, set_retention
from studylog.storage.restore import restore_backup
from studylog.vntext.fmt import format_int


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[parent], help="back up the database")
    p.add_argument(
        "--dir",
        metavar="DIR",
        help="folder for this backup (default: the backup folder of the settings, rotated)",
    )
    p.add_argument("--list", action="store_true", help="list the backups instead")
    for name, default in (("daily", 7), ("weekly", 8), ("last", 3)):
        p.add_argument(
            f"--keep-{name}",
            type=int,
            metavar="N",
            help=f"rotation: keep this many {name} backups from now on (default {default})",
        )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[parent], help="replace the database with a backup")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_restore)


def _size(size: int) -> str:
    return f"{format_int(max(1, round(size / 1024)))} KB"


def cmd_backup(ctx: Context) -> int:
    _keep(ctx)
    if ctx.args.list:
        return _list(ctx)
    folder = Path(ctx.args.dir) if ctx.args.dir else None
    result = make_backup(ctx.db_path, folder=folder)
    if ctx.json:
        ctx.emit(result.as_json())
        return 0
    ctx.say(
        msg(
            "Backed up to {path} ({size}).",
            "Đã sao lưu vào {path} ({size}).",
            path=str(result.backup.path),
            size=_size(result.backup.size),
        )
    )
    if result.removed:
        ctx.say(
            msg(
                "{count} older backups were removed (rotation).",
                "Đã xóa {count} bản sao lưu cũ (luân phiên).",
                count=len(result.removed),
            )
        )
    return 0


def _keep(ctx: Context) -> None:
    """--keep-daily/--keep-weekly/--keep-last: saved in the database's settings."""
    a = ctx.args
    given = {"daily": a.keep_daily, "weekly": a.keep_weekly, "last": a.keep_last}
    if all(v is None for v in given.values()):
        return
    if any(v is not None and not 0 <= v <= 1000 for v in given.values()):
        raise InputError(
            msg(
                "The numbers of backups to keep must be between 0 and 1000.",
                "Số bản sao lưu cần giữ phải từ 0 đến 1000.",
            )
        )
    policy, _ = backups_of(ctx.db_path)
    current = policy.retention
    with ctx.store() as store:
        set_retention(
            store,
            Retention(
                daily=current.daily if a.keep_daily is None else a.keep_daily,
                weekly=current.weekly if a.keep_weekly is None else a.keep_weekly,
                last=current.last if a.keep_last is None else a.keep_last,
            ),
        )


def _list(ctx: Context) -> int:
    policy, found = backups_of(ctx.db_path)
    if ctx.json:
        ctx.emit({"folder": str(policy.folder), "backups": [b.as_json() for b in found]})
        return 0
    if not found:
        ctx.say(
            msg(
                "No backups in {folder} yet.",
                "Chưa có bản sao lưu nào trong {folder}.",
                folder=str(policy.folder),
            )
        )
        return 0
    for backup in found:
        note = (
            msg(" (kept before a restore)", " (giữ lại trước khi khôi phục)").render(ctx.lang)
            if backup.before_restore
            else ""
        )
        print(f"{backup.taken_at:%d/%m/%Y %H:%M:%S}  {_size(backup.size):>10}  {backup.path}{note}")
    return 0


def cmd_restore(ctx: Context) -> int:
    result = restore_backup(Path(ctx.args.file), ctx.db_path)
    if ctx.json:
        ctx.emit(result.as_json())
        return 0
    ctx.say(
        msg(
            "Restored {file} into {db}.",
            "Đã khôi phục {file} vào {db}.",
            file=str(result.restored_from),
            db=str(ctx.db_path),
        )
    )
    if result.saved_copy is not None:
        ctx.say(
            msg(
                "The database it replaced was kept as {path}.",
                "Cơ sở dữ liệu bị thay thế được giữ lại ở {path}.",
                path=str(result.saved_copy.path),
            )
        )
    return 0
