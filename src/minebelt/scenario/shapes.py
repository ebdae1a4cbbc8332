"""Degenerate and invalid user geometry, refused before any work: one line naming the part.

Layer: inputs.

A section's ``line`` and ``mask`` (already checked for structure and size by
:mod:`minebelt.scenario.geojson`) must also describe something that has a length or an area:

- :func:`check_line`: a LineString, or a MultiLineString whose parts join end to start --
  at one point, or across the antimeridian as RFC 7946 (section 3.1.9) cuts a line there:
  a part ending at longitude 180 (or -180) followed by one starting at -180 (or 180) on the
  same latitude. It returns the joined line as one list of ``[lon, lat]``. Refused: a part
  with fewer than 2 positions, an empty part, parts that do not join, a line of zero length
  (every position the same point), positions outside longitude -180..180 / latitude -90..90,
  and a line that crosses or runs back over itself (its left and right sides would swap);
- :func:`check_polygons`: a Polygon or MultiPolygon whose rings have 4 or more positions, are
  closed and form a valid polygon (OGC simple features, as GEOS checks it): a bowtie ring, a
  hole outside its shell, overlapping parts are refused with the place GEOS reports, instead
  of being silently "made valid" into a different area.

Errors are :class:`~minebelt.errors.InputError` lines naming ``where`` (the file, the section
and the field). Cost: linear in the positions, plus GEOS's ``is_simple``/``is_valid``
(``O(n log n)`` noding) once the geometric work is known to be bounded
(:mod:`minebelt.scenario.workload`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import InputError

#: Two positions closer than this (degrees) are the same point where parts join (~1 mm).
JOIN_TOL_DEG = 1e-8


def _fmt(p: np.ndarray | Sequence[float]) -> str:
    return f"({float(p[0]):.6g}, {float(p[1]):.6g})"


def _xy(part: list[Any]) -> np.ndarray:
    """``(n, 2)`` longitude/latitude of a list of 2- or 3-number positions."""
    return np.array([p[:2] for p in part], dtype=float).reshape(-1, 2)


def _in_range(xy: np.ndarray, where: str) -> None:
    bad = np.flatnonzero((np.abs(xy[:, 0]) > 180.0) | (np.abs(xy[:, 1]) > 90.0))
    if len(bad):
        i = int(bad[0])
        raise InputError(
            f"{where}: position {i + 1} {_fmt(xy[i])} is outside longitude -180..180 / latitude -90..90 "
            "(EPSG:4326, longitude first): is it in another CRS?"
        )


def _dedupe(xy: np.ndarray) -> np.ndarray:
    keep = np.ones(len(xy), bool)
    keep[1:] = np.any(xy[1:] != xy[:-1], axis=1)
    return xy[keep]


def _joins(a: np.ndarray, b: np.ndarray) -> bool:
    """True when a part ending at ``a`` and the next starting at ``b`` are one line: the same
    point, or the same point of the antimeridian written as 180 and -180."""
    if np.all(np.abs(a - b) <= JOIN_TOL_DEG):
        return True
    return bool(
        abs(abs(a[0]) - 180.0) <= JOIN_TOL_DEG and abs(a[0] + b[0]) <= JOIN_TOL_DEG and abs(a[1] - b[1]) <= JOIN_TOL_DEG
    )


def _crossing(xy: np.ndarray) -> np.ndarray | None:
    """Where a line (unwrapped longitudes) crosses or runs over itself, or None if it is simple
    (a closed line touching itself only at its ends is simple)."""
    import shapely

    if shapely.is_simple(shapely.LineString(xy)):
        return None
    # The first place: the shortest non-simple prefix, by bisection (GEOS stops at the first
    # crossing it finds, so each test is cheap even for a scribble; noding the whole line to
    # list its crossings would cost their number, which can be billions).
    lo, hi = 2, len(xy)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if shapely.is_simple(shapely.LineString(xy[:mid])):
            lo = mid
        else:
            hi = mid
    shared = xy[hi - 2]
    met = shapely.intersection(shapely.LineString(xy[hi - 2 : hi]), shapely.LineString(xy[: hi - 1]))
    pts = [p for p in shapely.get_coordinates(met) if np.any(p != shared)]
    return np.asarray(pts[0]) if pts else shared


def check_line(kind: str, coords: list[Any], where: str) -> list[list[float]]:
    """The positions of a LineString or MultiLineString ``coords`` joined into one line
    (``[[lon, lat], ...]``, consecutive repeats dropped), or :class:`InputError`.

    ``where`` names the field (``"s.toml: sections[0] 'Poland': line"``).
    """
    parts = [coords] if kind == "LineString" else list(coords)
    if not parts:
        raise InputError(f"{where}: the MultiLineString has no parts")
    arrays = []
    for k, part in enumerate(parts):
        here = where if kind == "LineString" else f"{where}: part {k + 1} of {len(parts)}"
        if len(part) == 0:
            raise InputError(f"{here}: is empty; a line needs at least 2 positions")
        if len(part) < 2:
            raise InputError(f"{here}: has 1 position {_fmt(part[0])}; a line needs at least 2")
        xy = _xy(part)
        _in_range(xy, here)
        arrays.append(xy)
    joined = [arrays[0]]
    for k in range(1, len(arrays)):
        a, b = arrays[k - 1][-1], arrays[k][0]
        if not _joins(a, b):
            raise InputError(
                f"{where}: parts {k} and {k + 1} do not join (part {k} ends at {_fmt(a)}, part {k + 1} starts at {_fmt(b)}); "
                "a MultiLineString line must be one line cut into parts that meet end to start, as RFC 7946 (3.1.9) cuts a "
                "line at the antimeridian; give separate lines as separate sections"
            )
        joined.append(arrays[k][1:])
    xy = _dedupe(np.vstack(joined))
    if len(xy) < 2:
        raise InputError(
            f"{where}: has zero length: all its positions are the same point {_fmt(xy[0])}; a line needs two distinct points"
        )
    flat = xy.copy()
    flat[:, 0] = np.unwrap(flat[:, 0], period=360.0)  # across the antimeridian the short way
    at = _crossing(flat)
    if at is not None:
        lon = ((float(at[0]) + 180.0) % 360.0) - 180.0
        raise InputError(
            f"{where}: crosses or runs back over itself near {_fmt((lon, at[1]))}; a front must not (its left and right "
            "sides would swap): remove the loop, or split the line into sections"
        )
    return xy.tolist()


_REASON = {
    "Self-intersection": "a ring crosses itself (as a bowtie does)",
    "Ring Self-intersection": "a ring touches itself",
    "Too few points": "a ring has fewer than 3 distinct points (it has no area)",
    "Hole lies outside shell": "a hole lies outside its polygon",
    "Nested holes": "a hole lies inside another hole",
    "Interior is disconnected": "the holes cut the polygon in two",
    "Nested shells": "one polygon of the MultiPolygon lies inside another",
    "Duplicate Rings": "a ring is repeated",
    "Invalid Coordinate": "a position is not a finite number",
}


def check_polygons(kind: str, coords: list[Any], where: str) -> None:
    """Refuse (:class:`InputError`) a Polygon or MultiPolygon ``coords`` that is empty, has a
    ring of fewer than 4 positions or not closed, or is not a valid polygon (OGC)."""
    import shapely

    polys = [coords] if kind == "Polygon" else list(coords)
    if not polys:
        raise InputError(f"{where}: the MultiPolygon has no polygons")
    rings_xy = []
    for k, rings in enumerate(polys):
        here = where if kind == "Polygon" else f"{where}: polygon {k + 1} of {len(polys)}"
        if len(rings) == 0:
            raise InputError(f"{here}: is empty; a polygon needs an outer ring")
        arrs = []
        for j, ring in enumerate(rings):
            rhere = f"{here}: ring {j + 1}" if len(rings) > 1 else here
            if len(ring) < 4:
                raise InputError(
                    f"{rhere}: has {len(ring)} positions; a ring needs at least 4 (3 corners and the first repeated at the end)"
                )
            xy = _xy(ring)
            _in_range(xy, rhere)
            if np.any(xy[0] != xy[-1]):
                raise InputError(
                    f"{rhere}: is not closed: it starts at {_fmt(xy[0])} and ends at {_fmt(xy[-1])} (RFC 7946 3.1.6: the last position repeats the first)"
                )
            if shapely.area(shapely.convex_hull(shapely.multipoints(xy))) == 0.0:
                raise InputError(f"{rhere}: has no area: its positions lie on one line (or repeat one point)")
            arrs.append(xy)
        rings_xy.append(arrs)
    geom = (
        shapely.MultiPolygon([shapely.Polygon(r[0], r[1:]) for r in rings_xy])
        if kind == "MultiPolygon"
        else shapely.Polygon(rings_xy[0][0], rings_xy[0][1:])
    )
    reason = shapely.is_valid_reason(geom)
    if reason == "Valid Geometry":
        return
    name, _, rest = reason.partition("[")
    what = _REASON.get(name.strip(), name.strip().lower())
    place = ""
    if rest:
        nums = rest.rstrip("]").split()
        if len(nums) >= 2:
            place = f" near {_fmt((float(nums[0]), float(nums[1])))}"
    raise InputError(
        f"{where}: not a valid polygon: {what}{place}; fix it in a GIS (e.g. QGIS 'Fix geometries') and try again"
    )


__all__ = ["check_line", "check_polygons"]
