"""An e-mail draft that carries the upward package: a `.eml` file the mail program opens.

StudyLog sends nothing itself (it works offline, and an office PC's mail is set up
in Outlook or Thunderbird, not here). It writes a draft beside the package: an
`X-Unsent: 1` message, which Outlook opens ready to send, with a Vietnamese subject,
a short polite body with the main figures, and the package attached. The secretary
adds the upper level's address and presses Send.

Like the package's visible sheets, the draft is always in Vietnamese: it is read by
the upper level, whatever language the window speaks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from email import policy
from email.message import EmailMessage
from pathlib import Path

from studylog.domain.aggregate import Aggregate
from studylog.files import atomic_write
from studylog.vntext.fmt import format_date, format_int

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
# Windows mail programs expect CRLF; the body stays 8-bit so the file reads as text.
EML_POLICY = policy.default.clone(linesep="\r\n")
# Titles that already say what was done ("Học tập, quán triệt Nghị quyết …") follow
# "Báo cáo kết quả" directly; a bare title ("Nghị quyết số 45-NQ/TW") gets "học tập".
_ACTIVITIES = ("nghiên cứu", "học tập", "quán triệt", "triển khai", "tuyên truyền", "tổ chức")


@dataclass(frozen=True)
class Draft:
    """What the e-mail says; the package file itself is attached from `package`."""

    package: Path
    unit_name: str
    upper_name: str
    campaign_code: str
    campaign_title: str
    figures: Aggregate
    sequence: int
    made_on: date
    secretary: str = ""
    reported: str = ""  # above chi bộ: "18/40 đơn vị đã báo cáo"


def _studied(draft: Draft) -> str:
    """`học tập, quán triệt Nghị quyết …`: what the report gives the results of."""
    title = draft.campaign_title.strip() or draft.campaign_code
    if title.lower().startswith(_ACTIVITIES):
        return title[:1].lower() + title[1:]
    return f"học tập {title}"


def subject(draft: Draft) -> str:
    """`Báo cáo kết quả học tập, quán triệt Nghị quyết … — Chi bộ Ấp 2`."""
    return f"Báo cáo kết quả {_studied(draft)} — {draft.unit_name}"


def body(draft: Draft) -> str:
    f = draft.figures
    greeting = (
        f"Kính gửi: {draft.upper_name}." if draft.upper_name else "Kính gửi: Cấp ủy cấp trên."
    )
    lines = [
        greeting,
        "",
        f"{draft.unit_name} trân trọng gửi báo cáo kết quả {_studied(draft)}"
        f" (mã đợt {draft.campaign_code}).",
        "",
        "Số liệu chính:",
    ]
    if draft.reported:
        lines.append(f"- {draft.reported}")
    lines += [
        f"- Số đảng viên phải tham gia học tập: {format_int(f.required)}",
        f"- Đã học tập: {f.rate.text}",
        f"- Sau học bù: {f.rate_after_makeup.text}",
        f"- Số buổi học tập: {format_int(f.sessions)}"
        + (f"; số lớp học bù: {format_int(f.makeup_sessions)}" if f.makeup_sessions else ""),
    ]
    if f.essays_required:
        lines.append(
            f"- Bài thu hoạch đã nộp: {format_int(f.essays_submitted)}"
            f"/{format_int(f.essays_required)}"
        )
    again = (
        f" Đây là lần gửi thứ {draft.sequence}, thay cho các tệp đã gửi trước."
        if draft.sequence > 1
        else ""
    )
    lines += [
        "",
        f"Số liệu chi tiết có trong tệp đính kèm {draft.package.name}, lập ngày"
        f" {format_date(draft.made_on)}.{again}",
        "Tệp được lập bằng phần mềm StudyLog và có thể nhập trực tiếp vào StudyLog để tổng"
        " hợp; xin giữ nguyên nội dung tệp (tệp đã bị sửa sẽ không nhập được).",
        "",
        "Trân trọng./.",
        "",
        draft.unit_name,
    ]
    if draft.secretary:
        lines.append(f"Bí thư: {draft.secretary}")
    return "\n".join(lines) + "\n"


def build_message(draft: Draft) -> EmailMessage:
    message = EmailMessage(policy=EML_POLICY)
    message["Subject"] = subject(draft)
    message["X-Unsent"] = "1"  # Outlook opens the file as a draft to send
    message.set_content(body(draft), cte="8bit")
    maintype, subtype = XLSX_TYPE
    message.add_attachment(
        draft.package.read_bytes(),
        maintype=maintype,
        subtype=subtype,
        filename=draft.package.name,
    )
    return message


def draft_path(package: Path) -> Path:
    return package.with_suffix(".eml")


def write_draft(draft: Draft) -> Path:
    """Write `<package name>.eml` beside the package, whole or not at all."""
    target = draft_path(draft.package)
    data = build_message(draft).as_bytes()
    atomic_write(target, lambda out: out.write(data))
    return target
