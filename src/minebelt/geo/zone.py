"""The zone of a front: the region a perpendicular of length ``depth`` sweeps along it.

Layer: measure.

Definition (``docs/model.md``, "The belt polygon"). The zone of lines ``F`` at depth ``d`` is
the *normal bundle* of ``F`` cut square at its real ends:

* the normal bundle: every point ``P`` with a point ``Q`` of ``F`` such that ``|PQ| <= d`` and
  ``PQ`` is perpendicular to ``F`` at ``Q`` (at a vertex: any direction between the two
  adjacent segments' normals on the outside of the bend) -- the union of a rectangle
  ``segment x [-d, d]`` per segment and a pie (disc sector) on the outside of every bend.
  Everything within ``d`` whose nearest point of ``F`` is not an end is in it: no holes,
  whatever the bends (a GEOS flat-cap or single-sided buffer loses area once its offset curve
  folds: JTS issue 1028, r-spatial/sf issue 2552);
* square ends: at a real end ``E`` of a line (one that touches no other line) the zone stops at
  the line through ``E`` perpendicular to the *chord* of the last ``settings.END_CHORD_KM``
  (1 km; half the line when it is shorter than 2 km). Beyond that line, only what the rest of
  the front (everything but that last km) sweeps is kept: another run, or the same run
  curving back. The chord, not the last segment, sets the direction, so a kink of a few
  metres at a tripoint does not turn the end of a belt 50 km deep.

The zone grows with ``d`` (the last km and the cut line do not depend on ``d``): area never
decreases with depth.

Construction. Two-sided (border fronts): the round buffer of ``F`` (GEOS, robust: it is the set
within ``d``), minus near each real end ``E`` (i) the part of the disc of radius ``d`` about
``E`` that no rectangle or pie covers (exact: a point within ``d`` of ``F`` outside every such
disc has an interior nearest point, so it is in the bundle) and (ii) the part beyond the cut
line that the rectangles and pies of the rest do not cover. One side (drawn lines,
``side = "left"/"right"``): the faces of that two-sided zone whose nearest line point sees
them on that side (:mod:`minebelt.geo.sides`). Everything is built in transverse Mercator projections centred on pieces of at most
``settings.BUFFER_CHUNK_KM`` (scale error < 0.03 % within 125 km of the central meridian) and
back-projected after densifying edges in metres; arcs have ``settings.BUFFER_QUAD_SEGS``
segments per quarter circle (inscribed: round edges lie up to 0.12 % of ``d`` inside the
true circle).
"""

from __future__ import annotations

from typing import Any, cast

import numpy as np

from .. import settings
from .measure import densify, vertex_km
from .projection import from_local, local_projection
from .zone_parts import _cluster, _parts, _split_tails

#: Two lines whose ends are closer than this (degrees, ~1 cm) touch: no square end there.
TOUCH_DEG = 1e-7


def _dedupe(xy: np.ndarray) -> np.ndarray:
    keep = np.ones(len(xy), bool)
    keep[1:] = np.any(xy[1:] != xy[:-1], axis=1)
    return xy[keep]


def _merge(lines: list[np.ndarray]) -> list[np.ndarray]:
    """Lines joined where they meet end to end (undirected: a two-sided zone has no direction)."""
    import shapely

    good = [c for c in lines if len(c) >= 2 and np.any(c[1:] != c[:-1])]
    if len(good) <= 1:
        return good
    merged = shapely.line_merge(shapely.MultiLineString(good))
    return [shapely.get_coordinates(p) for p in shapely.get_parts(merged) if len(shapely.get_coordinates(p)) >= 2]


def _is_closed(c: np.ndarray) -> bool:
    return len(c) > 3 and bool(np.all(c[0] == c[-1]))


def real_ends(lines: list[np.ndarray]) -> list[tuple[int, int]]:
    """``(line index, 0 or -1)`` for every end of ``lines`` that touches no other line."""
    import shapely

    geoms = [shapely.LineString(c) for c in lines]
    out = []
    for i, c in enumerate(lines):
        if _is_closed(c):
            continue
        for k in (0, -1):
            pt = shapely.Point(c[k])
            if not any(j != i and shapely.dwithin(g, pt, TOUCH_DEG) for j, g in enumerate(geoms)):
                out.append((i, k))
    return out


