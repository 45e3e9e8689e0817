"""Campaigns (đợt học tập)."""

from __future__ import annotations

from dataclasses import replace

from studylog.domain.essays import scale_text
from studylog.domain.models import Campaign, new_uid
from studylog.errors import InputError, NotFoundError
from studylog.i18n import msg
from studylog.storage import convert
from studylog.storage.changes import Changes
from studylog.storage.store import Row, Store


def campaign_row(campaign: Campaign) -> Row:
    return {
        "uid": campaign.uid,
        "code": campaign.code.strip(),
        "title": campaign.title.strip(),
        "documents": campaign.documents,
        "issuing_body": campaign.issuing_body,
        "plan_ref": campaign.plan_ref,
        "start_date": convert.iso(campaign.start_date),
        "deadline": convert.iso(campaign.deadline),
        "report_deadline": convert.iso(campaign.report_deadline),
        "essay_deadline": convert.iso(campaign.essay_deadline),
        "essays_required": int(campaign.essays_required),
        "essay_scale": scale_text(campaign.essay_scale),
    }


def validate(campaign: Campaign) -> None:
    if not campaign.code.strip() or not campaign.title.strip():
        raise InputError(
            msg("A campaign needs a code and a title.", "Đợt học tập cần có mã và tên.")
        )
    start = campaign.start_date
    for end in (campaign.deadline, campaign.report_deadline, campaign.essay_deadline):
        if start is not None and end is not None and end < start:
            raise InputError(
                msg(
                    "A deadline of campaign {code} is before its start date.",
                    "Một hạn của đợt {code} sớm hơn ngày bắt đầu.",
                    code=campaign.code,
                )
            )


def add_campaign(store: Store, campaign: Campaign) -> Campaign:
    if not campaign.uid:
        campaign = replace(campaign, uid=new_uid())
    validate(campaign)
    if store.one("SELECT uid FROM campaigns WHERE code = ?", [campaign.code.strip()]):
        raise InputError(
            msg(
                "A campaign with the code {code} already exists.",
                "Đã có đợt học tập mang mã {code}.",
                code=campaign.code,
            )
        )
    with store.atomic():
        store.insert("campaigns", campaign_row(campaign))
    return campaign


def update_campaign(store: Store, campaign: Campaign) -> Changes:
    validate(campaign)
    other = store.one(
        "SELECT uid FROM campaigns WHERE code = ? AND uid <> ?", [campaign.code, campaign.uid]
    )
    if other:
        raise InputError(
            msg(
                "A campaign with the code {code} already exists.",
                "Đã có đợt học tập mang mã {code}.",
                code=campaign.code,
            )
        )
    row = campaign_row(campaign)
    row.pop("uid")
    with store.atomic():
        return Changes(campaigns=store.update("campaigns", campaign.uid, row))


def list_campaigns(store: Store) -> list[Campaign]:
    rows = store.all("SELECT * FROM campaigns ORDER BY ifnull(start_date, '') DESC, code")
    return [convert.campaign(r) for r in rows]


def get_campaign(store: Store, uid: str) -> Campaign:
    row = store.get("campaigns", uid)
    if row is None:
        raise NotFoundError(msg("No campaign {code}.", "Không có đợt học tập {code}.", code=uid))
    return convert.campaign(row)


def campaign_by_code(store: Store, code: str) -> Campaign:
    row = store.one("SELECT * FROM campaigns WHERE code = ?", [code.strip()])
    if row is None:
        raise NotFoundError(
            msg(
                "No campaign with the code {code}.",
                "Không có đợt học tập mang mã {code}.",
                code=code,
            )
        )
    return convert.campaign(row)
