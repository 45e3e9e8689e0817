"""Display names of the core's codes (levels, denominator rules) in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studylog.domain.enums import DenominatorRule, Group, Level

translate = QCoreApplication.translate


def level_name(level: Level) -> str:
    return {
        Level.CHI_BO: translate("Labels", "Party cell (chi bộ)"),
        Level.DANG_BO_CO_SO: translate("Labels", "Grassroots Party committee (đảng bộ cơ sở)"),
        Level.XA: translate("Labels", "Commune, ward or special zone Party committee"),
        Level.TINH: translate("Labels", "Provincial or city Party committee"),
        Level.HUYEN: translate("Labels", "District Party committee (before July 2025)"),
    }[level]


def rule_name(rule: DenominatorRule) -> str:
    return {
        DenominatorRule.TRU_MIEN: translate(
            "Labels", "Leave out members exempt from party activities"
        ),
        DenominatorRule.TAT_CA: translate("Labels", "Count every member, exempt or not"),
        DenominatorRule.TRU_MIEN_VA_TAM_MIEN: translate(
            "Labels", "Leave out members exempt or temporarily exempt from party activities"
        ),
    }[rule]


def group_name(group: Group) -> str:
    return {
        Group.DANG_VIEN: translate("Labels", "Party members"),
        Group.CAN_BO: translate("Labels", "Cadres, civil servants and public employees"),
        Group.DOAN_VIEN: translate("Labels", "Members of mass organisations"),
        Group.QUAN_CHUNG: translate("Labels", "The public"),
        Group.KHAC: translate("Labels", "Others"),
    }[group]
