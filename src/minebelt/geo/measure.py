"""Geodesic measures of lon/lat geometry, and longitude frames across the antimeridian.

Layer: measure.

Pure functions, no I/O. Every geometry minebelt handles is in EPSG:4326 with edges that are
straight in longitude/latitude, as GeoJSON defines them (RFC 7946, section 3.1.1: "a line
between two positions is a straight Cartesian line") and as GEOS/shapely intersect them. A
geodesic measure of the raw vertices would treat each edge as a geodesic instead, which is a
different line wherever an edge is long: along 22°N (Egypt–Sudan) a 600 km edge and its
geodesic are ~3 km apart, more than a 2 km belt is deep. So every edge is first cut into
pieces of at most :data:`minebelt.settings.DENSIFY_DEG` degrees (``shapely.segmentize``), on
which edge and geodesic coincide to well under a metre; then lengths and areas are taken on
the WGS84 ellipsoid with :class:`pyproj.Geod` (Karney's algorithms).

Error bound: a lon/lat-straight edge of length ``s`` departs from the geodesic by about
``s² tan(lat) / (8 R)``; at ``s`` = 0.005° (≤ 0.56 km) and 70° latitude that is 0.02 m, and
the area between them ~1e-5 km² per edge, far below 0.1 % of any belt.

Antimeridian: consecutive vertices more than 180° apart in longitude are joined the short way,
across ±180° (the convention of the ``antimeridian`` package and of web maps). Such geometry is
handled in an *unwrapped* frame where longitudes run on past ±180° (:func:`unwrap_line`,
:func:`into_frame`) and split back at ±180° for output (:func:`to_standard`), as RFC 7946
section 3.1.9 asks.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np

from .. import settings


@cache
def _geod() -> Any:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def densify(geom: Any, max_deg: float | None = None) -> Any:
    """``geom`` with no edge longer than ``max_deg`` degrees (default ``settings.DENSIFY_DEG``).

    Zero-length line parts (two equal vertices, left by simplification) are dropped, since
    GEOS cannot segmentize them; they have no length or area anyway.
    """
    import shapely

    if geom is None or geom.is_empty:
        return geom
    step = settings.DENSIFY_DEG if max_deg is None else max_deg
    try:
        return shapely.segmentize(geom, step)
    except shapely.errors.GEOSException:
        parts = [p for p in shapely.get_parts(geom) if not p.is_empty and shapely.length(p) > 0]
        if not parts:
            return shapely.GeometryCollection()
        return shapely.segmentize(shapely.GeometryCollection(parts), step)


def geodesic_length_km(geom: Any) -> float:
    """Length (km) on the WGS84 ellipsoid of a (multi)line whose edges are straight in lon/lat."""
    if geom is None or geom.is_empty:
        return 0.0
    return float(_geod().geometry_length(densify(geom))) / 1000.0


def geodesic_area_km2(geom: Any) -> float:
    """Area (km²) on the WGS84 ellipsoid of a (multi)polygon whose edges are straight in lon/lat.

    Each polygon counts as its shell's area minus its holes' areas, whatever the rings'
    orientation, so parts never cancel.
    """
    import shapely

    if geom is None or geom.is_empty:
        return 0.0
    geod = _geod()

    def ring_m2(ring: Any) -> float:
        xy = shapely.get_coordinates(ring)
        return abs(float(geod.polygon_area_perimeter(xy[:, 0], xy[:, 1])[0])) if len(xy) >= 4 else 0.0

    total = 0.0
    for part in shapely.get_parts(densify(geom)):
        if part.geom_type == "Polygon":
            total += ring_m2(part.exterior) - sum(ring_m2(h) for h in part.interiors)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            total += geodesic_area_km2(part) * 1e6
    return total / 1e6


def vertex_km(coords: np.ndarray) -> np.ndarray:
    """Cumulative geodesic distance (km) at each vertex of a lon/lat coordinate array.

    Exact for the lon/lat-straight edges only when they are short: call it on densified
    coordinates (:func:`densify`).
    """
    if len(coords) < 2:
        return np.zeros(len(coords))
    _, _, d = _geod().inv(coords[:-1, 0], coords[:-1, 1], coords[1:, 0], coords[1:, 1])
    return np.concatenate([[0.0], np.cumsum(d) / 1000.0])


# ----------------------------------------------------------------------------- antimeridian


def unwrap_line(coords: np.ndarray) -> np.ndarray:
    """Longitudes made continuous: a step of more than 180° goes the short way across ±180°.

    The result is shifted by a multiple of 360° so that its mid-longitude lies in [-180, 180].
    """
    out = np.array(coords, dtype=float, copy=True)
    if len(out) < 2:
        return out
    out[:, 0] = np.unwrap(out[:, 0], period=360.0)
    mid = (out[:, 0].min() + out[:, 0].max()) / 2
    out[:, 0] -= 360.0 * np.round(mid / 360.0)
    return out


def within_standard(bounds: tuple[float, float, float, float] | np.ndarray) -> bool:
    """True when a bounding box ``(minx, miny, maxx, maxy)`` lies within longitudes [-180, 180]."""
    return bool(-180.0 <= bounds[0] and bounds[2] <= 180.0)


def frame_windows(bounds: tuple[float, float, float, float]) -> list[tuple[tuple[float, float, float, float], float]]:
    """The standard-longitude boxes that make up ``bounds`` of an unwrapped frame, each with
    the shift (degrees) that moves it into the frame."""
    minx, miny, maxx, maxy = bounds
    out = []
    for shift in (-360.0, 0.0, 360.0):
        lo, hi = max(minx - shift, -180.0), min(maxx - shift, 180.0)
        if hi > lo:
            out.append(((lo, miny, hi, maxy), shift))
    return out


def shift_lon(geom: Any, degrees: float) -> Any:
    """``geom`` moved by ``degrees`` of longitude."""
    import shapely

    return geom if not degrees else shapely.transform(geom, lambda xy: xy + np.array([degrees, 0.0]))


def into_frame(geom: Any, bounds: tuple[float, float, float, float]) -> Any:
    """The parts of ``geom`` (standard longitudes) inside ``bounds`` of an unwrapped frame,
    moved into that frame (longitudes shifted by ±360° where the box runs past ±180°).

    ``bounds`` within [-180, 180]: ``geom`` itself, unclipped.
    """
    import shapely

    if geom is None or geom.is_empty or within_standard(bounds):
        return geom
    pieces = []
    for box, shift in frame_windows(bounds):
        part = shapely.intersection(geom, shapely.box(*box))
        if not part.is_empty:
            pieces.append(shift_lon(part, shift))
    if not pieces:
        return shapely.GeometryCollection()
    if len(pieces) == 1:
        return pieces[0]
    parts = list(shapely.get_parts(pieces))
    if all(p.geom_type in ("Polygon", "MultiPolygon") for p in parts):
        return shapely.union_all(parts)  # halves that met at 180 degrees become one polygon again
    return shapely.GeometryCollection(parts)


def to_standard(geom: Any) -> Any:
    """``geom`` of an unwrapped frame as standard longitudes, split at ±180° (RFC 7946 3.1.9).

    A geometry already within [-180, 180] is returned as it is.
    """
    import shapely

    if geom is None or geom.is_empty or within_standard(geom.bounds):
        return geom
    minx, _, maxx, _ = geom.bounds
    pieces = []
    for shift in (-360.0, 0.0, 360.0):
        lo, hi = -180.0 - shift, 180.0 - shift  # frame longitudes that map into [-180, 180]
        if maxx <= lo or minx >= hi:
            continue
        part = shapely.intersection(geom, shapely.box(lo, -90.0, hi, 90.0))
        if not part.is_empty:
            pieces.append(shift_lon(part, shift))
    polys = [p for p in shapely.get_parts(pieces) if p.geom_type in ("Polygon", "MultiPolygon")]
    lines = [p for p in shapely.get_parts(pieces) if p.geom_type in ("LineString", "MultiLineString")]
    if polys and not lines:
        return shapely.MultiPolygon(list(shapely.get_parts(polys)))
    if lines and not polys:
        return shapely.MultiLineString(list(shapely.get_parts(lines)))
    return shapely.GeometryCollection(list(shapely.get_parts(pieces)))
