"""Back-test: the Korean DMZ's minefields, cleared at the capacities Korean sources reported,
must take as long as Korean sources published (about 200 years, Army 2018, to 489 years,
National Defense Committee area at the military's pace). docs/model.md explains the case."""

from __future__ import annotations

import pytest

from minebelt import estimate, load_scenarios


@pytest.fixture(scope="module")
def dmz():
    from conftest import EXAMPLES

    sc = load_scenarios(EXAMPLES / "korea-dmz.toml")[0]
    assert "as built" in sc.name
    return estimate(sc, samples=20_000, seed=1).document


def test_dmz_as_built_matches_the_published_dmz(dmz):
    assert dmz["totals"]["area_km2"] == pytest.approx(114.08)
    assert dmz["totals"]["mines"] == pytest.approx(1.27e6, rel=0.001)


def test_calendar_years_land_in_the_published_range(dmz):
    k = dmz["clearance"]
    assert 200 <= k["calendar_years"] <= 489
    assert k["calendar_years"] == pytest.approx(114.08 / (0.2 * 0.57) ** 0.5, rel=1e-6)  # median capacity
    d = k["calendar_years_dist"]
    # the 90 % range runs from the 11-battalion capacity (about 200 years) to the military's pace (570)
    assert d["p05"] == pytest.approx(200, rel=0.03) and d["p95"] == pytest.approx(570, rel=0.03)
    assert "0.2 to 0.57" in k["calendar_years_capacity"]


def test_dmz_clearance_cost_brackets_the_published_krw_1_trillion(dmz):
    k = dmz["clearance"]
    assert k["currency"] == "KRW"
    assert k["cost_dist"]["p05"] < 1e12 < k["cost_dist"]["p95"]


def test_world_yardstick(dmz):
    k = dmz["clearance"]
    assert k["world_capacity_years"] == pytest.approx(114.08 / 219.31)
    assert k["world_capacity"]["source"].startswith("ICBL-CMC Landmine and Cluster Munition Monitor")
