"""Display names of make-up methods and essay statuses."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studylog.domain.enums import EssayStatus, MakeupMethod


def method_label(method: MakeupMethod) -> str:
    return {
        MakeupMethod.LOP_BU: QCoreApplication.translate("FollowupLabels", "Make-up class"),
        MakeupMethod.DU_GHEP: QCoreApplication.translate(
            "FollowupLabels", "Joined another unit's session"
        ),
        MakeupMethod.TU_NGHIEN_CUU: QCoreApplication.translate("FollowupLabels", "Self-study"),
    }[method]


def essay_status_label(status: EssayStatus) -> str:
    return {
        EssayStatus.CHUA_NOP: QCoreApplication.translate("FollowupLabels", "Not handed in"),
        EssayStatus.DA_NOP: QCoreApplication.translate("FollowupLabels", "Handed in"),
        EssayStatus.NOP_MUON: QCoreApplication.translate("FollowupLabels", "Handed in late"),
        EssayStatus.DA_CHAM: QCoreApplication.translate("FollowupLabels", "Graded"),
    }[status]
