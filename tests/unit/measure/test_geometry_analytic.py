"""Geometry with analytic answers: belts along meridians and parallels, known geodesics."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from minebelt.geo.belt import buffer_line
from minebelt.geo.front import substring_km
from minebelt.geo.measure import geodesic_area_km2, geodesic_length_km, vertex_km


@pytest.mark.parametrize("lat0", [0.0, 35.0, 50.0, 60.0, 69.0])
@pytest.mark.parametrize("depth", [1.0, 2.0, 10.0])
def test_one_sided_belt_along_meridian_is_length_times_depth(lat0, depth):
    line = shapely.LineString([(25.0, lat0), (25.0, lat0 + 3.0)])  # ~333 km northward
    length = geodesic_length_km(line)
    belt = buffer_line(line, depth, side="left")  # west side
    area = geodesic_area_km2(belt)
    assert area == pytest.approx(length * depth, rel=0.002)
    assert belt.centroid.x < 25.0  # left of a northward line is west


@pytest.mark.parametrize("lat0", [0.0, 38.0, 54.0, 66.0])
def test_one_sided_belt_along_parallel(lat0):
    # a parallel is not a geodesic: densify so the line follows it
    lons = np.linspace(20.0, 24.0, 400)
    line = shapely.LineString(np.column_stack([lons, np.full_like(lons, lat0)]))
    length = geodesic_length_km(line)
    area = geodesic_area_km2(buffer_line(line, 2.0, side="right"))
    assert area == pytest.approx(length * 2.0, rel=0.003)


def test_two_sided_buffer_has_square_ends():
    line = shapely.LineString([(30.0, 50.0), (30.0, 51.0)])
    length = geodesic_length_km(line)
    area = geodesic_area_km2(buffer_line(line, 2.0))
    assert area == pytest.approx(2 * length * 2.0, rel=1e-4)


def test_bend_keeps_its_round_join():
    # a right-angle bend, belt on the outside: L x D plus a quarter disc at the corner
    line = shapely.LineString([(30.0, 50.0), (30.0, 50.5), (30.7, 50.5)])
    length = geodesic_length_km(line)
    area = geodesic_area_km2(buffer_line(line, 2.0, side="left"))  # left of north-then-east = outside
    assert area == pytest.approx(length * 2.0 + np.pi * 2.0**2 / 4, rel=2e-3)


def test_known_geodesic_lengths():
    # one degree of meridian at the equator on WGS84: 110.574 km; of the equator: 111.320 km
    assert geodesic_length_km(shapely.LineString([(0, 0), (0, 1)])) == pytest.approx(110.574, abs=0.001)
    assert geodesic_length_km(shapely.LineString([(0, 0), (1, 0)])) == pytest.approx(111.319, abs=0.001)


def test_area_of_one_degree_cell_at_equator():
    # WGS84: 1 x 1 degree cell at the equator = 12,308.8 km2 (geodesic)
    cell = shapely.box(0, 0, 1, 1)
    assert geodesic_area_km2(cell) == pytest.approx(12308.8, rel=1e-3)


def test_substring_km():
    coords = np.array([[0.0, 0.0], [0.0, 1.0], [0.0, 2.0]])
    cum = vertex_km(coords)
    part = substring_km(coords, cum, 50.0, 150.0)
    assert geodesic_length_km(shapely.LineString(part)) == pytest.approx(100.0, abs=0.01)


def test_local_projection_agrees_with_a_crs_transformer_and_inverts():
    from pyproj import Transformer

    from minebelt.geo.projection import local_projection

    lon = np.array([24.0, 25.5, 27.0])
    lat = np.array([59.0, 60.5, 61.9])
    tr = local_projection("tmerc", 25.5, 60.5)
    ref = Transformer.from_crs(
        "EPSG:4326", "+proj=tmerc +lat_0=60.5 +lon_0=25.5 +k=1 +ellps=WGS84 +units=m", always_xy=True
    )
    x, y = tr.transform(lon, lat)
    xr, yr = ref.transform(lon, lat)
    np.testing.assert_allclose(x, xr, atol=1e-6)
    np.testing.assert_allclose(y, yr, atol=1e-6)
    assert x[1] == pytest.approx(0.0, abs=1e-6) and y[1] == pytest.approx(0.0, abs=1e-6)
    back = tr.transform(x, y, direction="INVERSE")
    np.testing.assert_allclose(back, [lon, lat], atol=1e-9)


def _cell_area_km2(lon0, lat0, lon1, lat1):
    """Exact WGS84 area of a lon/lat cell (bounded by parallels and meridians), via the authalic latitude."""
    a, f = 6378137.0, 1 / 298.257223563
    e = np.sqrt(f * (2 - f))

    def q(phi):
        s = np.sin(np.radians(phi))
        return (1 - e**2) * (s / (1 - e**2 * s**2) - np.log((1 - e * s) / (1 + e * s)) / (2 * e))

    return a**2 / 2 * np.radians(lon1 - lon0) * (q(lat1) - q(lat0)) / 1e6


@pytest.mark.parametrize(
    ("lon0", "lat0", "lon1", "lat1"), [(25.0, 21.0, 37.0, 22.0), (-123.0, 48.0, -95.0, 49.0), (10.0, 69.0, 40.0, 71.0)]
)
def test_area_of_a_cell_with_edges_along_parallels(lon0, lat0, lon1, lat1):
    # four vertices only: the edges along the parallels are 12-30 degrees long; a geodesic
    # between their ends runs far off the parallel (the Egypt-Sudan class of error)
    cell = shapely.box(lon0, lat0, lon1, lat1)
    assert geodesic_area_km2(cell) == pytest.approx(_cell_area_km2(lon0, lat0, lon1, lat1), rel=1e-5)


def test_area_ignores_ring_orientation_and_subtracts_holes():
    outer = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]
    hole = [(0.25, 0.25), (0.75, 0.25), (0.75, 0.75), (0.25, 0.75), (0.25, 0.25)]
    ref = _cell_area_km2(0, 0, 1, 1) - _cell_area_km2(0.25, 0.25, 0.75, 0.75)
    for shell in (outer, outer[::-1]):
        for h in (hole, hole[::-1]):
            assert geodesic_area_km2(shapely.Polygon(shell, [h])) == pytest.approx(ref, rel=1e-5)
    parts = shapely.MultiPolygon([shapely.Polygon(outer), shapely.Polygon([(x + 2, y) for x, y in outer[::-1]])])
    assert geodesic_area_km2(parts) == pytest.approx(2 * _cell_area_km2(0, 0, 1, 1), rel=1e-5)


def test_length_along_a_parallel_with_two_vertices():
    # 28 degrees along 49 N drawn as one edge: the parallel, not the shorter geodesic
    line = shapely.LineString([(-123.0, 49.0), (-95.0, 49.0)])
    dense = shapely.LineString(np.column_stack([np.linspace(-123, -95, 28001), np.full(28001, 49.0)]))
    from pyproj import Geod

    ref = Geod(ellps="WGS84").geometry_length(dense) / 1000
    assert geodesic_length_km(line) == pytest.approx(ref, rel=1e-6)


def test_densify_drops_zero_length_parts():
    from minebelt.geo.measure import densify

    g = shapely.MultiLineString([[(0, 0), (0, 0)], [(0, 0), (0, 1)]])
    assert geodesic_length_km(g) == pytest.approx(110.574, abs=0.001)
    assert densify(shapely.LineString([(1, 1), (1, 1)])).is_empty
