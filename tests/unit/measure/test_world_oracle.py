"""The whole world as an oracle: every side of every land border in the bundled data.

For each of the ~650 belts (2 km deep, water skipped) the reported ``area_km2`` must equal an
independent computation of the belt polygon that minebelt writes (edges densified to 0.005°,
``pyproj.Geod.geometry_area_perimeter``: the method of ``belt_oracle.py``), and no belt may be
larger than its front allows.

The upper bound is not ``front km x depth``: a belt on the outside of a bend is wider than its
depth (the round join), and one around an enclave gains a whole disc (Italy around San Marino:
``L d + pi d²``). By Steiner's formula for parallel curves the one-sided zone of a run of front
with net turning ``T`` (radians, towards the belt) has area at most ``L d + T d²/2``; so the
bound here is ``1.01 x front km x depth + d²/2 x sum of |net turning| of each run``, the runs
and their turning taken from the stored border lines, independently of minebelt's geometry.

Random stretches, masks, depths and water rules on random borders are checked the same way with
hypothesis.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mc_oracle import front_lines  # tests/unit/measure (pytest puts it on sys.path)
from pyproj import Geod

from minebelt import Defaults, Scenario, Section, estimate
from minebelt.data.borders import border_lengths, pair_segments
from minebelt.errors import InputError

pytestmark = pytest.mark.slow

DEPTH = 2.0
GEOD = Geod(ellps="WGS84")


def oracle_area_km2(geom) -> float:
    """The written polygon's area as belt_oracle.py takes it: 0.005° edges, geodesic."""
    return abs(GEOD.geometry_area_perimeter(shapely.segmentize(geom, 0.005))[0]) / 1e6


def _net_turning(coords: np.ndarray) -> float:
    """Net signed turning (radians) of a lon/lat polyline, angles in a local conformal plane."""
    mid_lat = np.radians((coords[:-1, 1] + coords[1:, 1]) / 2)
    d = np.column_stack([np.diff(coords[:, 0]) * np.cos(mid_lat), np.diff(coords[:, 1])])
    d = d[np.hypot(d[:, 0], d[:, 1]) > 0]
    if len(d) < 2:
        return 0.0
    a = np.arctan2(d[:, 1], d[:, 0])
    if np.allclose(coords[0], coords[-1]):  # a closed ring (an enclave): the turn at its joint counts too
        a = np.append(a, a[0])
    t = (np.diff(a) + np.pi) % (2 * np.pi) - np.pi
    return float(t.sum())


def steiner_allowance_km2(x: str, y: str, depth: float, along_water: str = "skip") -> float:
    """d²/2 x sum over the belt's runs of |net turning|, from the stored segments of x-y."""
    runs = front_lines(x, y, along_water)
    return depth**2 / 2 * sum(abs(_net_turning(r)) for r in runs if len(r) >= 3)


@pytest.fixture(scope="module")
def world():
    sides = [(r["a"], r["b"]) for r in border_lengths()] + [(r["b"], r["a"]) for r in border_lengths()]
    sc = Scenario(
        name="world",
        defaults=Defaults(depth_km=DEPTH, density=1.0, along_water="skip"),
        sections=[Section(name=f"{x}>{y}", country=x, border=y) for x, y in sides],
    )
    return sides, estimate(sc)


def test_every_belt_of_the_world_equals_its_written_polygon(world):
    sides, res = world
    assert len(sides) > 600
    bad = []
    for row, belt in zip(res.sections, res.belts, strict=True):
        poly = oracle_area_km2(belt) if belt is not None and not belt.is_empty else 0.0
        if abs(row["area_km2"] - poly) > 0.001 * max(poly, 1e-9) and abs(row["area_km2"] - poly) > 1e-6:
            bad.append(f"{row['name']}: reported {row['area_km2']:.3f}, polygon {poly:.3f}")
    assert not bad, "; ".join(bad[:20])


def test_no_belt_of_the_world_is_larger_than_its_front_allows(world):
    sides, res = world
    bad = []
    for (x, y), row in zip(sides, res.sections, strict=True):
        bound = 1.01 * row["belt_front_km"] * DEPTH + steiner_allowance_km2(x, y, DEPTH)
        if row["area_km2"] > bound:
            bad.append(f"{row['name']}: {row['area_km2']:.2f} km2 > {bound:.2f} (front {row['belt_front_km']:.2f} km)")
    assert not bad, "; ".join(bad[:20])


