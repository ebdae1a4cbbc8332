"""The geometric work a drawn line asks for, estimated before any of it is done.

Layer: inputs.

Building a belt buffers the front (GEOS, :mod:`minebelt.geo.zone`): every vertex's offset
curve is noded against the offset curves of the vertices within reach, twice the depth. The
work grows with the number of those pairs: measured (``benchmarks/bench_limits.py --only
geometry``), 0.15-0.25 us per pair on smooth or noisy traces (a 20,000-vertex sine at 35 m
spacing took 23 s at 50 km; a 200,000-vertex trace with 2 m of noise 103 s at 2 km and 285 s
at 20 km) and up to 15 us per pair on zigzags folding back within the depth (4,000 vertices
1 m apart: 40-240 s; the probe's 199,999 ran for hours). The number of vertices alone (capped
by ``LINE_VERTICES_MAX``) does not bound it: 200,000 vertices spread along a front are cheap,
4,000 in one place are not.

:func:`line_work` counts the pairs in linear time with a grid: the line as the buffer sees it
(edges cut to ``settings.BUFFER_DENSIFY_DEG``, vertices closer than 1 m counted once) in cells
of twice the depth; the pairs within reach are at most ``sum over cells of (vertices in the
cell) x (vertices in it and its 8 neighbours)``, an upper bound for any shape.
:func:`check_line_work` refuses a line longer than ``settings.LENGTH_KM_MAX`` or whose pairs,
summed over the depths its belts are built at (the point depth, or with an uncertain depth
the node depths of the section's area curve, :func:`minebelt.geo.sections.live_nodes`),
exceed ``settings.GEOMETRY_WORK_MAX``, with one line naming the section, the bound and the
vertex spacing that would fit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .. import settings
from ..errors import InputError

KM_PER_DEG_LAT = 110.574
KM_PER_DEG_LON = 111.320


def _plane_km(xy: np.ndarray) -> np.ndarray:
    """Lon/lat (longitudes unwrapped) as km on a local plate carrée (good enough for counting)."""
    lon = np.unwrap(xy[:, 0], period=360.0)
    return np.column_stack([lon * KM_PER_DEG_LON * np.cos(np.radians(xy[:, 1])), xy[:, 1] * KM_PER_DEG_LAT])


def _keys(q: np.ndarray) -> np.ndarray:
    """One int64 per grid cell ``(i, j)`` (|i|, |j| < 2**31)."""
    return (q[:, 0].astype(np.int64) << 32) ^ (q[:, 1].astype(np.int64) & 0xFFFFFFFF)


def line_length_km(coords: list[list[float]] | np.ndarray) -> float:
    """Geodesic length (km, WGS84) of a lon/lat line's vertices (edges as geodesics)."""
    from pyproj import Geod

    xy = np.asarray(coords, dtype=float)
    lon = np.unwrap(xy[:, 0], period=360.0)
    return float(Geod(ellps="WGS84").line_length(lon, xy[:, 1])) / 1000.0


#: Vertices closer than this (km) count once; cells are at least this wide (km).
SAME_VERTEX_KM = 0.001
MIN_CELL_KM = 0.01


def _buffer_km(coords: list[list[float]] | np.ndarray) -> np.ndarray:
    """The line as the buffer sees it, on a local plane (km): edges cut to
    ``settings.BUFFER_DENSIFY_DEG``, consecutive vertices closer than 1 m counted once."""
    import shapely

    xy = np.asarray(coords, dtype=float)
    xy = np.column_stack([np.unwrap(xy[:, 0], period=360.0), xy[:, 1]])
    xy = shapely.get_coordinates(shapely.segmentize(shapely.LineString(xy), settings.BUFFER_DENSIFY_DEG))
    km = _plane_km(xy)
    q = np.floor(km / SAME_VERTEX_KM)
    keep = np.ones(len(q), bool)
    keep[1:] = np.any(q[1:] != q[:-1], axis=1)
    return km[keep]


def _pairs(km: np.ndarray, depth_km: float) -> int:
    """Upper bound of the pairs of ``km`` (vertices on a plane) within ``2 x depth_km``."""
    cells = np.floor(km / max(2.0 * depth_km, MIN_CELL_KM)).astype(np.int64)
    keys, counts = np.unique(_keys(cells), return_counts=True)
    ij = np.unique(cells, axis=0)  # the same cells, in the same order as ``keys`` is not guaranteed: look each up
    near = np.zeros(len(keys), dtype=np.int64)
    order = np.argsort(_keys(ij))
    ij = ij[order]
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            k = _keys(ij + np.array([di, dj]))
            at = np.clip(np.searchsorted(keys, k), 0, len(keys) - 1)
            near += np.where(keys[at] == k, counts[at], 0)
    return int(np.sum(counts.astype(np.int64) * near))


def line_work(coords: list[list[float]] | np.ndarray, depth_km: float | Sequence[float] | np.ndarray) -> int:
    """Upper bound of the vertex pairs within reach (``2 x depth_km``) of each other when the
    line ``coords`` (lon/lat, ``(n, 2)``) is buffered at ``depth_km`` (module docstring); for
    several depths (km), the sum over the belts built at each."""
    km = _buffer_km(coords)
    depths = np.atleast_1d(np.asarray(depth_km, dtype=float))
    return sum(_pairs(km, float(d)) for d in depths)


def spacing_that_fits(length_km: float, depths_km: float | Sequence[float] | np.ndarray) -> float:
    """Vertex spacing (km) at which an evenly traced line of ``length_km`` fits the budget:
    ``sum over depths d of (length / s) x (6 d / s) <= GEOMETRY_WORK_MAX``."""
    depths = np.maximum(np.atleast_1d(np.asarray(depths_km, dtype=float)), MIN_CELL_KM / 2)
    return float(np.sqrt(6.0 * length_km * float(depths.sum()) / settings.GEOMETRY_WORK_MAX))


def _metres(km: float) -> str:
    m = km * 1000.0
    return f"{m:,.0f} m" if m < 10_000 else f"{km:,.0f} km"


def check_line_work(
    coords: list[list[float]] | np.ndarray, depths_km: float | Sequence[float] | np.ndarray, where: str
) -> int:
    """The work (:func:`line_work`, summed over ``depths_km``, the depths its belts are built
    at) of a section's drawn line, or :class:`InputError` naming ``where``
    (``"s.toml: sections[0] 'Poland': line"``) and the bound it exceeds."""
    km = line_length_km(coords)
    if km > settings.LENGTH_KM_MAX:
        raise InputError(
            f"{where}: {km:,.0f} km long, more than {settings.LENGTH_KM_MAX:,.0f} km (LENGTH_KM_MAX, the longest front a section "
            "may have); does it run back and forth? Simplify it, or split it into sections"
        )
    depths = np.atleast_1d(np.asarray(depths_km, dtype=float))
    work = line_work(coords, depths)
    if work > settings.GEOMETRY_WORK_MAX:
        deepest, belts = float(depths.max()), len(depths)
        at = (
            f"at {deepest:g} km" if belts == 1 else f"at {len(depths)} depths up to {deepest:g} km (an uncertain depth)"
        )
        raise InputError(
            f"{where}: building its belts {at} would node about {work:,} pairs of vertices within reach of each other, "
            f"more than {settings.GEOMETRY_WORK_MAX:,} (GEOMETRY_WORK_MAX): the line folds back on itself or is traced "
            f"more finely than the depth needs; simplify it to vertices about {_metres(spacing_that_fits(km, depths))} apart, "
            "or split it into sections"
        )
    return work


__all__ = ["check_line_work", "line_length_km", "line_work", "spacing_that_fits"]
