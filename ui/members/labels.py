"""Display names of the member vocabularies; the codes stay the stored values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studylog.domain.enums import EventKind, MemberStatus, Sex


def status_label(status: MemberStatus) -> str:
    return {
        MemberStatus.CHINH_THUC: QCoreApplication.translate("MemberLabels", "Full member"),
        MemberStatus.DU_BI: QCoreApplication.translate("MemberLabels", "Probationary"),
    }[status]


def sex_label(sex: str) -> str:
    return {
        Sex.NAM.value: QCoreApplication.translate("MemberLabels", "Male"),
        Sex.NU.value: QCoreApplication.translate("MemberLabels", "Female"),
    }.get(sex, "")


def event_label(kind: EventKind) -> str:
    return {
        EventKind.CHUYEN_DEN: QCoreApplication.translate("MemberLabels", "Joined the unit"),
        EventKind.CHUYEN_DI: QCoreApplication.translate("MemberLabels", "Transferred out"),
        EventKind.TU_TRAN: QCoreApplication.translate("MemberLabels", "Died"),
        EventKind.RA_KHOI_DANG: QCoreApplication.translate("MemberLabels", "Left the Party"),
        EventKind.MIEN: QCoreApplication.translate("MemberLabels", "Exempt from party work"),
        EventKind.TAM_MIEN: QCoreApplication.translate("MemberLabels", "Temporarily exempt"),
    }[kind]
