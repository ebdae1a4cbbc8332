"""A group of places near a belt summarized at a depth, what does not depend on the depth made once.

Layer: measure. The exposure block (:mod:`minebelt.pipeline.blocks.exposure`) summarizes the
places near each section, defending country and the whole scenario. A web server asks for the
same groups at depth after depth (a slider move); the places near a belt change rarely (only
when one crosses the largest radius), their distances at every depth. So a group's columns, its
countries on each side and its places ordered by population are kept per set of places
(:func:`group`), and a depth costs one placement of each place in its band of distance (``0``,
the named distance and every radius) and slices of those orders: :func:`summarize_both`,
:func:`edge_places` and :func:`occupied_places` give the same dicts, the same integers and the
same order as :func:`minebelt.geo.exposure.summarize_both`,
:func:`minebelt.geo.exposure_depth.edge_places` and
:func:`minebelt.geo.exposure_depth.occupied_places` (tested at many depths), which they fall
back to where a place lies beyond the largest radius. :func:`combine` is
:meth:`~minebelt.geo.exposure.PlaceDistances.combine` with the union of the places' indices
kept per set of parts. Distances are never negative (0 inside a belt).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .. import settings
from ..data.places import Places
from . import exposure as X
from . import exposure_depth as XD
from . import exposure_shapes as S
from .place_memo import place_columns, place_rows

#: Groups kept per places table; cleared past this many (a web server's few dozen per scenario).
_GROUPS_MAX = 2048


@dataclass(frozen=True)
class Group:
    """What does not depend on the depth, for a set of places (indices) and defenders."""

    edges: np.ndarray  # band edges (km): 0, the named distance, the radii; sorted, unique
    radius_band: tuple[tuple[str, int], ...]  # (within_<r>km, band of r) in the order of the radii
    named_band: int  # the band of NAMED_WITHIN_KM
    pop: np.ndarray  # int64, one per place
    country: np.ndarray
    ours: np.ndarray  # bool: on the defender's side
    ours_key: np.ndarray  # intp: nb where ours, else 0 (the side's offset in the bincount)
    countries: tuple[list[str], list[str]]  # the defender's and the other side's, sorted
    largest: np.ndarray  # positions that can be among the ``top`` largest (population ties kept)
    ours_by_pop: np.ndarray  # positions on the defender's side, by population (stable)
    codes: list[str]
    occupied: tuple[str, np.ndarray, list[str]] | None  # (country, flagged mask, admin1) or None
    top: int  # how many places of each list are named
    largest_order: np.ndarray | None  # the ``top`` largest, in order, where no two share a population


_GROUPS: weakref.WeakKeyDictionary[Places, dict[tuple[Any, ...], Group]] = weakref.WeakKeyDictionary()


def group(pl: Places, index: np.ndarray, defenders: set[str], radii_km: tuple[float, ...], top: int) -> Group:
    """The :class:`Group` of the places ``index`` of ``pl`` (made once per set of places)."""
    memo = _GROUPS.get(pl)
    if memo is None:
        memo = _GROUPS[pl] = {}
    key = (index.dtype.str, index.tobytes(), frozenset(defenders), tuple(radii_km), top)
    got = memo.get(key)
    if got is None:
        got = _make(pl, index, defenders, tuple(radii_km), top)
        if len(memo) >= _GROUPS_MAX:
            memo.clear()
        memo[key] = got
    return got


def _make(pl: Places, index: np.ndarray, defenders: set[str], radii_km: tuple[float, ...], top: int) -> Group:
    from ..model.occupied_sources import OCCUPIED_REGIONS

    pop, country, ours = place_columns(pl, index, defenders)
    edges = np.asarray(sorted({0.0, float(X.NAMED_WITHIN_KM), *(float(r) for r in radii_km)}), dtype=float)
    edges.flags.writeable = False
    at = {float(e): j for j, e in enumerate(edges.tolist())}
    nb = len(edges) + 1
    codes, flags = country.tolist(), ours.tolist()
    sides: dict[bool, set[str]] = {True: set(), False: set()}
    for c, f in zip(codes, flags, strict=True):
        sides[f].add(c)
    by_pop = np.argsort(-pop, kind="stable")
    if len(pop) > top:
        cut = pop[by_pop[top - 1]] if top > 0 else np.inf
        largest = np.nonzero(pop >= cut)[0]
    else:
        largest = np.arange(len(pop))
    # without two equal populations among the largest, their order is the same at every depth
    distinct = len(np.unique(pop[largest])) == len(largest)
    largest_order = largest[np.argsort(-pop[largest], kind="stable")][:top] if distinct else None
    occupied = None
    for code in XD.OCCUPIED_SINCE:
        if code in defenders:
            admin1 = np.asarray(pl.admin1)[index]
            flagged = (country == code) & np.isin(admin1, list(OCCUPIED_REGIONS))
            occupied = (code, flagged, admin1.tolist())
            break
    return Group(
        edges=edges,
        radius_band=tuple((f"within_{r:g}km", at[float(r)]) for r in radii_km),
        named_band=at[float(X.NAMED_WITHIN_KM)],
        pop=pop,
        country=country,
        ours=ours,
        ours_key=np.where(ours, nb, 0).astype(np.intp),
        countries=(sorted(sides[True]), sorted(sides[False])),
        largest=largest,
        ours_by_pop=by_pop[ours[by_pop]],
        codes=codes,
        occupied=occupied,
        top=top,
        largest_order=largest_order,
    )


def _cum(xs: list[float]) -> list[int]:
    out, acc = [], 0.0
    for x in xs:
        acc += x
        out.append(int(acc))
    return out


def _fast(pd_: X.PlaceDistances, radii_km: tuple[float, ...]) -> bool:
    """Every place within the largest radius (what the cached countries assume)."""
    return len(pd_.index) == 0 or float(pd_.distance_km.max()) <= max(radii_km)


def _within(g: Group, n: list[int], p: list[int]) -> dict[str, dict[str, int]]:
    return {lab: {"places": n[j], "population": p[j]} for lab, j in g.radius_band}


_LAST = threading.local()


def _placement(
    pd_: X.PlaceDistances, defenders: set[str], pl: Places, radii_km: tuple[float, ...], top: int
) -> tuple[Group, np.ndarray, S.Shape] | None:
    """The group of ``pd_``'s places, their bands and the :class:`~minebelt.geo.exposure_shapes.Shape`
    of those bands; None where a place lies beyond the largest radius (what the group's
    countries assume). The last one is kept per thread: the summary, the places at the edge and
    the occupied regions of one set of distances read the same one."""
    key = (pd_, frozenset(defenders), tuple(radii_km), top, pl)
    last = getattr(_LAST, "got", None)
    if last is not None and last[0][0] is pd_ and last[0][1:] == key[1:]:
        return last[1]  # type: ignore[no-any-return]
    got = None
    if _fast(pd_, radii_km):
        g = group(pl, pd_.index, defenders, radii_km, top)
        band = np.searchsorted(g.edges, pd_.distance_km, side="left")
        got = (g, band, S.shape(g, band, lambda b: _shape_parts(g, b)))
    _LAST.got = (key, got)
    return got


def summarize_both(
    pd_: X.PlaceDistances,
    defenders: set[str],
    pl: Places,
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
    top: int = X.TOP_PLACES,
) -> dict[str, Any]:
    """:func:`minebelt.geo.exposure.summarize_both`, the same dict. Its counts, its places in
    and near the belt and the countries across are those of the places' bands (kept per
    :class:`~minebelt.geo.exposure_shapes.Shape`); only the rows' distances and the headline's
    are read at the depth."""
    got = _placement(pd_, defenders, pl, radii_km, top)
    if got is None:
        return X.summarize_both(pd_, defenders, pl, radii_km, top)
    g, _, s = got
    d = pd_.distance_km
    p = s.parts
    out: dict[str, Any] = dict(p.within)
    largest = g.largest_order if g.largest_order is not None else _largest(g, d, top)
    out["largest_places"] = X._rows(pd_, pl, largest)
    named = S.rows(pd_, pl, p.named, p.inside)
    out["defender_side"] = p.defender_side
    out["other_side"] = p.other_side
    out["in_or_near_belt"] = named
    out["in_belt"] = p.in_belt
    out["near_belt"] = p.near_belt
    out["headline"] = S.headline(s, named)
    return out


def _largest(g: Group, d: np.ndarray, top: int) -> np.ndarray:
    """The ``top`` largest places by population, the nearer first among equals."""
    cand = g.largest
    return cand[np.lexsort((d[cand], -g.pop[cand]))][:top]


def _shape_parts(g: Group, band: np.ndarray) -> S.Parts:
    """What :func:`summarize_both` reads from the places' bands ``band`` alone."""
    nb = len(g.edges) + 1
    key = band + g.ours_key
    n = np.bincount(key, minlength=2 * nb).tolist()
    # sums of whole numbers below 2**53 are exact in float64, in any order
    p = np.bincount(key, weights=g.pop, minlength=2 * nb).tolist()
    ours, other, ours_pop, other_pop = _cum(n[nb:]), _cum(n[:nb]), _cum(p[nb:]), _cum(p[:nb])
    tn = [x + y for x, y in zip(ours, other, strict=True)]
    tp = [x + y for x, y in zip(ours_pop, other_pop, strict=True)]
    top = g.top
    bp = band[g.ours_by_pop]
    inside = g.ours_by_pop[bp == 0][:top]
    close = g.ours_by_pop[(bp > 0) & (bp <= g.named_band)][:top]
    named = np.concatenate([inside, close])
    nj = g.named_band
    other_side: dict[str, Any] = {"countries": g.countries[1], **_within(g, other, other_pop)}
    return S.Parts(
        within=_within(g, tn, tp),
        defender_side={"countries": g.countries[0], **_within(g, ours, ours_pop)},
        other_side=other_side,
        named=named,
        inside=(g.ours & (band == 0))[named].tolist(),
        in_belt={"places": ours[0], "population": ours_pop[0]},
        near_belt={"places": ours[nj] - ours[0], "population": ours_pop[nj] - ours_pop[0]},
        other=other_side[f"within_{X.NAMED_WITHIN_KM:g}km"],
        across=sorted({g.codes[i] for i in np.nonzero((band <= nj) & ~g.ours)[0].tolist()}),
    )


