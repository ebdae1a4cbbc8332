from __future__ import annotations

import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest
import shapely

from minebelt.data import borders as geodata

# Starlette's TestClient sends "Host: testserver"; the web app answers only allowed hosts
# (minebelt.web.guard), and this is how a deployment adds a name too.
os.environ.setdefault("MINEBELT_ALLOW_HOSTS", "testserver")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
#: A run of four digits or more with no group sign inside, not part of a longer token (an id,
#: a date, a version, a decimal's fraction): a figure printed against minebelt's one grouping
#: rule (``minebelt.numbers``, "Grouping"); a standard's number (``ISO 4217``) is a name, not a figure.
UNGROUPED = re.compile(r"(?<![\w.,/\-\u2013:\u00a0#])(?<!ISO )(\d{4,})(?![\w\-\u2013\u00a0%]|[.,]\d)")


def ungrouped(text: str) -> list[str]:
    """The numbers of ``text`` printed without grouping (a calendar year, 1900-2100, is no quantity)."""
    return [m for m in UNGROUPED.findall(text) if not (len(m) == 4 and 1900 <= int(m) <= 2100)]


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


@pytest.fixture
def atlas_cache_dir(tmp_path, monkeypatch):
    """A cache folder of the test's own for the atlas (memory cleared before and after), so
    no test reads what another wrote."""
    from minebelt.geo import atlas_cache

    monkeypatch.setenv("MINEBELT_CACHE_DIR", str(tmp_path / "cache"))
    atlas_cache.clear_memory()
    yield tmp_path / "cache"
    atlas_cache.clear_memory()


@pytest.fixture
def run_cli(capsys):
    """Run the CLI in-process: returns (exit status, stdout, stderr)."""
    from minebelt.cli.app import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


# --------------------------------------------------------------- synthetic border data
# A straight border along the 25th meridian between FIN (west) and RUS (east): km 0-50 land,
# km 50-100 water (a river); FIN's territory is the box west of the line.


def _lat_at_km(km: float, lat0: float = 60.0) -> float:
    # invert the meridian arc numerically (geodesic along a meridian)
    lats = np.linspace(lat0, lat0 + 2.0, 20001)
    from pyproj import Geod

    _, _, d = Geod(ellps="WGS84").inv(
        np.full_like(lats, 25.0), np.full_like(lats, lat0), np.full_like(lats, 25.0), lats
    )
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
            "a": ["FIN", "FIN"],
            "b": ["RUS", "RUS"],
            "part": [0, 0],
            "seq": [0, 1],
            "kind": ["land", "water"],
            "start_km": [0.0, 50.0],
            "end_km": [50.0, 100.0],
            "length_km": [50.0, 50.0],
        },
        geometry=[land, water],
        crs="EPSG:4326",
    ).to_file(path, layer="border_segments")
    terr = shapely.box(24.0, 59.5, 25.0, 61.5)
    gpd.GeoDataFrame({"iso3": ["FIN"]}, geometry=[terr], crs="EPSG:4326").to_file(path, layer="territory")
    # RUS also has land on both sides of the antimeridian (65-68 N, 170 E - 170 W), split at 180
    # as RFC 7946 and the bundled outlines do
    rus = shapely.MultiPolygon(
        [
            shapely.box(25.0, 59.5, 26.0, 61.5),
            shapely.box(170.0, 65.0, 180.0, 68.0),
            shapely.box(-180.0, 65.0, -170.0, 68.0),
        ]
    )
    gpd.GeoDataFrame({"iso3": ["FIN", "RUS"]}, geometry=[terr, rus], crs="EPSG:4326").to_file(path, layer="outlines")
    lake = shapely.box(24.5, 59.9, 24.6, 60.0)  # entirely outside a 2 km belt
    gpd.GeoDataFrame({"name": ["lake"], "source": ["test"]}, geometry=[lake], crs="EPSG:4326").to_file(
        path, layer="inland_water"
    )
    (tmp_path / "borders_meta.json").write_text(
        '{"source": "synthetic", "data_version": "test", "license": "none", "attribution": "test"}'
    )
    monkeypatch.setattr(geodata, "gpkg_path", lambda: path)
    monkeypatch.setattr(geodata, "data_dir", lambda: tmp_path)
    _clear_caches()
    yield
    _clear_caches()


def _clear_caches() -> None:
    from minebelt.geo import belt
    from minebelt.geo import sections as geometry

    for f in (
        geodata.meta,
        geodata.segments_table,
        geodata._pair_segments,
        geodata._segments_by_pair,
        geodata._territories,
        geodata.border_lengths,
        geodata.territory,
        geodata.outlines,
        geodata.inland_water_near,
        geodata._inland_water,
        geodata._part_ends,
        belt._line_land,
        belt.coverage,
    ):
        f.cache_clear()
    geometry._CACHE.clear()
    from minebelt.data import border_belts

    border_belts.clear()


# The suite reads English output unless a test chooses a language: a developer's LANG=pl_PL
# must not turn every expected sentence Polish (minebelt.i18n reads MINEBELT_LANG first).
os.environ.setdefault("MINEBELT_LANG", "en")


@pytest.fixture(scope="module")
def build_script() -> ModuleType:
    """``scripts/build_border_belts.py`` as a module (skipped where the tests run from an
    installed package without the repository's scripts)."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "build_border_belts.py"
    if not path.exists():
        pytest.skip("the build script is not in an installed package")
    spec = importlib.util.spec_from_file_location("build_border_belts", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
