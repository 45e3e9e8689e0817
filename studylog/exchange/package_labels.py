"""The Vietnamese wording of the package's visible sheets, shared by the writer and the reader.

The reader finds the figures of the visible `Tổng hợp` sheet by these labels, to
tell whether someone edited the sheet by hand (SPEC §5.4).
"""

from __future__ import annotations

from studylog.domain.enums import AttendanceStatus, Level, Quality, SessionKind

SHEET_SUMMARY = "Tổng hợp"
SHEET_UNITS = "Đơn vị"
SHEET_SESSIONS = "Buổi học"
SHEET_POINTS = "Điểm cầu"
SHEET_ABSENT = "Vắng mặt"
SHEET_ESSAYS = "Thu hoạch"
SHEET_META = "_meta"
SHEET_DATA = "_data"

# (Aggregate field, label in the Tổng hợp sheet, which rate goes in the note column)
SUMMARY_ROWS: tuple[tuple[str, str, str], ...] = (
    ("members_total", "Tổng số đảng viên", ""),
    ("chinh_thuc", "Đảng viên chính thức", ""),
    ("du_bi", "Đảng viên dự bị", ""),
    ("exempt", "Đảng viên được miễn công tác và sinh hoạt đảng", ""),
    ("required", "Đảng viên phải tham gia học tập", ""),
    ("attended", "Đảng viên đã tham gia học tập", "rate"),
    ("made_up", "Đảng viên đã học bù", ""),
    ("attended_after_makeup", "Đảng viên đã học tập, kể cả học bù", "rate_after_makeup"),
    ("exempt_attended", "Đảng viên được miễn sinh hoạt có tham dự", ""),
    ("guests_can_bo_cong_chuc_vien_chuc", "Cán bộ, công chức, viên chức tham dự (lượt)", ""),
    ("guests_doan_vien_hoi_vien", "Đoàn viên, hội viên tham dự (lượt)", ""),
    ("guests_quan_chung", "Quần chúng nhân dân tham dự (lượt)", ""),
    ("guests_khac", "Người tham dự khác (lượt)", ""),
    ("sessions", "Số buổi học tập, hội nghị", ""),
    ("makeup_sessions", "Số lớp học bù", ""),
    ("connection_points", "Số điểm cầu", ""),
    ("essays_required", "Bài thu hoạch phải nộp", ""),
    ("essays_submitted", "Bài thu hoạch đã nộp", ""),
    ("essays_late", "Bài thu hoạch nộp muộn", ""),
)

LEVEL_LABEL = {
    Level.CHI_BO.value: "Chi bộ",
    Level.DANG_BO_CO_SO.value: "Đảng bộ cơ sở",
    Level.XA.value: "Đảng ủy xã, phường, đặc khu",
    Level.TINH.value: "Tỉnh ủy, thành ủy",
    Level.HUYEN.value: "Huyện ủy (cũ)",
}
KIND_LABEL = {
    SessionKind.TRUC_TUYEN.value: "Trực tuyến",
    SessionKind.TRUC_TIEP.value: "Trực tiếp",
    SessionKind.KET_HOP.value: "Trực tiếp kết hợp trực tuyến",
    SessionKind.TRUYEN_HINH.value: "Truyền hình, phát thanh",
}
QUALITY_LABEL = {
    Quality.TOT.value: "Tốt",
    Quality.GIAN_DOAN.value: "Gián đoạn",
    Quality.KHONG_KET_NOI.value: "Không kết nối được",
}
INCIDENT_LABEL = {
    "mat_hinh": "mất hình",
    "mat_tieng": "mất tiếng",
    "mat_ket_noi": "mất kết nối",
    "khac": "sự cố khác",
}
ABSENCE_LABEL = {
    AttendanceStatus.VANG_CO_LY_DO.value: "Vắng có lý do",
    AttendanceStatus.VANG.value: "Vắng không có lý do",
}
