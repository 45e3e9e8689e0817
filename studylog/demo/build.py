"""Build a demo database for a scale. Bulk inserts keep the commune scale fast."""

from __future__ import annotations

import random
from datetime import date, timedelta

from studylog.demo import names, upper
from studylog.demo.study import CAMPAIGNS, CampaignPlan, add_study
from studylog.domain.enums import (
    EventKind,
    Group,
    Level,
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
from studylog.storage.store import Store
from studylog.vntext import fold


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
                parent_name=names.committee_of(place),
                parent_code="DU-" + "".join(w[0] for w in place.split()[1:]).upper(),
                secretary=names.full_name(rng, female=rng.random() < 0.4),
                place=place,
            )
            plans = _add_campaigns(store)
            roster = _add_members(store, rng, home.uid, rng.randint(42, 58))
            for plan, campaign in plans:
                add_study(store, rng, campaign, plan, roster, point=f"Hội trường {home.name}")
            count = len(roster)
        else:
            level = Level.XA if scale == "xa" else Level.TINH
            home = units.init_home(
                store,
                name=names.committee_of(place) if level is Level.XA else "Tỉnh ủy Tây Ninh",
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