def _chunks(coords: np.ndarray, max_km: float) -> list[tuple[int, int]]:
    """Vertex index ranges ``[i, j]`` (inclusive) of consecutive pieces of at most ``max_km``."""
    cum = vertex_km(coords)
    total = float(cum[-1]) if len(cum) else 0.0
    if total <= max_km:
        return [(0, len(coords) - 1)]
    n = int(np.ceil(total / max_km))
    cuts = np.searchsorted(cum, np.linspace(0.0, total, n + 1)[1:-1])
    bounds = [0, *sorted(set(int(c) for c in cuts if 0 < c < len(coords) - 1)), len(coords) - 1]
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def _projection(lonlat: np.ndarray) -> Any:
    lo, hi = lonlat.min(axis=0), lonlat.max(axis=0)
    mid = (lo + hi) / 2
    return local_projection("tmerc", round(float(mid[0]), 2), round(float(mid[1]), 2), over=True)


def _to_xy(tr: Any, c: np.ndarray) -> np.ndarray:
    x, y = tr.transform(c[:, 0], c[:, 1])
    return np.column_stack([x, y])


def _back(geom: Any, tr: Any) -> Any:
    """A local polygon (metres) back in lon/lat: parts and holes under 1 m² dropped (overlay
    slivers: they collapse to a line or a point in lon/lat, and GEOS cannot repair a polygon
    holding them), edges densified first, repaired if the round trip made it invalid."""
    import shapely

    polys = []
    for p in shapely.get_parts(geom):
        if p.geom_type != "Polygon" or p.is_empty or shapely.area(p) < 1.0:
            continue
        holes = [r for r in p.interiors if shapely.area(shapely.Polygon(r)) >= 1.0]
        polys.append(shapely.Polygon(p.exterior, holes))
    if not polys:
        return shapely.Polygon()
    out = from_local(shapely.segmentize(shapely.MultiPolygon(polys), settings.BUFFER_DENSIFY_DEG * 111_000.0), tr)
    # 'structure' without collapsed parts: the 'linework' repair raises on a ring that the round
    # trip folded into a line ("Overlay input is mixed-dimension", GIN>SEN at 30 km)
    return out if out.is_valid else polygons_only(shapely.make_valid(out, method="structure", keep_collapsed=False))


def polygons_only(geom: Any) -> Any:
    """The polygonal parts of ``geom`` as one (multi)polygon (lines and points left by an overlay dropped)."""
    import shapely

    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon") and not g.is_empty]
    if not parts:
        return shapely.Polygon()
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def _degrees(km: float, lat: float) -> tuple[float, float]:
    """A distance of ``km`` as (degrees of longitude, of latitude) at latitude ``lat``, generously."""
    dlat = km / 110.0
    coslat = max(np.cos(np.radians(min(abs(lat) + dlat, 89.0))), 0.01)
    return dlat / coslat, dlat


# ----------------------------------------------------------------------------- zones


def _two_sided(lines: list[np.ndarray], d_km: float) -> Any:
    """The round buffer of ``lines`` (pieces in their own projections): everything within ``d_km``."""
    import shapely

    d = d_km * 1000.0
    polys = []
    for c in lines:
        for i, j in _chunks(c, settings.BUFFER_CHUNK_KM):
            piece = c[i : j + 1]
            tr = _projection(piece)
            z = shapely.buffer(shapely.LineString(_to_xy(tr, piece)), d, quad_segs=settings.BUFFER_QUAD_SEGS)
            polys.append(_back(z, tr))
    return shapely.union_all(polys)


