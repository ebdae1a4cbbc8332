"""Measuring a scenario's sections: front once, belt area as a function of depth, with a cache.

Layer: measure. :func:`measure_sections` measures every section without a stated length
(:func:`measure_section`: its front from :mod:`.front`, its belt from :mod:`.belt`), in
parallel threads and through an in-process cache; :func:`overlaps_with_earlier` gives the
km² of each belt already covered by earlier belts of the same country.

With an uncertain depth, the belt area is computed at a small grid of depths spanning the
distribution's 0.1–99.9 % range and interpolated linearly (area grows smoothly with depth).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from ..errors import InputError
from .belt import belt_polygon, defender_land
from .front import Front, border_front, line_front
from .measure import geodesic_area_km2, to_standard

if TYPE_CHECKING:
    from ..scenario import Scenario
    from ..scenario.resolve import ResolvedSection


#: Number of depths at which an uncertain depth's belt area is computed.
DEPTH_GRID_POINTS = 7


@dataclass
class SectionGeometry:
    """Measured front and belt of one section."""

    length_km: float
    land_km: float
    water_km: float
    line: Any  #: front line (lon/lat, split at ±180°), all runs
    build_line: Any  #: the runs the belt is built behind (lon/lat, split at ±180°)
    area_fn: Callable[[float], tuple[float, Any]]
    point_depth: float
    depths: np.ndarray = field(default_factory=lambda: np.zeros(0))
    areas: np.ndarray = field(default_factory=lambda: np.zeros(0))
    belt: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
    front: Front | None = None
    belt_front_km: float = 0.0  #: km of front the belt is built behind

    def area_at(self, depth: np.ndarray) -> np.ndarray:
        depth = np.asarray(depth, dtype=float)
        if len(self.depths) == 1:
            return np.full(depth.shape, self.areas[0])
        return np.interp(depth, self.depths, self.areas)

    def properties(self) -> dict[str, Any]:
        out: dict[str, Any] = {"water_km": round(self.water_km, 6), "land_km": round(self.land_km, 6)}
        out.update(self.extra)
        out["belt_front_km"] = round(self.belt_front_km, 6)
        if self.front is not None:
            out["front"] = self.front.summary()
        return out


def _read_geojson(value: Any, base: Path, where: str, want: tuple[str, ...]) -> Any:
    """A shapely geometry (EPSG:4326) from a section's ``line`` or ``mask``: a file path or an object.

    The file (regular, size-capped), the structure, the CRS and the vertex cap are checked by
    :func:`minebelt.scenario.geojson.load_geojson`, which returns the bare geometry.
    """
    import shapely

    from ..scenario.geojson import load_geojson

    doc = load_geojson(value, base, where, want)
    try:
        geom = shapely.from_geojson(json.dumps(doc))
    except Exception:  # shapely raises GEOSException for malformed input
        raise InputError(f"{where}: invalid GeoJSON geometry") from None
    if geom.geom_type not in want:
        raise InputError(f"{where}: expected {' or '.join(want)}, got {geom.geom_type}")
    if geom.is_empty:
        raise InputError(f"{where}: geometry is empty")
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise InputError(f"{where}: coordinates out of range for EPSG:4326 (longitude -180..180, latitude -90..90): is it in another CRS?")
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return geom


def measure_section(sc: Scenario, rs: ResolvedSection) -> SectionGeometry:
    """Measure one geometric section: its front (once), and its belt area as a function of depth.

    Raises :class:`InputError` (naming the section) for a border the two countries do not
    share, a stretch outside the border, a mask that misses the front, and a front with none
    of the defender's land within the depth on the belt's side.
    """
    s = rs.section
    where = f"{sc.label}: sections[{rs.index}] {s.name!r}"
    mask = None
    if s.mask is not None:
        mask = _read_geojson(s.mask, sc.base_dir, f"{where}: mask", ("Polygon", "MultiPolygon"))
    extra: dict[str, Any]
    if s.line is not None:
        line = _read_geojson(s.line, sc.base_dir, f"{where}: line", ("LineString",))
        front = line_front(line, mask, where)
        land_geom = defender_land(s.country, near_line=False)
        extra = {"line": "user", "side": s.side}
        side = s.side
    else:
        front = border_front(s.country, s.border or "", s.from_km, s.to_km, rs.along_water, mask, where)
        land_geom = defender_land(s.country, near_line=True)
        extra = {"pairs": front.description["pairs"]}
        if "stretch" in front.description:
            extra["from_km"] = front.description["stretch"]["from_km"]
            extra["to_km"] = front.description["stretch"]["to_km"]
        side = None
    lines = front.build_lines()

    def belt_at(depth: float) -> tuple[float, Any]:
        return belt_polygon(lines, depth, side, land_geom, mask)

    dist = rs.depth.dist
    point_depth = dist.median
    area0, belt0 = belt_at(point_depth)
    if lines and area0 <= 0.0:
        if s.line is not None:
            raise InputError(
                f"{where}: line: none of {s.country}'s land lies within {point_depth:g} km on the {s.side} side of the line "
                "(left/right as seen walking from its first point to its last; check 'side', the line's direction and 'country')"
            )
        if mask is not None:
            raise InputError(f"{where}: mask: covers none of {s.country}'s land within {point_depth:g} km of the front; the belt would be empty")
        # a whole border with no land of the defender next to it: a quirk of the bundled data
        # (e.g. a causeway border); reported, not refused
        front.description["note"] = f"none of {s.country}'s land lies within {point_depth:g} km of this front in the bundled data"
    if dist.is_point:
        depths, areas = np.array([point_depth]), np.array([area0])
    else:
        lo, hi = dist.quantile(0.001), dist.quantile(0.999)
        grid = np.unique(np.concatenate([np.linspace(lo, hi, DEPTH_GRID_POINTS), [point_depth]]))
        areas = np.array([area0 if d == point_depth else belt_at(float(d))[0] for d in grid])
        depths = grid
    import shapely

    return SectionGeometry(
        length_km=front.length_km,
        land_km=front.land_km,
        water_km=front.water_km,
        line=to_standard(front.line()),
        build_line=to_standard(shapely.MultiLineString(lines)) if lines else shapely.MultiLineString(),
        area_fn=belt_at,
        point_depth=point_depth,
        depths=depths,
        areas=areas,
        belt=belt0,
        extra=extra,
        front=front,
        belt_front_km=front.belt_front_km,
    )


#: Most recently used section geometries, keyed by everything that determines them.
_CACHE: OrderedDict[tuple[Any, ...], SectionGeometry] = OrderedDict()
CACHE_SIZE = 256


def _source_key(value: Any, base: Path) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        p = (base / value) if not Path(value).is_absolute() else Path(value)
        try:
            st = p.stat()
            return (str(p.resolve()), st.st_mtime_ns, st.st_size)
        except OSError:
            return (str(p), None, None)
    return json.dumps(value, sort_keys=True)


def section_key(sc: Scenario, rs: ResolvedSection) -> tuple[Any, ...]:
    """Everything a section's geometry depends on (for the in-process cache)."""
    s = rs.section
    d = rs.depth.dist
    return (
        s.country, s.border, s.from_km, s.to_km, rs.along_water, s.side,
        _source_key(s.line, sc.base_dir), _source_key(s.mask, sc.base_dir), d.kind, d.params,
    )