def same_depth(
    pd_: X.PlaceDistances,
    defenders: set[str],
    pl: Places,
    build: Callable[[], dict[str, Any]],
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
    top: int = X.TOP_PLACES,
) -> dict[str, Any]:
    """``build()``: what the exposure block reads from :func:`summarize_both`'s counts of
    ``pd_`` (the counts at both ends of one depth), kept with the placement it reads."""
    got = _placement(pd_, defenders, pl, radii_km, top)
    if got is None:
        return build()
    s = got[2]
    if s.twice is None:
        s.twice = build()
    return s.twice


def edge_places(
    pd_: X.PlaceDistances,
    defenders: set[str],
    pl: Places,
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
    top: int = X.TOP_PLACES,
    margin_km: float = XD.EDGE_MARGIN_KM,
) -> list[dict[str, Any]]:
    """:func:`minebelt.geo.exposure_depth.edge_places`, the same rows."""
    got = _placement(pd_, defenders, pl, radii_km, top)
    if got is None:
        return XD.edge_places(pd_, defenders, pl, margin_km)
    g = got[0]
    d = pd_.distance_km
    at = g.ours_by_pop
    rows = at[np.abs(d[at] - X.NAMED_WITHIN_KM) <= margin_km + 1e-9][: XD.EDGE_LISTED]
    if not len(rows):
        return []
    fixed = place_rows(pl)
    out = []
    for i, dist in zip(pd_.index[rows].tolist(), d[rows].tolist(), strict=True):
        name, uk, c, n, _, _ = fixed[i]
        out.append(
            {
                "name": name,
                **({"name_uk": uk} if uk else {}),
                "country": c,
                "distance_km": round(dist, 2),
                "population": n,
                "counted": dist <= X.NAMED_WITHIN_KM,
            }
        )
    return out


