"""The e-mail draft: a .eml that the mail program opens, parsed back here as it would be."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from studylog.domain.aggregate import Aggregate
from studylog.exchange.mail import Draft, body, draft_path, subject, write_draft

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FIGURES = Aggregate(
    members_total=56,
    required=53,
    attended=41,
    made_up=11,
    sessions=1,
    makeup_sessions=1,
    essays_required=50,
    essays_submitted=12,
)


def draft(package: Path, **changes: object) -> Draft:
    values: dict[str, object] = {
        "package": package,
        "unit_name": "Chi bộ Ấp 2",
        "upper_name": "Đảng ủy xã An Bình",
        "campaign_code": "HNTW2-XIV",
        "campaign_title": "Học tập, quán triệt Nghị quyết Hội nghị Trung ương 2 khóa XIV",
        "figures": FIGURES,
        "sequence": 1,
        "made_on": date(2026, 10, 20),
        "secretary": "Nguyễn Thị Hoa",
    }
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


def parse(path: Path) -> EmailMessage:
    parsed = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_the_draft_parses_back_with_subject_body_and_the_package(tmp_path: Path) -> None:
    package = tmp_path / "CB-A2_HNTW2-XIV_20261020.xlsx"
    package.write_bytes(b"PK\x03\x04 not really a workbook \x00\xff")
    written = write_draft(draft(package))
    assert written == tmp_path / "CB-A2_HNTW2-XIV_20261020.eml" == draft_path(package)

    message = parse(written)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == (
        "Báo cáo kết quả học tập, quán triệt Nghị quyết Hội nghị Trung ương 2 khóa XIV"
        " — Chi bộ Ấp 2"
    )
    text = message.get_body(("plain",))
    assert text is not None
    content = text.get_content().replace("\r\n", "\n")  # the file has Windows line ends
    assert content.startswith("Kính gửi: Đảng ủy xã An Bình.")
    assert "- Đã học tập: 41/53 (77,36%)" in content
    assert "- Sau học bù: 52/53 (98,11%)" in content
    assert "- Bài thu hoạch đã nộp: 12/50" in content
    assert "CB-A2_HNTW2-XIV_20261020.xlsx, lập ngày 20/10/2026." in content
    assert "- Số buổi học tập: 1; số lớp học bù: 1" in content
    assert content.rstrip().endswith("Chi bộ Ấp 2\nBí thư: Nguyễn Thị Hoa")

    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    attached = attachments[0]
    assert attached.get_content_type() == XLSX
    assert attached.get_filename() == package.name
    assert attached.get_content() == package.read_bytes()
    assert not list(tmp_path.glob(".~*")), "no temporary file is left behind"


def test_the_body_stays_readable_as_text(tmp_path: Path) -> None:
    """8-bit UTF-8, so that whoever opens the .eml in Notepad reads Vietnamese."""
    package = tmp_path / "p.xlsx"
    package.write_bytes(b"x")
    raw = write_draft(draft(package)).read_bytes()
    assert "Trân trọng./.".encode() in raw
    assert b"\r\n" in raw


def test_a_bare_title_and_an_upper_level_report(tmp_path: Path) -> None:
    package = tmp_path / "DU-AB_NQ-45-NQ-TW_20260801.xlsx"
    package.write_bytes(b"x")
    upper = draft(
        package,
        unit_name="Đảng ủy xã An Bình",
        upper_name="",
        campaign_title="Nghị quyết số 45-NQ/TW",
        reported="18/40 đơn vị đã báo cáo",
        sequence=3,
        secretary="",
    )
    assert subject(upper) == ("Báo cáo kết quả học tập Nghị quyết số 45-NQ/TW — Đảng ủy xã An Bình")
    text = body(upper)
    assert text.startswith("Kính gửi: Cấp ủy cấp trên.")
    assert "- 18/40 đơn vị đã báo cáo\n" in text
    assert "lần gửi thứ 3" in text
    assert text.rstrip().endswith("Đảng ủy xã An Bình")


def test_no_essays_no_essay_line(tmp_path: Path) -> None:
    quiet = draft(tmp_path / "p.xlsx", figures=Aggregate(required=4, attended=4))
    assert "thu hoạch" not in body(quiet)
    assert "học bù:" not in body(quiet).replace("Sau học bù:", "")
