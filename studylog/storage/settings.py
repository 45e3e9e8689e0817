"""Typed access to the unit's settings (stored as text in `settings`)."""

from __future__ import annotations

from studylog.domain.enums import DenominatorRule
from studylog.domain.essays import parse_scale, scale_text
from studylog.domain.models import DEFAULT_ESSAY_SCALE
from studylog.storage.changes import Changes
from studylog.storage.store import Store

DENOMINATOR_RULE = "denominator_rule"
ESSAY_SCALE = "essay_scale"
SEND_ABSENTEE_NAMES = "send_absentee_names"
LANGUAGE = "language"


def denominator_rule(store: Store) -> DenominatorRule:
    return DenominatorRule(store.setting(DENOMINATOR_RULE, DenominatorRule.TRU_MIEN.value))


def set_denominator_rule(store: Store, rule: DenominatorRule) -> Changes:
    with store.atomic():
        return Changes(settings=store.set_setting(DENOMINATOR_RULE, rule.value))


def essay_scale(store: Store) -> tuple[str, ...] | str:
    return parse_scale(store.setting(ESSAY_SCALE, scale_text(DEFAULT_ESSAY_SCALE)))


def set_essay_scale(store: Store, scale: tuple[str, ...] | str) -> Changes:
    with store.atomic():
        return Changes(settings=store.set_setting(ESSAY_SCALE, scale_text(scale)))


def send_absentee_names(store: Store) -> bool:
    return store.setting(SEND_ABSENTEE_NAMES, "1") == "1"


def set_send_absentee_names(store: Store, value: bool) -> Changes:
    with store.atomic():
        return Changes(settings=store.set_setting(SEND_ABSENTEE_NAMES, "1" if value else "0"))


def language(store: Store) -> str:
    return store.setting(LANGUAGE, "vi")


def set_language(store: Store, lang: str) -> Changes:
    with store.atomic():
        return Changes(settings=store.set_setting(LANGUAGE, lang))
