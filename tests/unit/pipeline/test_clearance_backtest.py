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
    # the mine rate the same programme reported: about 500 a year (2018) to 1,400 (2008)
    assert k["calendar_years_by_mines"] == pytest.approx(1.27e6 / 950, rel=0.001)
    assert "South Korea destroyed as many mines a year as it reported destroying (2008\u20132018: 500\u20131,400 mines)" in k["calendar_years_by_mines_capacity"]


PUBLISHED = (200, 489)  # Army 2018 (all 11 battalions, ~116 km2) and MND (unidentified minefields only)


def _overlaps(lo: float, hi: float) -> bool:
    return lo <= PUBLISHED[1] and hi >= PUBLISHED[0]


@pytest.mark.xfail(strict=True, reason="documented miss (docs/model.md): South Korea's reported pace gives 585-1,086 years, above 200-489")
def test_default_path_lands_in_the_published_range(dmz):
    d = dmz["clearance"]["calendar_years_dist"]
    assert _overlaps(d["p05"], d["p95"])


def _croatia_on_the_dmz(dmz) -> tuple[tuple[float, float], tuple[float, float]]:
    """Croatia's rates on the DMZ as built (examples/korea-dmz.toml): (area years lo-hi, mine years lo-hi),
    the two methods behind the eastern-flank headline, through the same model function."""
    from minebelt import model
    from minebelt.model.clearance_programmes import NATIONAL_PROGRAMMES

    hrv = NATIONAL_PROGRAMMES["HRV"]
    (a_lo, a_hi), (m_lo, m_hi) = hrv.span, hrv.mines_span
    area, mines = dmz["clearance"]["cleared_km2"], dmz["totals"]["mines"]
    by_area = (float(model.years_at_capacity(area, a_hi)), float(model.years_at_capacity(area, a_lo)))
    by_mines = (float(model.years_at_capacity(mines, m_hi)), float(model.years_at_capacity(mines, m_lo)))
    return by_area, by_mines


def test_croatias_two_rates_on_the_dmz(dmz):
    """Croatia's area rate (30.4-58 km2 a year) and mine rate (1,393-2,530 AP mines a year) on the
    DMZ's 114 km2 and 1.27 M mines: 2.0-3.8 years by area, 502-912 years by mines. The area rate
    misses the published 200-489 years by 50-250 times; the mine rate misses it by 3 % at its fast
    end (documented misses, docs/model.md "Back-test: the Korean DMZ")."""
    (a_lo, a_hi), (m_lo, m_hi) = _croatia_on_the_dmz(dmz)
    assert (a_lo, a_hi) == (pytest.approx(AREA / 58), pytest.approx(AREA / 30.4))
    assert (a_lo, a_hi) == (pytest.approx(1.97, abs=0.01), pytest.approx(3.75, abs=0.01))
    assert (m_lo, m_hi) == (pytest.approx(502, abs=1), pytest.approx(912, abs=1))
    assert PUBLISHED[0] / a_hi > 50  # the area method is two orders of magnitude short
    assert m_lo / PUBLISHED[1] < 1.03  # the mine method is just above the published range


@pytest.mark.xfail(strict=True, reason="documented miss (docs/model.md): Croatia's area rate gives 2.0-3.8 years on the DMZ, against 200-489 published")
def test_croatias_area_rate_lands_in_the_published_range(dmz):
    assert _overlaps(*_croatia_on_the_dmz(dmz)[0])


@pytest.mark.xfail(strict=True, reason="documented miss (docs/model.md): Croatia's mine rate gives 502-912 years on the DMZ, just above 200-489 published")
def test_croatias_mine_rate_lands_in_the_published_range(dmz):
    assert _overlaps(*_croatia_on_the_dmz(dmz)[1])


def test_the_armys_200_years_implies_about_three_to_six_times_the_reported_pace():
    """The Army's 200 years put all 11 forward engineer battalions on about 116 km2 (40 x Yeouido):
    0.58 km2 a year, 2.9 x the upper end and 5.8 x the lower end of the reported pace."""
    implied = FACTS["DMZ_ARMY_MINED_AREA_KM2"].value / FACTS["DMZ_CLEARANCE_YEARS_ALL_BATTALIONS"].value
    assert implied == pytest.approx(0.58)
    assert implied / (FACTS["KOREA_CLEARANCE_M2_PER_YEAR_HIGH"].value / 1e6) == pytest.approx(2.9)
    assert implied / (FACTS["KOREA_CLEARANCE_M2_PER_YEAR_LOW"].value / 1e6) == pytest.approx(5.8)


def test_consistency_check_against_the_jcs_2021_plan(scenarios):
    """Consistency check against a plan, not a back-test against an outturn: 630,000 m2 is what 34
    engineer units planned for the 2021 season (JCS via Yonhap), not what they cleared. At that
    planned pace 114 km2 takes 181 years, within 10 % of the Army's 200 years (which assumed all 11
    forward engineer battalions: a force not shown to be the same as the 34 units)."""
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


def test_model_md_quotes_the_back_test_as_computed(dmz, scenarios):
    """docs/model.md's back-test figures are the output's (20,000 samples, seed 1), not hand-typed."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[3] / "docs" / "model.md").read_text(encoding="utf-8")
    section = text[text.index("### Back-test: the Korean DMZ"):text.index("### Build and clearance side by side")]
    k = dmz["clearance"]
    d = k["calendar_years_dist"]
    assert f"**{k['calendar_years']:,.0f}** (90 %: {d['p05']:,.0f}\u2013{d['p95']:,.0f})" in section
    assert f"**{k['calendar_years_by_mines']:,.0f}** (point value)" in section
    (a_lo, a_hi), (m_lo, m_hi) = _croatia_on_the_dmz(dmz)
    assert f"**{a_lo:.1f}\u2013{a_hi:.1f}**" in section and f"**{m_lo:,.0f}\u2013{m_hi:,.0f}**" in section
    c = k["cost_dist"]
    assert f"KRW {c['p05'] / 1e12:.2f}\u2013{c['p95'] / 1e12:.2f} trillion" in section
    plan = estimate(scenarios[1]).document["clearance"]["calendar_years"]
    assert f"**{plan:,.0f} years**" in section
