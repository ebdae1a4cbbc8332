"""Measured sections on a synthetic border dataset with analytic answers.

A straight border along the 25th meridian between FIN (west) and RUS (east): km 0-50 land,
km 50-100 water (a river). FIN's territory is the box west of the line.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import shapely

from minebelt import Defaults, Scenario, Section, estimate, geodata
from minebelt.errors import InputError
from minebelt.geometry import geodesic_length_km


def _lat_at_km(km: float, lat0: float = 60.0) -> float:
    # invert the meridian arc numerically (geodesic along a meridian)
    lats = np.linspace(lat0, lat0 + 2.0, 20001)
    from pyproj import Geod

    _, _, d = Geod(ellps="WGS84").inv(np.full_like(lats, 25.0), np.full_like(lats, lat0), np.full_like(lats, 25.0), lats)
    return float(np.interp(km * 1000.0, d, lats))


@pytest.fixture
def synthetic(tmp_path, monkeypatch):
    import geopandas as gpd

    lat50, lat100 = _lat_at_km(50.0), _lat_at_km(100.0)
    land = shapely.LineString([(25.0, 60.0), (25.0, lat50)])
    water = shapely.LineString([(25.0, lat50), (25.0, lat100)])
    path = tmp_path / "borders.gpkg"
    gpd.GeoDataFrame(
        {
            "a": ["FIN", "FIN"], "b": ["RUS", "RUS"], "part": [0, 0], "seq": [0, 1], "kind": ["land", "water"],
            "start_km": [0.0, 50.0], "end_km": [50.0, 100.0], "length_km": [50.0, 50.0],
        },
        geometry=[land, water], crs="EPSG:4326",
    ).to_file(path, layer="border_segments")
    terr = shapely.box(24.0, 59.5, 25.0, 61.5)
    gpd.GeoDataFrame({"iso3": ["FIN"]}, geometry=[terr], crs="EPSG:4326").to_file(path, layer="territory")
    gpd.GeoDataFrame({"iso3": ["FIN", "RUS"]}, geometry=[terr, shapely.box(25.0, 59.5, 26.0, 61.5)], crs="EPSG:4326").to_file(path, layer="outlines")
    lake = shapely.box(24.5, 59.9, 24.6, 60.0)  # entirely outside a 2 km belt
    gpd.GeoDataFrame({"name": ["lake"], "source": ["test"]}, geometry=[lake], crs="EPSG:4326").to_file(path, layer="inland_water")
    (tmp_path / "borders_meta.json").write_text('{"source": "synthetic", "data_version": "test", "license": "none", "attribution": "test"}')
    monkeypatch.setattr(geodata, "gpkg_path", lambda: path)
    monkeypatch.setattr(geodata, "data_dir", lambda: tmp_path)
    _clear_caches()
    yield
    _clear_caches()


def _clear_caches() -> None:
    from minebelt import geometry

    for f in (geodata.meta, geodata.segments_table, geodata._pair_segments, geodata.border_lengths, geodata.territory, geodata.outlines, geodata.inland_water_near, geodata._inland_water):
        f.cache_clear()
    geometry._CACHE.clear()


def _run(**section):
    sc = Scenario(name="syn", defaults=Defaults(depth_km=2.0, density=10_000.0), sections=[Section(name="s", country="FIN", border="RUS", **section)])
    return estimate(sc).document


CAPS = 2 * math.pi * 2.0**2 / 4  # two quarter-discs of radius 2 km at the ends, on FIN's side


def test_skip_water_builds_behind_land_only(synthetic):
    row = _run()["sections"][0]
    assert row["length_source"] == "measured"
    assert row["length_km"] == pytest.approx(100.0)
    assert row["land_km"] == pytest.approx(50.0) and row["water_km"] == pytest.approx(50.0)
    assert row["area_km2"] == pytest.approx(50 * 2 + CAPS, rel=0.005)
    assert row["mines"] == pytest.approx(row["area_km2"] * 10_000)
    assert row["mines_per_km_front"] == pytest.approx(row["mines"] / 100.0)


def test_include_water(synthetic):
    row = _run(along_water="include")["sections"][0]
    assert row["area_km2"] == pytest.approx(100 * 2 + CAPS, rel=0.005)


def test_stretch_from_to(synthetic):
    row = _run(from_km=10.0, to_km=40.0)["sections"][0]
    assert row["length_km"] == pytest.approx(30.0)
    assert row["area_km2"] == pytest.approx(30 * 2 + CAPS, rel=0.005)


def test_stretch_beyond_border_is_an_error(synthetic):
    with pytest.raises(InputError, match=r"from_km = 150.*100\.0 km"):
        _run(from_km=150.0)


def test_unknown_pair_is_an_error(synthetic):
    sc = Scenario(name="x", defaults=Defaults(depth_km=2.0, density=1.0), sections=[Section(name="s", country="FIN", border="NOR")])
    with pytest.raises(InputError, match="share no land border"):
        estimate(sc)


def test_overlapping_sections_counted_once_per_country(synthetic):
    sc = Scenario(
        name="ov",
        defaults=Defaults(depth_km=2.0, density=10_000.0, along_water="include"),
        sections=[
            Section(name="a", country="FIN", border="RUS", from_km=0.0, to_km=60.0),
            Section(name="b", country="FIN", border="RUS", from_km=40.0, to_km=100.0),
        ],
    )
    doc = estimate(sc).document
    a, b = doc["sections"]
    assert b["overlap_km2"] == pytest.approx(20 * 2 + CAPS, rel=0.01)  # 40-60 km shared, plus end caps
    fin = doc["by_country"]["FIN"]
    assert fin["area_km2"] == pytest.approx(a["area_km2"] + b["area_km2"] - b["overlap_km2"])
    assert fin["mines"] == pytest.approx(fin["area_km2"] * 10_000)
    assert doc["totals"]["area_km2"] == pytest.approx(fin["area_km2"])


def test_user_line_left_and_right(synthetic, tmp_path):
    line = {"type": "LineString", "coordinates": [[24.5, 60.2], [24.5, 60.5]]}
    left = Scenario(name="l", defaults=Defaults(depth_km=3.0, density=1.0), sections=[Section(name="s", country="FIN", line=line, side="left")])
    doc = estimate(left).document
    length = geodesic_length_km(shapely.LineString(line["coordinates"]))
    assert doc["sections"][0]["area_km2"] == pytest.approx(length * 3.0, rel=0.005)
    assert doc["sections"][0]["length_km"] == pytest.approx(length, rel=1e-9)


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ({"type": "Point", "coordinates": [24.5, 60.2]}, "expected LineString"),
        ({"type": "LineString", "coordinates": [[500000, 6600000], [500000, 6700000]]}, "out of range"),
        ({"type": "LineString", "coordinates": [[24.5, 60.2], [24.5, 60.5]], "crs": {"type": "name", "properties": {"name": "EPSG:3067"}}}, "EPSG:4326"),
        ("missing.geojson", "file not found"),
    ],
)
def test_bad_line(synthetic, line, needle):
    sc = Scenario(name="l", defaults=Defaults(depth_km=3.0, density=1.0), sections=[Section(name="s", country="FIN", line=line, side="left")])
    with pytest.raises(InputError, match=needle):
        estimate(sc)
