"""The ``exposure`` block: populated places near the belts, per section, per defending country, in total.

Layer: pipeline (distances from :mod:`minebelt.geo.exposure`, places from
:mod:`minebelt.data.places`). Sections with a stated length have no geometry: their exposure is
"not available", not 0.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import settings
from ...data.places import places
from ...geo.exposure import PlaceDistances
from ...geo.exposure_depth import EDGE_MARGIN_KM, depth_counts, occupied_sentence, with_edge
from ...geo.exposure_groups import combine, edge_places, occupied_places, same_depth, summarize_both
from ...model.occupied_sources import HOSTILITIES_AREAS, HOSTILITIES_RULE

if TYPE_CHECKING:
    from ...scenario.resolve import ResolvedSection


def exposure_block(doc: dict[str, Any], resolved: list[ResolvedSection], geoms: dict[int, Any]) -> dict[str, Any]:
    """Exposure per section, per defending country and in total."""
    pl = places()
    sections = []
    # per defending country: the distances at the point depth, and at the shallow and deep depths
    by_country: dict[str, list[tuple[PlaceDistances, PlaceDistances, PlaceDistances]]] = {}
    varies = False
    belts: list[dict[str, Any]] = []  # the sections' occupied_belt, where estimated
    # per defending country, at a single depth: the distances 100 m shallower and deeper, and the depth
    steps: dict[str, list[tuple[PlaceDistances, PlaceDistances, float]]] = {}
    for rs in resolved:
        g = geoms.get(rs.index)
        if g is None:
            sections.append({"name": rs.section.name, "available": False, "reason": "stated length: no geometry"})
            continue
        dist = g.place_distances(pl)
        low, high = (float(rs.depth.dist.quantile(q)) for q in (0.05, 0.95))
        # places are few: counting at two more depths is cheap (interpolated on the bundled curves)
        ends = (g.place_distances(pl, low), g.place_distances(pl, high)) if low < high else (dist, dist)
        varies = varies or low < high
        defenders = _codes(rs.section.country)
        entry = _entry(
            {"name": rs.section.name, "available": True}, dist, ends if low < high else None, defenders, pl, (low, high)
        )
        if "UKR" in defenders:
            entry["occupied_belt"] = occupied_belt(rs, g)
            if entry["occupied_belt"]["estimated"]:
                belts.append(entry["occupied_belt"])
        shallow, deep = _step_ends(g, pl, dist, entry["at_edge"]) if low == high else (dist, dist)
        if low == high:
            entry["depth_step"] = depth_step(shallow, deep, defenders, pl, float(g.point_depth), entry)
        sections.append(_headline(entry))
        by_country.setdefault(rs.section.country, []).append((dist, *ends))
        steps.setdefault(rs.section.country, []).append((shallow, deep, float(g.point_depth)))
    countries: dict[str, Any] = {}
    for c in doc["by_country"]:
        if c in by_country:
            parts = list(zip(*by_country[c], strict=True))
            dist = combine(list(parts[0]))
            both = (combine(list(parts[1])), combine(list(parts[2]))) if varies else None
            countries[c] = _entry({"available": True}, dist, both, _codes(c), pl)
            if not varies:
                countries[c]["depth_step"] = _combined_step(steps[c], _codes(c), pl, countries[c])
            if "UKR" in _codes(c):
                countries[c]["occupied_belt"] = _sum_belts(belts)
            countries[c] = _headline(countries[c])
        else:
            countries[c] = {"available": False, "reason": "stated length: no geometry"}
    all_dists = [d[0] for ds in by_country.values() for d in ds]
    all_ends = [(d[1], d[2]) for ds in by_country.values() for d in ds]
    scope = (
        f"GeoNames populated places of {pl.meta.get('min_population', 1000):,} inhabitants or more, each at GeoNames' "
        "latest population figure, which refers to no single year; on both sides of the border, including areas the "
        "defending country does not control"
    )
    if "UKR" in by_country:
        scope += "; in the occupied parts of Ukraine GeoNames keeps pre-war figures"
    defenders = {m for c in doc["by_country"] for m in _codes(c)}
    if all_dists:
        dist = combine(all_dists)
        # the ends are the point depth's distances where the depth is one figure: not combined again
        both = (combine([e[0] for e in all_ends]), combine([e[1] for e in all_ends])) if varies else None
        total = _entry({"available": True}, dist, both, defenders, pl)
        if not varies:
            total["depth_step"] = _combined_step([x for xs in steps.values() for x in xs], defenders, pl, total)
        if "UKR" in defenders:
            total["occupied_belt"] = _sum_belts(belts)
        total = _headline(total)
    else:
        total = {"available": False}
    return {
        "radii_km": list(settings.EXPOSURE_RADII_KM),
        "edge_margin_km": EDGE_MARGIN_KM,
        "depth_interval_varies": "belt depth only" if varies else "",
        "depth_interval_scope": DEPTH_INTERVAL_SCOPE,
        **({} if varies else {"depth_step_scope": DEPTH_STEP_SCOPE}),
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


#: What ``depth_interval`` counts, in words (``exposure.depth_interval_scope``).
DEPTH_INTERVAL_SCOPE = (
    "the same counts with each section's belt at the 5th and at the 95th percentile of its depth (the scenario's "
    "depth distribution); a count never falls as the belt deepens, so with one depth for the whole belt these are "
    "the count's own 90 % interval; only the depth varies (places and their populations are as listed)"
)


#: What ``depth_step`` counts, in words (``exposure.depth_step_scope``), where the depth is one figure.
DEPTH_STEP_SCOPE = (
    "the defender's count inside the belt or within 1 km of it with each section's belt 100 m shallower and 100 m "
    "deeper than its one depth (the margin of the places at the edge): how far the count moves with the depth; "
    "only the depth varies"
)


def _step_ends(g: Any, pl: Any, dist: PlaceDistances, edge: list[Any]) -> tuple[PlaceDistances, PlaceDistances]:
    """The place distances (km) of section geometry ``g`` with its belt ``EDGE_MARGIN_KM``
    shallower and deeper than its point depth; ``(dist, dist)`` without a place at the edge:
    a place's distance moves no more than the depth, so only a place within the margin of the
    1 km line can enter or leave the count (and no belt is measured twice more for nothing)."""
    if not edge:
        return dist, dist
    d = float(g.point_depth)
    shallow = g.place_distances(pl, d - EDGE_MARGIN_KM) if d > EDGE_MARGIN_KM else dist
    return shallow, g.place_distances(pl, d + EDGE_MARGIN_KM)


def depth_step(
    shallow: PlaceDistances,
    deep: PlaceDistances,
    defenders: set[str],
    pl: Any,
    depth: float | None,
    point: dict[str, Any],
) -> dict[str, Any]:
    """``{step_km, depth_km: [shallow, deep] (one depth only), places: [lo, hi], population:
    [lo, hi]}``: the defender's count within 1 km with the belt ``step_km`` shallower and
    deeper (``shallow``/``deep``: the place distances there; the same object: no place at the
    edge, the count of the entry ``point`` at both ends); ``depth`` None: the sections'
    depths differ, no one pair of depths."""
    if shallow is deep:  # no place at the edge: the point depth's count, read from the entry's counts
        n = point["defender_side"]["within_1km"]
        c = {k: [n[k], n[k]] for k in ("places", "population")}
    else:
        c = depth_counts(shallow, deep, defenders, pl)["defender_side"]["within_1km"]
    out: dict[str, Any] = {"step_km": EDGE_MARGIN_KM}
    if depth is not None:
        out["depth_km"] = [round(max(depth - EDGE_MARGIN_KM, 0.0), 4), round(depth + EDGE_MARGIN_KM, 4)]
        if depth <= EDGE_MARGIN_KM:  # no shallower belt: the point depth is the low end
            out["depth_km"][0] = round(depth, 4)
    return {**out, "places": c["places"], "population": c["population"]}


def _combined_step(
    rows: list[tuple[PlaceDistances, PlaceDistances, float]], defenders: set[str], pl: Any, point: dict[str, Any]
) -> dict[str, Any]:
    """:func:`depth_step` of several sections (``(shallow, deep, depth)`` each) together."""
    depths = {r[2] for r in rows}
    one = depths.pop() if len(depths) == 1 else None
    if all(r[0] is r[1] for r in rows):
        return depth_step(rows[0][0], rows[0][0], defenders, pl, one, point)
    return depth_step(combine([r[0] for r in rows]), combine([r[1] for r in rows]), defenders, pl, one, point)


def _entry(
    head: dict[str, Any],
    dist: PlaceDistances,
    ends: tuple[PlaceDistances, PlaceDistances] | None,
    defenders: set[str],
    pl: Any,
    depths: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """``head`` with the counts of ``dist`` (:func:`summarize_places`, :func:`summarize_sides`),
    ``depth_interval`` (every count as ``[low, high]`` at the shallow and the deep depth of
    ``ends``; with ``depths``, their km) and ``at_edge`` (places within the margin of the 1 km
    line). ``ends`` None: one depth (the point depth's distances at both ends)."""
    entry = {**head, **summarize_both(dist, defenders, pl)}
    if ends is not None:
        counts = depth_counts(*ends, defenders, pl)
    else:
        counts = same_depth(dist, defenders, pl, lambda: _same_depth(entry))
    entry["depth_interval"] = (
        {"depth_km": [round(depths[0], 4), round(depths[1], 4)], **counts} if depths is not None else counts
    )
    entry["at_edge"] = edge_places(dist, defenders, pl)
    if "UKR" in defenders:  # where Ukraine's places are counted: said, not estimated
        entry["active_hostilities"] = {"estimated": False, "areas": HOSTILITIES_AREAS, "rule": HOSTILITIES_RULE}
    occupied = occupied_places(dist, defenders, pl)
    if occupied is not None:  # who lives in occupied land now is not estimated: said beside the count
        entry["occupied"] = occupied
    return entry


def _same_depth(entry: dict[str, Any]) -> dict[str, Any]:
    """:func:`depth_counts` of one set of distances at both ends, read from the counts already in
    ``entry`` (the same counts: within each radius, on each side, in the belt) instead of
    counted twice more: each leaf ``[n, n]``."""

    def twice(c: dict[str, int]) -> dict[str, list[int]]:
        return {k: [v, v] for k, v in c.items()}

    radii = [f"within_{r:g}km" for r in settings.EXPOSURE_RADII_KM]
    out: dict[str, Any] = {k: twice(entry[k]) for k in radii}
    for side in ("defender_side", "other_side"):
        out[side] = {k: twice(entry[side][k]) for k in radii}
    out["in_belt"] = twice(entry["in_belt"])
    return out


def _headline(entry: dict[str, Any]) -> dict[str, Any]:
    """``entry`` with the places at the edge of the 1 km line in its headline."""
    said = " ".join(
        x
        for x in (
            occupied_sentence(entry.get("occupied")),
            belt_sentence(entry.get("occupied_belt")),
            f"Areas of active hostilities ({HOSTILITIES_AREAS}): not estimated."
            if entry.get("active_hostilities")
            else "",
        )
        if x
    )
    if said:  # before the edge sentence: it qualifies the count itself
        ours, sep, other = entry["headline"].partition(" Across the border, counted apart:")
        entry["headline"] = f"{ours} {said}{sep}{other}"
    interval = ((entry.get("depth_interval") or {}).get("defender_side") or {}).get("within_1km")
    entry["headline"] = with_edge(entry["headline"], entry["at_edge"], interval)
    return entry


#: Why a section of Ukraine's border with Russia that is not the whole border has no share: the
#: bundled table holds each region's km² of the whole border's belt, not where along the border
#: they lie, so no length along the border maps to a region from it.
PARTIAL_REASON = (
    "a part of Ukraine's border with Russia: the bundled table (scripts/build_occupied_belt.py) gives each region's "
    "km² of the whole border's belt, not where along the border it lies, so a part's share cannot be read from it by "
    "its length along the border"
)
OTHER_REASON = "not a section on Ukraine's whole border with Russia"


def occupied_belt(rs: ResolvedSection, g: Any) -> dict[str, Any]:
    """``occupied_belt`` of a section defended by Ukraine: ``{estimated: True, km2, share,
    belt_km2, depth_km, by_region: [{admin1, region, km2}], rule}`` for a whole-border section
    against Russia (:func:`minebelt.data.occupied_belt.along_occupied` at the point depth; km2 =
    share × the section's area), else ``{estimated: False, reason, rule}``."""
    from ...data.occupied_belt import along_occupied
    from ...geo.front_source import is_whole_border
    from ...model.occupied_sources import BELT_RULE, OCCUPIED_REGIONS

    s = rs.section
    got = None
    if is_whole_border(rs) and s.country.upper() == "UKR" and str(s.border).upper() == "RUS":
        got = along_occupied(float(g.point_depth), tuple(OCCUPIED_REGIONS), rs.along_water)
    if got is None:
        ukr_rus = s.country.upper() == "UKR" and str(s.border).upper() == "RUS"
        return {"estimated": False, "reason": PARTIAL_REASON if ukr_rus else OTHER_REASON, "rule": BELT_RULE}
    area = float(g.area_km2)
    by = [
        {"admin1": k, "region": OCCUPIED_REGIONS[k].name, "km2": round(area * v / got["belt_km2"], 1)}
        for k, v in sorted(got["by_region"].items(), key=lambda kv: -kv[1])
        if v > 0 and got["belt_km2"] > 0
    ]
    return {
        "estimated": True,
        "km2": round(area * got["share"], 1),
        "share": round(got["share"], 4),
        "belt_km2": round(area, 1),
        "depth_km": round(float(g.point_depth), 4),
        "by_region": by,
        "rule": BELT_RULE,
    }


def _sum_belts(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The sections' estimated ``occupied_belt`` added up (share of their belts together), or
    ``{estimated: False, ...}`` when none is estimated."""
    from ...model.occupied_sources import BELT_RULE

    if not rows:
        return {"estimated": False, "reason": "no section on Ukraine's whole border with Russia", "rule": BELT_RULE}
    if len(rows) == 1:
        return rows[0]
    km2, belt = sum(r["km2"] for r in rows), sum(r["belt_km2"] for r in rows)
    by: dict[str, dict[str, Any]] = {}
    for r in rows:
        for x in r["by_region"]:
            by.setdefault(x["admin1"], {**x, "km2": 0.0})["km2"] += x["km2"]
    return {
        "estimated": True,
        "km2": round(km2, 1),
        "share": round(km2 / belt, 4) if belt > 0 else 0.0,
        "belt_km2": round(belt, 1),
        "by_region": sorted(by.values(), key=lambda x: -x["km2"]),
        "rule": BELT_RULE,
    }


def belt_sentence(row: dict[str, Any] | None) -> str:
    """``"Of the Ukraine–Russia belt (3,411 km²), 1,582 km² (46 %) lies along Luhansk and Donetsk
    regions ..."``; "" when not estimated."""
    if not row or not row.get("estimated"):
        return ""
    regions = " and ".join(x["region"].removesuffix(" region") for x in row["by_region"])
    return (
        f"Of the belt on Ukraine's border with Russia ({row['belt_km2']:,.0f} km²), {row['km2']:,.0f} km² "
        f"({row['share'] * 100:.0f} %) lies along {regions} region{'s' if len(row['by_region']) > 1 else ''}, which have "
        "occupied territory: the clearance and cost figures count it at Ukraine's rates and with Ukraine's deminers "
        "(who could survey or clear it: not estimated)."
    )


def _codes(country: str) -> set[str]:
    """``"EST+LVA"`` -> ``{"EST", "LVA"}``: the defending countries of a section or group."""
    return set(country.split("+"))
