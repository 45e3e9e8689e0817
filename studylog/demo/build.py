"""Build a demo database for a scale. Bulk inserts keep the commune scale fast."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from studylog.demo import names, upper
from studylog.domain.enums import (
    AttendanceStatus,
    EventKind,
    Group,
    IncidentKind,
    Level,
    MakeupMethod,
    MemberStatus,
    Quality,
    SessionKind,
)
from studylog.domain.models import Campaign, Member, MemberEvent, Session, new_uid
from studylog.errors import InputError
from studylog.i18n import Message, msg
from studylog.storage import campaigns as campaign_store
from studylog.storage import members as member_store
from studylog.storage import sessions as session_store
from studylog.storage import units
from studylog.storage.store import Row, Store
from studylog.vntext import fold


@dataclass(frozen=True)
class CampaignPlan:
    code: str
    title: str
    documents: str
    start: date
    session_days: tuple[date, ...]
    essay_share: float  # how far along the essays are


CAMPAIGNS = (
    CampaignPlan(
        "NQ-DH-XIV",
        "Nghiên cứu, học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
        "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        date(2026, 2, 1),
        (date(2026, 2, 5), date(2026, 2, 6)),
        1.0,
    ),
    CampaignPlan(
        "NQ-45-NQ/TW",
        "Học tập, quán triệt Nghị quyết số 45-NQ/TW",
        "Nghị quyết số 45-NQ/TW",
        date(2026, 6, 1),
        (date(2026, 6, 10),),
        0.9,
    ),
    CampaignPlan(
        "HNTW2-XIV",
        "Học tập, quán triệt Nghị quyết Hội nghị Trung ương 2 khóa XIV",
        "Các nghị quyết, kết luận của Hội nghị Trung ương 2 khóa XIV",
        date(2026, 10, 15),
        (date(2026, 10, 20),),
        0.4,
    ),
)


def build_demo(store: Store, *, scale: str, seed: int) -> Message:
    if units.has_home_unit(store):
        raise InputError(
            msg(
                "The demo needs a new, empty database file; this one already has a unit.",
                "Dữ liệu mẫu cần một tệp cơ sở dữ liệu mới, trống; tệp này đã có đơn vị.",
            )
        )
    rng = random.Random(seed)
    place = rng.choice(names.PLACES)
    with store.atomic():
        if scale == "chi_bo":
            street = rng.choice(names.STREETS)
            words = fold(street).split()
            home = units.init_home(
                store,
                name=f"Chi bộ {street}",
                code="CB-" + "".join(w[0] for w in words[:-1]).upper() + words[-1].upper(),
                level=Level.CHI_BO,
                parent_name=f"Đảng ủy {place[0].lower()}{place[1:]}",
                parent_code="DU-" + "".join(w[0] for w in place.split()[1:]).upper(),
                secretary=names.full_name(rng, female=rng.random() < 0.4),
                place=place,
            )
            plans = _add_campaigns(store)
            roster = _add_members(store, rng, home.uid, rng.randint(42, 58))
            for plan, campaign in plans:
                _add_study(store, rng, campaign, plan, roster, point=f"Hội trường {home.name}")
            count = len(roster)
        else:
            level = Level.XA if scale == "xa" else Level.TINH
            home = units.init_home(
                store,
                name=f"Đảng ủy {place}" if level is Level.XA else "Tỉnh ủy Tây Ninh",
                code="DU-" + str(seed) if level is Level.XA else "TU-TN",
                level=level,
                parent_name="Tỉnh ủy Tây Ninh" if level is Level.XA else "",
                parent_code="TU-TN" if level is Level.XA else "",
                secretary=names.full_name(rng, female=False),
                place=place,
            )
            plans = _add_campaigns(store)
            count = 40 if level is Level.XA else 150
            child_level = Level.CHI_BO if level is Level.XA else Level.XA
            for i in range(1, count + 1):
                code = f"CB-{i:02d}" if level is Level.XA else f"XA-{i:03d}"
                prefix = "Chi bộ" if level is Level.XA else "Đảng ủy xã"
                units.add_child(store, name=f"{prefix} {i:02d}", code=code, level=child_level)
            for plan, campaign in plans:
                _add_host_sessions(store, rng, campaign, plan, home.name)
            upper.add_child_packages(store, rng, [campaign for _plan, campaign in plans])
    if scale == "chi_bo":
        return msg(
            "Demo database ready: {name}, {count} members, {campaigns} campaigns.",
            "Đã tạo dữ liệu mẫu: {name}, {count} đảng viên, {campaigns} đợt học tập.",
            name=home.name,
            count=count,
            campaigns=len(plans),
        )
    return msg(
        "Demo database ready: {name}, {count} units below, {campaigns} campaigns.",
        "Đã tạo dữ liệu mẫu: {name}, {count} đơn vị trực thuộc, {campaigns} đợt học tập.",
        name=home.name,
        count=count,
        campaigns=len(plans),
    )


def _add_campaigns(store: Store) -> list[tuple[CampaignPlan, Campaign]]:
    out = []
    for plan in CAMPAIGNS:
        campaign = campaign_store.add_campaign(
            store,
            Campaign(
                uid="",
                code=plan.code,
                title=plan.title,
                documents=plan.documents,
                issuing_body="Ban Chấp hành Trung ương Đảng",
                plan_ref="Kế hoạch số 12-KH/ĐU",
                start_date=plan.start,
                deadline=plan.start + timedelta(days=58),
                report_deadline=plan.start + timedelta(days=63),
                essay_deadline=plan.start + timedelta(days=42),
            ),
        )
        out.append((plan, campaign))
    return out


def _add_members(store: Store, rng: random.Random, unit_uid: str, count: int) -> list[Member]:
    roster: list[Member] = []
    used_cards: set[str] = set()
    for _ in range(count):
        female = rng.random() < 0.42
        born = date(rng.randint(1938, 2000), rng.randint(1, 12), rng.randint(1, 28))
        card = f"{rng.randint(0, 99_999_999):08d}"
        while card in used_cards:
            card = f"{rng.randint(0, 99_999_999):08d}"
        used_cards.add(card)
        events: list[MemberEvent] = []
        if born.year < 1950 and rng.random() < 0.6:
            events.append(
                MemberEvent(
                    kind=EventKind.MIEN,
                    date_from=date(rng.randint(2015, 2024), 1, 15),
                    decision_no=f"{rng.randint(10, 99)}-QĐ/ĐU",
                )
            )
        elif rng.random() < 0.03:
            events.append(
                MemberEvent(
                    kind=EventKind.TAM_MIEN,
                    date_from=date(2026, 1, 1),
                    date_to=date(2026, 12, 31),
                    note="Đi lao động xa",
                )
            )
        probationary = born.year > 1990 and rng.random() < 0.3
        joined = (
            date(2025, rng.randint(1, 12), 1)
            if probationary
            else date(max(born.year + 20, 1960), rng.randint(1, 12), 19)
        )
        member = Member(
            uid=new_uid(),
            unit_uid=unit_uid,
            full_name=names.full_name(rng, female=female),
            sex="nu" if female else "nam",
            birth_date=born,
            card_no=card,
            status=MemberStatus.DU_BI if probationary else MemberStatus.CHINH_THUC,
            joined_date=joined,
            official_date=None if probationary else date(joined.year + 1, joined.month, 19),
            phone=f"09{rng.randint(10_000_000, 99_999_999)}",
            events=tuple(events),
        )
        roster.append(member)
    store.insert_many("members", [member_store.member_row(m) for m in roster])
    store.insert_many(
        "member_events",
        [member_store.event_row(m.uid, e) for m in roster for e in m.events],
    )
    return roster


def _add_study(
    store: Store,
    rng: random.Random,
    campaign: Campaign,
    plan: CampaignPlan,
    roster: list[Member],
    *,
    point: str,
) -> None:
    sessions: list[Session] = []
    for i, day in enumerate(plan.session_days):
        kind = SessionKind.TRUC_TUYEN if i == 0 else SessionKind.TRUC_TIEP
        sessions.append(
            session_store.add_session(
                store,
                Session(
                    uid="",
                    campaign_uid=campaign.uid,
                    date=day,
                    kind=kind,
                    title=f"Hội nghị {plan.documents}" if i == 0 else "Sinh hoạt chuyên đề",
                    start_time="07:30",
                    end_time="11:30",
                    chair="Bí thư chi bộ",
                    speaker="Báo cáo viên Đảng ủy",
                    place=point,
                ),
                (point,) if kind is SessionKind.TRUC_TUYEN else (),
            )
        )
    first = sessions[0]
    sp_uid = session_store.use_point(store, session_uid=first.uid, point_name=point)
    store.update(
        "session_points",
        sp_uid,
        {
            "n_dang_vien": len(roster),
            "n_can_bo_cong_chuc_vien_chuc": rng.randint(2, 8),
            "n_doan_vien_hoi_vien": rng.randint(5, 20),
            "n_quan_chung": rng.randint(10, 40),
            "quality": Quality.TOT.value if rng.random() < 0.8 else Quality.GIAN_DOAN.value,
            "test_done": 1,
            "technician": names.full_name(rng, female=False),
            "planned_start": "07:30",
            "actual_start": "07:30",
        },
    )
    if rng.random() < 0.5:
        store.insert(
            "incidents",
            {
                "uid": new_uid(),
                "session_point_uid": sp_uid,
                "time": "08:15",
                "kind": IncidentKind.MAT_TIENG.value,
                "minutes_lost": rng.randint(2, 10),
                "handling": "Kỹ thuật viên khởi động lại thiết bị âm thanh",
            },
        )
    rows: list[Row] = []
    absent: list[Member] = []
    for member in roster:
        # Absence clusters on a few people (ill, working away), as real sign-in sheets show.
        away = rng.random() < 0.08
        attended_any = False
        for session in sessions:
            roll = rng.random()
            if away:
                roll = 0.9 + roll * 0.1
            if roll < 0.86:
                status, reason = AttendanceStatus.CO_MAT, ""
            elif roll < 0.9:
                status, reason = AttendanceStatus.MUON_SOM, "Về sớm"
            elif roll < 0.97:
                status, reason = AttendanceStatus.VANG_CO_LY_DO, rng.choice(names.ABSENCE_REASONS)
            else:
                status, reason = AttendanceStatus.VANG, ""
            attended_any = attended_any or status.present
            rows.append(
                {
                    "uid": new_uid(),
                    "session_uid": session.uid,
                    "member_uid": member.uid,
                    "status": status.value,
                    "reason": reason,
                }
            )
        if not attended_any:
            absent.append(member)
    store.insert_many("attendance", rows)
    makeup_day = plan.session_days[-1] + timedelta(days=14)
    if absent:
        makeup_session = session_store.add_session(
            store,
            Session(
                uid="",
                campaign_uid=campaign.uid,
                date=makeup_day,
                kind=SessionKind.TRUC_TIEP,
                title="Lớp học bù",
                makeup_of=first.uid,
                place=point,
            ),
        )
        for member in absent:
            if rng.random() < 0.6:
                store.insert(
                    "attendance",
                    {
                        "uid": new_uid(),
                        "session_uid": makeup_session.uid,
                        "member_uid": member.uid,
                        "status": AttendanceStatus.CO_MAT.value,
                        "reason": "",
                    },
                )
            elif rng.random() < 0.5:
                store.insert(
                    "makeups",
                    {
                        "uid": new_uid(),
                        "campaign_uid": campaign.uid,
                        "member_uid": member.uid,
                        "method": MakeupMethod.TU_NGHIEN_CUU.value,
                        "date": (makeup_day + timedelta(days=3)).isoformat(),
                        "evidence": "Bài thu hoạch tự nghiên cứu",
                    },
                )
    _add_essays(store, rng, campaign, plan, roster)


def _add_essays(
    store: Store, rng: random.Random, campaign: Campaign, plan: CampaignPlan, roster: list[Member]
) -> None:
    if not campaign.essays_required or campaign.essay_deadline is None:
        return
    labels = list(campaign.essay_scale) if isinstance(campaign.essay_scale, tuple) else ["8"]
    rows = []
    for member in roster:
        if rng.random() > plan.essay_share:
            continue
        late = rng.random() < 0.08
        submitted = campaign.essay_deadline + timedelta(
            days=rng.randint(1, 6) if late else -rng.randint(0, 20)
        )
        graded = plan.essay_share >= 0.9 and rng.random() < 0.95
        rows.append(
            {
                "uid": new_uid(),
                "campaign_uid": campaign.uid,
                "member_uid": member.uid,
                "submitted": submitted.isoformat(),
                "grade": rng.choices(labels, [35, 45, 18, 2][: len(labels)])[0] if graded else "",
                "notes": "",
            }
        )
    store.insert_many("essays", rows)


def _add_host_sessions(
    store: Store, rng: random.Random, campaign: Campaign, plan: CampaignPlan, host: str
) -> None:
    """An upper level hosts the online conference: its own points and their guests (§3.10)."""
    day = plan.session_days[0]
    session = session_store.add_session(
        store,
        Session(
            uid="",
            campaign_uid=campaign.uid,
            date=day,
            kind=SessionKind.TRUC_TUYEN,
            title=f"Hội nghị trực tuyến {plan.documents}",
            start_time="07:30",
            end_time="11:30",
            chair=f"Bí thư {host}",
            speaker="Báo cáo viên Trung ương",
            place=f"Hội trường {host}",
        ),
    )
    for n in range(rng.randint(3, 6)):
        name = f"Điểm cầu {rng.choice(names.STREETS)} số {n + 1}"
        counts = {
            Group.DANG_VIEN: rng.randint(30, 120),
            Group.CAN_BO: rng.randint(5, 30),
            Group.DOAN_VIEN: rng.randint(10, 60),
            Group.QUAN_CHUNG: rng.randint(20, 150),
            Group.KHAC: rng.randint(0, 10),
        }
        quality = rng.choices(list(Quality), [85, 12, 3])[0]
        session_store.set_point(
            store, session_uid=session.uid, point_name=name, counts=counts, quality=quality
        )
