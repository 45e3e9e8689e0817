"""The home unit and its child units."""

from __future__ import annotations

from datetime import date

from studylog.domain.enums import Level
from studylog.domain.models import Unit, new_uid
from studylog.errors import InputError, NotFoundError
from studylog.i18n import msg
from studylog.storage import convert
from studylog.storage.changes import Changes
from studylog.storage.store import Store


def home_unit(store: Store) -> Unit:
    row = store.one("SELECT * FROM units WHERE is_home = 1")
    if row is None:
        raise NotFoundError(
            msg(
                "This database has no home unit yet; run `studylog init` first.",
                "Cơ sở dữ liệu chưa có đơn vị; hãy chạy `studylog init` trước.",
            )
        )
    return convert.unit(row)


def has_home_unit(store: Store) -> bool:
    return store.one("SELECT uid FROM units WHERE is_home = 1") is not None


def _unit_row(unit: Unit, *, is_home: bool) -> dict[str, object]:
    return {
        "uid": unit.uid,
        "code": unit.code.strip(),
        "name": unit.name.strip(),
        "level": unit.level.value,
        "parent_uid": unit.parent_uid,
        "parent_name": unit.parent_name,
        "parent_code": unit.parent_code,
        "secretary": unit.secretary,
        "place": unit.place,
        "active_from": convert.iso(unit.active_from),
        "active_to": convert.iso(unit.active_to),
        "is_home": int(is_home),
    }


def _check_names(code: str, name: str) -> None:
    if not code.strip() or not name.strip():
        raise InputError(msg("A unit needs a code and a name.", "Đơn vị cần có mã và tên."))


def init_home(
    store: Store,
    *,
    name: str,
    code: str,
    level: Level,
    parent_name: str = "",
    parent_code: str = "",
    secretary: str = "",
    place: str = "",
) -> Unit:
    """Set up the home unit, or update it when it exists (init is safe to run again)."""
    _check_names(code, name)
    existing = store.one("SELECT * FROM units WHERE is_home = 1")
    with store.atomic():
        if existing is None:
            unit = Unit(
                uid=new_uid(),
                code=code,
                name=name,
                level=level,
                parent_name=parent_name,
                parent_code=parent_code,
                secretary=secretary,
                place=place,
            )
            store.insert("units", _unit_row(unit, is_home=True))
            return unit
        store.update(
            "units",
            existing["uid"],
            {
                "code": code.strip(),
                "name": name.strip(),
                "level": level.value,
                "parent_name": parent_name,
                "parent_code": parent_code,
                "secretary": secretary,
                "place": place,
            },
        )
    return home_unit(store)


def update_home(store: Store, **changes: object) -> Changes:
    home = home_unit(store)
    _check_names(str(changes.get("code", home.code)), str(changes.get("name", home.name)))
    with store.atomic():
        changed = store.update("units", home.uid, dict(changes))
    return Changes(units=changed)


def add_child(
    store: Store,
    *,
    name: str,
    code: str,
    level: Level,
    uid: str | None = None,
    active_from: date | None = None,
    active_to: date | None = None,
) -> Unit:
    """Register a unit below the home unit; its code must be new among its siblings."""
    _check_names(code, name)
    home = home_unit(store)
    if home.level is Level.CHI_BO:
        raise InputError(
            msg(
                "A chi bộ has no units below it; register units at a Party committee.",
                "Chi bộ không có đơn vị cấp dưới; chỉ đăng ký đơn vị trực thuộc ở cấp đảng ủy.",
            )
        )
    if store.one(
        "SELECT uid FROM units WHERE parent_uid = ? AND code = ?", [home.uid, code.strip()]
    ):
        raise InputError(
            msg(
                "A unit with the code {code} is already registered.",
                "Đã có đơn vị mang mã {code}.",
                code=code,
            )
        )
    unit = Unit(
        uid=uid or new_uid(),
        code=code,
        name=name,
        level=level,
        parent_uid=home.uid,
        parent_name=home.name,
        parent_code=home.code,
        active_from=active_from,
        active_to=active_to,
    )
    with store.atomic():
        store.insert("units", _unit_row(unit, is_home=False))
    return unit


def child_units(store: Store) -> list[Unit]:
    home = home_unit(store)
    rows = store.all("SELECT * FROM units WHERE parent_uid = ? ORDER BY code", [home.uid])
    return [convert.unit(r) for r in rows]


def child_by_code(store: Store, code: str) -> Unit | None:
    home = home_unit(store)
    row = store.one("SELECT * FROM units WHERE parent_uid = ? AND code = ?", [home.uid, code])
    return None if row is None else convert.unit(row)
