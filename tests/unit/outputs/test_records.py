"""Hazard-area records (``report --records``): one planned CHA per belt, strategic fields only."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from minebelt import Cost, Defaults, Production, Scenario, Section, estimate
from minebelt.errors import InputError
from minebelt.outputs.datadict import RECORD_COLUMNS
from minebelt.outputs.exports import data_dictionary_text
from minebelt.outputs.records import record_rows, records_csv_text, records_gpkg_bytes

#: Fields a record may carry: nothing finer than the belt polygon (no position of a mine, no
#: row, spacing or pattern).
FORBIDDEN = ("spacing", "row", "pattern", "position", "mine_lat", "mine_lon", "cluster")


def _stated() -> Scenario:
    return Scenario(
        name="stated",
        defaults=Defaults(depth_km=2.0, density=6000.0),
        sections=[Section(name="Poland: 300 km", country="POL", border="BLR", length_km=300)],
        production=Production(),
        cost=Cost(),
    )


def test_fields_are_the_data_dictionary_and_strategic_only() -> None:
    assert list(RECORD_COLUMNS)[:3] == ["hazard_id", "hazard_name", "country"]
    assert not any(word in name for name in RECORD_COLUMNS for word in FORBIDDEN)
    assert all(c.description for c in RECORD_COLUMNS.values())


def test_a_stated_belt_is_a_planned_cha_with_its_devices_and_laying_years() -> None:
    res = estimate(_stated())
    (row,) = record_rows(res)
    assert row["hazard_id"] == "MB-POL-BLR-001" and row["status"] == "planned" and row["hazard_type"] == "CHA"
    assert row["device_class"] == "anti-personnel" and row["devices_estimated"] == 300 * 2 * 6000
    assert row["area_m2"] == 600 * 1_000_000 and row["density_per_km2"] == 6000
    assert row["planned_laying_start_year"] == res.document["production"]["start_year"]
    assert row["planned_laying_end_year"] >= row["planned_laying_start_year"]
    assert "Art. 5(2)(a)" in row["marking_fencing"] and row["marking_fencing"].endswith("fence costed")
    assert row["self_destruct_share"] is None  # no scenario input states it: not estimated
    assert row["geometry"] is None and row["benchmark_lon"] is None
    df = pd.read_csv(io.StringIO(records_csv_text(res)))
    assert list(df.columns) == list(RECORD_COLUMNS)
    with pytest.raises(InputError, match="no hazard-area polygons"):
        records_gpkg_bytes(res)
    dd = data_dictionary_text(res, records=True)
    assert "hazard-areas.csv,devices_estimated,mines,whole number" in dd


def test_a_measured_belt_has_its_polygon_and_a_benchmark_inside_it(tmp_path) -> None:
    import pyogrio
    import shapely

    sc = Scenario(
        name="measured",
        defaults=Defaults(depth_km=1.0, density=6000.0),
        sections=[Section(name="Estonia - Russia", country="EST", border="RUS")],
    )
    res = estimate(sc, samples=200, seed=1)
    (row,) = record_rows(res)
    assert row["geometry"] is not None and row["geometry"].geom_type in ("Polygon", "MultiPolygon")
    assert row["geometry"].contains(shapely.Point(row["benchmark_lon"], row["benchmark_lat"]))
    assert row["devices_estimated_p05"] <= row["devices_estimated"] <= row["devices_estimated_p95"]
    p = tmp_path / "hazard-areas.gpkg"
    p.write_bytes(records_gpkg_bytes(res))
    assert [name for name, _ in pyogrio.list_layers(p)] == ["hazard_areas"]
    df = pyogrio.read_dataframe(p)
    assert df.loc[0, "status"] == "planned" and df.crs.to_epsg() == 4326
    assert records_gpkg_bytes(res) == p.read_bytes()  # reproducible byte for byte
