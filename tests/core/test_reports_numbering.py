"""Document numbers per term and the stored free-text sections (settings keys, no schema)."""

from __future__ import annotations

from datetime import date

import pytest

from studylog.domain.models import Campaign
from studylog.errors import InputError
from studylog.reports import numbering
from studylog.storage.campaigns import add_campaign
from studylog.storage.store import Store

DAY = date(2026, 4, 10)


def _campaign(store: Store, code: str) -> Campaign:
    return add_campaign(store, Campaign(uid="", code=code, title=f"Học tập {code}"))


def test_default_term_is_the_five_year_term_of_the_date() -> None:
    assert numbering.default_term(date(2025, 1, 1)) == "2025-2030"
    assert numbering.default_term(date(2029, 12, 31)) == "2025-2030"
    assert numbering.default_term(date(2030, 6, 1)) == "2030-2035"
    assert numbering.default_term(date(2024, 6, 1)) == "2020-2025"


def test_numbers_run_per_term_and_a_campaign_keeps_its_number(store: Store) -> None:
    first, second = _campaign(store, "A"), _campaign(store, "B")
    assert numbering.preview_number(store, campaign_uid=first.uid, day=DAY) == 1
    issued = numbering.issue_number(store, campaign_uid=first.uid, day=DAY)
    assert (issued.term, issued.number, issued.advanced) == ("2025-2030", 1, True)
    # Printing the same report again (the .docx after the PDF) uses no new number.
    again = numbering.issue_number(store, campaign_uid=first.uid, day=DAY)
    assert (again.number, again.advanced) == (1, False)
    assert numbering.issue_number(store, campaign_uid=second.uid, day=DAY).number == 2
    assert numbering.last_number(store, "2025-2030") == 2
    # A new term starts again at 1; the old term's counter stays as it was.
    later = numbering.issue_number(store, campaign_uid=first.uid, day=date(2030, 7, 1))
    assert (later.term, later.number) == ("2030-2035", 1)
    assert numbering.last_number(store, "2025-2030") == 2


def test_a_given_number_advances_the_counter_only_when_it_is_the_next(store: Store) -> None:
    a, b, c = (_campaign(store, code) for code in "ABC")
    numbering.issue_number(store, campaign_uid=a.uid, day=DAY)
    old = numbering.issue_number(store, campaign_uid=b.uid, day=DAY, number=7)
    assert (old.number, old.advanced) == (7, False)
    assert numbering.next_number(store, "2025-2030") == 2
    following = numbering.issue_number(store, campaign_uid=c.uid, day=DAY, number=2)
    assert following.advanced and numbering.next_number(store, "2025-2030") == 3
    # The campaign given number 7 keeps it when issued again without --number.
    assert numbering.issue_number(store, campaign_uid=b.uid, day=DAY).number == 7


def test_the_counter_and_the_term_are_editable(store: Store) -> None:
    campaign = _campaign(store, "A")
    numbering.set_counter(store, "2025-2030", 14)  # numbered by hand before StudyLog
    assert numbering.issue_number(store, campaign_uid=campaign.uid, day=DAY).number == 15
    numbering.set_term(store, "2025–2027")
    assert numbering.current_term(store, DAY) == "2025-2027"
    assert numbering.preview_number(store, campaign_uid=campaign.uid, day=DAY) == 1
    with pytest.raises(InputError):
        numbering.set_term(store, "khóa XIV")
    with pytest.raises(InputError):
        numbering.issue_number(store, campaign_uid=campaign.uid, day=DAY, number=0)
    with pytest.raises(InputError):
        numbering.set_counter(store, "2025-2030", -1)


def test_every_change_is_audited(store: Store) -> None:
    campaign = _campaign(store, "A")
    numbering.issue_number(store, campaign_uid=campaign.uid, day=DAY)
    keys = {
        r["record_uid"] for r in store.all("SELECT record_uid FROM audit WHERE action = 'setting'")
    }
    assert {"report_counter:2025-2030", f"report_number:2025-2030:{campaign.uid}"} <= keys


def test_free_text_is_stored_per_campaign(store: Store) -> None:
    a, b = _campaign(store, "A"), _campaign(store, "B")
    assert numbering.free_text(store, a.uid) == numbering.FreeText()
    changes = numbering.set_free_text(store, a.uid, difficulties="  Đường truyền yếu. ")
    assert changes.settings
    numbering.set_free_text(store, a.uid, proposals="Cấp thêm tài liệu.")
    assert numbering.free_text(store, a.uid) == numbering.FreeText(
        "Đường truyền yếu.", "Cấp thêm tài liệu."
    )
    assert numbering.free_text(store, b.uid) == numbering.FreeText()
    assert not numbering.set_free_text(store, a.uid, difficulties="Đường truyền yếu.").settings
