"""Upper-level figures and completeness (SPEC §3.9–3.10), and the upper demo data."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from package_world import CODE, LATE, ON_TIME, chi_bo, commune, export

from studylog.cli.main import main
from studylog.demo import build_demo
from studylog.domain.aggregate import Aggregate, from_counts, total
from studylog.domain.enums import Level
from studylog.exchange.consolidate import consolidate
from studylog.storage import campaigns, packages, units
from studylog.storage.db import open_database
from studylog.storage.store import Store
from studylog.upper import completeness, on_time, stats_payload, upper_figures


def test_on_time_uses_the_date_where_the_package_was_made() -> None:
    deadline = date(2026, 4, 5)
    assert on_time("2026-04-05T23:30:00+07:00", deadline)
    assert not on_time("2026-04-06T00:10:00+07:00", deadline)
    assert on_time("2026-04-09T00:00:00+07:00", None)
    assert not on_time("garbage", deadline)


def test_aggregates_add_up_and_rates_come_from_the_sums() -> None:
    a = from_counts({"required": 35_900, "attended": 35_599}, {"Tốt": 2})
    b = from_counts({"required": 10, "attended": 10}, {"Tốt": 1, "Khá": 4})
    s = total([a, b])
    assert (s.required, s.attended, s.grades) == (35_910, 35_609, {"Tốt": 3, "Khá": 4})
    assert a.rate.text == "35.599/35.900 (99,16%)"
    assert Aggregate().rate.as_number is None


def test_completeness_expected_reported_on_time_overdue(tmp_path: Path) -> None:
    x = commune(tmp_path)
    units.add_child(
        x, name="Chi bộ giải thể", code="CB-OLD", level=Level.CHI_BO, active_to=date(2025, 12, 31)
    )
    units.add_child(
        x, name="Chi bộ mới", code="CB-NEW", level=Level.CHI_BO, active_from=date(2026, 3, 1)
    )
    units.add_child(x, name="Chi bộ chậm", code="CB-SLOW", level=Level.CHI_BO)
    files = [
        export(chi_bo(tmp_path, "CB-A1"), tmp_path / "a.xlsx", ON_TIME).path,
        export(chi_bo(tmp_path, "CB-B2"), tmp_path / "b.xlsx", LATE).path,
    ]
    consolidate(x, files)
    campaign = campaigns.campaign_by_code(x, CODE)
    before = completeness(x, campaign, today=date(2026, 4, 5))
    assert [r.unit.code for r in before.rows] == ["CB-A1", "CB-B2", "CB-NEW", "CB-SLOW"]
    assert (before.expected, before.reported, before.on_time) == (4, 2, 1)
    assert before.overdue == ()
    assert [r.unit.code for r in before.late] == ["CB-B2"]
    assert before.summary.render("vi") == "2/4 đơn vị đã báo cáo"
    after = completeness(x, campaign, today=date(2026, 4, 6))
    assert [r.unit.code for r in after.overdue] == ["CB-NEW", "CB-SLOW"]
    assert after.as_json()["overdue"] == ["CB-NEW", "CB-SLOW"]
    figures = upper_figures(x, campaign)
    assert figures.total.required == 8 and figures.own == Aggregate()


def test_completeness_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    x = commune(tmp_path)
    consolidate(x, [export(chi_bo(tmp_path, "CB-A1"), tmp_path).path])
    units.add_child(x, name="Chi bộ chậm", code="CB-SLOW", level=Level.CHI_BO)
    assert main(["completeness", "--db", str(x.path), "--campaign", CODE, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["expected"], data["reported"], data["on_time"]) == (2, 1, 1)
    assert [(r["code"], r["reported"], r["rate"]) for r in data["rows"]] == [
        ("CB-A1", True, 100.0),
        ("CB-SLOW", False, None),
    ]
    assert main(["completeness", "--db", str(x.path), "--campaign", CODE]) == 0
    out = capsys.readouterr().out
    assert "1/2 đơn vị đã báo cáo" in out and "CB-SLOW" in out
    cb = chi_bo(tmp_path, "CB-Z")
    assert main(["completeness", "--db", str(cb.path), "--campaign", CODE]) == 1
    assert "chi bộ" in capsys.readouterr().err


def test_chi_bo_stats_have_no_units(tmp_path: Path) -> None:
    cb = chi_bo(tmp_path, "CB-A1")
    assert "units" not in stats_payload(cb, campaigns.campaign_by_code(cb, CODE))


@pytest.mark.parametrize(("scale", "children"), [("xa", 40), ("tinh", 150)])
def test_demo_above_chi_bo_has_reports_from_below(
    tmp_path: Path, scale: str, children: int
) -> None:
    path = tmp_path / f"{scale}.db"
    store = Store(open_database(path), path=path, actor="test")
    started = time.perf_counter()
    build_demo(store, scale=scale, seed=7)
    assert time.perf_counter() - started < 10
    found = []
    for campaign in campaigns.list_campaigns(store):
        status = completeness(store, campaign)
        assert status.expected == children
        found.append(status.reported)
        data = stats_payload(store, campaign)
        accepted = packages.accepted_for_campaign(store, campaign.uid).values()
        assert data["required"] == sum(p.aggregate.required for p in accepted)
        assert data["attended"] <= data["required"]
    assert max(found) >= children * 0.8 and min(found) < children  # some still missing
    late = sum(len(completeness(store, c).late) for c in campaigns.list_campaigns(store))
    assert late > 0
    if scale == "xa":
        export_path = tmp_path / "out"
        export_path.mkdir()
        done = export(store, export_path, ON_TIME)
        assert done.path.exists()
