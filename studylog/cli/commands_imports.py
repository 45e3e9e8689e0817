"""members import, attendance import, essays import: plan, show, then apply or refuse."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

from studylog.cli.context import Context
from studylog.exchange.attendance_import import apply_attendance_plan, plan_attendance_import
from studylog.exchange.essay_import import apply_essay_plan, plan_essay_import
from studylog.exchange.problems import Problem
from studylog.exchange.results import ImportResult, refuse
from studylog.exchange.roster_import import apply_roster_plan, plan_roster_import
from studylog.i18n import Message, msg
from studylog.storage.store import Store


def register_members_import(msub: Any, parent: argparse.ArgumentParser) -> None:
    a = msub.add_parser("import", parents=[parent], help="import a roster (.xlsx/.csv)")
    a.add_argument("file")
    a.add_argument("--dry-run", action="store_true")
    a.add_argument("--accept-valid", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_members_import)


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("attendance", parents=[parent], help="attendance lists")
    asub = p.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)
    a = asub.add_parser("import", parents=[parent], help="import a sign-in list")
    a.add_argument("file")
    a.add_argument("--session", required=True)
    a.add_argument("--dry-run", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_attendance_import)

    p = sub.add_parser("essays", parents=[parent], help="essay lists")
    esub = p.add_subparsers(dest="essays_command", metavar="ACTION", required=True)
    a = esub.add_parser("import", parents=[parent], help="import an essay list")
    a.add_argument("file")
    a.add_argument("--campaign", required=True)
    a.add_argument("--dry-run", action="store_true")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=cmd_essays_import)


def _problem_line(problem: Problem, ctx: Context) -> str:
    if problem.row and problem.column:
        where = msg(
            "Row {row}, column {column}",
            "Dòng {row}, cột {column}",
            row=problem.row,
            column=problem.column,
        )
    elif problem.row:
        where = msg("Row {row}", "Dòng {row}", row=problem.row)
    else:
        where = msg("File", "Tệp")
    return f"{where.render(ctx.lang)}: {problem.render(ctx.lang)}"


def _report_problems(ctx: Context, problems: list[Problem], note: Message | None) -> None:
    if note is not None:
        ctx.warn(note)
    for problem in problems:
        print(_problem_line(problem, ctx), file=sys.stderr)


def cmd_members_import(ctx: Context) -> int:
    a = ctx.args
    with ctx.store() as store:
        plan = plan_roster_import(store, Path(a.file))
        refused = bool(plan.problems) and not a.accept_valid
        counts = {
            "added": len(plan.added),
            "updated": len(plan.updated),
            "unchanged": plan.unchanged,
        }
        if refused:
            # What was written, not what was planned: a refused file writes nothing.
            counts = dict.fromkeys(counts, 0)
        elif not a.dry_run:
            result = apply_roster_plan(store, plan, accept_valid=a.accept_valid)
            counts = {
                "added": result.added,
                "updated": result.updated,
                "unchanged": result.unchanged,
            }
    errors = [p.as_json(ctx.lang) for p in plan.problems]
    if ctx.json:
        ctx.emit(
            {
                **counts,
                "errors": errors,
                "dry_run": bool(a.dry_run),
                "encoding": plan.encoding_note.render(ctx.lang) if plan.encoding_note else None,
            }
        )
    _report_problems(ctx, plan.problems, plan.encoding_note)
    if refused:
        ctx.warn(
            msg(
                "The file has {count} problems; nothing was imported. Fix them, or run again"
                " with --accept-valid to import only the valid rows.",
                "Tệp có {count} lỗi; chưa nhập gì. Hãy sửa lỗi, hoặc chạy lại với"
                " --accept-valid để chỉ nhập các dòng hợp lệ.",
                count=len(plan.problems),
            )
        )
        return 1
    if not ctx.json:
        template = (
            msg(
                "Dry run: {added} would be added, {updated} updated, {unchanged} unchanged.",
                "Chạy thử: sẽ thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}.",
                **counts,
            )
            if a.dry_run
            else msg(
                "Added {added}, updated {updated}, unchanged {unchanged}.",
                "Đã thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}.",
                **counts,
            )
        )
        ctx.say(template)
    return 0


def _list_outcome(
    ctx: Context,
    *,
    imported: int,
    unchanged: int,
    problems: list[Problem],
    note: Message | None,
    dry_run: bool,
) -> int:
    if ctx.json:
        ctx.emit(
            {
                "imported": imported,
                "unchanged": unchanged,
                "errors": [p.as_json(ctx.lang) for p in problems],
                "dry_run": dry_run,
            }
        )
    _report_problems(ctx, problems, note)
    if problems:
        ctx.warn(refuse(problems).message)
        return 1
    if not ctx.json:
        ctx.say(
            msg(
                "Dry run: {imported} rows would be written, {unchanged} unchanged.",
                "Chạy thử: sẽ ghi {imported} dòng, {unchanged} dòng không đổi.",
                imported=imported,
                unchanged=unchanged,
            )
            if dry_run
            else msg(
                "Imported {imported} rows, {unchanged} unchanged.",
                "Đã nhập {imported} dòng, {unchanged} dòng không đổi.",
                imported=imported,
                unchanged=unchanged,
            )
        )
    return 0


class _ListPlan(Protocol):
    @property
    def rows(self) -> Sequence[object]: ...
    @property
    def problems(self) -> list[Problem]: ...
    @property
    def encoding_note(self) -> Message | None: ...


class _Rollback(Exception):
    """Carries a dry run's result out of the transaction it undoes."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def _dry_apply(
    store: Store, plan: _ListPlan, apply: Callable[[Store, Any], ImportResult]
) -> ImportResult:
    """Apply, count, and roll everything back: the counts are exactly the real run's."""
    try:
        with store.atomic():
            raise _Rollback(apply(store, plan))
    except _Rollback as done:
        return done.result


def _run_list_import(
    ctx: Context,
    plan_of: Callable[[Store], _ListPlan],
    apply: Callable[[Store, Any], ImportResult],
) -> int:
    """Plan; apply only when the list is clean (rolled back in a dry run); report what
    was, or would be, written — a refused list writes nothing and says 0."""
    with ctx.store() as store:
        plan = plan_of(store)
        imported, unchanged = 0, 0
        if not plan.problems:
            result = _dry_apply(store, plan, apply) if ctx.args.dry_run else apply(store, plan)
            imported, unchanged = result.imported, result.unchanged
    return _list_outcome(
        ctx,
        imported=imported,
        unchanged=unchanged,
        problems=plan.problems,
        note=plan.encoding_note,
        dry_run=ctx.args.dry_run,
    )


def cmd_attendance_import(ctx: Context) -> int:
    path, session = Path(ctx.args.file), ctx.args.session
    return _run_list_import(
        ctx,
        lambda store: plan_attendance_import(store, path, session_uid=session),
        apply_attendance_plan,
    )


def cmd_essays_import(ctx: Context) -> int:
    path, campaign = Path(ctx.args.file), ctx.args.campaign
    return _run_list_import(
        ctx,
        lambda store: plan_essay_import(store, path, campaign_code=campaign),
        apply_essay_plan,
    )
