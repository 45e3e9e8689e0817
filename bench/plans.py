"""Five years of study campaigns (2022–2026), as the bench datasets share them.

Seventeen older campaigns, four a year, then the three of the demo
(`studylog.demo.study.CAMPAIGNS`, 2026), so the codes match at every level. The
campaign the figures are measured on is the demo's first one: fully reported,
essays graded.
"""

from __future__ import annotations

from datetime import date, timedelta

from studylog.demo.study import CAMPAIGNS, CampaignPlan
from studylog.domain.models import Campaign
from studylog.storage import campaigns as campaign_store
from studylog.storage.store import Store

BENCH_CAMPAIGN = CAMPAIGNS[0].code  # "NQ-DH-XIV"

_TOPICS = (
    ("NQ-{n:02d}-NQ/TW", "Học tập, quán triệt Nghị quyết số {n:02d}-NQ/TW", "Nghị quyết {n:02d}"),
    ("KL-{n:02d}-KL/TW", "Quán triệt Kết luận số {n:02d}-KL/TW", "Kết luận số {n:02d}-KL/TW"),
    ("CT-{n:02d}-CT/TW", "Thực hiện Chỉ thị số {n:02d}-CT/TW", "Chỉ thị số {n:02d}-CT/TW"),
    ("HNTW{n}-XIII", "Học tập Nghị quyết Hội nghị Trung ương {n} khóa XIII", "Nghị quyết HNTW {n}"),
)


def _older_plans() -> list[CampaignPlan]:
    plans = []
    number = 10
    for year in (2022, 2023, 2024, 2025):
        for quarter, (code, title, documents) in enumerate(_TOPICS):
            if year == 2025 and quarter == 3:
                break  # 17 older campaigns, then the three of 2026
            number += 3
            start = date(year, 2 + 3 * quarter, 1)
            days = (start + timedelta(days=6),)
            if quarter == 0:
                days += (start + timedelta(days=7),)
            plans.append(
                CampaignPlan(
                    code.format(n=number) + f"-{year}",
                    title.format(n=number),
                    documents.format(n=number),
                    start,
                    days,
                    1.0,
                )
            )
    return plans


PLANS: tuple[CampaignPlan, ...] = (*_older_plans(), *CAMPAIGNS)


def add_campaigns(store: Store) -> list[tuple[CampaignPlan, Campaign]]:
    """The campaigns of PLANS, with the demo's deadlines (as `studylog.demo.build`)."""
    out = []
    for plan in PLANS:
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
