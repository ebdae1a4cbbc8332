"""Files for other tools: GeoJSON / GeoPackage belts, CSV tables (QGIS, pandas).

Layer: outputs.

Table values are rounded to the precision :mod:`minebelt.outputs.datadict` gives each column (mines
whole, km and km² to 0.1, ...); ``result.json`` keeps full precision. Text cells a spreadsheet
would run as a formula get a leading apostrophe (:func:`minebelt.outputs.hygiene.csv_cell`). The
``*_text`` / ``*_bytes`` functions build file contents in memory; the ``write_*`` functions put
them on disk atomically (:mod:`minebelt.outputs`). GeoPackages are reproducible byte for byte.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .datadict import dictionary_rows, round_frame, round_value

if TYPE_CHECKING:
    from datetime import datetime

    from ..pipeline.result import EstimateResult


def belt_features(results: list[EstimateResult]) -> list[dict[str, Any]]:
    """GeoJSON features (EPSG:4326) of every section with a belt, figures as properties
    (rounded like the CSV, with ``_p05``/``_p95``... columns under Monte Carlo)."""
    import shapely

    feats = []
    for res in results:
        frame = res.to_frame()
        for (_, row), belt in zip(frame.iterrows(), res.belts or [None] * len(frame), strict=False):
            if belt is None:
                continue
            props: dict[str, Any] = {"scenario": res.scenario.name}
            for k, v in row.items():
                if isinstance(v, (list, tuple)):
                    v = "; ".join(map(str, v))
                elif v is None or (isinstance(v, float) and v != v):
                    v = None
                elif hasattr(v, "item"):
                    v = v.item()  # numpy scalar -> Python
                props[str(k)] = round_value(str(k), v)
            feats.append({"type": "Feature", "properties": props, "geometry": json.loads(shapely.to_geojson(belt))})
    return feats


def belts_geojson_text(
    results: list[EstimateResult], attribution: str | None = None, license: str | None = None
) -> str:
    """The belts as a GeoJSON FeatureCollection (text) with the data attribution; raises
    :class:`InputError` when no section has a belt."""
    from ..data.borders import data_info

    feats = belt_features(results)
    if not feats:
        raise InputError("no section has geometry (every length is stated); no belts to write")
    info = data_info() if attribution is None else {}
    doc = {
        "type": "FeatureCollection",
        "name": "minebelt belts",
        "attribution": attribution or info.get("attribution"),
        "license": license if attribution is not None else info.get("license"),
        "features": feats,
    }
    return json.dumps(doc, ensure_ascii=False)


def write_belts_geojson(results: list[EstimateResult], path: Path, *, option: str = "--geojson") -> None:
    """Write the belts to ``path`` as a GeoJSON FeatureCollection with the data attribution.

    Written atomically (:func:`minebelt.outputs.atomic.write_text`): a temporary file in the same
    folder renamed over ``path`` when complete; an existing file is replaced (check with
    :func:`minebelt.outputs.atomic.check_output_file` first). Path problems are InputError lines.
    """
    from .atomic import write_text

    try:
        text = belts_geojson_text(results)
    except InputError:
        raise InputError(
            f"{option} {path}: no section has geometry (every length is stated); nothing to write"
        ) from None
    write_text(Path(path), text, force=True, option=option)


def _flat_frame(df: Any) -> Any:
    """Lists in cells (e.g. a section's ``pairs``) as ``"; "``-joined text, for CSV / GPKG."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


def table_frame(result: EstimateResult, table: str = "sections") -> Any:
    """The ``"sections"`` or ``"countries"`` table as written to CSV and GeoPackage: flat,
    rounded, and formula-safe text cells."""
    import pandas as pd

    from .hygiene import csv_cell

    if table == "sections":
        df = result.to_frame()
    elif table == "countries":
        df = result.countries_frame()
    else:
        raise ValueError(f"table {table!r}: allowed 'sections', 'countries'")
    df = round_frame(_flat_frame(df), table)
    for col in df.columns:
        if df[col].dtype == object or pd.api.types.is_string_dtype(df[col]):
            df[col] = df[col].map(csv_cell)
    return df


def csv_text(result: EstimateResult, table: str = "sections") -> str:
    """A table as CSV text (UTF-8, ``\\n`` line ends)."""
    return table_frame(result, table).to_csv(index=False, lineterminator="\n")


def write_csv(result: EstimateResult, path: Path, table: str = "sections") -> None:
    """Write ``result``'s ``"sections"`` (one row per section) or ``"countries"`` table as CSV
    (UTF-8), atomically."""
    from .atomic import write_text

    write_text(Path(path), csv_text(result, table), force=True, option="csv")


def data_dictionary_text(
    result: EstimateResult, files: tuple[str, ...] = ("sections.csv", "countries.csv"), *, records: bool = False
) -> str:
    """``data-dictionary.csv``: file, column, unit, precision, description of every column of
    the CSV tables of ``result`` (and of ``hazard-areas.csv`` with ``records``)."""
    import io

    import pandas as pd

    tables = {
        f: list(table_frame(result, "countries" if f.startswith("countries") else "sections").columns) for f in files
    }
    if records:
        from .datadict import RECORD_COLUMNS

        tables["hazard-areas.csv"] = list(RECORD_COLUMNS)  # the columns of minebelt.outputs.records, in order
    buf = io.StringIO()
    pd.DataFrame(dictionary_rows(tables), columns=["file", "column", "unit", "precision", "description"]).to_csv(
        buf, index=False, lineterminator="\n"
    )
    return buf.getvalue()


_GDAL_LOCK = threading.Lock()


def reproducible_time() -> datetime:
    """The date written into files that carry one (a GeoPackage's ``last_change``, a PDF's
    ``/CreationDate``), fixed so that identical runs write identical bytes.

    ``SOURCE_DATE_EPOCH`` (https://reproducible-builds.org/specs/source-date-epoch/) when set,
    else the build time of the bundled border data the figures come from (the date the
    estimate's provenance names), else the Unix epoch. UTC.
    """
    import os
    from datetime import datetime

    when = None
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        when = datetime.fromtimestamp(int(epoch), tz=UTC)
    else:
        try:
            from ..data.borders import meta

            when = datetime.fromisoformat(str(meta().get("built"))).astimezone(UTC)
        except Exception:  # noqa: BLE001 - no data or no date: the epoch
            when = None
    return when or datetime.fromtimestamp(0, tz=UTC)


def gpkg_timestamp() -> str:
    """The ``last_change`` written into a GeoPackage (:func:`reproducible_time`), as GDAL's
    ``OGR_CURRENT_DATE`` expects it (``YYYY-MM-DDTHH:MM:SS.sssZ``)."""
    return reproducible_time().strftime("%Y-%m-%dT%H:%M:%S.000Z")


def write_gpkg(result: EstimateResult, path: Path) -> list[str]:
    """Write a GeoPackage with layers ``belts`` (belt polygons) and ``borders`` (each section's
    front line), EPSG:4326, the section figures as attributes (rounded like the CSV). Returns
    the layers written (a layer with no geometry at all is left out); raises
    :class:`InputError` when no section has geometry.

    The file is byte-for-byte reproducible: GDAL's timestamps (``gpkg_contents.last_change``)
    are set to :func:`gpkg_timestamp` instead of the wall clock (``OGR_CURRENT_DATE``)."""
    import pyogrio

    with _GDAL_LOCK:
        previous = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
        pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": gpkg_timestamp()})
        try:
            return _write_gpkg(result, path)
        finally:
            pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": previous})


def _write_gpkg(result: EstimateResult, path: Path) -> list[str]:
    import geopandas as gpd

    df = table_frame(result, "sections")
    df.insert(0, "section_index", range(len(df)))
    layers: list[str] = []
    for layer, geoms in (("belts", result.belts), ("borders", result.border_lines)):
        if not geoms:
            continue
        keep = [i for i, g in enumerate(geoms) if g is not None]
        if not keep:
            continue
        sub = df.iloc[keep].reset_index(drop=True)
        # columns that are empty for every kept row carry no type GDAL can infer
        sub = sub[[c for c in sub.columns if not sub[c].isna().all()]]
        gdf = gpd.GeoDataFrame(sub, geometry=[geoms[i] for i in keep], crs="EPSG:4326")
        gdf.to_file(path, layer=layer, driver="GPKG", engine="pyogrio")
        layers.append(layer)
    if not layers:
        raise InputError(f"{path}: no section has geometry (every length is stated); nothing to write")
    return layers


def gpkg_bytes(result: EstimateResult) -> bytes:
    """:func:`write_gpkg` into a private temporary folder, returned as bytes."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="minebelt-gpkg-") as d:
        p = Path(d) / "belts.gpkg"
        write_gpkg(result, p)
        return p.read_bytes()