def test_straight_borders_of_the_world_are_land_km_times_depth(world):
    # borders that are long straight lines in lon/lat (22 N, 49 N, 25 E ...): a belt 2 km deep
    # behind a nearly straight front is front x depth within 1 %
    sides, res = world
    rows = {r["name"]: r for r in res.sections}
    for name in ("EGY>SDN", "SDN>EGY", "USA>CAN", "CAN>USA", "LBY>EGY", "EGY>LBY", "DZA>MLI", "MLI>DZA"):
        r = rows[name]
        assert r["area_km2"] == pytest.approx(r["belt_front_km"] * DEPTH, rel=0.025), name


def test_world_lengths_are_the_published_km_scale(world):
    sides, res = world
    lengths = {(r["a"], r["b"]): r for r in border_lengths()}
    for (x, y), row in zip(sides, res.sections, strict=True):
        ref = lengths[tuple(sorted((x, y)))]
        assert row["length_km"] == pytest.approx(ref["length_km"], rel=1e-9)
        assert row["water_km"] == pytest.approx(ref["water_km"], abs=1e-5)


# ----------------------------------------------------------------------------- random fronts

BORDERS = [r for r in border_lengths() if r["land_km"] > 5 and r["length_km"] < 1500]


@st.composite
def fronts(draw):
    r = draw(st.sampled_from(BORDERS))
    x, y = (r["a"], r["b"]) if draw(st.booleans()) else (r["b"], r["a"])
    total = r["length_km"]
    a = draw(st.floats(0.0, total * 0.9))
    b = draw(st.floats(a + 0.05 * total, total))
    mask = None
    if draw(st.booleans()):
        # a box around a random point of the stretch, up to ~2 degrees across
        from minebelt.geo.front import segment_km

        km = draw(st.floats(a, b))
        seg = next(s for s in pair_segments(x, y) if s.start_km <= km <= s.end_km)
        coords, cum = segment_km(seg)
        cx, cy = np.interp(km, cum, coords[:, 0]), np.interp(km, cum, coords[:, 1])
        w, h = draw(st.floats(0.05, 1.0)), draw(st.floats(0.05, 1.0))
        mask = json.loads(shapely.to_geojson(shapely.box(cx - w, cy - h, cx + w, cy + h)))
    depth = draw(st.sampled_from([0.5, 2.0, 5.0]))
    along = draw(st.sampled_from(["skip", "include"]))
    return x, y, a, b, mask, depth, along


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(fronts())
def test_random_stretches_and_masks(front):
    x, y, a, b, mask, depth, along = front
    sc = Scenario(
        name="rand",
        defaults=Defaults(depth_km=depth, density=1.0, along_water=along),
        sections=[Section(name="s", country=x, border=y, from_km=a, to_km=b, mask=mask)],
    )
    try:
        res = estimate(sc)
    except InputError as e:  # a mask may miss the stretch, or hold none of x's land near it
        assert "mask:" in str(e)
        assume(False)
    row = res.sections[0]
    assert row["length_km"] == pytest.approx(row["land_km"] + row["water_km"], rel=1e-6, abs=1e-6)
    assert row["belt_front_km"] == pytest.approx(
        row["land_km"] if along == "skip" else row["length_km"], rel=1e-6, abs=1e-6
    )
    if mask is None:
        assert row["length_km"] == pytest.approx(b - a, rel=1e-6)
    else:
        assert row["length_km"] <= b - a + 1e-6
        assert row["front"]["mask_clipped_km"] == pytest.approx(b - a - row["length_km"], rel=1e-6, abs=1e-6)
        box = shapely.geometry.shape(mask).buffer(1e-6)
        assert shapely.covers(box, res.border_lines[0])
        assert res.belts[0].is_empty or shapely.covers(box, res.belts[0])
    belt = res.belts[0]
    poly = oracle_area_km2(belt) if belt is not None and not belt.is_empty else 0.0
    assert row["area_km2"] == pytest.approx(poly, rel=1e-3, abs=1e-6)
    assert row["mines_per_km_front"] is None or row["mines_per_km_front"] == pytest.approx(
        row["mines"] / row["belt_front_km"]
    )