def occupied_places(
    pd_: X.PlaceDistances,
    defenders: set[str],
    pl: Places,
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
    top: int = X.TOP_PLACES,
) -> dict[str, Any] | None:
    """:func:`minebelt.geo.exposure_depth.occupied_places`, the same dict (or None)."""

    if not any(code in defenders for code in XD.OCCUPIED_SINCE):
        return None
    got = _placement(pd_, defenders, pl, radii_km, top)
    if got is None or tuple(radii_km) != tuple(settings.EXPOSURE_RADII_KM):
        return XD.occupied_places(pd_, defenders, pl)
    g, band, s = got
    assert g.occupied is not None  # a defender with occupied regions is in the group
    code, flagged, admin1 = g.occupied
    if s.occupied is S.NOT_YET:
        s.occupied = _occupied(g, band, code, flagged, admin1)
    return s.occupied  # type: ignore[no-any-return]


def _occupied(g: Group, band: np.ndarray, code: str, flagged: np.ndarray, admin1: list[str]) -> dict[str, Any] | None:
    """:func:`occupied_places` of the places' bands ``band``."""
    nb = len(g.edges) + 1
    n = _cum(np.bincount(band[flagged], minlength=nb).tolist())
    p = _cum(np.bincount(band[flagged], weights=g.pop[flagged], minlength=nb).tolist())
    by_radius = _within(g, n, p)
    # the counted places (within the named distance) of each region, added up in Python: a few dozen
    counted = np.nonzero((g.country == code) & (band <= g.named_band))[0].tolist()
    pops = g.pop.tolist() if counted else []
    got: dict[str, list[int]] = {}
    for i in counted:
        acc = got.setdefault(admin1[i], [0, 0])
        acc[0] += 1
        acc[1] += pops[i]
    return XD.occupied_block(code, XD.OCCUPIED_SINCE[code], got, by_radius)


#: The union of the parts' places and where each part's distances go in it, per set of parts.
_UNIONS: dict[tuple[bytes, ...], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def combine(parts: list[X.PlaceDistances]) -> X.PlaceDistances:
    """:meth:`minebelt.geo.exposure.PlaceDistances.combine`: distances to the union of several
    belts, the minimum over the belts (exact; the same arrays)."""
    if len(parts) == 1:
        return parts[0]
    key = tuple(p.index.astype(np.int64, copy=False).tobytes() for p in parts)
    got = _UNIONS.get(key)
    if got is None:
        idx = np.concatenate([p.index for p in parts])
        order = np.argsort(idx, kind="stable")
        first = np.ones(len(idx), dtype=bool)
        first[1:] = idx[order][1:] != idx[order][:-1]
        got = (idx[order][first], order, np.nonzero(first)[0])
        for a in got:
            a.flags.writeable = False
        if len(_UNIONS) >= _GROUPS_MAX:
            _UNIONS.clear()
        _UNIONS[key] = got
    index, order, starts = got
    if len(index) == 0:
        return X.PlaceDistances.combine(parts)
    dist = np.concatenate([p.distance_km for p in parts])[order]
    return X.PlaceDistances(index, np.minimum.reduceat(dist, starts))
