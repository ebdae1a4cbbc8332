"""What a section shares with earlier sections: belt km² and front km counted once.

Layer: measure.

Two sections overlap when they share a defending country: the same code, or a member of a
joint front (``EST+LVA`` and ``EST`` share ``EST``). For each section, in scenario order:

* :func:`belt_overlaps`: km² of its belt inside the belts of earlier sections sharing a
  member (the belts are the defender's land, so only that member's land can be shared);
* :func:`front_overlaps`: km of its front already in earlier sections' fronts on the same
  border *side* (border pair and defending member), as the union of km ranges on that border's
  km scale: ``length_km``, ``land_km`` and ``belt_front_km`` (built runs only against built
  runs). A drawn line has no km scale and is not compared.

The document subtracts both from each country's and the total figures, so every km² and km is
counted once (``pipeline.document``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .measure import geodesic_area_km2

if TYPE_CHECKING:
    from ..scenario.resolve import ResolvedSection

#: a :class:`minebelt.geo.sections.SectionGeometry` (not imported: sections imports this module)
SectionGeometry = Any


def members(country: str) -> set[str]:
    """The ISO codes of a (possibly joint, ``A+B``) defending country."""
    return set(country.split("+"))


def _envelope(g: SectionGeometry) -> tuple[float, float, float, float] | None:
    """A lon/lat box holding the section's belt at its point depth (its front's box, widened by
    the depth), or None for an empty front."""
    if g.bbox is None:
        return None
    x0, y0, x1, y1 = g.bbox
    m = g.point_depth / 110.0 + 0.05
    coslat = max(float(np.cos(np.radians(min(max(abs(y0), abs(y1)) + m, 89.0)))), 0.01)
    return (x0 - m / coslat, y0 - m, x1 + m / coslat, y1 + m)


def box_pairs(boxes: np.ndarray) -> list[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, of boxes ``(n, 4)`` (x0, y0, x1, y1) that intersect: a
    sweep along x (boxes sorted by x0; each meets only those starting before it ends), not
    every pair."""
    order = np.argsort(boxes[:, 0], kind="stable")
    x0 = boxes[order, 0]
    out = []
    for pos, i in enumerate(order):
        end = int(np.searchsorted(x0, boxes[i, 2], side="right"))
        c = order[pos + 1 : end]
        if len(c) == 0:
            continue
        c = c[(boxes[c, 1] <= boxes[i, 3]) & (boxes[c, 3] >= boxes[i, 1])]
        out += [(min(int(i), int(j)), max(int(i), int(j))) for j in c]
    return out


