"""The atlas: each row is the estimate of its side, rows sort and cut as asked, every side is
there, the cache answers a second atlas without geometry, and bad options are one line."""

from __future__ import annotations

import json

import numpy as np
import pytest

from minebelt import Clearance, Defaults, Scenario, Section, estimate
from minebelt.data import border_belts
from minebelt.data.borders import border_lengths
from minebelt.errors import InputError
from minebelt.geo import atlas_cache, atlas_sides
from minebelt.geo.curve import CURVE_REL_TOL
from minebelt.pipeline.atlas import atlas, ranked
from minebelt.scenario.atlas_options import SORT_KEYS


@pytest.fixture(autouse=True)
def cache_dir(atlas_cache_dir):
    """Every test reads and writes its own cache folder."""
    return atlas_cache_dir


def _estimate(defender: str, neighbour: str, depth: float, density: str, workforce: str = "ukraine-2024") -> dict:
    sc = Scenario(
        name="one side",
        defaults=Defaults(depth_km=depth, density=density),
        sections=[Section(name="side", country=defender, border=neighbour)],
        clearance=Clearance(workforce=workforce),
    )
    return estimate(sc).document


# Sides of every kind: long with lakes (FIN>RUS), water skipped (EST>RUS: the Narva and Lake
# Peipus), a short one (LIE>CHE), one whose belt fills the country (SMR>ITA).
SIDES = [("FIN", "RUS"), ("EST", "RUS"), ("RUS", "EST"), ("LIE", "CHE"), ("SMR", "ITA")]


@pytest.mark.parametrize("depth", [2.0, 2.3])
def test_rows_equal_the_estimate_of_their_side(depth: float) -> None:
    """Area, lengths, mines (areal and linear models), clearance years and people of each row
    are those of estimate() for that side at that depth and workforce."""
    countries = sorted({c for s in SIDES for c in s})
    a = atlas(depth, countries=countries)
    rows = {(r["defender"], r["neighbour"]): r for r in a.rows}
    for d, n in SIDES:
        r = rows[(d, n)]
        for model in ("korea-peak", "dmz-average-linear"):
            doc = _estimate(d, n, depth, model)
            t = doc["totals"]
            rel = (
                CURVE_REL_TOL
                if r["source"] == atlas_sides.BUNDLED and depth not in border_belts.bundle().nodes
                else 1e-9
            )
            assert r["belt_area_km2"] == pytest.approx(t["area_km2"], rel=rel, abs=1e-9), (d, n)
            assert r["length_km"] == pytest.approx(t["length_km"], rel=1e-9) and r["water_km"] == pytest.approx(
                t["water_km"], rel=1e-9, abs=1e-9
            )
            assert r["belt_front_km"] == pytest.approx(t["belt_front_km"], rel=1e-9)
            assert r["mines"][model] == pytest.approx(t["mines"], rel=rel, abs=1e-6), (d, n, model)
            years = doc["clearance"]["calendar_years"]
            assert r["clearance_years"][model] == pytest.approx(years, rel=rel, abs=1e-9), (d, n, model)
            ex = doc["exposure"]["total"]
            for side in ("defender_side", "other_side"):
                for k in ("within_1km", "within_5km", "within_10km"):
                    assert r["people"][side][k] == ex[side][k], (d, n, side, k)


def test_stated_deminers_scale_the_years() -> None:
    """Years go as 1 / deminers: 402.1 deminers take ten times as long as Ukraine's 4,021."""
    a = atlas(countries=["EST"])
    b = atlas(countries=["EST"], deminers=402.1)
    assert b.clearance["deminers"] == 402.1 and b.clearance["workforce"] is None
    assert a.clearance["workforce"] == "ukraine-2024" and a.clearance["deminers"] == 4021
    for ra, rb in zip(a.rows, b.rows, strict=True):
        assert rb["clearance_years"]["reduced"] == pytest.approx(10 * ra["clearance_years"]["reduced"])
    doc = _estimate("EST", "RUS", 2.0, "reduced", workforce="falklands")
    c = atlas(countries=["EST"], workforce="falklands")
    row = next(r for r in c.rows if (r["defender"], r["neighbour"]) == ("EST", "RUS"))
    assert row["clearance_years"]["reduced"] == pytest.approx(doc["clearance"]["calendar_years"])


