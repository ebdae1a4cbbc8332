"""Belts as real polygons: a front buffered into the belt behind it, and its geodesic area.

Layer: measure.

The front of a section (border or drawn line ∩ stretch ∩ mask, as land and water runs) is
built once by :mod:`minebelt.geo.front`. The belt is the defender's land within ``depth_km`` of
the runs it is built behind (land only with ``along_water = "skip"``), minus inland water,
intersected with the mask. Runs are buffered in pieces of at most
``settings.BUFFER_CHUNK_KM``, each in its own transverse Mercator projection centred on the
piece (scale error below 0.01 % within 75 km of the central meridian), with *flat* ends: the
belt stops square where its front stops (at a river, a lake, the end of a stretch or a
tripoint) and bends with round joins along it. Pieces of one run overlap by
``settings.BUFFER_OVERLAP_KM`` so every bend keeps its join.

Lengths and areas are geodesic on the WGS84 ellipsoid after densifying every edge
(:mod:`minebelt.geo.measure`): geometry has edges straight in longitude/latitude, as GeoJSON and
GEOS mean them. Fronts crossing the antimeridian are handled in an unwrapped longitude frame
and belts are written split at ±180°.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .. import settings
from .front import substring_km
from .measure import densify, frame_windows, geodesic_area_km2, into_frame, shift_lon, to_standard, vertex_km, within_standard
from .projection import from_local, local_projection


def _chunks(line_coords: np.ndarray, max_km: float, overlap_km: float = 0.0) -> list[np.ndarray]:
    """Split a lon/lat polyline into pieces of at most ``max_km``, each but the last running
    on ``overlap_km`` into the next. A closed line (a ring around an enclave) is treated as
    cyclic: its last piece runs on past the start."""
    cum = vertex_km(line_coords)
    total = float(cum[-1]) if len(cum) else 0.0
    closed = len(line_coords) > 3 and np.allclose(line_coords[0], line_coords[-1]) and total > 0
    if closed and overlap_km > 0:
        # append the ring's first overlap_km again, so the closing vertex gets its join
        head = line_coords[1 : int(np.searchsorted(cum, overlap_km, side="right")) + 1]
        line_coords = np.vstack([line_coords, head])
        cum = vertex_km(line_coords)
    if total <= max_km:
        return [line_coords]
    n = int(np.ceil(total / max_km))
    edges = np.linspace(0.0, total, n + 1)
    end = float(cum[-1])
    return [c for a, b in zip(edges[:-1], edges[1:]) if len(c := substring_km(line_coords, cum, a, min(b + overlap_km, end))) >= 2]


def _lines(geom: Any) -> list[np.ndarray]:
    import shapely

    if isinstance(geom, list):
        return [np.asarray(c) for c in geom if len(c) >= 2]
    parts = shapely.get_parts(geom)
    out = []
    for p in parts:
        if p.geom_type == "LineString":
            c = shapely.get_coordinates(p)
            if len(c) >= 2:
                out.append(c)
        elif p.geom_type in ("MultiLineString", "GeometryCollection"):
            out.extend(_lines(p))
    return out


def buffer_line(geom: Any, depth_km: float, side: str | None = None) -> Any:
    """Polygon (lon/lat) of everything within ``depth_km`` of a lon/lat line, ends cut square.

    ``geom``: a (multi)line or a list of (n, 2) coordinate arrays, edges straight in lon/lat,
    longitudes possibly unwrapped past ±180° (the result is then in the same frame).
    ``side="left"``/``"right"``: only that side of the line's direction (single-sided
    buffer). Each piece of at most ``settings.BUFFER_CHUNK_KM`` (densified to
    ``settings.BUFFER_DENSIFY_DEG`` first) is buffered
    in a transverse Mercator projection centred on it, with flat end caps and round joins;
    consecutive pieces overlap by ``settings.BUFFER_OVERLAP_KM``. The buffer's long straight
    edges (the square ends) are densified in metres before going back to lon/lat.
    """
    import shapely

    polys = []
    dist = depth_km * 1000.0
    if side == "right":
        dist = -dist
    step_m = settings.BUFFER_DENSIFY_DEG * 111_000.0
    for coords in _lines(geom):
        dense = densify(shapely.LineString(coords), settings.BUFFER_DENSIFY_DEG)
        if dense.is_empty:
            continue
        coords = shapely.get_coordinates(dense)
        for chunk in _chunks(coords, settings.BUFFER_CHUNK_KM, settings.BUFFER_OVERLAP_KM):
            mid = chunk[len(chunk) // 2]
            tr = local_projection("tmerc", round(float(mid[0]), 2), round(float(mid[1]), 2), over=True)
            x, y = tr.transform(chunk[:, 0], chunk[:, 1])
            line = shapely.LineString(np.column_stack([x, y]))
            poly = shapely.buffer(line, dist, quad_segs=8, cap_style="flat", join_style="round", single_sided=side is not None)
            polys.append(from_local(shapely.segmentize(poly, step_m), tr))
    if not polys:
        return shapely.Polygon()
    return shapely.union_all(polys)


def defender_land(code: str, near_line: bool) -> Any:
    import shapely

    from ..data.borders import outline, territory

    parts = []
    for c in code.split("+"):
        parts.append(territory(c) if near_line else outline(c))
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def _inland_water(bounds: tuple[float, float, float, float]) -> Any:
    """Inland water polygons within ``bounds`` of a (possibly unwrapped) longitude frame."""
    import shapely

    from ..data.borders import inland_water_near

    if within_standard(bounds):
        return inland_water_near(tuple(round(v, 3) for v in bounds))
    pieces = []
    for box, shift in frame_windows(bounds):
        w = inland_water_near(tuple(round(v, 3) for v in box))
        if w is not None:
            pieces.append(shift_lon(w, shift))
    return shapely.union_all(pieces) if pieces else None


def belt_polygon(
    lines: list[np.ndarray], depth_km: float, side: str | None, land: Any, mask: Any
) -> tuple[float, Any]:
    """(area km², polygon) of the belt behind ``lines`` (frame lon/lat runs) at ``depth_km``.

    The polygon is the defender's ``land`` within ``depth_km`` of the lines (on ``side`` only
    when given), minus inland water, intersected with ``mask``; returned in standard
    longitudes (split at ±180°). The area is geodesic (WGS84) on the densified polygon.
    """
    import shapely

    if not lines:
        return 0.0, shapely.Polygon()
    zone = buffer_line(lines, depth_km, side)
    bounds = zone.bounds
    belt = shapely.intersection(zone, into_frame(land, bounds))
    water = _inland_water(bounds)
    if water is not None:
        belt = shapely.difference(belt, water)
    if mask is not None:
        belt = shapely.intersection(belt, into_frame(mask, bounds))
    belt = shapely.make_valid(belt)
    polys = [g for g in shapely.get_parts(belt) if g.geom_type in ("Polygon", "MultiPolygon")]
    belt = shapely.union_all(polys) if polys else shapely.Polygon()
    return geodesic_area_km2(belt), to_standard(belt)
