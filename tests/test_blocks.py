"""Production, cost, clearance, calibration and exposure on hand-computed cases."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from minebelt import Clearance, Cost, Production, Scenario, Section, estimate, model
from minebelt.errors import InputError
from minebelt.exposure import Places, exposure_near
from minebelt.scenario import Defaults


def test_years_to_produce_hand_cases():
    # no ramp: 1.2 M mines at 100k/yr = 12 years
    assert model.years_to_produce(1.2e6, 1e5)[()] == pytest.approx(12.0)
    # 2-year ramp: cum(t) = cap*t^2/(2R) for t<R; 50k by t=1 with cap 100k, R=2 -> 100k*1/4=25k at t=1
    assert model.years_to_produce(25_000, 1e5, 2.0)[()] == pytest.approx(1.0)
    # after the ramp: need = cap*(t - R/2) -> 1e6 = 1e5*(t-1) -> t = 11
    assert model.years_to_produce(1e6, 1e5, 2.0)[()] == pytest.approx(11.0)
    # stock covers it
    assert model.years_to_produce(5e5, 1e5, 0.0, 6e5)[()] == 0.0


def test_clearance_hand_case():
    out = model.clearance_effort(area_km2=1.0, full_clearance_share=0.5, productivity_m2_per_deminer_day=25, working_days_per_year=200, deminers=10, cost_per_m2=5)
    assert out["area_to_clear_km2"][()] == 0.5
    assert out["deminer_years"][()] == pytest.approx(500_000 / (25 * 200))  # 100 deminer-years
    assert out["calendar_years"][()] == pytest.approx(10.0)
    assert out["cost"][()] == pytest.approx(2.5e6)


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


def test_blocks_in_estimate():
    sc = _full(
        production=Production(start_year=2026, capacity_per_year=600_000.0),
        cost=Cost(unit_cost_per_mine=10.0, laying_cost_per_km2=1000.0, fence_cost_per_km=100.0),
        clearance=Clearance(productivity_m2_per_deminer_day=20.0, working_days_per_year=200.0, deminers=100.0, cost_per_m2=4.0),
    )
    doc = estimate(sc).document
    mines = 150 * 2 * 6000  # 1.8 M
    assert doc["production"]["years_to_fill"] == pytest.approx(mines / 600_000)
    assert doc["production"]["year_complete"] == pytest.approx(2029.0)
    assert doc["cost"]["total"] == pytest.approx(mines * 10 + 300 * 1000 + 150 * 100)
    assert doc["cost"]["by_country"]["POL"]["mines_cost"] == pytest.approx(1.2e6 * 10)
    area_m2 = 300e6
    assert doc["clearance"]["deminer_years"] == pytest.approx(area_m2 / (20 * 200))
    assert doc["clearance"]["calendar_years"] == pytest.approx(area_m2 / (20 * 200) / 100)
    assert doc["clearance"]["cost"] == pytest.approx(area_m2 * 4)
    ratio = doc["clearance"]["laying_vs_clearing"]["clearance_to_build_ratio"]
    assert ratio == pytest.approx(area_m2 * 4 / doc["cost"]["total"])
    assert doc["calibration"]["denser_than_any_barrier_built"]  # 12,000 mines/km of front


def test_cited_defaults_and_required_fields():
    sc = _full(clearance=Clearance(working_days_per_year=200.0, deminers=100.0))
    doc = estimate(sc).document
    assert any("HALO" in s for s in doc["clearance"]["sources"])
    assert doc["clearance"]["inputs"]["productivity_m2_per_deminer_day"] == "10 to 50"
    with pytest.raises(InputError, match="working_days_per_year"):
        from minebelt.scenario import scenario_from_dict

        scenario_from_dict({"name": "x", "defaults": {"depth_km": 2, "density": 6000}, "sections": [{"name": "a", "country": "POL", "border": "BLR", "length_km": 10}], "clearance": {"deminers": 5}})


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


def test_blocks_with_monte_carlo_have_dist():
    sc = _full(production=Production(start_year=2026, capacity_per_year="400000 to 800000"))
    doc = estimate(sc, samples=5000, seed=2).document
    d = doc["production"]["years_to_fill_dist"]
    assert d["p05"] < doc["production"]["years_to_fill"] < d["p95"]


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
    from minebelt.exposure import PlaceDistances, place_distances

    combined = PlaceDistances.combine([place_distances(a, pl), place_distances(b, pl)])
    direct = place_distances(shapely.union(a, b), pl)
    np.testing.assert_array_equal(combined.index, direct.index)
    np.testing.assert_allclose(combined.distance_km, direct.distance_km, rtol=1e-3, atol=0.02)
    inside = shapely.contains_xy(a, pl.lon, pl.lat) | shapely.contains_xy(b, pl.lon, pl.lat)
    assert inside.sum() > 0
    assert np.all(combined.distance_km[np.isin(combined.index, np.nonzero(inside)[0])] == 0.0)
    assert 0 < len(combined.index) < n
    # a place in the hole is outside the belt: its distance is to the hole's edge, ~1.1 km
    hole = Places(lon=np.array([24.55]), lat=np.array([60.0]), population=np.array([5000]),
                  country=np.array(["FIN"]), names=["hole"], meta={})
    assert place_distances(b, hole).distance_km[0] == pytest.approx(0.01 * 111.4, rel=0.01)