def _earlier_neighbours(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> dict[int, list[int]]:
    """For each section, the earlier sections sharing a defending member whose belts may meet
    its own (their boxes intersect: :func:`box_pairs`)."""
    order = [rs for rs in resolved if rs.index in geoms]
    boxes = [_envelope(geoms[rs.index]) for rs in order]
    keep = [i for i, b in enumerate(boxes) if b is not None]
    out: dict[int, list[int]] = {rs.index: [] for rs in order}
    if len(keep) < 2:
        return out
    for x, y in box_pairs(np.array([boxes[i] for i in keep], dtype=float)):
        j, i = order[keep[x]], order[keep[y]]  # x < y: j comes first in the scenario
        if members(i.section.country) & members(j.section.country):
            out[i.index].append(j.index)
    for k in out:
        out[k].sort()
    return out


def _from_curves(g: SectionGeometry, earlier: list[SectionGeometry]) -> float | None:
    """The overlap from the bundled pair curves, or None when they cannot give it exactly
    (a section not bundled, another depth, the same side twice, or three belts that meet)."""
    from .front_belts import bundled_curve

    if g.bundled is None or any(
        e.bundled is None or e.point_depth != g.point_depth or e.bundled.bundle is not g.bundled.bundle for e in earlier
    ):
        return None
    b = g.bundled.bundle
    if any(
        e.bundled.row == g.bundled.row or e.front.description.get("pairs") == g.front.description.get("pairs")
        for e in earlier
    ):
        return None
    d = g.point_depth

    def shared(r0: int, r1: int) -> float:
        v = b.pair(r0, r1)
        if v is None:
            return 0.0
        return float(bundled_curve(b, ("pair", min(r0, r1), max(r0, r1)), lambda: v)(d))

    values = [(e, shared(g.bundled.row, e.bundled.row)) for e in earlier]
    hits = [e for e, v in values if v > 0.0]
    for x in range(len(hits)):  # two earlier belts that meet each other inside this one: polygons
        for y in range(x):
            if shared(hits[x].bundled.row, hits[y].bundled.row) > 0.0:
                return None
    return float(sum(v for _, v in values))


def belt_overlaps(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> list[float]:
    """km² of each section's belt already covered by belts of earlier sections sharing a member
    (indexed by section index; 0 for sections without geometry).

    Candidates come from a sweep over the belts' boxes; bundled whole-border sides read the
    km² they share from the bundled pair curves; anything else intersects the belt polygons.
    """
    out = [0.0] * (max((rs.index for rs in resolved), default=-1) + 1)
    for i, js in _earlier_neighbours(resolved, geoms).items():
        if not js:
            continue
        g = geoms[i]
        earlier = [geoms[j] for j in js]
        v = _from_curves(g, earlier)
        if v is None:
            import shapely

            if g.belt is None or g.belt.is_empty:
                continue
            prev = [e.belt for e in earlier if e.belt is not None and not e.belt.is_empty]
            v = geodesic_area_km2(shapely.intersection(g.belt, shapely.union_all(prev))) if prev else 0.0
        out[i] = v
    return out


def _union(iv: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[list[float]] = []
    for a, b in sorted(iv):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def covered_km(a: float, b: float, union: list[tuple[float, float]]) -> float:
    """Length of ``[a, b]`` inside the disjoint sorted intervals ``union``."""
    return float(sum(max(0.0, min(b, y) - max(a, x)) for x, y in union))


#: :func:`front_overlaps` by the sections' runs of front (kept alive in the value, compared by
#: identity; a depth's front shares its runs with the section's cached front) and whether
#: belts are built along water: a web server asks for the same fronts at depth after depth.
_FRONT_OVERLAPS: dict[tuple[tuple[int, int, str], ...], tuple[list[Any], dict[int, dict[str, float]]]] = {}
_FRONT_OVERLAPS_MAX = 256


def front_overlaps(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> dict[int, dict[str, float]]:
    """For each measured section: ``{"length_km", "land_km", "belt_front_km"}`` of its front
    already in the fronts of earlier sections on the same border side (the union of the
    earlier km ranges of each side is kept merged, updated only where a section adds to it).
    A front's runs do not depend on the depth: the answer is kept per set of fronts, and its
    dicts are shared by the documents that read it (never changed)."""
    fronts = [(rs.index, g.front) for rs in resolved if (g := geoms.get(rs.index)) is not None and g.front is not None]
    key = tuple((i, id(f.runs), str(f.along_water)) for i, f in fronts)
    hit = _FRONT_OVERLAPS.get(key)
    if hit is not None and all(a is f.runs for a, (_, f) in zip(hit[0], fronts, strict=True)):
        return hit[1]
    out = _front_overlaps(resolved, geoms)
    if len(_FRONT_OVERLAPS) >= _FRONT_OVERLAPS_MAX:
        _FRONT_OVERLAPS.clear()
    _FRONT_OVERLAPS[key] = ([f.runs for _, f in fronts], out)
    return out


def _front_overlaps(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> dict[int, dict[str, float]]:
    union_all: dict[tuple[str, str], list[tuple[float, float]]] = {}
    union_built: dict[tuple[str, str], list[tuple[float, float]]] = {}
    out: dict[int, dict[str, float]] = {}
    for rs in resolved:
        g = geoms.get(rs.index)
        if g is None or g.front is None:
            continue
        ivs = g.front.intervals()
        ov = {"length_km": 0.0, "land_km": 0.0, "belt_front_km": 0.0}
        for pair, member, kind, built, a, b in ivs:
            key = (pair, member)
            c = covered_km(a, b, union_all.get(key, []))
            ov["length_km"] += c
            if kind == "land":
                ov["land_km"] += c
            if built:
                ov["belt_front_km"] += covered_km(a, b, union_built.get(key, []))
        new_all: dict[tuple[str, str], list[tuple[float, float]]] = {}
        new_built: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for pair, member, _kind, built, a, b in ivs:
            new_all.setdefault((pair, member), []).append((a, b))
            if built:
                new_built.setdefault((pair, member), []).append((a, b))
        for key, add in new_all.items():
            union_all[key] = _union(union_all.get(key, []) + add)
        for key, add in new_built.items():
            union_built[key] = _union(union_built.get(key, []) + add)
        out[rs.index] = ov
    return out
