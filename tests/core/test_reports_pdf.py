"""The campaign report as a PDF: A4, margins, embedded fonts, the text and the figures.

The hand-built chi bộ (seven members, worked out by hand):
- Võ Văn Kiệt is exempt (`mien`), so 6 must study; he attends anyway (exempt_attended 1);
- present: Nguyễn Văn An, Trần Thị Ánh (late), Lê Văn Bình, Phạm Thị Bích → 4/6 = 66,67%;
- Hoàng Văn Dũng absent with a reason ("Ốm"), made up by self-study → 5/6 = 83,33%;
- Đỗ Văn Đạt absent without a reason, not made up;
- essays are due from the 5 who studied: 3 handed in (1 late), Tốt 1, Khá 1 → 3/5 = 60,00%;
- one connection point: 6 party members, 2 + 3 + 12 guests = 17 lượt.
Text is compared through `pdftotext` (poppler-utils), skipped when it is not installed.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pdf_tools import flat, needs_poppler, pdf_text, poppler

from studylog.domain.enums import (
    AttendanceStatus,
    EventKind,
    Group,
    MakeupMethod,
    Quality,
    SessionKind,
)
from studylog.domain.models import Campaign, Essay, Member, MemberEvent, Session
from studylog.files import atomic_write
from studylog.reports import campaign_pdf, chart
from studylog.reports.content import campaign_document
from studylog.reports.data import ReportInput, gather
from studylog.reports.document import Blank, Document, Heading, Para, Table
from studylog.stats import figures_for
from studylog.storage import attendance, followup, members, sessions
from studylog.storage.campaigns import add_campaign
from studylog.storage.store import Store
from studylog.storage.units import home_unit, update_home

MM = 72 / 25.4
A4 = (595.28, 841.89)
RARE = "ằ ẳ ẵ ặ ỡ ợ ữ ự ỹ ỵ"
DIFFICULTIES = (
    "Một số đồng chí tuổi cao có lúc ngã quỵ; kỹ thuật viên thẳng thắn nhận đường truyền"
    " còn lằng nhằng, phải ẵm máy sang phòng khác.\n"
    "Đặc biệt cần giữ gìn sự đoàn kết, tránh lỡ lợi ích chung."
)
PROPOSALS = f"Đề nghị cấp thêm tài liệu: {RARE}; {RARE.upper()}."


def build_chi_bo(store: Store) -> Campaign:
    update_home(store, secretary="Nguyễn Thị Bí Thư")
    home = home_unit(store).uid
    campaign = add_campaign(
        store,
        Campaign(
            uid="",
            code="NQ-TEST",
            title="Nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
            documents="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng;"
            " Báo cáo chính trị",
            plan_ref="Kế hoạch số 12-KH/ĐU",
            start_date=date(2026, 2, 1),
            essay_deadline=date(2026, 3, 15),
        ),
    )
    people = {}
    for name, year in [
        ("Nguyễn Văn An", 1970),
        ("Trần Thị Ánh", 1985),
        ("Lê Văn Bình", 1990),
        ("Phạm Thị Bích", 1962),
        ("Hoàng Văn Dũng", 1958),
        ("Đỗ Văn Đạt", 1999),
    ]:
        people[name] = members.add_member(
            store, Member(uid="", full_name=name, birth_year=year, unit_uid=home)
        )
    people["Võ Văn Kiệt"] = members.add_member(
        store,
        Member(
            uid="",
            full_name="Võ Văn Kiệt",
            birth_year=1940,
            unit_uid=home,
            events=(MemberEvent(kind=EventKind.MIEN, date_from=date(2020, 1, 1)),),
        ),
    )
    first = sessions.add_session(
        store,
        Session(
            uid="",
            campaign_uid=campaign.uid,
            date=date(2026, 2, 5),
            kind=SessionKind.TRUC_TUYEN,
            title="Hội nghị trực tuyến",
            start_time="07:30",
            end_time="11:30",
            chair="Đồng chí Bí thư",
            place="Hội trường Khu phố 3",
        ),
        ("Hội trường Khu phố 3",),
    )
    second = sessions.add_session(
        store, Session(uid="", campaign_uid=campaign.uid, date=date(2026, 2, 6), title="Thảo luận")
    )
    sessions.set_point(
        store,
        session_uid=first.uid,
        point_name="Hội trường Khu phố 3",
        quality=Quality.TOT,
        counts={Group.DANG_VIEN: 6, Group.CAN_BO: 2, Group.DOAN_VIEN: 3, Group.QUAN_CHUNG: 12},
    )
    marks = [
        (first, "Nguyễn Văn An", AttendanceStatus.CO_MAT, ""),
        (second, "Trần Thị Ánh", AttendanceStatus.MUON_SOM, "Đến muộn"),
        (first, "Lê Văn Bình", AttendanceStatus.CO_MAT, ""),
        (second, "Phạm Thị Bích", AttendanceStatus.CO_MAT, ""),
        (first, "Hoàng Văn Dũng", AttendanceStatus.VANG_CO_LY_DO, "Ốm"),
        (first, "Đỗ Văn Đạt", AttendanceStatus.VANG, ""),
        (first, "Võ Văn Kiệt", AttendanceStatus.CO_MAT, ""),
    ]
    for session, name, status, reason in marks:
        attendance.mark(
            store,
            session_uid=session.uid,
            member_uid=people[name].uid,
            status=status,
            reason=reason,
        )
    followup.record_makeup(
        store,
        campaign_uid=campaign.uid,
        member_uid=people["Hoàng Văn Dũng"].uid,
        method=MakeupMethod.TU_NGHIEN_CUU,
        day=date(2026, 2, 20),
    )
    for name, submitted, grade in [
        ("Nguyễn Văn An", date(2026, 3, 1), "Tốt"),
        ("Trần Thị Ánh", date(2026, 3, 20), "Khá"),
        ("Lê Văn Bình", date(2026, 3, 10), ""),
    ]:
        followup.record_essay(store, Essay(campaign.uid, people[name].uid, submitted, grade))
    return campaign


@pytest.fixture
def chi_bo(store: Store) -> tuple[Store, Campaign]:
    return store, build_chi_bo(store)


@pytest.fixture
def report(chi_bo: tuple[Store, Campaign]) -> ReportInput:
    store, campaign = chi_bo
    return gather(
        store,
        campaign,
        issued_on=date(2026, 4, 10),
        number=5,
        difficulties=DIFFICULTIES,
        proposals=PROPOSALS,
    )


@pytest.fixture
def rendered(report: ReportInput, tmp_path: Path) -> tuple[Document, Path]:
    document = campaign_document(report)
    path = tmp_path / "báo cáo.pdf"
    campaign_pdf.write(document, path)
    return document, path


def test_hand_computed_figures_in_sentences(report: ReportInput) -> None:
    text = flat(" ".join(b.text for b in campaign_document(report).body if isinstance(b, Para)))
    assert "Số đảng viên phải tham gia học tập: 6 đồng chí." in text
    assert "Số đảng viên đã tham gia học tập: 4/6 đồng chí, đạt tỷ lệ 66,67%." in text
    assert "số đảng viên đã học tập là 5/6 đồng chí, đạt tỷ lệ 83,33%." in text
    assert "có 1 đồng chí đảng viên được miễn sinh hoạt đảng vẫn tham dự" in text
    assert "Có 2 đồng chí chưa tham gia các buổi học tập (1 vắng có lý do, 1 vắng" in text
    assert "đến nay 1 đồng chí đã học bù, còn 1 đồng chí chưa học bù." in text
    assert "thu hút 17 lượt người tham dự, gồm 2 lượt cán bộ, công chức, viên chức" in text
    assert "đã nộp 3/5 bài, đạt tỷ lệ 60,00%, trong đó 1 bài nộp muộn (hạn nộp 15/03/2026)" in text
    assert "Kết quả chấm bài: Tốt 1 bài và Khá 1 bài." in text
    assert (
        "Chi bộ đã tổ chức 2 buổi học tập (1 buổi hội nghị trực tuyến và 1 buổi trực tiếp)" in text
    )


def test_sentences_agree_with_figures_for(
    chi_bo: tuple[Store, Campaign], report: ReportInput
) -> None:
    store, campaign = chi_bo
    figures = figures_for(store, campaign, today=date(2026, 4, 10))
    assert (figures.required, figures.attended, figures.made_up) == (6, 4, 1)
    assert report.figures == figures
    text = " ".join(b.text for b in campaign_document(report).body if isinstance(b, Para))
    assert f"đạt tỷ lệ {figures.rate.text.split('(')[1].rstrip(')')}" in text
    # Per session, those present among the six who must study.
    assert [(line.present, line.required) for line in report.sessions] == [(2, 6), (2, 6)]
    absent = [t for t in campaign_document(report).body if isinstance(t, Table)][2]
    assert [row[1] for row in absent.rows] == ["Hoàng Văn Dũng", "Đỗ Văn Đạt"]
    assert [row[3:] for row in absent.rows] == [("Ốm", "Đã học bù"), ("", "Chưa học bù")]


def test_page_size_margins_and_fonts_in_the_file(rendered: tuple[Document, Path]) -> None:
    """Read from the PDF itself, without poppler."""
    raw = rendered[1].read_bytes()
    boxes = re.findall(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", raw)
    assert boxes and all((round(float(w), 2), round(float(h), 2)) == A4 for w, h in boxes)
    fonts = set(re.findall(rb"/BaseFont /([\w+-]+)", raw))
    assert {f.split(b"+")[-1] for f in fonts} == {
        b"LiberationSerif",
        b"LiberationSerif-Bold",
        b"LiberationSerif-Italic",
        b"LiberationSerif-BoldItalic",
    }
    assert all(b"+" in f for f in fonts), "every font is an embedded subset"
    assert raw.count(b"/FontFile2") == len(fonts)


@needs_poppler
def test_pdffonts_shows_every_font_embedded(rendered: tuple[Document, Path]) -> None:
    lines = poppler("pdffonts", str(rendered[1])).splitlines()[2:]
    assert len(lines) >= 4
    for line in lines:
        name, *_, emb, sub, uni, _obj, _gen = line.split()
        assert "LiberationSerif" in name and (emb, sub, uni) == ("yes", "yes", "yes"), line
    info = poppler("pdfinfo", str(rendered[1]))
    assert "A4" in info and "Báo cáo kết quả nghiên cứu" in info


@needs_poppler
def test_every_sentence_comes_out_of_the_pdf_intact(rendered: tuple[Document, Path]) -> None:
    document, path = rendered
    text = pdf_text(path)
    head = document.letterhead
    for line in (head.upper, head.unit, head.number, head.date_line, "ĐẢNG CỘNG SẢN VIỆT NAM"):
        assert flat(line) in text, line
    assert "Số 05-BC/CB" in text and "Phường Bến Thành, ngày 10 tháng 4 năm 2026" in text
    assert "BÁO CÁO" in text and flat(document.subject) in text
    for block in document.body:
        if isinstance(block, (Para, Heading)):
            assert flat(block.text) in text, block.text
    for line in (*document.recipients, "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị Bí Thư"):
        assert flat(line) in text, line
    for word in RARE.split() + RARE.upper().split():
        assert word in text, word
    assert "Một số đồng chí tuổi cao có lúc ngã quỵ" in text


@needs_poppler
def test_tables_carry_the_figures(rendered: tuple[Document, Path]) -> None:
    text = pdf_text(rendered[1])
    for cell in (
        "Bảng 1. Các buổi học tập",
        "05/02/2026",
        "2/6",
        "Bảng 2.",
        "Tổng cộng",
        "Bảng 3. Đảng viên vắng mặt và học bù",
        "Hoàng Văn Dũng",
        "Ốm",
        "Đã học bù",
        "Bảng 4. Kết quả bài thu hoạch",
        "Chưa chấm",
        "33,33%",
        "100,00%",
    ):
        assert cell in text, cell


@needs_poppler
def test_nothing_is_printed_outside_the_margins(rendered: tuple[Document, Path]) -> None:
    html = poppler("pdftotext", "-bbox", str(rendered[1]), "-")
    pages = re.split(r"<page ", html)[1:]
    assert len(pages) >= 2
    left, right, top, bottom = 30 * MM, A4[0] - 15 * MM, 20 * MM, A4[1] - 20 * MM
    for number, page in enumerate(pages, 1):
        words = re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page
        )
        assert words
        for x0, y0, x1, y1, word in words:
            if float(y1) < top and word == str(number) and number > 1:
                continue  # the page number sits in the top margin, as in Party documents
            assert float(x0) >= left - 0.5 and float(x1) <= right + 0.5, word
            assert float(y0) >= top - 0.5 and float(y1) <= bottom + 0.5, word
        # Justified body text reaches both margins.
        assert min(float(w[0]) for w in words) == pytest.approx(left, abs=1)
        assert max(float(w[2]) for w in words) == pytest.approx(right, abs=2)


def test_free_text_sections_default_to_dotted_lines(chi_bo: tuple[Store, Campaign]) -> None:
    store, campaign = chi_bo
    document = campaign_document(gather(store, campaign, issued_on=date(2026, 4, 10)))
    titles = [b.text for b in document.body if isinstance(b, Heading) and b.level == 1]
    assert titles[-2:] == ["III. KHÓ KHĂN, VƯỚNG MẮC", "IV. KIẾN NGHỊ, ĐỀ XUẤT"]
    assert sum(isinstance(b, Blank) for b in document.body) == 2
    assert document.letterhead.number.startswith("Số ") and document.letterhead.number.endswith(
        "-BC/CB"
    )


def test_chart_bars_are_the_rates(report: ReportInput) -> None:
    charts = [
        b
        for b in campaign_document(report).body
        if not isinstance(b, (Para, Heading, Blank, Table))
    ]
    assert len(charts) == 1
    bars = charts[0].bars  # type: ignore[union-attr]
    assert [b.label for b in bars] == ["Buổi 05/02", "Buổi 06/02", "Cả đợt", "Sau học bù"]
    assert chart.percents(bars) == [pytest.approx(v) for v in (33.33, 33.33, 66.67, 83.33)]
    png = chart.png(bars, dpi=100)
    assert png.startswith(b"\x89PNG")
    import io

    from PIL import Image

    assert Image.open(io.BytesIO(png)).size == (int(150 / 25.4 * 100), int(62 / 25.4 * 100))


def test_a_failed_write_leaves_the_old_file_and_no_debris(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old report")

    def crash(out: object) -> None:
        out.write(b"half a ")  # type: ignore[attr-defined]
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        atomic_write(path, crash)
    assert path.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    atomic_write(path, lambda out: out.write(b"%PDF new"))
    assert path.read_bytes() == b"%PDF new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
