"""The front of a drawn section: the user's line ∩ mask, split into land and water runs.

Layer: measure.

A drawn ``line`` (GeoJSON LineString, EPSG:4326) is split where it runs over the bundled
inland water (:func:`minebelt.geo.belt.inland_water`: lakes and river areas within 60 km of
land borders, and GSHHG lakes of 10 km² or more everywhere): those stretches are ``water`` runs, so
``water_km`` is reported and ``along_water`` applies as on a border (with ``skip``, the belt
is not built behind a lake the line crosses). Water stretches shorter than
``settings.LINE_WATER_MIN_KM`` (a river crossing) stay land, as the border data merge runs
shorter than 1.5 km (``scripts/build_borders.py``, ``MIN_RUN_M``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import settings
from ..errors import InputError
from .belt import inland_water
from .front import LAND, WATER, Front, Run, clip_runs, substring_km
from .measure import densify, unwrap_line, vertex_km


def water_intervals(coords: np.ndarray) -> list[tuple[float, float]]:
    """km ranges (geodesic, from the first point) of a densified lon/lat line over inland water,
    those shorter than ``settings.LINE_WATER_MIN_KM`` left out."""
    import shapely

    line = shapely.LineString(coords)
    x0, y0, x1, y1 = line.bounds
    water = inland_water((x0 - 0.01, max(y0 - 0.01, -90.0), x1 + 0.01, min(y1 + 0.01, 90.0)))
    if water is None:
        return []
    wet = shapely.intersection(line, water)
    if wet.is_empty:
        return []
    geo_cum = vertex_km(coords)
    plan_cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(coords, axis=0).T))])
    spans = []
    for p in shapely.get_parts(
        shapely.line_merge(shapely.MultiLineString([g for g in shapely.get_parts(wet) if g.geom_type == "LineString"]))
    ):
        c = shapely.get_coordinates(p)
        if len(c) < 2:
            continue
        at = sorted(
            float(np.interp(shapely.line_locate_point(line, shapely.Point(q)), plan_cum, geo_cum))
            for q in (c[0], c[-1])
        )
        spans.append(at)
    spans.sort()
    merged: list[list[float]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1] + 1e-9:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged if b - a >= settings.LINE_WATER_MIN_KM]


def line_runs(coords: np.ndarray) -> list[Run]:
    """A densified drawn line as land and water runs, in order."""
    cum = vertex_km(coords)
    total = float(cum[-1])
    cuts = [0.0]
    kinds = []
    for a, b in water_intervals(coords):
        if a > cuts[-1]:
            kinds.append(LAND)
            cuts.append(a)
        kinds.append(WATER)
        cuts.append(min(b, total))
    if cuts[-1] < total:
        kinds.append(LAND)
        cuts.append(total)
    runs = []
    for kind, a, b in zip(kinds, cuts[:-1], cuts[1:], strict=False):
        c = coords if (a <= 0.0 and b >= total) else substring_km(coords, cum, a, b)
        if len(c) >= 2 and b > a:
            runs.append(Run(kind, c, b - a))
    return runs


def line_front(line: Any, mask: Any, where: str, along_water: str = "skip") -> Front:
    """The front of a drawn section: the user's line (lon/lat), split by inland water, ∩ mask."""
    import shapely

    coords = unwrap_line(shapely.get_coordinates(line))
    if np.ptp(coords[:, 0]) >= 360.0:
        raise InputError(
            f"{where}: line: runs more than once around the globe (a step of more than 180 degrees of longitude is taken across the antimeridian)"
        )
    dense = densify(shapely.LineString(coords))
    coords = shapely.get_coordinates(dense)
    km = float(vertex_km(coords)[-1])
    if km <= 0:
        raise InputError(f"{where}: line: has zero length (all points equal)")
    runs = line_runs(coords)
    desc: dict[str, Any] = {"source": "line", "line_km": km}
    build_runs = runs
    if mask is not None:
        runs = clip_runs(runs, mask)
        kept = float(sum(r.km for r in runs))
        if not runs or kept <= 0:
            raise InputError(f"{where}: mask: does not overlap the line; the mask must cover part of the front")
        desc["mask_clipped_km"] = km - kept
    else:
        desc["mask_clipped_km"] = 0.0
    return Front(runs=runs, along_water=along_water, description=desc, build_runs=build_runs)
