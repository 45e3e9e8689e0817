"""init, units add, demo, gui (the last in studylog.cli.commands_gui)."""

from __future__ import annotations

import argparse
from typing import Any

from studylog.cli import commands_gui
from studylog.cli.context import Context
from studylog.domain.enums import HOME_LEVELS, Level
from studylog.i18n import msg
from studylog.storage import units


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    levels = [lv.value for lv in HOME_LEVELS]
    p = sub.add_parser("init", parents=[parent], help="set up the home unit")
    p.add_argument("--unit-name", required=True)
    p.add_argument("--unit-code", required=True)
    p.add_argument("--level", required=True, choices=levels)
    p.add_argument("--parent-name", default="")
    p.add_argument("--parent-code", default="")
    p.add_argument("--secretary", default="")
    p.add_argument("--place", default="")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("units", parents=[parent], help="child units")
    unit_sub = p.add_subparsers(dest="units_command", metavar="ACTION", required=True)
    a = unit_sub.add_parser("add", parents=[parent], help="register a child unit")
    a.add_argument("--name", required=True)
    a.add_argument("--code", required=True)
    a.add_argument("--level", required=True, choices=levels)
    a.set_defaults(func=cmd_units_add)

    p = sub.add_parser("demo", parents=[parent], help="create a demo database")
    p.add_argument("--scale", choices=("chi_bo", "xa", "tinh"), default="chi_bo")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo)

    commands_gui.register(sub, parent)


def cmd_init(ctx: Context) -> int:
    a = ctx.args
    with ctx.store(create=True) as store:
        unit = units.init_home(
            store,
            name=a.unit_name,
            code=a.unit_code,
            level=Level(a.level),
            parent_name=a.parent_name,
            parent_code=a.parent_code,
            secretary=a.secretary,
            place=a.place,
        )
    ctx.say(
        msg(
            "Home unit {name} ({code}) is set up in {path}.",
            "Đã thiết lập đơn vị {name} ({code}) trong {path}.",
            name=unit.name,
            code=unit.code,
            path=str(ctx.db_path),
        )
    )
    return 0


def cmd_units_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.store() as store:
        unit = units.add_child(store, name=a.name, code=a.code, level=Level(a.level))
    ctx.say(
        msg(
            "Registered unit {name} ({code}).",
            "Đã đăng ký đơn vị {name} ({code}).",
            name=unit.name,
            code=unit.code,
        )
    )
    return 0


def cmd_demo(ctx: Context) -> int:
    from studylog.demo import build_demo

    with ctx.store(create=True) as store:
        summary = build_demo(store, scale=ctx.args.scale, seed=ctx.args.seed)
    ctx.say(summary)
    return 0
