"""Display names of attendance statuses, and the quick reasons offered after P."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from studylog.domain.enums import AttendanceStatus

# Stored as typed: reasons are data that travel to the upper level in Vietnamese,
# whatever language the window speaks. Digits 1–6 pick them after P.
QUICK_REASONS = (
    "Ốm",
    "Đi công tác",
    "Việc gia đình",
    "Nằm viện",
    "Đi học tập trung",
    "Tuổi cao, sức yếu",
)


def status_label(status: AttendanceStatus | None) -> str:
    if status is None:
        return QCoreApplication.translate("AttendanceLabels", "not marked")
    return {
        AttendanceStatus.CO_MAT: QCoreApplication.translate("AttendanceLabels", "Present"),
        AttendanceStatus.MUON_SOM: QCoreApplication.translate(
            "AttendanceLabels", "Late or left early"
        ),
        AttendanceStatus.VANG_CO_LY_DO: QCoreApplication.translate("AttendanceLabels", "Excused"),
        AttendanceStatus.VANG: QCoreApplication.translate("AttendanceLabels", "Absent"),
    }[status]
