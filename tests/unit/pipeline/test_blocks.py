"""Production, cost, clearance, calibration and exposure on hand-computed cases."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from minebelt import Clearance, Cost, Production, Scenario, Section, estimate, model
from minebelt.data.places import Places
from minebelt.errors import InputError
from minebelt.geo.exposure import exposure_near
from minebelt.scenario import CapacityEntry, Defaults


def test_years_to_produce_hand_cases():
    # no ramp: 1.2 M mines at 100k/yr = 12 years
    assert model.years_to_produce(1.2e6, 1e5)[()] == pytest.approx(12.0)
    # 2-year ramp: cum(t) = cap*t^2/(2R) for t<R; 50k by t=1 with cap 100k, R=2 -> 100k*1/4=25k at t=1
    assert model.years_to_produce(25_000, 1e5, 2.0)[()] == pytest.approx(1.0)
    # after the ramp: need = cap*(t - R/2) -> 1e6 = 1e5*(t-1) -> t = 11
    assert model.years_to_produce(1e6, 1e5, 2.0)[()] == pytest.approx(11.0)
    # stock covers it
    assert model.years_to_produce(5e5, 1e5, 0.0, 6e5)[()] == 0.0


def test_land_release_and_capacity_hand_cases():
    lr = model.land_release(100.0, 0.1, 0.25, 0.25, 0.5)
    assert lr["area_to_address_km2"][()] == pytest.approx(110.0)
    assert lr["cancelled_nts_km2"][()] == pytest.approx(27.5)
    assert lr["cleared_km2"][()] == pytest.approx(55.0)
    # 100 deminers x 20 m2 + 2 machines x 2,000 m2 + 5 dog teams x 850 m2, 200 days -> 2.05 km2/yr
    cap = model.capacity_from_resources(200, 100, 20, 2, 2000, 5, 850)
    assert cap[()] == pytest.approx(200 * (2000 + 4000 + 4250) / 1e6)
    assert model.years_at_capacity(55.0, 2.05)[()] == pytest.approx(55 / 2.05)
    assert model.clearance_cost(0.5, 5.0)[()] == pytest.approx(2.5e6)


def test_korean_489_years_is_consistent_with_the_reported_pace():
    """A consistency check, not a reproduction: the Ministry's 489 years for the 90.78 km2 of
    unidentified minefields (kmhpf.org) implies 0.186 km2 a year, inside the 100,000-200,000 m2 a
    year Asia Economy reports as the actual national pace."""
    from minebelt.model.facts import FACTS

    implied = FACTS["KOREA_UNIDENTIFIED_AREA_KM2"].value / FACTS["KOREA_UNIDENTIFIED_CLEARANCE_YEARS"].value
    assert implied == pytest.approx(0.1856, abs=1e-4)
    assert (
        FACTS["KOREA_CLEARANCE_M2_PER_YEAR_LOW"].value / 1e6
        <= implied
        <= FACTS["KOREA_CLEARANCE_M2_PER_YEAR_HIGH"].value / 1e6
    )


def test_build_cost_not_costed_parts():
    out = model.build_cost(1000.0, 10.0, 2.0, None, 5.0, 100.0)
    assert out["laying_cost"] is None
    assert out["fence_cost"][()] == 500.0
    assert out["total"][()] == pytest.approx(10_000 + 500)


def _full(**kw):
    return Scenario(
        name="full",
        defaults=Defaults(depth_km=2.0, density=6000.0),
        sections=[
            Section(name="a", country="POL", border="BLR", length_km=100.0),
            Section(name="b", country="FIN", border="RUS", length_km=50.0),
        ],
        **kw,
    )


def _ap(country: str, n: float) -> CapacityEntry:
    return CapacityEntry(
        producer=f"{country} plant", country=country, mines_per_year=n, scope="anti-personnel", year=2026, source="test"
    )


def test_blocks_in_estimate():
    sc = _full(
        production=Production(capacity=[_ap("POL", 400_000.0), _ap("FIN", 300_000.0)], start_year=2026),
        cost=Cost(unit_cost_per_mine=10.0, laying_cost_per_km2=1000.0, fence_cost_per_km=100.0),
        clearance=Clearance(
            deminers=100.0, productivity_m2_per_deminer_day=20.0, working_days_per_year=200.0, cost_per_m2=4.0
        ),
    )
    doc = estimate(sc).document
    mines = 150 * 2 * 6000  # 1.8 M: POL 1.2 M, FIN 0.6 M
    p = doc["production"]
    assert p["by_country"]["POL"]["years_to_fill"] == pytest.approx(1.2e6 / 400_000)
    assert p["by_country"]["FIN"]["years_to_fill"] == pytest.approx(0.6e6 / 300_000)
    assert p["years_to_fill"] == pytest.approx(3.0) and p["year_complete"] == pytest.approx(2029.0)
    assert p["years_to_fill_is"] == "estimate" and p["capacity_scope"] == "anti-personnel"
    c = doc["cost"]
    assert c["total"] == pytest.approx(mines * 10 + 300 * 1000 + 150 * 100)
    assert c["complete"] and c["not_costed"] == []
    assert c["by_country"]["POL"]["mines_cost"] == pytest.approx(1.2e6 * 10)
    k = doc["clearance"]
    area_m2 = 300e6
    cap_km2 = 100 * 20 * 200 / 1e6  # 0.4 km2 a year for the whole belt
    assert k["cleared_km2"] == pytest.approx(300.0)  # the whole belt is a confirmed hazardous area
    # the stated method mix searches the ground; each mine still takes the fitted deminer effort
    mines_rate = 23.77  # median of the fitted 90 % interval, legacy belts, mines per deminer-year
    assert k["calendar_years"] == pytest.approx(300 / cap_km2 + mines / mines_rate / 100, rel=1e-3)
    assert k["cost"] == pytest.approx(area_m2 * 4)
    # the yardsticks: the newest year on record (2023, Landmine Monitor 2024, relayed), by area and by mines
    assert k["world_capacity_years"] == pytest.approx(300 / 281.50)
    assert k["world_capacity_years_by_mines"] == pytest.approx(mines / 160_566)
    w = k["world_capacity"]
    assert w["year"] == 2023 and "States Parties" in w["scope"] and w["relayed"] and w["certainty"] == "medium"
    assert (
        w["label"]
        == "the area States Parties cleared of anti-personnel mine contamination in 2023 (Landmine Monitor 2024, via wom.ch)"
    )
    assert k["calendar_years_interval_varies"] == "the fitted rates"  # a point run: the rates' interval alone
    assert k["unrecorded_allowance_note"].startswith("assumes complete records")
    assert [a["value"] for a in k["unrecorded_allowance_alternatives"]] == [0.025, 0.056, 0.8]
    assert k["vs_build"]["clearance_to_build_ratio"] == pytest.approx(area_m2 * 4 / c["total"])
    assert doc["calibration"]["denser_than_every_barrier_in_table"]  # 12,000 mines/km of front
    assert "denser_than_any_barrier_built" not in doc["calibration"]  # removed: it read as "any barrier ever built"


def test_empty_blocks_use_cited_defaults():
    sc = _full(production=Production(), cost=Cost(), clearance=Clearance())
    doc = estimate(sc).document
    p, c, k = doc["production"], doc["cost"], doc["clearance"]
    # production: Belma's all-types 2026 capacity, Poland only: a time at that capacity for POL, FIN not estimated
    assert p["by_country"]["POL"]["years_to_fill"] == pytest.approx(1.2e6 / 1.2e6)
    assert p["by_country"]["POL"]["years_to_fill_is"] == "all-types capacity"
    assert p["by_country"]["FIN"]["years_to_fill"] is None and p["years_to_fill"] is None
    assert (
        p["capacity"][0]["scope"] == "all-types"
        and p["capacity"][0]["year"] == 2026
        and "Reuters" in p["capacity"][0]["source"]
    )
    assert p["start_year"] == 2026
    # cost: mines at EUR 20-200 (median sqrt(20 x 200)) at the ECB rate of the Finnish Army's
    # statement (2026-01-14: 1.1651 USD/EUR); the fence proxy uniform between three barriers, each at
    # the ECB rate of its date: Lithuania EUR 152 M / 502 km (2022-08-29: 0.9986), Poland PLN 1.6 bn /
    # 186.25 km (2022-06-30: 1.0387 USD and 4.6904 PLN per EUR), Finland EUR 380 M / 200 km (2022-11-15: 1.0404)
    unit = (20 * 200) ** 0.5 * 1.1651
    ltu, pol, fin = 152e6 / 502 * 0.9986, 1.6e9 / 186.25 * 1.0387 / 4.6904, 1.9e6 * 1.0404
    assert pol == pytest.approx(1.902e6, rel=1e-3)
    fence = (ltu + fin) / 2  # median of the uniform between the cheapest and the dearest
    assert c["mines_cost"] == pytest.approx(1.8e6 * unit, rel=1e-6)
    assert c["fence_cost"] == pytest.approx(150 * fence, rel=1e-6)
    assert c["laying_cost"] is None and c["not_costed"] == ["laying"] and not c["complete"]
    rates = {(x["from"], x["price_date"]): x["rate"] for x in c["exchange_rate"]["conversions"]}
    assert (
        rates[("EUR", "2026-01-14")] == 1.1651
        and rates[("EUR", "2022-08-29")] == 0.9986
        and rates[("EUR", "2022-11-15")] == 1.0404
    )
    assert rates[("PLN", "2022-06-30")] == pytest.approx(1.0387 / 4.6904)
    assert c["exchange_rate"]["attribution"] == "Source: ECB statistics"
    assert c["price_years"] == {"mines_cost": "2026", "fence_cost": "2022"} and "mixed price years" in c["price_basis"]
    assert (
        c["fence_is_proxy"]
        and c["fence_label"] == "border-fence proxy (anti-migration barriers: Lithuania, Finland, Poland)"
    )
    assert "Art. 5(2)(a)" in c["fence_note"] and "not of marking a minefield" in c["fence_note"]
    # clearance: the default workforce (Ukraine's 4,021 certified deminers) at the fitted
    # productivities; Croatia's rates stay as labelled yardsticks (uniform 30.4-58 km2, median 44.2;
    # 1,393-2,530 AP mines a year, median 1,961.5), in parallel: the longest, Poland's 1.2 M mines
    assert k["workforce"]["preset"] == "ukraine-2024" and k["workforce"]["chosen"] == "default"
    assert k["headline"].endswith(
        "with a force of 4,021 deminers, the size of the workforce of Ukraine's certified mine action operators (2024)"
    )
    assert k["condition"] == {"key": "legacy", "text": k["condition"]["text"], "chosen": "default"}
    effort = 1.8e6 / 23.77 + 300e6 / 42_340  # the fitted medians, legacy belts
    assert k["calendar_years"] == pytest.approx(effort / 4_021, rel=1e-3)
    y = k["yardsticks"]
    assert y["area_rate"]["years"] == pytest.approx(200 / 44.2) and y["area_rate"]["label"] == "area-rate yardstick"
    assert (
        y["area_rate"]["condition"]
        == "if each country cleared as much as Croatia did in a year (2017\u20132023: 30.4\u201358 km\u00b2)"
    )
    note = y["area_rate"]["density_note"]
    # Croatia: 1,393 AP mines / 30.4 km2 (2017) = 45.8, 2,530 / 39.16 (2019) = 64.6 per km2; the belt's
    # 6,000 per km2 is 6,000 / 64.6 = 93 to 6,000 / 45.8 = 131 times as many: the whole range
    assert (
        "46\u201365 anti-personnel mines per km\u00b2" in note
        and "against 6,000 per km\u00b2 in the belts it stands for: 93\u2013131 times as many" in note
    )
    assert y["mine_rate"]["years"] == pytest.approx(1.2e6 / 1961.5)
    # cost: uniform between the two dense-belt outturns per m2 at 2025 prices (CPI-U), median the mean
    rows = {r["key"]: r for r in k["cost_outturns"]}
    per_m2 = (rows["nicaragua"]["usd_per_m2"] + rows["cyprus-2004-2005"]["usd_per_m2"]) / 2
    # Nicaragua USD 81.3 M / 11.92 km2 in 2007 dollars; CPI-U 321.943 (2025) / 207.342 (2007)
    assert rows["nicaragua"]["usd_per_m2"] == pytest.approx(81.3e6 / 11.92e6 * 321.943 / 207.342)
    assert k["cost_from_area"]["cost"] == pytest.approx(300e6 * per_m2)  # the per-m\u00b2 cross-check
    # the headline cost: each country's deminer-years at the median cost per deminer-year of its wage level
    levels = k["cost_per_deminer_year"]["by_wage_level"]
    rate = {c: (b["low"] + b["high"]) / 2 for b in levels for c in b["countries"]}
    assert k["cost_basis"] == "effort"
    assert k["cost"] == pytest.approx(sum(r["deminer_years"] * rate[c] for c, r in k["by_country"].items()))
    assert k["cost_price_years"] == "2025" and k["cost_price_basis"].startswith("USD at 2025 prices")
    alt = k["cost_alternative"]
    assert (
        # the 2006 span (USD 2 and 39 a m²) deflated to the headline's price year
        alt["cost_high"] / alt["cost_low"] == pytest.approx(39 / 2)
        and alt["cost_low"] > 300e6 * 2
        and "2006" in alt["price_basis"]
    )
    assert k["vs_build"]["clearance_to_build_ratio"] is None and "laying" in k["vs_build"]["ratio_note"]
    assert k["land_release"]["method"] == "confirmed-belt"


def test_all_types_capacity_is_conditional_and_pooling():
    sc = _full(
        production=Production(
            capacity=[
                CapacityEntry(
                    producer="Belma",
                    country="POL",
                    mines_per_year=1.2e6,
                    scope="all-types",
                    year=2026,
                    source="Reuters",
                )
            ],
            pooled_by=["POL", "FIN"],
        )
    )
    p = estimate(sc).document["production"]
    assert p["years_to_fill"] == pytest.approx(1.8e6 / 1.2e6)
    assert p["years_to_fill_is"] == "all-types capacity"
    assert (
        p["years_to_fill_condition"]
        == "at Belma's stated 2026 capacity alone (all types), if all of it were anti-personnel"
    )
    assert [o["country"] for o in p["other_producers"]] == ["FIN"] and not p["other_producers"][0]["counted"]
    assert p["groups"][0]["countries"] == ["POL", "FIN"] and "POL, FIN pool" in p["pooling"]


def test_fence_on_land_front_only(examples):
    """A measured belt that skips water is fenced along its land km, not its whole length."""
    from minebelt import load_scenario

    sc = load_scenario(examples / "eastern-flank.toml").model_copy(
        update={"cost": Cost(unit_cost_per_mine=1.0, fence_cost_per_km=1.0)}
    )
    sc.sections = [s for s in sc.sections if s.name == "Estonia - Russia"]
    doc = estimate(sc, with_geometry=False).document
    row = doc["sections"][0]
    assert row["water_km"] > 100  # Narva River and Lake Peipus
    assert doc["cost"]["fence_km"] == pytest.approx(row["land_km"])
    assert doc["cost"]["fence_cost"] == pytest.approx(row["land_km"])


def test_required_fields_without_a_source():
    from minebelt.scenario import scenario_from_dict

    base = {
        "name": "x",
        "defaults": {"depth_km": 2, "density": 6000},
        "sections": [{"name": "a", "country": "POL", "border": "BLR", "length_km": 10}],
    }
    scenario_from_dict({**base, "clearance": {"deminers": 5}})  # deminers alone is enough
    with pytest.raises(InputError, match="working_days_per_year"):
        scenario_from_dict({**base, "clearance": {"deminers": 5, "productivity_m2_per_deminer_day": 20}})
    with pytest.raises(InputError, match="productivity_m2_per_machine_day"):
        scenario_from_dict({**base, "clearance": {"machines": 5, "working_days_per_year": 200}})
    with pytest.raises(InputError, match="not capacity_km2_per_year and deminers"):
        scenario_from_dict(
            {**base, "clearance": {"capacity_km2_per_year": 5, "deminers": 5, "working_days_per_year": 200}}
        )
    with pytest.raises(InputError, match="shares must sum to 1"):
        scenario_from_dict(
            {**base, "clearance": {"land_release": {"cancelled_nts": 0.5, "reduced_ts": 0.5, "cleared": 0.5}}}
        )
    with pytest.raises(InputError, match="no ECB reference rate for XYZ"):
        scenario_from_dict({**base, "cost": {"currency": "XYZ"}})
    with pytest.raises(InputError, match=r"no capacity for POL \(given: FIN, NOR; needed: POL\)"):
        scenario_from_dict({**base, "clearance": {"capacity_km2_per_year_by_country": {"NOR": 3, "FIN": 5}}})
    with pytest.raises(InputError, match="scope"):
        scenario_from_dict(
            {
                **base,
                "production": {
                    "capacity": [
                        {
                            "producer": "p",
                            "country": "POL",
                            "mines_per_year": 5,
                            "scope": "some",
                            "year": 2026,
                            "source": "s",
                        }
                    ]
                },
            }
        )


def test_negative_productivity_is_refused():
    from minebelt.scenario import scenario_from_dict

    with pytest.raises(InputError, match="productivity_m2_per_deminer_day"):
        scenario_from_dict(
            {
                "name": "x",
                "defaults": {"depth_km": 2, "density": 6000},
                "sections": [{"name": "a", "country": "POL", "border": "BLR", "length_km": 10}],
                "clearance": {"deminers": 5, "working_days_per_year": 200, "productivity_m2_per_deminer_day": -3},
            }
        )


def test_blocks_with_monte_carlo_have_dist_and_list_every_input():
    sc = _full(
        production=Production(
            capacity=[_ap("POL", 500_000.0), _ap("FIN", 500_000.0)], start_year=2026, pooled_by=["POL", "FIN"]
        ),
        cost=Cost(),
        clearance=Clearance(capacity_km2_per_year="5 to 20"),
    )
    sc.production.capacity[0].mines_per_year = "400000 to 800000"
    doc = estimate(sc, samples=5000, seed=2).document
    d = doc["production"]["years_to_fill_dist"]
    assert d["p05"] < doc["production"]["years_to_fill"] < d["p95"]
    k = doc["clearance"]
    assert k["calendar_years_dist"]["p05"] < k["calendar_years"] < k["calendar_years_dist"]["p95"]
    keys = {e["key"] for e in doc["inputs"]}
    assert {
        "production.capacity[0].mines_per_year",
        "cost.unit_cost_per_mine",
        "cost.fence_cost_per_km",
        "clearance.cost_per_m2",
        "clearance.capacity_km2_per_year",
        "clearance.unrecorded_allowance",
    } <= keys
    assert next(e for e in doc["inputs"] if e["key"] == "clearance.capacity_km2_per_year")["uncertain"]


def test_stated_sections_have_no_exposure():
    doc = estimate(_full()).document
    assert "exposure" not in doc  # no geometry at all: the block is absent


def test_exposure_synthetic_places_at_known_distances():
    # belt: a 0.1 degree wide strip west of 25 E at 60 N; places east of it at known distances
    belt = shapely.box(24.9, 59.5, 25.0, 60.5)
    km_per_deg_lon = 111.32 * np.cos(np.radians(60.0))  # ~55.8 km
    offsets_km = np.array([0.0, 0.5, 3.0, 7.0, 12.0])
    pl = Places(
        lon=25.0 + offsets_km / km_per_deg_lon,
        lat=np.full(5, 60.0),
        population=np.array([1000, 2000, 3000, 4000, 5000]),
        country=np.array(["FIN"] * 5),
        names=["p0", "p05", "p3", "p7", "p12"],
        meta={},
    )
    out = exposure_near(belt, pl)
    assert out["within_1km"] == {"places": 2, "population": 3000}
    assert out["within_5km"] == {"places": 3, "population": 6000}
    assert out["within_10km"] == {"places": 4, "population": 10000}
    assert [p["name"] for p in out["largest_places"]] == ["p7", "p3", "p05", "p0"]
    assert out["largest_places"][0]["distance_km"] == pytest.approx(7.0, rel=0.01)


def test_exposure_of_a_union_is_the_minimum_over_its_parts():
    # two belts 0.4 degrees apart; places between, inside and beyond them
    a = shapely.box(24.0, 59.9, 24.1, 60.1)
    b = shapely.box(24.5, 59.9, 24.6, 60.1).difference(shapely.box(24.53, 59.99, 24.57, 60.01))  # with a hole
    rng = np.random.default_rng(7)
    n = 400
    pl = Places(
        lon=rng.uniform(23.6, 25.0, n),
        lat=rng.uniform(59.7, 60.3, n),
        population=rng.integers(1000, 100000, n),
        country=np.array(["FIN"] * n),
        names=[f"p{i}" for i in range(n)],
        meta={},
    )
    from minebelt.geo.exposure import PlaceDistances, place_distances

    combined = PlaceDistances.combine([place_distances(a, pl), place_distances(b, pl)])
    direct = place_distances(shapely.union(a, b), pl)
    np.testing.assert_array_equal(combined.index, direct.index)
    np.testing.assert_allclose(combined.distance_km, direct.distance_km, rtol=1e-3, atol=0.02)
    inside = shapely.contains_xy(a, pl.lon, pl.lat) | shapely.contains_xy(b, pl.lon, pl.lat)
    assert inside.sum() > 0
    assert np.all(combined.distance_km[np.isin(combined.index, np.nonzero(inside)[0])] == 0.0)
    assert 0 < len(combined.index) < n
    # a place in the hole is outside the belt: its distance is to the hole's edge, ~1.1 km
    hole = Places(
        lon=np.array([24.55]),
        lat=np.array([60.0]),
        population=np.array([5000]),
        country=np.array(["FIN"]),
        names=["hole"],
        meta={},
    )
    assert place_distances(b, hole).distance_km[0] == pytest.approx(0.01 * 111.4, rel=0.01)
