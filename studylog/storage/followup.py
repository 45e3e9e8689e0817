"""Make-up records (học bù) and essays (bài thu hoạch), one per member per campaign."""

from __future__ import annotations

from datetime import date

from studylog.domain.enums import MakeupMethod
from studylog.domain.models import Essay, Makeup, new_uid
from studylog.storage import convert
from studylog.storage.changes import Changes
from studylog.storage.store import Store


def record_makeup(
    store: Store,
    *,
    campaign_uid: str,
    member_uid: str,
    method: MakeupMethod,
    day: date | None,
    evidence: str = "",
) -> Changes:
    values = {"method": method.value, "date": convert.iso(day), "evidence": evidence.strip()}
    existing = store.one(
        "SELECT uid FROM makeups WHERE campaign_uid = ? AND member_uid = ?",
        [campaign_uid, member_uid],
    )
    with store.atomic():
        if existing is None:
            store.insert(
                "makeups",
                {
                    "uid": new_uid(),
                    "campaign_uid": campaign_uid,
                    "member_uid": member_uid,
                    **values,
                },
            )
            return Changes(makeups=True)
        return Changes(makeups=store.update("makeups", existing["uid"], values))


def remove_makeup(store: Store, *, campaign_uid: str, member_uid: str) -> Changes:
    existing = store.one(
        "SELECT uid FROM makeups WHERE campaign_uid = ? AND member_uid = ?",
        [campaign_uid, member_uid],
    )
    if existing is None:
        return Changes()
    with store.atomic():
        store.delete("makeups", existing["uid"])
    return Changes(makeups=True)


def makeups(store: Store, campaign_uid: str) -> list[Makeup]:
    rows = store.all("SELECT * FROM makeups WHERE campaign_uid = ?", [campaign_uid])
    return [convert.makeup(r) for r in rows]


def _set_essay(store: Store, essay: Essay, *, keep_blank: bool = False) -> bool:
    """Write the essay; with `keep_blank`, a field left empty keeps what is stored, so a
    grading list imported after the submission list does not erase the dates."""
    values: dict[str, object] = {
        "submitted": convert.iso(essay.submitted),
        "grade": essay.grade.strip(),
        "notes": essay.notes.strip(),
    }
    if keep_blank:
        values = {k: v for k, v in values.items() if v not in (None, "")}
    existing = store.one(
        "SELECT uid FROM essays WHERE campaign_uid = ? AND member_uid = ?",
        [essay.campaign_uid, essay.member_uid],
    )
    if existing is None:
        store.insert(
            "essays",
            {
                "uid": new_uid(),
                "campaign_uid": essay.campaign_uid,
                "member_uid": essay.member_uid,
                "submitted": None,
                "grade": "",
                "notes": "",
                **values,
            },
        )
        return True
    return bool(values) and store.update("essays", existing["uid"], values)


def record_essay(store: Store, essay: Essay) -> Changes:
    with store.atomic():
        return Changes(essays=_set_essay(store, essay))


def record_essays(store: Store, essays: list[Essay]) -> int:
    """An imported list, in one transaction: empty cells keep what is stored.
    Returns how many rows were written (the rest unchanged)."""
    with store.atomic():
        return sum(_set_essay(store, e, keep_blank=True) for e in essays)


def essays(store: Store, campaign_uid: str) -> list[Essay]:
    rows = store.all("SELECT * FROM essays WHERE campaign_uid = ?", [campaign_uid])
    return [convert.essay(r) for r in rows]
