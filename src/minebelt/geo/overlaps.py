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

from .measure import geodesic_area_km2

if TYPE_CHECKING:
    from ..scenario.resolve import ResolvedSection

#: a :class:`minebelt.geo.sections.SectionGeometry` (not imported: sections imports this module)
SectionGeometry = Any


def members(country: str) -> set[str]:
    """The ISO codes of a (possibly joint, ``A+B``) defending country."""
    return set(country.split("+"))


def belt_overlaps(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> list[float]:
    """km² of each section's belt already covered by belts of earlier sections sharing a member
    (indexed by section index; 0 for sections without geometry)."""
    import shapely

    out = [0.0] * (max((rs.index for rs in resolved), default=-1) + 1)
    seen: dict[str, Any] = {}
    for rs in resolved:
        g = geoms.get(rs.index)
        if g is None or g.belt is None or g.belt.is_empty:
            continue
        ms = sorted(members(rs.section.country))
        prev = [seen[m] for m in ms if m in seen]
        if prev:
            out[rs.index] = geodesic_area_km2(shapely.intersection(g.belt, shapely.union_all(prev)))
        for m in ms:
            seen[m] = shapely.union(seen[m], g.belt) if m in seen else g.belt
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


def front_overlaps(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> dict[int, dict[str, float]]:
    """For each measured section: ``{"length_km", "land_km", "belt_front_km"}`` of its front
    already in the fronts of earlier sections on the same border side."""
    seen_all: dict[tuple[str, str], list[tuple[float, float]]] = {}
    seen_built: dict[tuple[str, str], list[tuple[float, float]]] = {}
    out: dict[int, dict[str, float]] = {}
    for rs in resolved:
        g = geoms.get(rs.index)
        if g is None or g.front is None:
            continue
        ivs = g.front.intervals()
        union_all = {k: _union(v) for k, v in seen_all.items()}
        union_built = {k: _union(v) for k, v in seen_built.items()}
        ov = {"length_km": 0.0, "land_km": 0.0, "belt_front_km": 0.0}
        for pair, member, kind, built, a, b in ivs:
            key = (pair, member)
            c = covered_km(a, b, union_all.get(key, []))
            ov["length_km"] += c
            if kind == "land":
                ov["land_km"] += c
            if built:
                ov["belt_front_km"] += covered_km(a, b, union_built.get(key, []))
        for pair, member, kind, built, a, b in ivs:
            seen_all.setdefault((pair, member), []).append((a, b))
            if built:
                seen_built.setdefault((pair, member), []).append((a, b))
        out[rs.index] = ov
    return out
