"""The local pieces of a zone: rectangles and bend pies of a polyline, built as arrays.

Layer: measure. Used by :mod:`minebelt.geo.zone` (see its docstring for the definition): the
normal bundle of a polyline is the union of a rectangle ``segment x [-d, d]`` per segment and
a pie (disc sector) on the outside of every bend; near a real end, the last
``settings.END_CHORD_KM`` of the line (its *tail*) is told apart from the rest. Everything here
is in local metres; every piece of a polyline is built in one call (no Python loop per vertex).
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np

from .. import settings


def bundle_parts(xy: np.ndarray, d: float, side: str | None) -> list[Any]:
    """Rectangles and bend pies (shapely polygons, local metres) of a polyline ``xy``.

    ``side``: None (both sides), ``"left"`` or ``"right"`` of the line's direction.
    """
    return list(_parts(xy, d, side)[0])


def _parts(xy: np.ndarray, d: float, side: str | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rectangles and bend pies of a polyline ``xy`` (local metres), built as arrays.

    Returns ``(polygons, kind, index)``: kind 0 = the rectangle of segment ``index``, kind 1 =
    the pie at vertex ``index``. ``side``: None (both sides), ``"left"`` or ``"right"``.
    """
    import shapely

    empty = (np.empty(0, dtype=object), np.empty(0, dtype=int), np.empty(0, dtype=int))
    if len(xy) < 2:
        return empty
    a, b = xy[:-1], xy[1:]
    ln = np.hypot(*(b - a).T)
    ok = ln > 0
    u = np.zeros_like(a)
    u[ok] = (b - a)[ok] / ln[ok, None]
    n = np.column_stack([-u[:, 1], u[:, 0]]) * d  # left normal, length d
    if side is None:
        quads = np.stack([a + n, b + n, b - n, a - n, a + n], axis=1)
    elif side == "left":
        quads = np.stack([a, b, b + n, a + n, a], axis=1)
    else:
        quads = np.stack([a, a - n, b - n, b, a], axis=1)
    seg = np.flatnonzero(ok)
    # an array of polygons for an array of rings (the stubs' overloads also allow one Polygon)
    rects = cast(np.ndarray, shapely.polygons(quads[seg]))
    if len(u) < 2:
        return rects, np.zeros(len(seg), int), seg
    turn = np.arctan2(u[:-1, 0] * u[1:, 1] - u[:-1, 1] * u[1:, 0], np.einsum("ij,ij->i", u[:-1], u[1:]))
    ang_left = np.arctan2(n[:, 1], n[:, 0])  # direction of each segment's left normal
    valid = (np.abs(turn) >= 1e-12) & ok[:-1] & ok[1:]
    left_turn = valid & (turn > 0) & (side != "left")  # outside of the bend on the right
    right_turn = valid & (turn < 0) & (side != "right")  # outside on the left
    k = np.flatnonzero(left_turn | right_turn)
    if len(k) == 0:
        return rects, np.zeros(len(seg), int), seg
    t = turn[k]
    a0 = np.where(t > 0, ang_left[k] + np.pi, ang_left[k])
    pies = _pies(xy[k + 1], a0, t, d)
    polys = np.concatenate([rects, pies])
    kind = np.concatenate([np.zeros(len(seg), int), np.ones(len(k), int)])
    return polys, kind, np.concatenate([seg, k + 1])


def _pies(v: np.ndarray, a0: np.ndarray, turn: np.ndarray, d: float) -> np.ndarray:
    """Disc sectors at vertices ``v`` from angles ``a0`` over ``turn`` radians (radius ``d``),
    ``ceil(|turn| / (pi/2/BUFFER_QUAD_SEGS))`` arc segments each, as one array of polygons."""
    import shapely

    m = np.maximum(1, np.ceil(np.abs(turn) / (np.pi / 2 / settings.BUFFER_QUAD_SEGS)).astype(int))
    size = m + 3  # centre, m + 1 arc vertices, centre
    ring = np.repeat(np.arange(len(m)), size)
    start = np.concatenate([[0], np.cumsum(size)[:-1]])
    pos = np.arange(int(size.sum())) - np.repeat(start, size)  # 0 .. m + 2 within each ring
    i = pos - 1  # arc vertex number 0 .. m (centre at -1 and m + 1)
    frac = (turn / m)[ring]
    ang = np.where(i == m[ring], turn[ring], i * frac) + a0[ring]  # as numpy.linspace: the last one exact
    arc = (i >= 0) & (i <= m[ring])
    xy = np.repeat(v, size, axis=0)
    xy[arc] = xy[arc] + d * np.column_stack([np.cos(ang[arc]), np.sin(ang[arc])])
    return cast(np.ndarray, shapely.polygons(shapely.linearrings(xy, indices=ring)))


def _split_tails(
    xy: np.ndarray, start: bool, end: bool, ell0: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[tuple[np.ndarray, np.ndarray]]]:
    """``xy`` with a vertex ``J`` inserted ``ell0`` (at most half the line) from each real end,
    the tail tag of each segment and vertex (0: start tail, 1: end tail, -1: neither) and
    ``[(E, J)]`` for the start and end tails given."""
    cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
    total = float(cum[-1])
    ell = min(ell0, total / 2)
    cuts = ([ell] if start else []) + ([total - ell] if end else [])
    for c in cuts:
        if 0.0 < c < total and not np.any(np.isclose(cum, c, rtol=0.0, atol=1e-6)):
            k = int(np.searchsorted(cum, c))
            t = (c - cum[k - 1]) / (cum[k] - cum[k - 1])
            xy = np.insert(xy, k, xy[k - 1] + t * (xy[k] - xy[k - 1]), axis=0)
            cum = np.insert(cum, k, c)
    eps = 1e-6
    vtag = np.full(len(xy), -1)
    ends = []
    if start:
        vtag[cum <= ell + eps] = 0
        ends.append((xy[0], xy[int(np.argmin(np.abs(cum - ell)))]))
    if end:
        vtag[cum >= total - ell - eps] = 1
        ends.append((xy[-1], xy[int(np.argmin(np.abs(cum - (total - ell))))]))
    stag = np.full(len(xy) - 1, -1)
    if start:
        stag[cum[1:] <= ell + eps] = 0
    if end:
        stag[cum[:-1] >= total - ell - eps] = 1
    return xy, stag, vtag, ends


def _cluster(pts: np.ndarray, km: float) -> list[list[int]]:
    """Indices of ``pts`` (lon/lat) grouped so that points closer than ``km`` share a group
    (single linkage; distances in degrees of latitude, longitude scaled by cos(lat))."""
    n = len(pts)
    c = np.cos(np.radians((pts[:, None, 1] + pts[None, :, 1]) / 2))
    near = np.hypot((pts[:, None, 0] - pts[None, :, 0]) * c, pts[:, None, 1] - pts[None, :, 1]) < km / 111.0
    label = -np.ones(n, int)
    for s0 in range(n):
        if label[s0] >= 0:
            continue
        label[s0] = s0
        stack = [s0]
        while stack:
            i = stack.pop()
            for j in np.flatnonzero(near[i] & (label < 0)):
                label[j] = s0
                stack.append(int(j))
    return [np.flatnonzero(label == g).tolist() for g in np.unique(label)]