def _end_cuts(
    lines: list[np.ndarray], ends: list[tuple[int, int]], d_km: float, chords: dict[int, np.ndarray] | None = None
) -> Any:
    """What to take from the two-sided zone near the real ``ends`` (lon/lat, frame longitudes).

    For each end ``E`` (its last ``END_CHORD_KM`` = the tail, ending at ``J``): the half-disc
    beyond the line through ``E`` perpendicular to ``E - J`` that the rectangles and pies of the
    rest of the front do not cover, and the part of the disc of radius ``d`` about ``E`` that
    no rectangle or pie covers at all (the round buffer's cap). An end in ``chords`` (a
    stretch cut inside a border) is cut across the border's chord ``A -> B`` instead, and
    keeps its round cap up to the cut line.

    Ends closer than the reach of their discs form a cluster, measured in one local
    projection: its rectangles and pies are built as arrays, those within reach of an end are
    found with an STRtree, and the ones that are not in any tail are unioned once per cluster.
    """
    import shapely

    if not ends:
        return shapely.Polygon()
    d = d_km * 1000.0
    ell0 = settings.END_CHORD_KM * 1000.0
    delta = 1e-3 * d + 1.0
    r = d + ell0 + delta  # everything an end takes lies within r of it
    pts = np.array([lines[i][k] for i, k in ends])
    ends_of: dict[int, dict[int, int]] = {}
    for n_, (i, k) in enumerate(ends):
        ends_of.setdefault(i, {})[k] = n_
    junctions = np.array(
        [lines[i][k] for i, c in enumerate(lines) if not _is_closed(c) for k in (0, -1) if k not in ends_of.get(i, {})]
    ).reshape(-1, 2)
    geoms = [shapely.LineString(c) for c in lines]
    cuts = []
    for g in _cluster(pts, 2.0 * d_km + 2.0 * settings.END_CHORD_KM + 1.0):
        gp = pts[g]
        tr = _projection(gp)
        dx, dy = _degrees(
            2.0 * d_km + 2.0 * settings.END_CHORD_KM + 2.0 * delta / 1000.0 + 1.0, float(np.abs(gp[:, 1]).max())
        )
        (x0, y0), (x1, y1) = gp.min(axis=0) - (dx, dy), gp.max(axis=0) + (dx, dy)
        polys, tags, tails = _cluster_parts(lines, geoms, ends_of, set(g), tr, d, ell0, (x0, y0, x1, y1))
        inside = (junctions[:, 0] >= x0) & (junctions[:, 0] <= x1) & (junctions[:, 1] >= y0) & (junctions[:, 1] <= y1)
        if inside.any():  # where two lines meet, the front bends: a full disc
            discs = cast(
                np.ndarray,
                shapely.buffer(shapely.points(_to_xy(tr, junctions[inside])), d, quad_segs=settings.BUFFER_QUAD_SEGS),
            )
            polys = np.concatenate([polys, discs])
            tags = np.concatenate([tags, np.full(len(discs), -1)])
        here = [n_ for n_ in g if n_ in tails]
        if not here or len(polys) == 0:
            continue
        tree = shapely.STRtree(polys)
        centres = shapely.points(np.array([tails[n_][0] for n_ in here]))
        pi, near = tree.query(centres, predicate="dwithin", distance=r)  # (end, part) pairs
        reach = {n_: near[pi == j] for j, n_ in enumerate(here)}
        every = np.unique(near)
        far = shapely.union_all(polys[every[tags[every] == -1]])  # one union per cluster
        for n_ in here:
            e, j = tails[n_]
            mine = reach[n_]
            others = mine[(tags[mine] != -1) & (tags[mine] != n_)]
            rest = shapely.union_all([far, *polys[others]]) if len(others) else far
            t = e - j
            if chords and n_ in chords:  # the line shared with the stretch across the cut
                ab = np.diff(_to_xy(tr, chords[n_]), axis=0)[0]
                t = ab * np.sign(np.dot(ab, t))
            t = t / np.hypot(*t) if np.hypot(*t) > 0 else t
            nn = np.array([-t[1], t[0]])
            beyond = shapely.intersection(
                shapely.Polygon([e + r * nn, e + r * nn + r * t, e - r * nn + r * t, e - r * nn]),
                shapely.buffer(shapely.Point(e), r, quad_segs=settings.BUFFER_QUAD_SEGS),
            )
            cut = shapely.difference(beyond, rest)
            if not (chords and n_ in chords):
                own = mine[tags[mine] == n_]
                everything = shapely.union_all([rest, *polys[own]]) if len(own) else rest
                cap = shapely.difference(
                    shapely.buffer(shapely.Point(e), d + delta, quad_segs=settings.BUFFER_QUAD_SEGS), everything
                )
                cut = shapely.union(cut, cap)
            if not cut.is_empty:
                cuts.append(_back(cut, tr))
    return shapely.union_all(cuts) if cuts else shapely.Polygon()