def _rows() -> list[dict]:
    base = {"length_km": 1.0, "land_km": 1.0, "water_km": 0.0, "belt_area_km2": 1.0, "mines": {"m": 1.0}, "clearance_years": {"m": 1.0},
            "people": {"defender_side": {"within_5km": {"population": 0}}}}  # fmt: skip
    rng = np.random.default_rng(7)
    out = []
    for i, (d, n) in enumerate([("B", "A"), ("A", "C"), ("A", "B"), ("C", "A"), ("B", "C"), ("C", "B")]):
        r = json.loads(json.dumps(base))
        r.update(
            defender=d,
            neighbour=n,
            length_km=float(rng.integers(1, 4)),
            land_km=float(i),
            water_km=float(6 - i),
            belt_area_km2=float(rng.integers(1, 3)),
        )
        r["mines"]["m"] = r["belt_area_km2"] * 10
        r["clearance_years"]["m"] = None if i == 0 else float(i)
        r["people"]["defender_side"]["within_5km"]["population"] = int(rng.integers(0, 3))
        out.append(r)
    return out


@pytest.mark.parametrize("key", list(SORT_KEYS))
def test_sorting(key: str) -> None:
    """Numbers largest first, ties by defender then neighbour; codes A to Z; ranks 1..n."""
    from minebelt.pipeline.atlas import sort_value

    rows = ranked(_rows(), key, "m")
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    if key in ("defender", "neighbour"):
        other = "neighbour" if key == "defender" else "defender"
        keys = [(r[key], r[other]) for r in rows]
        assert keys == sorted(keys)
        return
    keys = [(-sort_value(r, key, "m"), r["defender"], r["neighbour"]) for r in rows]
    assert keys == sorted(keys)


def test_top_keeps_the_first_rows_and_counts_every_side() -> None:
    full = atlas(countries=["FIN"], sort="area")
    cut = atlas(countries=["FIN"], sort="area", top=3)
    assert cut.sides == full.sides == len(full.rows) > 3
    assert [r["rank"] for r in cut.rows] == [1, 2, 3]
    assert [(r["defender"], r["neighbour"]) for r in cut.rows] == [
        (r["defender"], r["neighbour"]) for r in full.rows[:3]
    ]
    doc = cut.to_dict()
    assert (
        doc["schema"] == "minebelt.atlas/1"
        and len(doc["borders"]) == 3
        and doc["top"] == 3
        and doc["sides"] == full.sides
    )
    assert len(cut.to_frame()) == 3 and len(cut.all_rows) == full.sides


def test_country_filter_holds_both_sides_of_each_of_its_borders() -> None:
    sides = atlas_sides.all_sides(["EST"])
    assert sides == [("EST", "LVA"), ("EST", "RUS"), ("LVA", "EST"), ("RUS", "EST")]


def test_every_side_is_listed() -> None:
    """Both sides of every land border of the bundled data, once each."""
    sides = atlas_sides.all_sides()
    want = {(r["a"], r["b"]) for r in border_lengths()} | {(r["b"], r["a"]) for r in border_lengths()}
    assert len(sides) == len(set(sides)) == len(want) == 2 * len(border_lengths()) and set(sides) == want


