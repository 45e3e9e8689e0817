"""Round trips: chi bộ → commune → province totals, and idempotent consolidation in any order."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_world import (
    CODE,
    LATE,
    add_member_present,
    chi_bo,
    commune,
    content_hash,
    export,
    province,
)

from studylog.domain.enums import Group, Level
from studylog.domain.models import Session
from studylog.exchange.consolidate import Outcome, consolidate
from studylog.storage import campaigns, sessions
from studylog.storage.db import open_database
from studylog.storage.store import Store
from studylog.storage.units import init_home
from studylog.upper import stats_payload

SUMMED = ("required", "attended", "made_up", "exempt_attended", "attended_after_makeup")
GUESTS = ("can_bo_cong_chuc_vien_chuc", "doan_vien_hoi_vien", "quan_chung", "khac")


def stats(store: Store) -> dict:  # type: ignore[type-arg]
    return stats_payload(store, campaigns.campaign_by_code(store, CODE))


def host_session(store: Store, point: str, counts: dict[Group, int]) -> None:
    campaign = campaigns.campaign_by_code(store, CODE)
    session = sessions.add_session(
        store,
        Session(uid="", campaign_uid=campaign.uid, date=campaign.start_date),  # type: ignore[arg-type]
    )
    sessions.set_point(store, session_uid=session.uid, point_name=point, counts=counts)


def test_chi_bo_to_commune_to_province(tmp_path: Path) -> None:
    a = chi_bo(tmp_path, "CB-A1", absent={"Lê Văn Cường": "Ốm"}, exempt=("Phạm Thị Dung",))
    b = chi_bo(
        tmp_path,
        "CB-B2",
        names=("Hồ Văn Tám", "Đặng Thị Chín", "Vũ Văn Mười"),
        guests=(1, 1, 30, 0),
    )
    x = commune(tmp_path)
    host_session(x, "Hội trường xã", {Group.DANG_VIEN: 40, Group.QUAN_CHUNG: 100})
    results = consolidate(
        x, [export(a, tmp_path / "a.xlsx").path, export(b, tmp_path / "b.xlsx").path]
    )
    assert [f.result for f in results.files] == [Outcome.NEW, Outcome.NEW]
    sa, sb, sx = stats(a), stats(b), stats(x)
    for key in SUMMED:
        assert sx[key] == sa[key] + sb[key], key
    for key in ("total", "chinh_thuc", "du_bi", "exempt"):
        assert sx["members"][key] == sa["members"][key] + sb["members"][key]
    assert sx["rate_text"] == "6/6 (100,00%)" or sx["rate"] == round(
        100 * sx["attended"] / sx["required"], 2
    )
    # §3.10: the commune's own conference adds points and guests, not members.
    assert sx["connection_points"] == sa["connection_points"] + sb["connection_points"] + 1
    for g in GUESTS:
        own = 100 if g == "quan_chung" else 0
        assert sx["guests"][g] == sa["guests"][g] + sb["guests"][g] + own
    assert sx["sessions"] == sa["sessions"] + sb["sessions"] + 1
    assert sx["essays"]["grades"] == {"Tốt": sa["essays"]["submitted"] + sb["essays"]["submitted"]}
    assert [a["name"] for a in sx["absent"]] == ["Lê Văn Cường"]
    assert sx["units"]["expected"] == sx["units"]["reported"] == 2

    # The province consolidates the commune's package exactly like the commune did.
    p = province(tmp_path)
    host_session(p, "Hội trường tỉnh", {Group.CAN_BO: 7})
    up = consolidate(p, [export(x, tmp_path / "x.xlsx").path])
    assert up.files[0].result == Outcome.NEW
    sp = stats(p)
    for key in SUMMED:
        assert sp[key] == sx[key], key
    assert sp["members"] == sx["members"]
    assert sp["connection_points"] == sx["connection_points"] + 1
    assert (
        sp["guests"]["can_bo_cong_chuc_vien_chuc"] == sx["guests"]["can_bo_cong_chuc_vien_chuc"] + 7
    )
    assert sp["essays"] == sx["essays"]
    assert sp["absent"] == []  # names stop at the commune
    assert sp["units"]["rows"][0]["code"] == "DU-AB"
    assert sp["units"]["rows"][0]["rate_text"] == sx["rate_text"]


def test_cli_stats_json_above_chi_bo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from studylog.cli.main import main

    x = commune(tmp_path)
    consolidate(x, [export(chi_bo(tmp_path, "CB-A1"), tmp_path, LATE).path])
    assert main(["stats", "--db", str(x.path), "--campaign", CODE, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["units"]["rows"][0] | {"generated_at": None} == {
        "code": "CB-A1",
        "name": "Chi bộ CB-A1",
        "level": "chi_bo",
        "reported": True,
        "on_time": False,
        "generated_at": None,
        "required": 4,
        "attended": 4,
        "rate": 100.0,
        "rate_text": "4/4 (100,00%)",
    }
    assert (data["required"], data["attended"], data["rate"]) == (4, 4, 100.0)
    assert main(["stats", "--db", str(x.path), "--campaign", CODE]) == 0
    assert "1/1 đơn vị đã báo cáo" in capsys.readouterr().out


@pytest.fixture(scope="module")
def package_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three packages of CB-A1 (sequences 1–3, different data) and two of CB-B2."""
    folder = tmp_path_factory.mktemp("packages")
    a = chi_bo(folder, "CB-A1")
    b = chi_bo(folder, "CB-B2", absent={"Nguyễn Văn An": "Đi công tác"})
    files = [export(a, folder / "a1.xlsx").path]
    add_member_present(a, "Võ Thị Em")
    files.append(export(a, folder / "a2.xlsx").path)
    add_member_present(a, "Đỗ Văn Phúc")
    files.append(export(a, folder / "a3.xlsx").path)
    files.append(export(b, folder / "b1.xlsx").path)
    add_member_present(b, "Ngô Thị Giang")
    files.append(export(b, folder / "b2.xlsx").path)
    return files


def _fresh_commune() -> Store:
    store = Store(open_database(":memory:"), actor="test")
    init_home(store, name="Đảng ủy xã An Bình", code="DU-AB", level=Level.XA)
    from package_world import CAMPAIGN

    campaigns.add_campaign(store, CAMPAIGN)
    # Fixed uids for what `init` and `campaigns add` make at random: only what
    # consolidation decides may differ between two databases.
    store.db.execute("UPDATE campaigns SET uid = 'campaign-1'")
    store.db.execute("UPDATE units SET uid = 'home-1'")
    return store


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_order_any_repetition_same_content(
    package_files: list[Path], data: st.DataObject
) -> None:
    """Whatever files, in whatever order, however often: the result is that of the latest."""
    chosen = data.draw(st.lists(st.sampled_from(package_files), min_size=1, max_size=8))
    expected = _fresh_commune()
    consolidate(expected, sorted(set(chosen), key=lambda p: p.name))
    actual = _fresh_commune()
    consolidate(actual, chosen)
    consolidate(actual, list(reversed(chosen)))
    assert content_hash(actual) == content_hash(expected)


def test_all_orders_of_the_full_set(package_files: list[Path]) -> None:
    hashes = set()
    for order in itertools.islice(itertools.permutations(package_files), 0, 120, 17):
        store = _fresh_commune()
        consolidate(store, list(order))
        hashes.add(content_hash(store))
    assert len(hashes) == 1
