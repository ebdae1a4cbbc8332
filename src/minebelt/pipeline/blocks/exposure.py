"""The ``exposure`` block: populated places near the belts, per section, per defending country, in total.

Layer: pipeline (distances from :mod:`minebelt.geo.exposure`, places from
:mod:`minebelt.data.places`). Sections with a stated length have no geometry: their exposure is
"not available", not 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import settings
from ...data.places import places
from ...geo.exposure import PlaceDistances, summarize_places, summarize_sides

if TYPE_CHECKING:
    from ...scenario.resolve import ResolvedSection


def exposure_block(doc: dict[str, Any], resolved: list[ResolvedSection], geoms: dict[int, Any]) -> dict[str, Any]:
    """Exposure per section, per defending country and in total."""
    pl = places()
    sections = []
    by_country: dict[str, list[PlaceDistances]] = {}
    for rs in resolved:
        g = geoms.get(rs.index)
        if g is None:
            sections.append({"name": rs.section.name, "available": False, "reason": "stated length: no geometry"})
            continue
        dist = g.place_distances(pl)
        sections.append(
            {
                "name": rs.section.name,
                "available": True,
                **summarize_places(dist, pl),
                **summarize_sides(dist, _codes(rs.section.country), pl),
            }
        )
        by_country.setdefault(rs.section.country, []).append(dist)
    countries: dict[str, Any] = {}
    for c in doc["by_country"]:
        if c in by_country:
            dist = PlaceDistances.combine(by_country[c])
            countries[c] = {"available": True, **summarize_places(dist, pl), **summarize_sides(dist, _codes(c), pl)}
        else:
            countries[c] = {"available": False, "reason": "stated length: no geometry"}
    all_dists = [d for ds in by_country.values() for d in ds]
    scope = (
        f"GeoNames populated places of {pl.meta.get('min_population', 1000):,} inhabitants or more, each at GeoNames' "
        "latest population figure, which refers to no single year; on both sides of the border, including areas the "
        "defending country does not control"
    )
    if "UKR" in by_country:
        scope += "; in the occupied parts of Ukraine GeoNames keeps pre-war figures"
    defenders = {m for c in doc["by_country"] for m in _codes(c)}
    if all_dists:
        dist = PlaceDistances.combine(all_dists)
        total = {"available": True, **summarize_places(dist, pl), **summarize_sides(dist, defenders, pl)}
    else:
        total = {"available": False}
    return {
        "radii_km": list(settings.EXPOSURE_RADII_KM),
        "sections": sections,
        "by_country": countries,
        "total": total,
        "scope": scope,
        "method": (
            "places within each distance of the belt polygon, both sides of the border; distance in a transverse Mercator "
            "projection centred on the belt; the defender's side is the places in a defending country, named first when "
            "inside the belt or within 1 km of it; the other side's places are counted apart (other_side)"
        ),
        "source": pl.meta["attribution"],
        "license": pl.meta["license"],
    }


def _codes(country: str) -> set[str]:
    """``"EST+LVA"`` -> ``{"EST", "LVA"}``: the defending countries of a section or group."""
    return set(country.split("+"))
