"""Measured sections on a synthetic border dataset with analytic answers.

The ``synthetic`` fixture (conftest.py): a straight border along the 25th meridian between FIN
(west) and RUS (east): km 0-50 land, km 50-100 water (a river). FIN's territory is the box
west of the line.
"""

from __future__ import annotations

import pytest
import shapely

from minebelt import Defaults, Scenario, Section, estimate
from minebelt.errors import InputError
from minebelt.geo.measure import geodesic_length_km


def _run(**section):
    sc = Scenario(
        name="syn",
        defaults=Defaults(depth_km=2.0, density=10_000.0),
        sections=[Section(name="s", country="FIN", border="RUS", **section)],
    )
    return estimate(sc).document


# The belt ends square where its front ends (no round caps reaching behind the river or
# beyond the stretch): a straight front of L km, D km deep, gives exactly L x D km².


def test_skip_water_builds_behind_land_only(synthetic):
    row = _run()["sections"][0]
    assert row["length_source"] == "measured"
    assert row["length_km"] == pytest.approx(100.0)
    assert row["land_km"] == pytest.approx(50.0) and row["water_km"] == pytest.approx(50.0)
    assert row["belt_front_km"] == pytest.approx(50.0)
    assert row["area_km2"] == pytest.approx(50 * 2, rel=1e-4)
    assert row["mines"] == pytest.approx(row["area_km2"] * 10_000)
    # per km of the front the belt is built behind (the land), not of the river skipped
    assert row["mines_per_km_front"] == pytest.approx(row["mines"] / 50.0)
    assert row["front"]["belt_behind"] == "land" and row["front"]["mask_clipped_km"] == 0.0


def test_include_water(synthetic):
    row = _run(along_water="include")["sections"][0]
    assert row["area_km2"] == pytest.approx(100 * 2, rel=1e-4)
    assert row["belt_front_km"] == pytest.approx(100.0)
    assert row["mines_per_km_front"] == pytest.approx(row["mines"] / 100.0)


def test_stretch_from_to(synthetic):
    row = _run(from_km=10.0, to_km=40.0)["sections"][0]
    assert row["length_km"] == pytest.approx(30.0)
    assert row["area_km2"] == pytest.approx(30 * 2, rel=1e-4)
    assert row["front"]["stretch"] == {"from_km": 10.0, "to_km": 40.0}


def test_stretch_beyond_border_is_an_error(synthetic):
    with pytest.raises(InputError, match=r"from_km = 150.*100\.0 km"):
        _run(from_km=150.0)


def test_unknown_pair_is_an_error(synthetic):
    sc = Scenario(
        name="x",
        defaults=Defaults(depth_km=2.0, density=1.0),
        sections=[Section(name="s", country="FIN", border="NOR")],
    )
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
    assert b["overlap_km2"] == pytest.approx(20 * 2, rel=1e-3)  # 40-60 km shared
    fin = doc["by_country"]["FIN"]
    assert fin["area_km2"] == pytest.approx(a["area_km2"] + b["area_km2"] - b["overlap_km2"])
    assert fin["mines"] == pytest.approx(fin["area_km2"] * 10_000)
    assert doc["totals"]["area_km2"] == pytest.approx(fin["area_km2"])


def test_user_line_left_and_right(synthetic, tmp_path):
    line = {"type": "LineString", "coordinates": [[24.5, 60.2], [24.5, 60.5]]}
    left = Scenario(
        name="l",
        defaults=Defaults(depth_km=3.0, density=1.0),
        sections=[Section(name="s", country="FIN", line=line, side="left")],
    )
    doc = estimate(left).document
    length = geodesic_length_km(shapely.LineString(line["coordinates"]))
    assert doc["sections"][0]["area_km2"] == pytest.approx(length * 3.0, rel=0.005)
    assert doc["sections"][0]["length_km"] == pytest.approx(length, rel=1e-9)


@pytest.mark.parametrize(
    ("line", "needle"),
    [
        ({"type": "Point", "coordinates": [24.5, 60.2]}, "expected LineString"),
        ({"type": "LineString", "coordinates": [[500000, 6600000], [500000, 6700000]]}, "outside longitude -180..180"),
        (
            {
                "type": "LineString",
                "coordinates": [[24.5, 60.2], [24.5, 60.5]],
                "crs": {"type": "name", "properties": {"name": "EPSG:3067"}},
            },
            "EPSG:4326",
        ),
        ("missing.geojson", "file not found"),
    ],
)
def test_bad_line(synthetic, line, needle):
    # an inline object is refused when the scenario is built; a file when it is read
    with pytest.raises(InputError, match=needle):
        sc = Scenario(
            name="l",
            defaults=Defaults(depth_km=3.0, density=1.0),
            sections=[Section(name="s", country="FIN", line=line, side="left")],
        )
        estimate(sc)
