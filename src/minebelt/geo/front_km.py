"""The km scale of a border front: a segment's km at each vertex, a stretch's bounds and line.

Layer: measure. Kilometres of a border are on the dataset's own km scale: the bundled
``start_km``/``end_km`` of every segment, measured by the data build on the full-resolution
line from the border's km 0 (``km0_rule``; not an official chainage); along a stored
(simplified) segment they run in proportion to the geodesic length (:mod:`minebelt.geo.measure`).
:mod:`minebelt.geo.front` builds its runs with these functions and re-exports them.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import settings
from ..errors import InputError
from .measure import densify, unwrap_line, vertex_km


def segment_km(seg: Any) -> tuple[np.ndarray, np.ndarray]:
    """A border segment's lon/lat vertices (densified) and the border km at each vertex.

    The km axis runs from the segment's stored ``start_km`` to ``end_km`` (the build's
    geodesic measure of the full-resolution line), in proportion to the geodesic length
    along the stored line, so markers and stretches agree with the published lengths.
    """
    import shapely

    coords = shapely.get_coordinates(seg.geometry)
    if len(coords) >= 2:
        coords = unwrap_line(coords)
        line = densify(shapely.LineString(coords))
        if not line.is_empty:
            coords = shapely.get_coordinates(line)
    cum = vertex_km(coords)
    if len(coords) < 2:
        return coords, cum + seg.start_km
    scale = (seg.end_km - seg.start_km) / cum[-1] if cum[-1] > 0 else 1.0
    return coords, seg.start_km + cum * scale


def substring_km(coords: np.ndarray, cum_km: np.ndarray, start: float, end: float) -> np.ndarray:
    """The part of a polyline between ``start`` and ``end`` km (positions in ``cum_km``)."""
    start = max(start, float(cum_km[0]))
    end = min(end, float(cum_km[-1]))
    if end <= start:
        return np.empty((0, 2))
    x = np.interp([start, end], cum_km, coords[:, 0])
    y = np.interp([start, end], cum_km, coords[:, 1])
    inner = (cum_km > start) & (cum_km < end)
    return np.vstack([[x[0], y[0]], coords[inner], [x[1], y[1]]])


def stretch_bounds(
    from_km: float | None, to_km: float | None, total_km: float, name: str, where: str
) -> tuple[float, float]:
    """The km range [lo, hi] of a stretch of a border ``total_km`` long.

    ``to_km`` up to ``settings.STRETCH_END_TOLERANCE_KM`` beyond the end (the rounding of
    the displayed length) is read as the end.
    """
    tol = settings.STRETCH_END_TOLERANCE_KM
    lo = 0.0 if from_km is None else float(from_km)
    if lo >= total_km:
        raise InputError(
            f"{where}: from_km = {lo:g}: at or beyond the end of the {name} border ({total_km:.1f} km); allowed [0, {total_km:.1f})"
        )
    hi = total_km if to_km is None else float(to_km)
    if hi > total_km + tol:
        raise InputError(
            f"{where}: to_km = {hi:g}: beyond the end of the {name} border ({total_km:.1f} km); "
            f"allowed ({lo:g}, {total_km:.1f}], and up to {total_km + tol:.1f} is read as the end"
        )
    return lo, min(hi, total_km)
