"""A chi bộ's study of one campaign: sessions, its connection point, attendance,
make-up and essays, drawn with the frequencies real sign-in sheets show."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from studylog.demo import names
from studylog.domain.enums import (
    AttendanceStatus,
    IncidentKind,
    MakeupMethod,
    Quality,
    SessionKind,
)
from studylog.domain.models import Campaign, Member, Session, new_uid
from studylog.storage import sessions as session_store
from studylog.storage.store import Row, Store


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


def add_study(
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
