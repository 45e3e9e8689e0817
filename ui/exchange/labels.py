"""Words of the exchange page for the core's codes: consolidation outcomes, report states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studylog.exchange.consolidate import FileResult, Outcome
from studylog.i18n import Lang

translate = QCoreApplication.translate


def outcome_name(outcome: Outcome) -> str:
    return {
        Outcome.NEW: translate("ExchangeLabels", "New"),
        Outcome.REPLACED: translate("ExchangeLabels", "Replaces an earlier file"),
        Outcome.UNCHANGED: translate("ExchangeLabels", "Already imported"),
        Outcome.OLDER: translate("ExchangeLabels", "Older file, ignored"),
        Outcome.REJECTED: translate("ExchangeLabels", "Refused"),
    }[outcome]


def is_key_change(result: FileResult) -> bool:
    """Refused only because the unit signs with a new key (SPEC §5.4, trust on first use).

    The core's refusal names both fingerprints (`new`, `old`); no other refusal does.
    tests/ui/test_exchange_receive.py builds a real key change, so a change of the
    core's message shows up there.
    """
    reason = result.reason
    return (
        result.result is Outcome.REJECTED
        and reason is not None
        and {"new", "old"} <= set(reason.params)
    )


def new_fingerprint(result: FileResult) -> str:
    return str(result.reason.params.get("new", "")) if result.reason is not None else ""


def reason_text(result: FileResult, lang: Lang) -> str:
    """The reason and any warnings, as one text; a key change says what to do in the window."""
    if is_key_change(result) and result.reason is not None:
        params = result.reason.params
        reason = translate(
            "ExchangeLabels",
            "Signed with a new key (fingerprint {new}), not the key known for {unit} ({old})."
            " If {unit} reinstalled StudyLog, confirm the fingerprint with them by telephone,"
            " then press “Accept the new key of {unit}”.",
        ).format(new=params.get("new", ""), old=params.get("old", ""), unit=result.unit_code)
    else:
        reason = result.reason.render(lang) if result.reason is not None else ""
    parts = [reason, *(w.render(lang) for w in result.warnings)]
    return " ".join(part for part in parts if part)
