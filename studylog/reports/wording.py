"""Vietnamese wording shared by the report's sections: labels, counts, lists."""

from __future__ import annotations

from collections.abc import Iterable

from studylog.domain.enums import AttendanceStatus, Group, Quality, SessionKind
from studylog.domain.models import Campaign
from studylog.domain.rates import Rate
from studylog.vntext.fmt import format_int, format_percent

KIND_LABEL = {
    SessionKind.TRUC_TUYEN: "Trực tuyến",
    SessionKind.TRUC_TIEP: "Trực tiếp",
    SessionKind.KET_HOP: "Trực tiếp kết hợp trực tuyến",
    SessionKind.TRUYEN_HINH: "Truyền hình, phát thanh trực tiếp",
}
KIND_PHRASE = {
    SessionKind.TRUC_TUYEN: "{n} buổi hội nghị trực tuyến",
    SessionKind.TRUC_TIEP: "{n} buổi trực tiếp",
    SessionKind.KET_HOP: "{n} buổi trực tiếp kết hợp trực tuyến",
    SessionKind.TRUYEN_HINH: "{n} buổi theo dõi truyền hình, phát thanh trực tiếp",
}
GROUP_PHRASE = {
    Group.DANG_VIEN: "đảng viên",
    Group.CAN_BO: "cán bộ, công chức, viên chức",
    Group.DOAN_VIEN: "đoàn viên, hội viên",
    Group.QUAN_CHUNG: "quần chúng",
    Group.KHAC: "người dự khác",
}
QUALITY_LABEL = {
    Quality.TOT: "Tốt",
    Quality.GIAN_DOAN: "Gián đoạn",
    Quality.KHONG_KET_NOI: "Không kết nối được",
}
ABSENCE_LABEL = {
    AttendanceStatus.VANG_CO_LY_DO: "Có lý do",
    AttendanceStatus.VANG: "Không có lý do",
}
_STUDY_WORDS = ("nghiên cứu", "học tập", "quán triệt", "tuyên truyền", "triển khai", "thông tin")


def clean(text: str) -> str:
    return " ".join(text.split())


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def subject(campaign: Campaign) -> str:
    """The subject line ("Kết quả nghiên cứu, học tập, quán triệt …") from the title."""
    title = clean(campaign.title).rstrip(".")
    if title.lower().startswith(_STUDY_WORDS):
        return f"Kết quả {lower_first(title)}"
    return f"Kết quả nghiên cứu, học tập, quán triệt {title}"


def documents(campaign: Campaign) -> list[str]:
    """The documents studied, one per line or separated by ";"."""
    parts = campaign.documents.replace(";", "\n").splitlines()
    found = [clean(p).rstrip(".,") for p in parts if clean(p)]
    return found or [clean(campaign.title)]


def count(n: int, noun: str) -> str:
    return f"{format_int(n)} {noun}"


def rate_phrase(rate: Rate) -> str:
    """A rate in words ("38/44 đồng chí, đạt tỷ lệ 86,36%"); none invented for 0 due."""
    if rate.percent is None:
        return f"{format_int(rate.numerator)} đồng chí (không có đảng viên phải tham gia)"
    return (
        f"{format_int(rate.numerator)}/{format_int(rate.denominator)} đồng chí, "
        f"đạt tỷ lệ {format_percent(rate.percent)}"
    )


def enumerate_vi(items: Iterable[str]) -> str:
    """Join as Vietnamese lists are written: "a, b và c"."""
    parts = [p for p in items if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " và " + parts[-1]


def paragraphs(text: str) -> list[str]:
    """Free text as typed: one paragraph per non-empty line."""
    return [clean(line) for line in text.splitlines() if clean(line)]
