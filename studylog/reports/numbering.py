"""Document numbers ("Số 05-BC/CB") and the editable free-text sections of a report.

Design: no schema change. All of this lives in the `settings` key/value table,
through `Store.set_setting`, which audits every change (who moved the counter, when):

- `report_term`: the committee's term ("2025-2030"), editable; numbers restart at 1
  in each term, as Party offices number their documents per term.
- `report_counter:<term>`: the last number issued in that term. One installation has
  one home unit, so a per-database key is a per-unit counter. Old terms keep their key,
  so the record of what was issued is never overwritten.
- `report_number:<term>:<campaign uid>`: the number given to a campaign's report, so
  printing the same report again (a corrected copy, the .docx after the PDF) keeps its
  number instead of using up another one.
- `report_text:<campaign uid>:difficulties|proposals`: the "Khó khăn, vướng mắc" and
  "Kiến nghị, đề xuất" sections; the window edits them, the CLI may override them.

The campaign uid, not its code, is in the keys: a code may be corrected, a uid never
changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from studylog.errors import InputError
from studylog.i18n import msg
from studylog.storage.changes import Changes
from studylog.storage.store import Store

TERM = "report_term"
TERM_YEARS = 5
# The Party's congresses of 2025 opened the present five-year term.
FIRST_TERM_START = 2025
_TERM_TEXT = re.compile(r"[0-9]{4}-[0-9]{4}")


def default_term(day: date) -> str:
    start = FIRST_TERM_START + TERM_YEARS * ((day.year - FIRST_TERM_START) // TERM_YEARS)
    return f"{start}-{start + TERM_YEARS}"


def current_term(store: Store, day: date) -> str:
    return store.setting(TERM) or default_term(day)


def set_term(store: Store, term: str) -> Changes:
    clean = term.strip().replace("–", "-")
    if not _TERM_TEXT.fullmatch(clean):
        raise InputError(
            msg(
                "A term is written like 2025-2030.",
                "Nhiệm kỳ được viết dạng 2025-2030.",
            )
        )
    with store.atomic():
        return Changes(settings=store.set_setting(TERM, clean))


def _counter_key(term: str) -> str:
    return f"report_counter:{term}"


def _number_key(term: str, campaign_uid: str) -> str:
    return f"report_number:{term}:{campaign_uid}"


def last_number(store: Store, term: str) -> int:
    return int(store.setting(_counter_key(term), "0") or 0)


def next_number(store: Store, term: str) -> int:
    return last_number(store, term) + 1


def set_counter(store: Store, term: str, last_issued: int) -> Changes:
    """The secretary's correction: e.g. documents numbered by hand before StudyLog."""
    _check(last_issued, allow_zero=True)
    with store.atomic():
        return Changes(settings=store.set_setting(_counter_key(term), str(last_issued)))


def campaign_number(store: Store, term: str, campaign_uid: str) -> int | None:
    text = store.setting(_number_key(term, campaign_uid))
    return int(text) if text else None


@dataclass(frozen=True)
class Issued:
    term: str
    number: int
    advanced: bool  # whether the counter moved on


def preview_number(store: Store, *, campaign_uid: str, day: date) -> int:
    """The number a report issued now would carry; changes nothing (for the window)."""
    term = current_term(store, day)
    return campaign_number(store, term, campaign_uid) or next_number(store, term)


def issue_number(
    store: Store, *, campaign_uid: str, day: date, number: int | None = None
) -> Issued:
    """Give the campaign's report its number and record it.

    Without `number`: the number already given to this campaign in the term, else the
    next one. The counter advances only when the number used is the next one, so
    re-issuing an old report under its old number (`--number`) does not skip numbers.
    """
    if number is not None:
        _check(number, allow_zero=False)
    term = current_term(store, day)
    chosen = number or campaign_number(store, term, campaign_uid) or next_number(store, term)
    with store.atomic():
        store.set_setting(_number_key(term, campaign_uid), str(chosen))
        advanced = chosen == next_number(store, term)
        if advanced:
            store.set_setting(_counter_key(term), str(chosen))
    return Issued(term=term, number=chosen, advanced=advanced)


def _check(number: int, *, allow_zero: bool) -> None:
    if number < 0 or (number == 0 and not allow_zero):
        raise InputError(
            msg(
                "A document number is a whole number from 1 up.",
                "Số văn bản phải là số nguyên từ 1 trở lên.",
            )
        )


# -- free-text sections ------------------------------------------------------
DIFFICULTIES = "difficulties"
PROPOSALS = "proposals"


def _text_key(campaign_uid: str, section: str) -> str:
    return f"report_text:{campaign_uid}:{section}"


@dataclass(frozen=True)
class FreeText:
    difficulties: str = ""
    proposals: str = ""


def free_text(store: Store, campaign_uid: str) -> FreeText:
    return FreeText(
        difficulties=store.setting(_text_key(campaign_uid, DIFFICULTIES)),
        proposals=store.setting(_text_key(campaign_uid, PROPOSALS)),
    )


def set_free_text(
    store: Store,
    campaign_uid: str,
    *,
    difficulties: str | None = None,
    proposals: str | None = None,
) -> Changes:
    """Store the sections given (None leaves a section as it is)."""
    changed = False
    with store.atomic():
        for section, text in ((DIFFICULTIES, difficulties), (PROPOSALS, proposals)):
            if text is not None:
                changed |= store.set_setting(_text_key(campaign_uid, section), text.strip())
    return Changes(settings=changed)
