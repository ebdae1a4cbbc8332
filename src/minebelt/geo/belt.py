"""Belts as real polygons: the defender's land within depth of a front, and its geodesic area.

Layer: measure.

The front of a section (border or drawn line ∩ stretch ∩ mask, as land and water runs) is
built once by :mod:`minebelt.geo.front`. The belt is built behind the *unmasked* runs (land
only with ``along_water = "skip"``):

1. the zone: everything a perpendicular of length ``depth_km`` sweeps along the runs, with
   square ends at their real ends (:mod:`minebelt.geo.zone`), on one side for a drawn line;
2. ∩ the defender's land (:func:`defender_land`), minus inland water;
3. only the pieces *attached* to the front: within ``settings.DETACHED_TOLERANCE_KM`` of it,
   or joined to such a piece through the defender's land and inland water inside the zone.
   Islands and land across the sea (Corfu from the Albanian border, Andalusia from Ceuta) are
   left out and reported as ``detached_km2``;
4. ∩ the mask. Masking last makes masks that partition a border partition its belt exactly.

Lengths and areas are geodesic on the WGS84 ellipsoid after densifying every edge
(:mod:`minebelt.geo.measure`): geometry has edges straight in longitude/latitude, as GeoJSON and
GEOS mean them. Fronts crossing the antimeridian are handled in an unwrapped longitude frame
and belts are written split at ±180°.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from .. import settings
from ..errors import InputError
from .measure import frame_windows, geodesic_area_km2, into_frame, shift_lon, to_standard, within_standard
from .zone import polygons_only, zone


def buffer_line(geom: Any, depth_km: float, side: str | None = None) -> Any:
    """Polygon (lon/lat) swept by a perpendicular of ``depth_km`` along a lon/lat line, ends square.

    ``geom``: a (multi)line or a list of (n, 2) coordinate arrays, edges straight in lon/lat,
    longitudes possibly unwrapped past ±180° (the result is then in the same frame).
    ``side="left"``/``"right"``: only that side of the line's direction. See
    :func:`minebelt.geo.zone.zone` for the definition and its construction.
    """
    return zone(geom, depth_km, side)


def defender_land(code: str, near_line: bool) -> Any:
    """The land a belt of ``code`` (``A`` or ``A+B``) may cover.

    ``near_line=True`` (a border section): the bundled ``territory`` (land within 60 km of the
    country's land borders, fine resolution, lakes of 2 km² and more as holes). ``False`` (a
    drawn line, which may run anywhere): that territory wherever it is complete
    (:func:`coverage`), and the simplified ``outline`` only beyond (0.025°, lakes under
    2,000 km² filled, edges up to ~5 km off; ``docs/data-borders.md``); the belt then loses the
    inland water, which holds every lake of 10 km² or more, near borders or not.
    """
    import shapely

    parts = [_territory(c) if near_line else _line_land(c) for c in code.split("+")]
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def _territory(code: str) -> Any:
    from ..data.borders import territory

    return territory(code)


@lru_cache(maxsize=64)
def coverage(code: str) -> Any:
    """Where the bundled ``territory`` of ``code`` holds all of its land (lon/lat polygon), or
    None for a country without land borders.

    The territory is the land within ``settings.TERRITORY_MARGIN_KM`` (60 km) of the country's
    land borders; this is the buffer of its stored border lines by
    ``settings.COVERAGE_MARGIN_KM`` (58 km) taken in plain degrees with 1° = 111.7 km (the
    longest degree of latitude), so on the ground it reaches at most 58 km: inside the 60 km
    zone, with 2 km to spare for the stored lines' simplification.
    """
    import shapely

    from ..data.borders import neighbours, pair_segments

    lines = [
        s.geometry
        for n in neighbours(code)
        for s in pair_segments(code, n)
        if s.geometry is not None and not s.geometry.is_empty
    ]
    if not lines:
        return None
    cov = shapely.buffer(shapely.union_all(lines), settings.COVERAGE_MARGIN_KM / 111.7, quad_segs=4)
    shapely.prepare(cov)
    return cov


@lru_cache(maxsize=64)
def _line_land(code: str) -> Any:
    import shapely

    from ..data.borders import outline, territory

    out = outline(code)
    cov = coverage(code)
    if cov is None:
        return out
    try:
        terr = territory(code)
    except InputError:  # no territory for the code in the data: the outline everywhere
        return out
    land = polygons_only(shapely.union(terr, shapely.difference(out, cov)))
    shapely.prepare(land)
    return land


def inland_water(bounds: tuple[float, float, float, float], meeting: Any = None) -> Any:
    """Inland water polygons within ``bounds`` of a (possibly unwrapped) longitude frame;
    ``meeting``: a polygon within standard longitudes (a belt's zone), only the water it meets."""
    import shapely

    from ..data.borders import inland_water_meeting, inland_water_near

    if meeting is not None and within_standard(bounds):
        return inland_water_meeting(meeting)
    if within_standard(bounds):
        return inland_water_near(tuple(round(v, 3) for v in bounds))
    pieces = []
    for box, shift in frame_windows(bounds):
        w = inland_water_near(tuple(round(v, 3) for v in box))
        if w is not None:
            pieces.append(shift_lon(w, shift))
    return shapely.union_all(pieces) if pieces else None


@dataclass(frozen=True)
class Belt:
    """A belt polygon and what it leaves out.

    ``area_km2``: geodesic area of ``polygon`` (standard longitudes, split at ±180°);
    ``detached_km2``: defender land within the depth (∩ mask) not attached to the front;
    ``detached``: that land (frame longitudes).
    """

    area_km2: float
    polygon: Any
    detached_km2: float
    detached: Any


def _near(parts: np.ndarray, front: Any, tol: float) -> np.ndarray:
    """Which of ``parts`` lie within ``tol`` (degrees) of ``front`` (an STRtree query: GEOS
    prepares the query geometry, ~500x faster than ``shapely.dwithin`` on a long border)."""
    import shapely

    out = np.zeros(len(parts), bool)
    out[shapely.STRtree(parts).query(front, predicate="dwithin", distance=tol)] = True
    return out


def attached(belt: Any, front: Any, zone_: Any, water: Any) -> tuple[Any, Any]:
    """(pieces of ``belt`` attached to ``front``, the rest), all in one longitude frame.

    A piece is attached when it lies within ``settings.DETACHED_TOLERANCE_KM`` of the front
    lines, or is joined to such a piece through ``belt`` ∪ (``zone_`` ∩ ``water``).
    """
    import shapely

    parts = np.asarray(shapely.get_parts(belt))
    if len(parts) == 0:
        return belt, shapely.Polygon()
    tol = settings.DETACHED_TOLERANCE_KM / 111.0
    near = _near(parts, front, tol)
    if near.all():
        return belt, shapely.Polygon()
    links = belt
    if water is not None:
        links = shapely.union(belt, polygons_only(shapely.intersection(zone_, water)))
    comps = np.asarray(shapely.get_parts(links))
    linked = shapely.union_all(comps[_near(comps, front, tol)])
    shapely.prepare(linked)
    keep = near | shapely.intersects(linked, shapely.point_on_surface(parts))
    return shapely.union_all(parts[keep]), shapely.union_all(parts[~keep])


def belt_polygon(
    lines: list[np.ndarray], depth_km: float, side: str | None, land: Any, mask: Any, cuts: Any = None
) -> Belt:
    """The belt behind ``lines`` (frame lon/lat runs, unmasked) at ``depth_km`` (module docstring).

    ``land``: the defender's land (standard longitudes); ``mask``: a polygon or None;
    ``cuts``: stretch ends inside a border (``Front.cuts``, :mod:`minebelt.geo.stretch_ends`).
    """
    import shapely

    if not lines:
        return Belt(0.0, shapely.Polygon(), 0.0, shapely.Polygon())
    z = zone(lines, depth_km, side, cuts)
    if z.is_empty:
        return Belt(0.0, shapely.Polygon(), 0.0, shapely.Polygon())
    bounds = z.bounds
    belt = polygons_only(shapely.intersection(z, into_frame(land, bounds)))
    water = inland_water(bounds, z)
    if water is not None and not belt.is_empty:
        belt = polygons_only(shapely.difference(belt, water))
    front = shapely.MultiLineString([c for c in lines if len(c) >= 2])
    belt, detached = attached(belt, front, z, water)
    if mask is not None:
        m = into_frame(mask, bounds)
        belt = polygons_only(shapely.intersection(belt, m))
        detached = polygons_only(shapely.intersection(detached, m)) if not detached.is_empty else detached
    if not belt.is_valid:
        belt = polygons_only(shapely.make_valid(belt))
    return Belt(geodesic_area_km2(belt), to_standard(belt), geodesic_area_km2(detached), detached)