def _cluster_parts(
    lines: list[np.ndarray],
    geoms: list[Any],
    ends_of: dict[int, dict[int, int]],
    members: set[int],
    tr: Any,
    d: float,
    ell0: float,
    box: tuple[float, float, float, float],
) -> tuple[np.ndarray, np.ndarray, dict[int, tuple[np.ndarray, np.ndarray]]]:
    """The rectangles and pies (local metres) of every line inside ``box``, each tagged with
    the end whose tail it belongs to (-1: none), and ``{end: (E, J)}`` of the ends in ``members``."""
    import shapely

    x0, y0, x1, y1 = box
    rect = shapely.box(*box)
    polys, tags = [], []
    tails: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for i, c in enumerate(lines):
        if not shapely.intersects(rect, geoms[i]):
            continue
        for piece in shapely.get_parts(shapely.clip_by_rect(geoms[i], x0, y0, x1, y1)):
            cc = shapely.get_coordinates(piece)
            if len(cc) < 2:
                continue
            ids = [ends_of.get(i, {}).get(k) for k in (0, -1)]
            here = [
                n_ if n_ is not None and n_ in members and np.all(cc[0 if k == 0 else -1] == c[k]) else None
                for n_, k in zip(ids, (0, -1), strict=True)
            ]
            xy, stag, vtag, tail_ends = _split_tails(
                _dedupe(_to_xy(tr, cc)), here[0] is not None, here[1] is not None, ell0
            )
            for n_, ej in zip([n_ for n_ in here if n_ is not None], tail_ends, strict=False):
                tails[n_] = ej
            p, kind, idx = _parts(xy, d)
            tag = np.where(kind == 0, stag[np.minimum(idx, len(stag) - 1)], vtag[idx])
            which = np.array([-1 if here[0] is None else here[0], -1 if here[1] is None else here[1]])
            polys.append(p)
            tags.append(np.where(tag < 0, -1, which[np.maximum(tag, 0)]))
    if not polys:
        return np.empty(0, dtype=object), np.empty(0, dtype=int), tails
    return np.concatenate(polys), np.concatenate(tags), tails


def zone(lines: Any, depth_km: float, side: str | None = None, cuts: Any = None) -> Any:
    """Polygon (lon/lat) of the normal bundle of ``lines`` at ``depth_km`` (module docstring).

    ``lines``: a (multi)line or a list of (n, 2) lon/lat arrays, edges straight in lon/lat,
    longitudes possibly unwrapped past ±180° (the result is then in the same frame).
    ``side``: None (both sides), or ``"left"``/``"right"`` of each line's direction.
    ``cuts``: ``[(E, A, B)]`` stretch ends inside a border (:mod:`minebelt.geo.stretch_ends`).
    """
    import shapely

    if not isinstance(lines, list):
        lines = [shapely.get_coordinates(p) for p in shapely.get_parts(lines) if not p.is_empty]
    lines = [_dedupe(np.asarray(c, dtype=float)) for c in lines]
    lines = [c for c in lines if len(c) >= 2]
    directed = lines
    lines = _merge(lines)
    if not lines or depth_km <= 0:
        return shapely.Polygon()
    ends = real_ends(lines)
    chords = {
        n: np.array([a, b])
        for n, (i, k) in enumerate(ends)
        for e, a, b in (cuts or [])
        if np.hypot(*(lines[i][k] - e)) < 1e-6
    }
    dense = []
    for c in lines:
        g = densify(shapely.LineString(c), settings.BUFFER_DENSIFY_DEG)
        dense.append(_dedupe(shapely.get_coordinates(g)) if not g.is_empty else c)
    body = _two_sided(dense, depth_km)
    cut = _end_cuts(dense, ends, depth_km, chords)
    out = body if cut.is_empty else shapely.difference(body, cut)
    out = out if out.is_valid else polygons_only(shapely.make_valid(out))
    if side is not None:
        from .sides import one_side

        out = polygons_only(one_side(out, directed, side))
    return out
