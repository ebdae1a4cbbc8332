"""User GeoJSON (a section's ``line`` or ``mask``): read and checked before any geometry.

Layer: inputs.

:func:`check_geojson` takes a parsed GeoJSON object (a geometry, a Feature, or a
FeatureCollection of exactly one Feature) and returns the bare geometry
``{"type", "coordinates"}`` after checking, without recursion:

- the structure: objects where objects belong, ``crs`` (if any) naming EPSG:4326 / CRS84,
  the geometry type one of those wanted;
- the coordinates: nested as the type requires, every position 2 or 3 finite numbers,
  at most ``settings.LINE_VERTICES_MAX`` positions in all (buffering is linear in them);
- nothing but the geometry is passed on: properties, however large or deep, are dropped;
- the shape (:mod:`minebelt.scenario.shapes`): a line with a length, parts that join (a
  MultiLineString cut at the antimeridian comes back as one LineString), valid polygons.

:func:`load_geojson` does the same for a file path (through :mod:`minebelt.scenario.safe_files`:
regular files only, at most ``settings.GEOJSON_BYTES_MAX``) or an inline object.
Errors are :class:`~minebelt.errors.InputError` lines naming ``where``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from .. import settings
from ..errors import InputError, clip

#: Nesting of ``coordinates`` (number of list levels above a position's numbers).
COORD_DEPTH = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3}
#: Geometry types a section's ``line`` and ``mask`` may have.
LINE_TYPES = ("LineString", "MultiLineString")
MASK_TYPES = ("Polygon", "MultiPolygon")


def _crs_ok(crs: Any, where: str) -> None:
    name = ""
    if isinstance(crs, dict):
        props = crs.get("properties")
        if isinstance(props, dict) and isinstance(props.get("name"), str):
            name = props["name"]
    if not any(t in name.upper() for t in ("4326", "CRS84")):
        shown = name or clip(crs)
        raise InputError(
            f"{where}: crs {shown}: not supported; give coordinates in EPSG:4326 (longitude, latitude) and leave out crs"
        )


def _count_positions(coords: Any, levels: int, where: str) -> int:
    """Positions in ``coords`` nested ``levels`` deep; refuses anything else."""
    count = 0
    stack: list[tuple[Any, int]] = [(coords, levels)]
    while stack:
        node, lv = stack.pop()
        if lv == 0:
            if not (isinstance(node, list) and 2 <= len(node) <= 3):
                raise InputError(f"{where}: coordinates: a position must be [longitude, latitude], got {clip(node)}")
            for v in node:
                if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                    raise InputError(f"{where}: coordinates: a position must hold finite numbers, got {clip(node)}")
            count += 1
            if count > settings.LINE_VERTICES_MAX:
                raise InputError(
                    f"{where}: more than {settings.LINE_VERTICES_MAX:,} vertices (LINE_VERTICES_MAX); simplify the geometry"
                )
            continue
        if not isinstance(node, list):
            raise InputError(f"{where}: coordinates: expected an array, got {clip(node)}")
        stack.extend((c, lv - 1) for c in node)
    return count


def check_geojson(doc: Any, where: str, want: tuple[str, ...]) -> dict[str, Any]:
    """The bare geometry of ``doc`` (``{"type", "coordinates"}``), checked as described above.

    A line (``LineString`` or ``MultiLineString``) comes back as one ``LineString`` of
    ``[lon, lat]`` positions (:func:`minebelt.scenario.shapes.check_line`).
    """
    if not isinstance(doc, dict):
        raise InputError(f"{where}: not a GeoJSON object (got {type(doc).__name__})")
    if doc.get("crs") is not None:
        _crs_ok(doc["crs"], where)
    kind = doc.get("type")
    if kind == "FeatureCollection":
        feats = doc.get("features")
        if not isinstance(feats, list):
            raise InputError(f"{where}: features: must be an array of Feature objects")
        if len(feats) != 1:
            raise InputError(f"{where}: FeatureCollection must hold exactly one feature, has {len(feats)}")
        doc = feats[0]
        if not isinstance(doc, dict):
            raise InputError(f"{where}: features[0]: must be a Feature object, got {clip(doc)}")
        if doc.get("crs") is not None:
            _crs_ok(doc["crs"], where)
        kind = doc.get("type")
        if kind != "Feature":
            raise InputError(f"{where}: features[0]: type must be 'Feature', got {clip(kind)}")
    if kind == "Feature":
        doc = doc.get("geometry")
        if not isinstance(doc, dict):
            raise InputError(f"{where}: geometry: must be a GeoJSON geometry object, got {clip(doc)}")
        kind = doc.get("type")
    if kind not in want:
        raise InputError(f"{where}: expected {' or '.join(want)}, got {clip(kind)}")
    coords: Any = doc.get("coordinates")  # nested lists of positions: _count_positions checks them
    n = _count_positions(coords, COORD_DEPTH[kind], where)
    if n == 0:
        raise InputError(f"{where}: geometry is empty")
    from .shapes import check_line, check_polygons

    if kind in LINE_TYPES:
        return {"type": "LineString", "coordinates": check_line(kind, coords, where)}
    if kind in MASK_TYPES:
        check_polygons(kind, coords, where)
    return {"type": kind, "coordinates": coords}


def resolve_path(value: str, base: Path) -> Path:
    """A ``line``/``mask`` path: relative paths are relative to the scenario file's folder."""
    p = Path(value)
    return p if p.is_absolute() else base / p


def load_geojson(value: Any, base: Path, where: str, want: tuple[str, ...]) -> dict[str, Any]:
    """:func:`check_geojson` of an inline object, or of the file ``value`` names (relative to ``base``)."""
    if isinstance(value, str):
        from .safe_files import read_text

        p = resolve_path(value, base)
        text = read_text(p, max_bytes=settings.GEOJSON_BYTES_MAX, what="GeoJSON file", label=f"{where}: {p}")
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: {p} is not valid GeoJSON ({e})") from None
        except RecursionError:
            raise InputError(f"{where}: {p}: nested too deeply to be GeoJSON") from None
        return check_geojson(doc, f"{where}: {p}", want)
    return check_geojson(value, where, want)


__all__ = ["LINE_TYPES", "MASK_TYPES", "check_geojson", "load_geojson", "resolve_path"]
