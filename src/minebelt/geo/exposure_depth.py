"""Civilian counts across the belt's depth, and the places at the edge of the 1 km line.

Layer: measure. The count of people near a belt moves with its depth: a deeper belt reaches
more places. :func:`depth_counts` gives each count of :func:`minebelt.geo.exposure.summarize_sides`
at two depths (the 5th and 95th percentiles of the scenario's depth distribution) as
``[low, high]``; a count never falls as the belt deepens, so with one depth drawn for the
whole belt these are the count's own 5th and 95th percentiles. :func:`edge_places` lists the
places on the defender's side within a margin of the 1 km line, which enter or leave the
count as the depth moves.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import settings
from ..data.places import Places, places
from .exposure import NAMED_WITHIN_KM, PlaceDistances, place_name
from .exposure_counts import count, within_counts
from .place_memo import place_columns

#: Places within this distance (km) of the 1 km line are flagged as at its edge (100 m).
EDGE_MARGIN_KM = 0.1
#: How many edge places are listed (the largest first).
EDGE_LISTED = 10


def _counts(pd_: PlaceDistances, defenders: set[str], pl: Places, radii_km: tuple[float, ...]) -> dict[str, Any]:
    """``{within_<r>km, defender_side: {within_<r>km}, other_side: {...}, in_belt}``,
    each ``{places, population}``: the counts of one set of distances."""
    pop, _, ours = place_columns(pl, pd_.index, defenders)
    d = pd_.distance_km
    total, ours_n, other_n = within_counts(d, pop, radii_km, ours)
    out: dict[str, Any] = {**total, "defender_side": ours_n, "other_side": other_n}
    # not near_belt: a place inside a deeper belt leaves it, so that count is not monotone in depth
    out["in_belt"] = count(ours & (d == 0), pop)
    return out


def _pair(low: Any, high: Any) -> Any:
    """Two nested count dicts of the same shape as one, each leaf ``[low, high]``."""
    if isinstance(low, dict):
        return {k: _pair(low[k], high[k]) for k in low}
    return [low, high]


def depth_counts(
    shallow: PlaceDistances,
    deep: PlaceDistances,
    defenders: set[str],
    pl: Places | None = None,
    radii_km: tuple[float, ...] = settings.EXPOSURE_RADII_KM,
) -> dict[str, Any]:
    """The counts at the shallow and the deep depth, each leaf ``[low, high]`` (places, people):
    ``{within_<r>km: {places: [lo, hi], population: [lo, hi]}, defender_side: {...}, other_side:
    {...}, in_belt: {...}}`` (every count that never falls as the belt deepens). ``shallow``/``deep``: the distances (km) of the
    places to the belt at the two depths."""
    pl = pl or places()
    out: dict[str, Any] = _pair(_counts(shallow, defenders, pl, radii_km), _counts(deep, defenders, pl, radii_km))
    return out


def edge_places(
    pd_: PlaceDistances, defenders: set[str], pl: Places | None = None, margin_km: float = EDGE_MARGIN_KM
) -> list[dict[str, Any]]:
    """Places on the defender's side within ``margin_km`` of the 1 km line (at the point depth),
    the largest first: ``[{name, name_uk (optional), country, distance_km, population, counted}]``; ``counted``:
    inside the 1 km line, so in the headline count."""
    pl = pl or places()
    d = pd_.distance_km
    pop, country, ours = place_columns(pl, pd_.index, defenders)
    m = ours & (np.abs(d - NAMED_WITHIN_KM) <= margin_km + 1e-9)
    rows = np.nonzero(m)[0]
    rows = rows[np.argsort(-pop[rows], kind="stable")][:EDGE_LISTED]
    return [
        {
            **place_name(pl, int(pd_.index[i])),
            "country": str(country[i]),
            "distance_km": round(float(d[i]), 2),
            "population": int(pop[i]),
            "counted": bool(d[i] <= NAMED_WITHIN_KM),
        }
        for i in rows
    ]


#: How many edge places a sentence names (the rest are counted).
EDGE_NAMED = 3


def edge_sentence(rows: list[dict[str, Any]], margin_km: float = EDGE_MARGIN_KM) -> str:
    """``"At the edge: places whose point lies within 100 m of the 1 km line (in or out of the
    count as the belt's depth moves; the built-up area may reach inside it): Voznesenivka, UKR,
    15,218 people (1.06 km, not counted)."``; "" without one. A place is a point: its distance
    says nothing of where its built-up area ends."""
    if not rows:
        return ""
    shown = rows[:EDGE_NAMED]
    parts = [
        f"{r['name']}, {r['country']}, {r['population']:,} {'person' if r['population'] == 1 else 'people'} "
        f"({r['distance_km']:.2f} km, {'counted' if r['counted'] else 'not counted'})"
        for r in shown
    ]
    rest = len(rows) - len(shown)
    if rest:
        parts.append(f"{rest} more place{'s' if rest != 1 else ''}")
    names = "; ".join(parts[:-1]) + (", and " if len(parts) > 1 else "") + parts[-1]
    return (
        f"At the edge: places whose point lies within {margin_km * 1000:.0f} m of the {NAMED_WITHIN_KM:g} km line "
        f"(the built-up area may reach inside it): {names}."
    )


def edge_depth_sentence(interval: dict[str, Any] | None) -> str:
    """How far the depth moves the count the edge places enter or leave, from the counts
    already in the document (``depth_interval.defender_side.within_1km``): ``"The places at
    the edge are listed at the point depth; with the belt at the 5th and at the 95th
    percentile of its depth, the count within 1 km on the defender's side is 17 and 25 places
    (46,200–86,200 people)."``; "" where the depth is one figure (the count does not move)."""
    from .. import numbers as N

    places_, people = (interval or {}).get("places"), (interval or {}).get("population")
    if not (isinstance(places_, list) and isinstance(people, list) and len(places_) == len(people) == 2):
        return ""
    if places_[0] == places_[1] and people[0] == people[1]:
        return ""
    pop = N.span(people[0], people[1], 3, words=True, locale="en") or N.sig(people[1], 3, words=True, locale="en")
    return (
        "The places at the edge are listed at the point depth; with the belt at the 5th and at the 95th percentile of "
        f"its depth, the count within {NAMED_WITHIN_KM:g} km on the defender's side is {places_[0]:,} and "
        f"{places_[1]:,} place{'s' if places_[1] != 1 else ''} ({pop} people)."
    )


