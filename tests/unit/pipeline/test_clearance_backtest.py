"""Back-test: the Korean DMZ's minefields, cleared on minebelt's default path (South Korea's own
reported national pace), against what Korean sources published. docs/model.md, "Back-test: the
Korean DMZ", explains each published figure's scope and why the default path lands above them.

No capacity here is derived from a published clearance time (the old 0.57 km2 a year was the
Army's 200 years turned back into a capacity, so the test could not fail). Consistency checks
are named as such.
"""

from __future__ import annotations

import pytest

from minebelt import estimate, load_scenarios
from minebelt.model.facts import FACTS

AREA = 114.08  # 248 km x 0.46 km, the DMZ's mined area as built (seed 001: "over 114 km2")


@pytest.fixture(scope="module")
def scenarios():
    from conftest import EXAMPLES

    return load_scenarios(EXAMPLES / "korea-dmz.toml")


@pytest.fixture(scope="module")
def dmz(scenarios):
    sc = scenarios[0]
    assert "as built" in sc.name and sc.clearance.capacity_km2_per_year is None  # the default path
    return estimate(sc, samples=20_000, seed=1).document


def test_dmz_as_built_matches_the_published_dmz(dmz):
    assert dmz["totals"]["area_km2"] == pytest.approx(AREA)
    assert dmz["totals"]["mines"] == pytest.approx(1.27e6, rel=0.001)


def test_default_path_at_the_reported_national_pace(dmz):
    """South Korea's own programme: 100,000-200,000 m2 a year (Asia Economy, 2018; 200,000 m2 in
    the 2008 season, JCS), uniform: 114 km2 takes 585-1,086 years (90 %), median 761."""
    k = dmz["clearance"]
    prog = k["capacity"]["by_country"]["KOR"]
    assert prog["own_programme"] and prog["km2_per_year"] == "uniform 0.1 to 0.2"
    assert k["calendar_years"] == pytest.approx(AREA / 0.15, rel=1e-6)  # the point value: the capacity's median
    d = k["calendar_years_dist"]
    assert d["p05"] == pytest.approx(AREA / 0.195, rel=0.01) and d["p95"] == pytest.approx(AREA / 0.105, rel=0.01)
    assert k["calendar_years_interval_varies"] == "capacity only"  # the belt is stated: only the pace varies
    # outside the published 200-489 years: docs/model.md explains each figure's scope
    assert d["p05"] > FACTS["KOREA_UNIDENTIFIED_CLEARANCE_YEARS"].value > FACTS["DMZ_CLEARANCE_YEARS_ALL_BATTALIONS"].value


def test_the_armys_200_years_implies_about_three_to_six_times_the_reported_pace():
    """The Army's 200 years put all 11 forward engineer battalions on about 116 km2 (40 x Yeouido):
    0.58 km2 a year, 2.9 x the upper end and 5.8 x the lower end of the reported pace."""
    implied = FACTS["DMZ_ARMY_MINED_AREA_KM2"].value / FACTS["DMZ_CLEARANCE_YEARS_ALL_BATTALIONS"].value
    assert implied == pytest.approx(0.58)
    assert implied / (FACTS["KOREA_CLEARANCE_M2_PER_YEAR_HIGH"].value / 1e6) == pytest.approx(2.9)
    assert implied / (FACTS["KOREA_CLEARANCE_M2_PER_YEAR_LOW"].value / 1e6) == pytest.approx(5.8)


def test_independent_capacity_the_jcs_planned_for_2021(scenarios):
    """A capacity no published clearance time was derived from: 630,000 m2 planned by 34 engineer
    units for the 2021 season (JCS via Yonhap). It clears 114 km2 in 181 years, within 10 % of the
    Army's 200 years with a force of the same order (11 battalions)."""
    sc = scenarios[1]
    assert "2021" in sc.name and sc.clearance.capacity_km2_per_year == pytest.approx(FACTS["KOREA_JCS_PLAN_2021_M2"].value / 1e6)
    k = estimate(sc).document["clearance"]
    assert k["calendar_years"] == pytest.approx(AREA / 0.63)
    assert k["calendar_years"] == pytest.approx(FACTS["DMZ_CLEARANCE_YEARS_ALL_BATTALIONS"].value, rel=0.10)


def test_consistency_check_of_the_489_years():
    """Consistency check (not a reproduction): the 489 years cover the 90.78 km2 of unidentified
    minefields only; at the reported pace those take 454-908 years, which contains 489."""
    area = FACTS["KOREA_UNIDENTIFIED_AREA_KM2"].value
    lo, hi = area / 0.2, area / 0.1
    assert lo == pytest.approx(453.9) and hi == pytest.approx(907.8)
    assert lo <= FACTS["KOREA_UNIDENTIFIED_CLEARANCE_YEARS"].value <= hi


def test_the_469_years_cover_the_whole_peninsula(dmz):
    """469 years and about KRW 1 trillion are for all mines on the Korean peninsula (about 661 km2,
    North included): not comparable with the South's 114 km2, and the output says so."""
    ref = {r["value"]: r for r in dmz["clearance"]["dmz_reference"]}
    assert "all mines on the Korean peninsula" in ref[469]["figure"]
    assert "unidentified minefields only" in ref[489]["figure"]
    assert "all 11 forward engineer battalions" in ref[200]["figure"]
    assert FACTS["KOREA_PENINSULA_MINED_AREA_KM2"].value / AREA > 5


def test_world_yardsticks(dmz):
    k = dmz["clearance"]
    assert k["world_capacity_years"] == pytest.approx(AREA / 281.50)
    assert k["world_capacity_years_by_mines"] == pytest.approx(1.27e6 / 160_566, rel=0.001)
    assert k["world_capacity"]["source"].startswith("ICBL-CMC Landmine Monitor, relayed by wom.ch")


def test_density_note_keeps_the_counts_scope(dmz):
    """South Korea's 2008 season: 1,400 mines (all types, JCS via MBN) over 0.2 km2, one year:
    'about 7,000 mines', neither a degenerate '7,000-7,000' nor called anti-personnel."""
    note = dmz["clearance"]["capacity"]["density_note"]
    assert "destroyed about 7,000 mines per km\u00b2 it cleared (2008)" in note
    assert "anti-personnel" not in note and "7,000\u20137,000" not in note
