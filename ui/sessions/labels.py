"""Display names of the session and connection-point vocabularies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studylog.domain.enums import Group, IncidentKind, Quality, SessionKind


def kind_label(kind: SessionKind) -> str:
    return {
        SessionKind.TRUC_TUYEN: QCoreApplication.translate("SessionLabels", "Online conference"),
        SessionKind.TRUC_TIEP: QCoreApplication.translate("SessionLabels", "In person"),
        SessionKind.KET_HOP: QCoreApplication.translate("SessionLabels", "In person and online"),
        SessionKind.TRUYEN_HINH: QCoreApplication.translate(
            "SessionLabels", "TV or radio broadcast"
        ),
    }[kind]


def group_label(group: Group) -> str:
    return {
        Group.DANG_VIEN: QCoreApplication.translate("SessionLabels", "Party members"),
        Group.CAN_BO: QCoreApplication.translate("SessionLabels", "Officials and public employees"),
        Group.DOAN_VIEN: QCoreApplication.translate(
            "SessionLabels", "Union and association members"
        ),
        Group.QUAN_CHUNG: QCoreApplication.translate("SessionLabels", "Citizens"),
        Group.KHAC: QCoreApplication.translate("SessionLabels", "Others"),
    }[group]


def quality_label(quality: Quality | None) -> str:
    if quality is None:
        return ""
    return {
        Quality.TOT: QCoreApplication.translate("SessionLabels", "Good"),
        Quality.GIAN_DOAN: QCoreApplication.translate("SessionLabels", "Interrupted"),
        Quality.KHONG_KET_NOI: QCoreApplication.translate("SessionLabels", "Could not connect"),
    }[quality]


def incident_label(kind: str) -> str:
    labels = {
        IncidentKind.MAT_HINH.value: QCoreApplication.translate("SessionLabels", "Lost picture"),
        IncidentKind.MAT_TIENG.value: QCoreApplication.translate("SessionLabels", "Lost sound"),
        IncidentKind.MAT_KET_NOI.value: QCoreApplication.translate(
            "SessionLabels", "Lost connection"
        ),
        IncidentKind.KHAC.value: QCoreApplication.translate("SessionLabels", "Other"),
    }
    return labels.get(kind, kind)