@pytest.mark.slow
def test_every_side_is_in_the_world_atlas() -> None:
    a = atlas(top=5)
    assert a.sides == 2 * len(border_lengths()) == len(a.all_rows)
    assert {(r["defender"], r["neighbour"]) for r in a.all_rows} == set(atlas_sides.all_sides())
    assert all(r["belt_area_km2"] >= 0 and np.isfinite(r["mines"]["korea-peak"]) for r in a.all_rows)
    mines = [r["mines"]["korea-peak"] for r in a.all_rows]
    assert mines == sorted(mines, reverse=True) and len(a.rows) == 5


def test_second_atlas_at_a_depth_is_read_from_the_cache(cache_dir, monkeypatch) -> None:
    first = atlas(2.5, countries=["EST"]).to_dict()
    files = list(cache_dir.glob("atlas/*/depth-2.5.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["schema"] == "minebelt.atlas-cache/1"

    def no_geometry(*a, **k):
        raise AssertionError("measured again")

    monkeypatch.setattr(atlas_sides, "_measure", no_geometry)
    atlas_cache.clear_memory()  # from the file, as a new process reads it
    assert atlas(2.5, countries=["EST"]).to_dict() == first
    assert atlas(2.5, countries=["EST"], sort="people", top=1).rows[0]["rank"] == 1
    monkeypatch.undo()
    monkeypatch.setenv("MINEBELT_CACHE_DIR", str(cache_dir))
    files[0].write_text("{not json")
    atlas_cache.clear_memory()
    assert atlas(2.5, countries=["EST"]).to_dict() == first  # a broken file is measured again and replaced
    assert json.loads(files[0].read_text())["depth_km"] == 2.5


def test_unwritable_cache_is_not_an_error(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("MINEBELT_CACHE_DIR", str(blocker / "cache"))
    atlas_cache.clear_memory()
    assert atlas(countries=["LIE"]).sides == 4


@pytest.mark.parametrize(
    ("kw", "words"),
    [
        ({"sort": "size"}, ["sort 'size'", "allowed: mines, area"]),
        ({"depth_km": -1}, ["depth_km -1", "(0, 50] km"]),
        ({"depth_km": 0}, ["depth_km 0", "(0, 50] km"]),
        ({"depth_km": float("nan")}, ["depth_km", "(0, 50] km"]),
        ({"top": 0}, ["top 0", ">= 1"]),
        ({"top": 2.5}, ["top 2.5", ">= 1"]),
        ({"deminers": -5}, ["deminers -5", "(0, 10,000,000]"]),
        ({"deminers": 10, "workforce": "falklands"}, ["not both"]),
        ({"workforce": "ukraine"}, ["workforce 'ukraine'", "ukraine-2024"]),
        ({"model": "korea"}, ["model 'korea'", "korea-peak"]),
        ({"countries": ["XYZ"]}, ["countries 'XYZ'", "alpha-3"]),
        ({"countries": ["ATA"]}, ["countries ATA", "no land border"]),
    ],
)
def test_bad_options_are_one_line(kw: dict, words: list[str]) -> None:
    with pytest.raises(InputError) as e:
        atlas(**kw)
    msg = str(e.value)
    assert "\n" not in msg
    for w in words:
        assert w in msg, msg


@pytest.mark.skipif(border_belts.bundle() is None, reason=f"no current bundle: {border_belts.stale_reason()}")
def test_bundled_rows_are_within_the_curve_tolerance_of_exact_belts() -> None:
    """Between node depths a bundled side's area is the curve's: within CURVE_REL_TOL of the
    belt built exactly at that depth from the lines."""
    from minebelt.geo.belt import belt_polygon, defender_land
    from minebelt.geo.front import border_front

    b = border_belts.bundle()
    sides = [s for s in SIDES if b.side(*s) is not None][:3]
    if not sides:
        pytest.skip("none of the test's sides is in this bundle")
    a = atlas(2.3, countries=sorted({c for s in sides for c in s}))
    rows = {(r["defender"], r["neighbour"]): r for r in a.rows}
    for d, n in sides:
        f = border_front(d, n, None, None, "skip", None, f"{d}>{n}")
        exact = belt_polygon(f.build_lines(), 2.3, None, defender_land(d, near_line=True), None, f.cuts).area_km2
        assert rows[(d, n)]["source"] == atlas_sides.BUNDLED
        assert rows[(d, n)]["belt_area_km2"] == pytest.approx(exact, rel=CURVE_REL_TOL)


@pytest.fixture(scope="module")
def tiny_bundle(tmp_path_factory):
    """Bundled curves of Liechtenstein's and Andorra's borders only (built in seconds by the
    real build script), installed in place of the package's bundle."""
    import subprocess
    import sys
    from pathlib import Path

    from minebelt.geo import sections

    d = tmp_path_factory.mktemp("bundle")
    script = Path(__file__).resolve().parents[3] / "scripts" / "build_border_belts.py"
    subprocess.run(
        [
            sys.executable,
            str(script),
            "--only",
            "LIE,AND",
            "--out",
            str(d / "border_belts.npz"),
            "--cache",
            str(d / "cache"),
        ],
        check=True,
        capture_output=True,
    )
    mp = pytest.MonkeyPatch()
    mp.setattr(border_belts, "bundle_path", lambda: d / "border_belts.npz")
    border_belts.clear()
    sections._CACHE.clear()
    yield border_belts.bundle()
    mp.undo()
    border_belts.clear()
    sections._CACHE.clear()


@pytest.mark.parametrize("depth", [2.0, 2.3])
def test_bundled_sides_read_from_the_curves(tiny_bundle, depth: float) -> None:
    """The fast path: a bundled side's row comes from the curves (source 'bundled curves'),
    equals estimate() of that side (which reads the same curves), and is within the curve's
    tolerance of the belt built exactly at that depth; the sides outside the bundle are
    computed from the lines."""
    from minebelt.geo.belt import belt_polygon, defender_land
    from minebelt.geo.front import border_front

    assert tiny_bundle is not None and tiny_bundle.side("LIE", "CHE") is not None
    a = atlas(depth, countries=["LIE"])
    rows = {(r["defender"], r["neighbour"]): r for r in a.rows}
    assert rows[("LIE", "CHE")]["source"] == rows[("LIE", "AUT")]["source"] == atlas_sides.BUNDLED
    assert rows[("CHE", "LIE")]["source"] == atlas_sides.LINES
    assert "2 of 4 sides read from the bundled curves" in a.curves_note()
    for d, n in (("LIE", "CHE"), ("LIE", "AUT")):
        r = rows[(d, n)]
        doc = _estimate(d, n, depth, "korea-peak")
        assert r["belt_area_km2"] == pytest.approx(doc["totals"]["area_km2"], rel=1e-12)
        assert r["clearance_years"]["korea-peak"] == pytest.approx(doc["clearance"]["calendar_years"], rel=1e-12)
        assert r["people"]["defender_side"] == {
            k: v for k, v in doc["exposure"]["total"]["defender_side"].items() if k != "countries"
        }
        f = border_front(d, n, None, None, "skip", None, f"{d}>{n}")
        exact = belt_polygon(f.build_lines(), depth, None, defender_land(d, near_line=True), None, f.cuts).area_km2
        assert r["belt_area_km2"] == pytest.approx(exact, rel=CURVE_REL_TOL)


def test_country_takes_a_comma_list_as_well_as_repeated_values():
    from minebelt.scenario.atlas_options import _countries

    assert _countries(["EST,LVA,LTU"], "--country") == ("EST", "LVA", "LTU")
    assert _countries(["EST, lva", "LTU", "EST"], "--country") == ("EST", "LVA", "LTU")
    with pytest.raises(InputError, match="comma-separated or repeated"):
        _countries(["EST,,LVA"], "--country")
    with pytest.raises(InputError, match="unknown ISO 3166-1 alpha-3 code"):
        _countries(["EST,XXX"], "--country")
