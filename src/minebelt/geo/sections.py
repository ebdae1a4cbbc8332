"""Measuring a scenario's sections: front once, belt area as a function of depth, with a cache.

Layer: measure. :func:`measure_sections` measures every section without a stated length
(:func:`measure_section`: its front from :mod:`.front` or :mod:`.line`, its belt from
:mod:`.belt`), in parallel threads and through an in-process cache; the overlaps between
sections (km² of belt and km of front already covered by earlier sections sharing a defending
country) are in :mod:`.overlaps`.

With an uncertain depth, the belt area is computed exactly at the depths of
:data:`DEPTH_QUANTILES` of the depth's distribution (its 0.1 %–99.9 % range, the reported 5 %,
50 % and 95 % quantiles among them) and at depth 0 (area 0), and interpolated with a monotone
piecewise cubic (:class:`scipy.interpolate.PchipInterpolator`; area never decreases with depth,
:mod:`.zone`); beyond the largest depth it is extended linearly with the end slope.
``tests/unit/measure/test_sections_review.py`` bounds the interpolation error against exact
areas: within 1 % inside the 5-95 % range, 3 % in the tails (SMR>ITA "1 to 10", EST>RUS "0.5 to 5").
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from ..errors import InputError
from ..scenario.geojson import LINE_TYPES, MASK_TYPES
from .belt import Belt, belt_polygon, defender_land
from .front import Front, border_front
from .line import line_front
from .measure import to_standard

if TYPE_CHECKING:
    from ..scenario import Scenario
    from ..scenario.resolve import ResolvedSection


#: Quantiles of an uncertain depth at which the belt area is computed exactly: the 0.1 %-99.9 %
#: range the inputs are checked on, with the reported 5/50/95 % quantiles and the quartiles among them.
DEPTH_QUANTILES = (0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999)
#: Belt computations an uncertain depth adds to the one at the median (web budget).
DEPTH_GRID_POINTS = len(DEPTH_QUANTILES) - 1


@dataclass
class SectionGeometry:
    """Measured front and belt of one section."""

    length_km: float
    land_km: float
    water_km: float
    line: Any  #: front line (lon/lat, split at ±180°), all runs
    build_line: Any  #: the runs the belt is built behind (lon/lat, split at ±180°)
    area_fn: Callable[[float], Belt]
    point_depth: float
    depths: np.ndarray = field(default_factory=lambda: np.zeros(0))
    areas: np.ndarray = field(default_factory=lambda: np.zeros(0))
    belt: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
    front: Front | None = None
    belt_front_km: float = 0.0  #: km of front the belt is built behind
    detached_km2: float = 0.0  #: defender land within the depth left out: not attached to the front

    def area_at(self, depth: np.ndarray) -> np.ndarray:
        """Belt area (km²) at each depth: exact at :attr:`depths`, monotone cubic between."""
        depth = np.asarray(depth, dtype=float)
        if len(self.depths) == 1:
            return np.full(depth.shape, self.areas[0])
        return area_interpolant(self.depths, self.areas)(depth)

    def properties(self) -> dict[str, Any]:
        out: dict[str, Any] = {"water_km": round(self.water_km, 6), "land_km": round(self.land_km, 6)}
        out.update(self.extra)
        out["belt_front_km"] = round(self.belt_front_km, 6)
        out["detached_km2"] = round(self.detached_km2, 6)
        if self.front is not None:
            out["front"] = self.front.summary()
        return out


def area_interpolant(depths: np.ndarray, areas: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """Belt area as a function of depth through exact ``(depths, areas)`` (increasing depths):
    PCHIP (Fritsch-Carlson, monotone) through them and (0, 0); linear with the end slope beyond
    the largest depth; 0 at depths <= 0."""
    from scipy.interpolate import PchipInterpolator

    x = np.concatenate([[0.0], depths]) if depths[0] > 0 else np.asarray(depths, dtype=float)
    y = np.concatenate([[0.0], areas]) if depths[0] > 0 else np.asarray(areas, dtype=float)
    y = np.maximum.accumulate(y)  # exact areas never decrease; guard rounding in the last digit
    f = PchipInterpolator(x, y, extrapolate=False)
    slope = float(f.derivative()(x[-1]))

    def area(d: np.ndarray) -> np.ndarray:
        d = np.asarray(d, dtype=float)
        out = f(np.clip(d, 0.0, x[-1]))
        out = np.where(d > x[-1], y[-1] + slope * (d - x[-1]), out)
        return np.where(d <= 0.0, 0.0, out)

    return area


def _read_geojson(value: Any, base: Path, where: str, want: tuple[str, ...]) -> Any:
    """A shapely geometry (EPSG:4326) from a section's ``line`` or ``mask``: a file path or an object.

    The file (regular, size-capped), the structure, the CRS, the vertex cap and the shape (a
    line with a length whose parts join, a valid polygon) are checked by
    :func:`minebelt.scenario.geojson.load_geojson`, which returns the bare geometry (a line as
    one LineString).
    """
    import shapely

    from ..scenario.geojson import load_geojson

    doc = load_geojson(value, base, where, want)
    try:
        return shapely.from_geojson(json.dumps(doc))
    except Exception:  # shapely raises GEOSException for malformed input
        raise InputError(f"{where}: invalid GeoJSON geometry") from None


def depth_grid(rs: ResolvedSection) -> np.ndarray:
    """The depths (km) at which a section's belt is computed exactly: the median of a fixed
    depth, or the :data:`DEPTH_QUANTILES` of an uncertain one and its median."""
    dist = rs.depth.dist
    if dist.is_point:
        return np.array([dist.median])
    grid = np.array(sorted({float(dist.quantile(q)) for q in DEPTH_QUANTILES} | {dist.median}))
    return grid[grid > 0]


def read_lines(sc: Scenario, resolved: list[ResolvedSection]) -> dict[int, Any]:
    """Every drawn line of ``resolved`` (shapely, lon/lat), read and checked -- its shape, and
    the work of its belts (:func:`minebelt.scenario.workload.check_line_work`) -- before any
    section is measured. Raises :class:`InputError` naming the section and the bound."""
    from ..scenario.workload import check_line_work

    lines: dict[int, Any] = {}
    for rs in resolved:
        s = rs.section
        if s.line is None:
            continue
        where = f"{sc.label}: sections[{rs.index}] {s.name!r}: line"
        line = _read_geojson(s.line, sc.base_dir, where, LINE_TYPES)
        import shapely

        grid = depth_grid(rs)
        check_line_work(shapely.get_coordinates(line), float(grid.max()), len(grid), where)
        lines[rs.index] = line
    return lines


def measure_section(sc: Scenario, rs: ResolvedSection, line: Any = None) -> SectionGeometry:
    """Measure one geometric section: its front (once), and its belt area as a function of depth.

    Raises :class:`InputError` (naming the section) for a border the two countries do not
    share, a stretch outside the border, a mask that misses the front, and a front with none
    of the defender's land within the depth on the belt's side.
    """
    s = rs.section
    where = f"{sc.label}: sections[{rs.index}] {s.name!r}"
    mask = None
    if s.mask is not None:
        mask = _read_geojson(s.mask, sc.base_dir, f"{where}: mask", MASK_TYPES)
    extra: dict[str, Any]
    if s.line is not None:
        if line is None:
            line = _read_geojson(s.line, sc.base_dir, f"{where}: line", LINE_TYPES)
        front = line_front(line, mask, where, rs.along_water)
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

    def belt_at(depth: float) -> Belt:
        return belt_polygon(lines, depth, side, land_geom, mask, front.cuts)

    dist = rs.depth.dist
    point_depth = dist.median
    b0 = belt_at(point_depth)
    area0 = b0.area_km2
    if front.belt_front_km <= 0.0 and front.along_water == "skip":
        # the (masked) front runs only along rivers and lakes: no belt is built behind it
        front.description["note"] = "the front runs only along rivers and lakes and along_water = \"skip\": no belt behind it, 0 mines"
        front.description["warning"] = f"{s.name}: the front runs only along water and along_water = \"skip\": no belt, 0 mines (set along_water = \"include\" to build one)"
    elif lines and area0 <= 0.0:
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
    if b0.detached_km2 > 0.0:
        front.description["detached_km2"] = b0.detached_km2
    if dist.is_point:
        depths, areas = np.array([point_depth]), np.array([area0])
    else:
        grid = depth_grid(rs)
        areas = np.array([area0 if d == point_depth else belt_at(float(d)).area_km2 for d in grid])
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
        belt=b0.polygon,
        extra=extra,
        front=front,
        belt_front_km=front.belt_front_km,
        detached_km2=b0.detached_km2,
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

    lines = read_lines(sc, [rs for rs, _ in todo])  # every line's shape and work, before any work
    if out:
        tick()
    workers = min(len(todo), os.cpu_count() or 1)
    if workers > 1:
        with ThreadPoolExecutor(workers) as pool:
            futures = [pool.submit(measure_section, sc, rs, lines.get(rs.index)) for rs, _ in todo]
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
            measured.append(measure_section(sc, rs, lines.get(rs.index)))
            done += 1
            tick()
    for (rs, key), g in zip(todo, measured):
        _CACHE[key] = g
        out[rs.index] = g
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return {rs.index: out[rs.index] for rs in resolved}


def overlaps_with_earlier(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> list[float]:
    """For each section, km² of its belt already covered by earlier belts sharing a defending
    country (member codes of joint fronts count: ``EST+LVA`` and ``EST`` share ``EST``)."""
    from .overlaps import belt_overlaps

    return belt_overlaps(resolved, geoms)