def with_edge(headline: str, rows: list[dict[str, Any]], interval: dict[str, Any] | None = None) -> str:
    """The civilian headline with the edge sentence (and, with ``interval``, how the depth moves
    the count: :func:`edge_depth_sentence`) before the other side's count."""
    edge = edge_sentence(rows)
    if not edge:
        return headline
    moves = edge_depth_sentence(interval)
    edge += f" {moves}" if moves else ""
    ours, sep, other = headline.partition(" Across the border, counted apart:")
    return f"{ours} {edge}{sep}{other}"


#: Countries part of whose border land is occupied (Ukraine's since 2014 and 2022): its counted
#: places in the regions of :data:`minebelt.model.occupied_sources.OCCUPIED_REGIONS` are shown
#: apart, at the population the places data gives (pre-war figures).
OCCUPIED_SINCE = {"UKR": "2014 or 2022"}


def occupied_places(pd_: PlaceDistances, defenders: set[str], pl: Places | None = None) -> dict[str, Any] | None:
    """The counted places (defender's side, within the 1 km line) in Ukraine's regions with
    occupied territory (:data:`~minebelt.model.occupied_sources.OCCUPIED_REGIONS`, by GeoNames
    region code): ``{country, places, population, since, estimated: False, regions: True,
    by_region: [{admin1, region, since, extent, places, population}], by_radius:
    {"within_<r>km": {places, population}}, region_rule}`` (``by_radius``: the same flag on the
    defender's side within each exposure radius), or None when no place of the defender's side
    within the largest radius lies in one. The flag is the region, not a front line; who lives
    there now is not estimated."""
    from ..model.occupied_sources import OCCUPIED_REGIONS

    if not any(code in defenders for code in OCCUPIED_SINCE):
        return None
    pl = pl or places()
    pop, country, _ = place_columns(pl, pd_.index, defenders)
    admin1 = np.asarray(pl.admin1)[pd_.index]
    d = pd_.distance_km
    for code, since in OCCUPIED_SINCE.items():
        if code not in defenders:
            continue
        flagged = (country == code) & np.isin(admin1, list(OCCUPIED_REGIONS))
        by_radius = within_counts(d[flagged], pop[flagged], settings.EXPOSURE_RADII_KM)[0]
        # the counted places (within the 1 km line) of each region, added up in Python: a few dozen
        counted = np.nonzero((country == code) & (d <= NAMED_WITHIN_KM))[0]
        got: dict[str, list[int]] = {}
        for a1, n in zip(admin1[counted].tolist(), pop[counted].tolist(), strict=True):
            acc = got.setdefault(str(a1), [0, 0])
            acc[0] += 1
            acc[1] += int(n)
        block = occupied_block(code, since, got, by_radius)
        if block is not None:
            return block
    return None


def occupied_block(
    code: str, since: str, got: dict[str, list[int]], by_radius: dict[str, Any]
) -> dict[str, Any] | None:
    """The occupied-regions block of country ``code`` from ``got`` (region code → [places,
    population] of its counted places) and its counts ``by_radius``; None when no region of
    :data:`OCCUPIED_REGIONS` holds a counted place and no radius counts one. Shape: see
    :func:`occupied_places`."""
    from ..model.occupied_sources import OCCUPIED_REGIONS, REGION_RULE

    rows = [
        {
            "admin1": r.admin1,
            "region": r.name,
            "since": r.since,
            "extent": r.extent,
            "places": got[r.admin1][0],
            "population": got[r.admin1][1],
        }
        for r in OCCUPIED_REGIONS.values()
        if r.admin1 in got
    ]
    if not rows and not any(v["places"] for v in by_radius.values()):
        return None
    return {
        "country": code,
        "places": sum(r["places"] for r in rows),
        "population": sum(r["population"] for r in rows),
        "since": since,
        "estimated": False,
        "regions": True,
        "by_region": rows,
        "by_radius": by_radius,
        "region_rule": REGION_RULE,
    }


def occupied_sentence(row: dict[str, Any] | None) -> str:
    """``"Of the places counted, 11 (30,521 people) are in regions of Ukraine with occupied
    territory (Luhansk region 8, ...): ..."``; "" without."""
    if not row or not row.get("places"):
        return ""
    n = row["places"]
    where = "; ".join(f"{r['region']}: {r['places']:,}" for r in row.get("by_region") or [])
    return (
        f"Of the places counted, {n:,} ({row['population']:,} people) {'are' if n != 1 else 'is'} in regions of Ukraine "
        f"with occupied territory ({where}), counted at the places data's pre-war figures: those people may not live "
        "there now (not estimated; the flag is the region, not a front line)."
    )
