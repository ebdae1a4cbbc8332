"""The belts as hazard-area records: ``hazard-areas.csv`` and ``hazard-areas.gpkg``.

Layer: outputs. ``minebelt report --records`` writes each belt of an estimate as the record a
national mine-action database keeps of a hazardous area (IMAS 05.10 information management;
the GICHD minimum data requirements for a contaminated area; the recording rules of CCW
Amended Protocol II, Technical Annex 1: :mod:`minebelt.model.records_sources`), so that the
decision to lay a belt leaves the record its clearance will need.

Strategic attributes only (docs/scope.md): the belt polygon, its country, the estimated number
and class of devices, the planned laying years, marking and fencing, the self-destruct share and
the status "planned". The belt polygon is the finest unit: no mine position, row, spacing or
pattern is estimated, stored or written. The fields, units and precision are the data
dictionary's :data:`minebelt.outputs.datadict.RECORD_COLUMNS`.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from .._version import __version__
from ..numbers import decimals
from .datadict import RECORD_COLUMNS

if TYPE_CHECKING:
    import pandas

    from ..pipeline.result import EstimateResult

LAYER = "hazard_areas"


def _round(name: str, v: Any) -> Any:
    """A record field at the data dictionary's precision, half away from zero as every CSV
    (:func:`minebelt.numbers.decimals`, the web page's rule), not Python's half to even."""
    d = RECORD_COLUMNS[name].decimals
    if d is None or v is None or isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return v
    r = decimals(v, d)
    return int(r) if d == 0 else float(r)


def _laying_years(doc: dict[str, Any], country: str) -> tuple[Any, Any]:
    prod = doc.get("production")
    if not isinstance(prod, dict):
        return None, None
    start = prod.get("start_year")
    by_country = prod.get("by_country") or {}
    end = (by_country.get(country) or {}).get("year_complete", prod.get("year_complete"))
    return start, (math.ceil(end) if isinstance(end, (int, float)) and math.isfinite(end) else None)


def _marking(doc: dict[str, Any]) -> str:
    cost = doc.get("cost")
    fenced = isinstance(cost, dict) and bool(cost.get("fence_included"))
    return "required (APII Art. 5(2)(a)): perimeter marked, monitored, fenced" + (
        "; fence costed" if fenced else "; not costed"
    )


def record_rows(result: EstimateResult) -> list[dict[str, Any]]:
    """One record per section of ``result`` (the figures of its ``minebelt.estimate/1``
    document), in section order, each field rounded to the data dictionary's precision;
    ``geometry`` holds the belt polygon (EPSG:4326) or None for a stated-length section."""
    import shapely

    doc = result.document
    sc = doc.get("scenario") or {}
    belts = result.belts or [None] * len(result.sections)
    rows = []
    for i, (s, belt) in enumerate(zip(result.sections, belts, strict=False)):
        country = str(s.get("country") or "")
        neighbour = str(s.get("border") or "")
        start, end = _laying_years(doc, country)
        dist = s["mines_dist"] if isinstance(s.get("mines_dist"), dict) else {}
        area = s.get("area_km2")
        point = shapely.point_on_surface(belt) if belt is not None and not belt.is_empty else None
        row = {
            "hazard_id": f"MB-{country.replace('+', '')}-{(neighbour or 'LINE').replace('+', '')}-{i + 1:03d}",
            "hazard_name": s.get("name"),
            "country": country,
            "neighbour": neighbour,
            "status": "planned",
            "hazard_type": "CHA",
            "device_category": "mine",
            "device_class": "anti-personnel",
            "devices_estimated": s.get("mines"),
            "devices_estimated_p05": dist.get("p05"),
            "devices_estimated_p95": dist.get("p95"),
            "density_per_km2": s.get("density_per_km2"),
            "area_m2": None if area is None else area * 1e6,
            "area_km2": area,
            "front_km": s.get("belt_front_km", s.get("length_km")),
            "depth_km": s.get("depth_km"),
            "planned_laying_start_year": start,
            "planned_laying_end_year": end,
            "marking_fencing": _marking(doc),
            "self_destruct_share": None,
            "benchmark_lon": None if point is None else point.x,
            "benchmark_lat": None if point is None else point.y,
            "scenario": sc.get("name"),
            "scenario_sha256": sc.get("sha256"),
            "recorded_by": f"minebelt {__version__} (estimate, not a survey)",
        }
        rows.append({k: _round(k, v) for k, v in row.items()} | {"geometry": belt})
    return rows


def records_frame(result: EstimateResult) -> pandas.DataFrame:
    """The records as a table (pandas), the columns of :data:`RECORD_COLUMNS` in order, no
    geometry (the CSV); whole-number fields as nullable integers, text cells formula-safe."""
    import pandas as pd

    from .hygiene import csv_cell

    rows = [{k: v for k, v in r.items() if k != "geometry"} for r in record_rows(result)]
    df = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    for name, col in RECORD_COLUMNS.items():
        if col.decimals == 0:
            df[name] = pd.array(df[name].tolist(), dtype="Int64")
        elif col.decimals is None:
            df[name] = df[name].map(lambda v: csv_cell(v) if isinstance(v, str) else v)
    return df


def records_csv_text(result: EstimateResult) -> str:
    """``hazard-areas.csv`` (UTF-8, ``\\n`` line ends)."""
    return records_frame(result).to_csv(index=False, lineterminator="\n")


def records_gpkg_bytes(result: EstimateResult) -> bytes:
    """``hazard-areas.gpkg``: layer ``hazard_areas``, one polygon per belt (EPSG:4326) with the
    record's fields; reproducible byte for byte like the report's other GeoPackage
    (:func:`minebelt.outputs.exports.gpkg_timestamp`). Sections without a polygon (stated
    lengths) are left out of the layer (they are in the CSV)."""
    import tempfile
    from pathlib import Path

    import geopandas as gpd
    import pyogrio

    from .exports import _GDAL_LOCK, gpkg_timestamp

    rows = [r for r in record_rows(result) if r["geometry"] is not None]
    if not rows:
        from ..errors import InputError

        raise InputError("no section has a belt polygon (every length is stated): no hazard-area polygons to write")
    frame = records_frame(result)
    keep = [i for i, b in enumerate(result.belts or []) if b is not None]
    sub = frame.iloc[keep].reset_index(drop=True)
    sub = sub[[c for c in sub.columns if not sub[c].isna().all()]]
    gdf = gpd.GeoDataFrame(sub, geometry=[r["geometry"] for r in rows], crs="EPSG:4326")
    with _GDAL_LOCK, tempfile.TemporaryDirectory(prefix="minebelt-records-") as d:
        previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": gpkg_timestamp()})
        try:
            path = Path(d) / "hazard-areas.gpkg"
            gdf.to_file(path, layer=LAYER, driver="GPKG", engine="pyogrio")
            return path.read_bytes()
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


__all__ = ["LAYER", "record_rows", "records_csv_text", "records_frame", "records_gpkg_bytes"]
