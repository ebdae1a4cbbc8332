"""One side of a two-sided zone: the points whose nearest front point sees them on that side.

Layer: measure.

A drawn ``line`` with ``side = "left"``/``"right"`` (as seen walking from its first point to
its last) gets the part of the two-sided zone (:func:`minebelt.geo.zone.zone`) on that side.
"On that side" is decided by the nearest point of the line, not by a one-sided rectangle per
segment: a perpendicular from a meandering line can reach across a meander into land on the
other side, and that land is not the defender's side (review item 2: 20-110 km² of wrong-side
land on EST-RUS and POL-BLR at 2 km).

Construction: the zone's boundary and the line (each end extended by
:data:`END_EXTENSION_DEG` so it crosses the square end) are noded and polygonized; each face
lies wholly on one side of the line (the segment from a point of the face to its nearest line
point does not cross the line), decided at its representative point by the sign of the cross
product with the line's direction at the nearest point.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Each end of the line is extended this far (degrees, ~1 m) along its last segment, so that
#: it crosses the zone's square end and the faces separate.
END_EXTENSION_DEG = 1e-5


def _extended(c: np.ndarray) -> np.ndarray:
    out = np.array(c, dtype=float)
    for k, j in ((0, 1), (-1, -2)):
        t = out[k] - out[j]
        n = float(np.hypot(*t))
        if n > 0:
            out[k] = out[k] + t / n * END_EXTENSION_DEG
    return out


def _side_of(line: Any, p: Any) -> float:
    """> 0 when ``p`` is left of ``line`` at its nearest point, < 0 right."""
    import shapely

    s = float(shapely.line_locate_point(line, p))
    length = float(line.length)
    h = min(1e-6, length / 4)
    a = shapely.get_coordinates(shapely.line_interpolate_point(line, max(s - h, 0.0)))[0]
    b = shapely.get_coordinates(shapely.line_interpolate_point(line, min(s + h, length)))[0]
    q = shapely.get_coordinates(shapely.line_interpolate_point(line, s))[0]
    x, y = shapely.get_coordinates(p)[0]
    return float((b[0] - a[0]) * (y - q[1]) - (b[1] - a[1]) * (x - q[0]))


def one_side(zone: Any, lines: list[np.ndarray], side: str) -> Any:
    """The faces of ``zone`` (lon/lat polygon) on ``side`` (``"left"``/``"right"``) of ``lines``
    ((n, 2) lon/lat arrays, directed, same longitude frame)."""
    import shapely

    if zone.is_empty or not lines:
        return zone
    ext = [shapely.LineString(_extended(c)) for c in lines if len(c) >= 2]
    noded = shapely.union_all([shapely.boundary(zone), *ext])
    faces = np.asarray(shapely.get_parts(shapely.polygonize(shapely.get_parts(noded))))
    if len(faces) == 0:
        return shapely.Polygon()
    pts = shapely.point_on_surface(faces)
    shapely.prepare(zone)
    inside = shapely.contains(zone, pts)
    want = 1.0 if side == "left" else -1.0
    keep = []
    for f, p, ok in zip(faces, pts, inside, strict=True):
        if not ok:
            continue
        line = min(ext, key=lambda g: shapely.distance(g, p))
        if _side_of(line, p) * want > 0:
            keep.append(f)
    if not keep:
        return shapely.Polygon()
    out = shapely.union_all(keep)
    return out if out.is_valid else shapely.make_valid(out)
