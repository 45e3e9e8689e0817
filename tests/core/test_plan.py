"""The plan package (SPEC §5.5): campaigns and units travel downward, idempotently."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from package_world import (
    CODE,
    chi_bo,
    commune,
    content_hash,
    counts,
    export,
    open_unit,
)

from studylog.cli.main import main
from studylog.domain.enums import Level
from studylog.domain.models import Campaign
from studylog.errors import InputError
from studylog.exchange.consolidate import consolidate
from studylog.exchange.plan import export_plan, import_plan
from studylog.storage import campaigns, units

EXTRA = Campaign(
    uid="",
    code="NQ-45-NQ/TW",
    title="Học tập, quán triệt Nghị quyết số 45-NQ/TW",
    documents="Nghị quyết số 45-NQ/TW",
    start_date=date(2026, 6, 1),
    deadline=date(2026, 7, 31),
    report_deadline=date(2026, 8, 5),
    essays_required=False,
    essay_scale="diem10",
)


def test_plan_creates_campaigns_and_links_the_unit_below(tmp_path: Path) -> None:
    x = commune(tmp_path)
    campaigns.add_campaign(x, EXTRA)
    units.add_child(x, name="Chi bộ Ấp 1", code="CB-A1", level=Level.CHI_BO)
    plan = export_plan(x, out=tmp_path / "plan.xlsx")
    below = open_unit(
        tmp_path / "cb", code="CB-A1", name="Chi bộ Ấp 1", level=Level.CHI_BO, campaign=None
    )
    result = import_plan(below, plan)
    assert sorted(result.added) == sorted([CODE, "NQ-45-NQ/TW"]) and result.home_listed
    assert result.parent_set
    home = units.home_unit(below)
    assert (home.parent_code, home.parent_name) == ("DU-AB", "Đảng ủy xã An Bình")
    theirs = campaigns.campaign_by_code(x, "NQ-45-NQ/TW")
    mine = campaigns.campaign_by_code(below, "NQ-45-NQ/TW")
    assert mine == theirs  # same uid, dates, scale and flags
    before = (content_hash(below), counts(below))
    again = import_plan(below, plan)
    assert (again.added, again.updated, len(again.unchanged)) == ((), (), 2)
    assert not again.parent_set and not again.changes
    assert (content_hash(below), counts(below)) == before
    # The package from below now matches the commune's campaign code.
    assert consolidate(x, [export(below, tmp_path).path]).files[0].result == "new"


def test_changed_deadline_updates_and_own_plan_restores_units(tmp_path: Path) -> None:
    x = commune(tmp_path)
    units.add_child(x, name="Chi bộ Ấp 1", code="CB-A1", level=Level.CHI_BO)
    cb = chi_bo(tmp_path, "CB-A1")
    import_plan(cb, export_plan(x, out=tmp_path / "p1.xlsx"))
    campaign = campaigns.campaign_by_code(x, CODE)
    campaigns.update_campaign(x, replace(campaign, report_deadline=date(2026, 4, 20)))
    result = import_plan(cb, export_plan(x, out=tmp_path / "p2.xlsx"))
    assert result.updated == (CODE,)
    assert campaigns.campaign_by_code(cb, CODE).report_deadline == date(2026, 4, 20)
    # A reinstalled commune gets its list of units back from its own plan.
    fresh = commune(tmp_path / "new")
    restored = import_plan(fresh, tmp_path / "p2.xlsx")
    assert restored.units_added == ("CB-A1",)
    assert units.child_by_code(fresh, "CB-A1") is not None


def test_plan_dry_run_and_refusals(tmp_path: Path) -> None:
    x = commune(tmp_path)
    plan = export_plan(x, out=tmp_path / "plan.xlsx")
    cb = chi_bo(tmp_path, "CB-A1")
    campaigns.update_campaign(cb, replace(campaigns.campaign_by_code(cb, CODE), title="Tên cũ"))
    before = content_hash(cb)
    assert import_plan(cb, plan, dry_run=True).updated == (CODE,)
    assert content_hash(cb) == before
    wb = openpyxl.load_workbook(plan)
    wb["_data"].cell(row=2, column=4).value = "Đợt đã sửa"
    wb.save(tmp_path / "edited.xlsx")
    with pytest.raises(InputError, match="changed after export"):
        import_plan(cb, tmp_path / "edited.xlsx")
    package = export(cb, tmp_path).path
    with pytest.raises(InputError, match="not a StudyLog plan"):
        import_plan(cb, package)
    with pytest.raises(InputError):
        export_plan(x, out=tmp_path / "plan.csv")


def test_plan_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    x = commune(tmp_path)
    cb = chi_bo(tmp_path, "CB-A1")
    out = tmp_path / "plan.xlsx"
    assert main(["campaigns", "export-plan", "--db", str(x.path), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["campaigns", "import-plan", str(out), "--db", str(cb.path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["campaigns"]["unchanged"] == [CODE] and data["issuer"] == "DU-AB"
    assert main(["campaigns", "import-plan", str(out), "--db", str(cb.path), "--lang", "en"]) == 0
    assert "1 unchanged" in capsys.readouterr().out