def measure_sections(
    sc: Scenario, resolved: list[ResolvedSection], progress: Callable[[float], None] | None = None
) -> dict[int, SectionGeometry]:
    """Measure every geometric section (progress as a fraction), with caching.

    Sections not in the cache are measured in parallel threads (GEOS and PROJ release the
    GIL; pyproj transformers are thread-safe since 3.1). Results and the first error are
    taken in section order, so the outcome does not depend on thread timing.
    """
    import os
    from concurrent.futures import ThreadPoolExecutor, as_completed

    out: dict[int, SectionGeometry] = {}
    todo: list[tuple[ResolvedSection, tuple[Any, ...]]] = []
    for rs in resolved:
        key = section_key(sc, rs)
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            out[rs.index] = hit
        else:
            todo.append((rs, key))
    done = len(out)

    def tick() -> None:
        if progress:
            progress(done / len(resolved))

    if out:
        tick()
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1:
        with ThreadPoolExecutor(workers) as pool:
            futures = [pool.submit(measure_section, sc, rs) for rs, _ in todo]
            try:
                for _ in as_completed(futures):
                    done += 1
                    tick()
            except BaseException:  # issue 13: a cancelled request or Ctrl-C does not wait for the queue
                for f in futures:
                    f.cancel()
                raise
        measured = [f.result() for f in futures]  # raises the first error in section order
    else:
        measured = []
        for rs, _ in todo:
            measured.append(measure_section(sc, rs))
            done += 1
            tick()
    for (rs, key), g in zip(todo, measured):
        _CACHE[key] = g
        out[rs.index] = g
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return {rs.index: out[rs.index] for rs in resolved}


def overlaps_with_earlier(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> list[float]:
    """For each section, km² of its belt already covered by earlier belts of the same country."""
    import shapely

    out = [0.0] * len(resolved)
    seen: dict[str, Any] = {}
    for rs in resolved:
        g = geoms.get(rs.index)
        if g is None or g.belt is None or g.belt.is_empty:
            continue
        key = rs.section.country
        prev = seen.get(key)
        if prev is not None:
            inter = shapely.intersection(g.belt, prev)
            out[rs.index] = geodesic_area_km2(inter)
            seen[key] = shapely.union(prev, g.belt)
        else:
            seen[key] = g.belt
    return out
