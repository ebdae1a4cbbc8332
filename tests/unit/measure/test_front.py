"""One front per section: stretch, mask, land/water, per-km densities, antimeridian, clear errors.

Synthetic cases (``synthetic`` fixture in conftest.py: a straight 100 km border along 25°E,
km 0-50 land, km 50-100 water) have answers by hand; the real-data cases are the ones issue 10
found wrong.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import shapely
from conftest import _lat_at_km

from minebelt import Defaults, Scenario, Section, estimate
from minebelt.errors import InputError
from minebelt.geo.measure import geodesic_area_km2, geodesic_length_km


def _doc(depth: float = 2.0, density: float | str = 10_000.0, along_water: str = "skip", **section):
    defaults = Defaults(depth_km=depth, density=density, along_water=along_water)
    if "density_per_km_front" in section:
        defaults = Defaults(
            depth_km=depth, density_per_km_front=section.pop("density_per_km_front"), along_water=along_water
        )
    sc = Scenario(name="t", defaults=defaults, sections=[Section(name="s", **section)])
    return estimate(sc)


def _box(x0, y0, x1, y1):
    return json.loads(shapely.to_geojson(shapely.box(x0, y0, x1, y1)))


# ----------------------------------------------------------------------------- synthetic


def test_mask_halving_the_border_halves_the_front(synthetic):
    mask = _box(24.0, 59.0, 26.0, _lat_at_km(25.0))  # km 0-25 of the 50 km land run
    row = _doc(country="FIN", border="RUS", mask=mask).sections[0]
    assert row["length_km"] == pytest.approx(25.0, rel=1e-4)
    assert row["land_km"] == pytest.approx(25.0, rel=1e-4) and row["water_km"] == pytest.approx(0.0, abs=1e-9)
    assert row["area_km2"] == pytest.approx(25.0 * 2.0, rel=1e-3)
    assert row["front"]["mask_clipped_km"] == pytest.approx(75.0, rel=1e-4)
    assert row["front"]["stretch_km"] == pytest.approx(100.0)


def test_mask_over_land_and_water(synthetic):
    mask = _box(24.0, _lat_at_km(40.0), 26.0, _lat_at_km(70.0))
    row = _doc(country="FIN", border="RUS", mask=mask).sections[0]
    assert row["land_km"] == pytest.approx(10.0, rel=1e-3) and row["water_km"] == pytest.approx(20.0, rel=1e-3)
    assert row["belt_front_km"] == pytest.approx(10.0, rel=1e-3)
    assert row["area_km2"] == pytest.approx(20.0, rel=2e-3)


@pytest.mark.parametrize(("along_water", "front_km"), [("skip", 50.0), ("include", 100.0)])
def test_per_km_density_multiplies_the_front_the_belt_is_built_behind(synthetic, along_water, front_km):
    res = _doc(country="FIN", border="RUS", along_water=along_water, density_per_km_front=1000.0)
    row = res.sections[0]
    assert row["belt_front_km"] == pytest.approx(front_km)
    assert row["mines"] == pytest.approx(1000.0 * front_km, rel=1e-6)
    assert row["mines_per_km_front"] == pytest.approx(1000.0)
    # the totals, by country and calibration read the same front
    assert res.totals["belt_front_km"] == pytest.approx(front_km)
    assert res.totals["land_km"] == pytest.approx(50.0) and res.totals["water_km"] == pytest.approx(50.0)
    assert res.by_country["FIN"]["land_km"] == pytest.approx(50.0)
    assert res.totals["mines_per_km_front"] == pytest.approx(1000.0)
    assert res.document["calibration"]["scenario"]["depth_km"] == pytest.approx(row["area_km2"] / front_km)


def test_per_km_density_with_a_mask(synthetic):
    mask = _box(24.0, 59.0, 26.0, _lat_at_km(25.0))
    row = _doc(country="FIN", border="RUS", mask=mask, density_per_km_front=1000.0).sections[0]
    assert row["mines"] == pytest.approx(25_000.0, rel=1e-4)


def test_to_km_accepts_the_displayed_rounding(synthetic):
    row = _doc(country="FIN", border="RUS", from_km=90.0, to_km=100.4, along_water="include").sections[0]
    assert row["length_km"] == pytest.approx(10.0)
    assert row["front"]["stretch"] == {"from_km": 90.0, "to_km": 100.0, "to_km_requested": 100.4}
    with pytest.raises(InputError, match=r"to_km = 100\.6: beyond the end of the FIN-RUS border \(100\.0 km\)"):
        _doc(country="FIN", border="RUS", from_km=90.0, to_km=100.6)


def test_mask_missing_the_border_is_an_error(synthetic):
    with pytest.raises(InputError, match=r"sections\[0\] 's': mask: does not overlap the FIN-RUS border"):
        _doc(country="FIN", border="RUS", mask=_box(10.0, 40.0, 11.0, 41.0))
    with pytest.raises(InputError, match=r"mask: does not overlap km 60-70 of the FIN-RUS border"):
        _doc(country="FIN", border="RUS", from_km=60.0, to_km=70.0, mask=_box(24.0, 59.0, 26.0, _lat_at_km(25.0)))


def test_mask_on_the_neighbours_side_only_is_an_error(synthetic):
    with pytest.raises(InputError, match=r"mask: covers none of FIN's land within 2 km of the front"):
        _doc(country="FIN", border="RUS", mask=_box(25.0, 59.0, 26.0, 61.0))


def test_line_with_no_defender_land_on_its_side_is_an_error(synthetic):
    line = {"type": "LineString", "coordinates": [[24.5, 60.2], [24.5, 60.5]]}  # northward, inside FIN's box
    assert _doc(country="FIN", line=line, side="left").sections[0]["area_km2"] > 0
    sea = {"type": "LineString", "coordinates": [[-30.0, 40.0], [-29.0, 40.0]]}
    with pytest.raises(
        InputError, match=r"sections\[0\] 's': line: none of FIN's land lies within 2 km on the right side"
    ):
        _doc(country="FIN", line=sea, side="right")
    with pytest.raises(InputError, match=r"sections\[0\] 's': line: none of FIN's land"):
        _doc(country="FIN", line=sea, side="right", density_per_km_front=1000.0)


def test_line_errors_reach_the_cli_as_one_line(synthetic, tmp_path, run_cli):
    p = tmp_path / "s.toml"
    p.write_text(
        'name = "x"\n[defaults]\ndepth_km = 2\ndensity = 6000\n[[sections]]\nname = "sea"\ncountry = "FIN"\nside = "right"\n'
        'line = {type = "LineString", coordinates = [[-30, 40], [-29, 40]]}\n',
        encoding="utf-8",
    )
    code, out, err = run_cli("estimate", p, "--json")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "sections[0] 'sea': line: none of FIN's land" in err and "Traceback" not in err


def test_line_with_a_mask(synthetic):
    line = {"type": "LineString", "coordinates": [[24.5, 60.0], [24.5, 61.0]]}
    full = geodesic_length_km(shapely.LineString(line["coordinates"]))
    row = _doc(country="FIN", line=line, side="left", mask=_box(24.0, 60.0, 25.0, 60.5)).sections[0]
    half = geodesic_length_km(shapely.LineString([(24.5, 60.0), (24.5, 60.5)]))
    assert row["length_km"] == pytest.approx(half, rel=1e-6)
    assert row["front"]["mask_clipped_km"] == pytest.approx(full - half, rel=1e-6)
    assert row["area_km2"] == pytest.approx(half * 2.0, rel=1e-3)


# ----------------------------------------------------------------------------- antimeridian


def test_line_across_the_antimeridian_equals_the_same_line_shifted_west(synthetic):
    across = {"type": "LineString", "coordinates": [[178.0, 66.5], [-178.0, 66.5]]}
    shifted = {"type": "LineString", "coordinates": [[172.0, 66.5], [176.0, 66.5]]}
    a = _doc(country="RUS", line=across, side="right")
    b = _doc(country="RUS", line=shifted, side="right")
    ra, rb = a.sections[0], b.sections[0]
    assert ra["length_km"] == pytest.approx(rb["length_km"], rel=1e-9)
    assert ra["length_km"] == pytest.approx(177.5, abs=1.0)  # 4 degrees of longitude at 66.5 N
    assert ra["area_km2"] == pytest.approx(rb["area_km2"], rel=1e-6)
    assert ra["area_km2"] == pytest.approx(ra["length_km"] * 2.0, rel=1e-3)
    # the belt is written split at 180 degrees (RFC 7946), half on each side, south of the line
    belt = a.belts[0]
    assert -180.0 <= belt.bounds[0] and belt.bounds[2] <= 180.0
    east = shapely.intersection(belt, shapely.box(0, -90, 180, 90))
    west = shapely.intersection(belt, shapely.box(-180, -90, 0, 90))
    assert geodesic_area_km2(east) == pytest.approx(geodesic_area_km2(west), rel=1e-3)
    assert geodesic_area_km2(belt) == pytest.approx(ra["area_km2"], rel=1e-6)
    assert belt.bounds[3] <= 66.5 + 1e-6


def test_line_around_the_globe_is_an_error(synthetic):
    around = {
        "type": "LineString",
        "coordinates": [[0.0, 66.5], [120.0, 66.5], [-120.0, 66.5], [0.0, 66.5], [100.0, 66.5]],
    }
    with pytest.raises(InputError, match=r"line: runs more than once around the globe"):
        _doc(country="RUS", line=around, side="right")


def test_antimeridian_line_with_a_mask_split_at_180(synthetic):
    across = {"type": "LineString", "coordinates": [[178.0, 66.5], [-178.0, 66.5]]}
    # the mask as RFC 7946 writes it: two parts, one each side of 180
    mask = json.loads(
        shapely.to_geojson(
            shapely.MultiPolygon([shapely.box(179.0, 60, 180.0, 70), shapely.box(-180.0, 60, -179.0, 70)])
        )
    )
    row = _doc(country="RUS", line=across, side="right", mask=mask).sections[0]
    two_deg = geodesic_length_km(shapely.LineString([(179.0, 66.5), (181.0, 66.5)]))
    assert row["length_km"] == pytest.approx(two_deg, rel=1e-6)
    assert row["area_km2"] == pytest.approx(two_deg * 2.0, rel=1e-3)


# ----------------------------------------------------------------------------- real data


def test_egypt_sudan_belt_is_land_km_times_depth():
    # 22 N: long edges straight in lon/lat; a geodesic between far vertices is not the border
    res = _doc(country="EGY", border="SDN", depth=2.0)
    row = res.sections[0]
    assert row["area_km2"] == pytest.approx(row["land_km"] * 2.0, rel=0.01)
    assert geodesic_area_km2(res.belts[0]) == pytest.approx(row["area_km2"], rel=1e-9)
    other = _doc(country="SDN", border="EGY", depth=2.0).sections[0]
    assert other["area_km2"] == pytest.approx(other["land_km"] * 2.0, rel=0.01)


def test_mask_west_of_127e_clips_the_korean_front():
    mask = _box(125.5, 37.0, 127.0, 39.0)
    res = _doc(country="KOR", border="PRK", density="korea-peak", mask=mask)
    row = res.sections[0]
    whole = _doc(country="KOR", border="PRK", density="korea-peak").sections[0]
    assert row["length_km"] < 0.4 * whole["length_km"]
    assert row["length_km"] == pytest.approx(row["land_km"] + row["water_km"], rel=1e-7)
    assert row["front"]["mask_clipped_km"] == pytest.approx(whole["length_km"] - row["length_km"], rel=1e-6)
    # the front's line lies within the mask, and mines per km are per km of that front
    assert shapely.covers(shapely.box(125.5, 37.0, 127.0, 39.0).buffer(1e-6), res.border_lines[0])
    assert row["mines_per_km_front"] == pytest.approx(row["mines"] / row["belt_front_km"])
    assert res.document["calibration"]["sections"][0]["mines_per_km_front"] == pytest.approx(row["mines_per_km_front"])


def test_per_km_density_on_poland_belarus_depends_on_water():
    skip = _doc(country="POL", border="BLR", density="inner-german-linear", along_water="skip").sections[0]
    include = _doc(country="POL", border="BLR", density="inner-german-linear", along_water="include").sections[0]
    assert skip["mines"] < include["mines"]
    assert skip["mines"] / include["mines"] == pytest.approx(skip["land_km"] / skip["length_km"], rel=1e-9)
    assert skip["mines_per_km_front"] == pytest.approx(include["mines_per_km_front"])


def test_to_km_as_displayed_for_finland_russia():
    from minebelt.data.borders import border_row

    total = border_row("FIN", "RUS")["length_km"]
    row = _doc(country="FIN", border="RUS", from_km=1200.0, to_km=float(round(total))).sections[0]
    assert row["length_km"] == pytest.approx(total - 1200.0)


def test_stretches_sum_to_the_whole():
    from minebelt.data.borders import border_row

    total = border_row("EST", "RUS")["length_km"]
    cuts = [0.0, 100.0, 215.5, total]
    sc = Scenario(
        name="parts",
        defaults=Defaults(depth_km=2.0, density=1.0, along_water="include"),
        sections=[
            Section(name=f"p{i}", country="EST", border="RUS", from_km=a, to_km=b)
            for i, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False))
        ]
        + [Section(name="whole", country="EST", border="RUS")],
    )
    doc = estimate(sc).document
    parts, whole = doc["sections"][:-1], doc["sections"][-1]
    for key in ("length_km", "land_km", "water_km", "belt_front_km"):
        assert sum(p[key] for p in parts) == pytest.approx(whole[key], rel=1e-9)
    # square ends: the parts' belts tile the whole one (only the joins at the cut bends differ)
    assert sum(p["area_km2"] for p in parts) == pytest.approx(whole["area_km2"], rel=5e-3)


def test_border_parts_sum_to_the_whole(run_cli):
    code, out, err = run_cli("borders", "--json")
    assert code == 0, err
    for b in json.loads(out)["borders"]:
        parts = b["parts_km"]
        assert len(parts) == b["parts"]
        assert parts[0]["from_km"] == 0.0 and parts[-1]["to_km"] == pytest.approx(b["length_km"], abs=2e-3)
        for p, q in zip(parts, parts[1:], strict=False):
            assert q["from_km"] == pytest.approx(p["to_km"], abs=2e-3)
        assert sum(p["length_km"] for p in parts) == pytest.approx(b["length_km"], abs=5e-3)
        assert sum(p["water_km"] for p in parts) == pytest.approx(b["water_km"], abs=5e-3)


def test_borders_table_lists_parts_with_km_ranges(run_cli):
    code, out, err = run_cli("borders", "--country", "FIN")
    assert code == 0, err
    line = next(x for x in out.splitlines() if "RUS" in x)
    assert "2: 0.0-1,283.8 + 1 short part (under 0.1 km)" in line  # the sliver is counted, not listed


def test_stated_sections_carry_land_km():
    sc = Scenario(
        name="stated",
        defaults=Defaults(depth_km=2.0, density=6000.0),
        sections=[
            Section(name="a", country="POL", border="BLR", length_km=400.0),
            Section(name="b", country="POL", border="RUS", length_km=200.0),
        ],
    )
    doc = estimate(sc).document
    a = doc["sections"][0]
    assert a["land_km"] == 400.0 and a["belt_front_km"] == 400.0 and a["water_km"] is None
    assert a["front"]["source"] == "stated"
    assert doc["by_country"]["POL"]["land_km"] == 600.0 and doc["by_country"]["POL"]["water_km"] == 0.0
    assert doc["totals"]["land_km"] == 600.0 and doc["totals"]["belt_front_km"] == 600.0
    assert doc["totals"]["mines_per_km_front"] == pytest.approx(2.0 * 6000.0)


def test_land_km_samples_for_blocks():
    sc = Scenario(
        name="mc",
        defaults=Defaults(depth_km=2.0, density=6000.0),
        sections=[Section(name="a", country="POL", border="BLR", length_km="300 to 500")],
    )
    res = estimate(sc, samples=200, seed=1)
    np.testing.assert_array_equal(res.samples["by_country.POL.land_km"], res.samples["by_country.POL.length_km"])
    assert "land_km_dist" in res.totals and "land_km_dist" in res.by_country["POL"]
