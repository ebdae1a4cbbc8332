"""Measuring a scenario's sections: the front once, the belt area as a function of depth.

Layer: measure. :func:`measure_sections` measures every section without a stated length
(:func:`measure_section`) in parallel threads. What does not depend on the depth (the front,
its runs and ends, the defender's land, the mask) is a :class:`~.front_belts.FrontBelts`, kept
in an in-process cache keyed by everything but the depth, so a new depth on a known front
costs only its belts; a whole-border side found in the bundled curves
(:mod:`minebelt.data.border_belts`) costs no polygon at all. Each measured section is a
:class:`~.section_geometry.SectionGeometry` (:mod:`.section_geometry`, importable from here too).

Depth. The belt area is a :class:`~.curve.DepthCurve` of the depth: exact belts at node depths
(:data:`~.curve.DEPTH_NODES_KM`) and a monotone cubic between them, within
:data:`~.curve.CURVE_REL_TOL` (0.2 %) of the exact belt (``tests/unit/measure/test_curve.py``).

* A bundled side reads every figure from the bundle: the area, detached land and place
  distances at the section's depth come from the curves (exact at a node depth, 2 km
  included); its belt polygon is built exactly when something draws or writes it.
* Any other section (a stretch, a mask, a drawn line, a joint front) builds its belt exactly at
  its point depth (the median); with an uncertain depth, also at the node depths that cover the
  depth's 0.1-99.9 % range (:func:`~.curve.nodes_for`), the curve running through all of them.

Drawn geometry first. Before any front is built, :func:`read_drawn` reads every section's
drawn ``line`` and ``mask`` through the checked loader and estimates the work of each line's
belts at the depths above (:mod:`minebelt.scenario.workload`): a degenerate shape or a line
whose belts would cost more than ``settings.GEOMETRY_WORK_MAX`` is refused before any work.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from ..errors import InputError
from .curve import DEPTH_NODES_KM, DepthCurve, nodes_for
from .front_belts import FrontBelts
from .front_source import Drawn
from .section_geometry import LazyGeometries as LazyGeometries
from .section_geometry import SectionGeometry as SectionGeometry

if TYPE_CHECKING:
    from ..scenario import Scenario
    from ..scenario.resolve import ResolvedSection

#: The most exact belts an uncertain depth adds to the one at the median (web budget): every
#: node depth (a depth range spanning them all).
DEPTH_GRID_POINTS = len(DEPTH_NODES_KM)


def _where(sc: Scenario, rs: ResolvedSection) -> str:
    return f"{sc.label}: sections[{rs.index}] {rs.section.name!r}"


def front_belts(sc: Scenario, rs: ResolvedSection, drawn: Drawn | None = None) -> FrontBelts:
    """The section's front and its belts (from the cache, the bundle, or built; ``drawn``: its
    line and mask as :func:`read_drawn` checked them, else read here)."""
    key = section_key(sc, rs)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
            return hit
    from .front_source import bundled_front, live_front

    fb = bundled_front(rs) or live_front(
        sc, rs, _where(sc, rs), drawn
    )  # outside the lock: threads build fronts at once
    with _CACHE_LOCK:
        fb = _CACHE.setdefault(key, fb)
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return fb


def point_values(fb: FrontBelts, depth: float) -> tuple[float, float]:
    """(area, detached) in km² at ``depth``: a bundled side from its curves, else the exact belt."""
    if fb.bundled is None:
        belt = fb.polygon(depth)  # kept: the exposure block and the overlaps read it
        return belt.area_km2, belt.detached_km2
    b = fb.bundled.bundle
    nodes = b.nodes
    area = float(fb.bundled.curve(depth))
    detached = float(
        np.interp(depth, np.concatenate([[0.0], nodes]), np.concatenate([[0.0], b.detached(fb.bundled.row)]))
    )
    return area, detached


def live_nodes(rs: ResolvedSection) -> np.ndarray:
    """The depths (km) at which a section built from the lines gets an exact belt: its point
    depth, or with an uncertain depth the node depths covering its 0.1-99.9 % range and the
    median (the drawn-line work check counts the same depths)."""
    dist = rs.depth.dist
    if dist.is_point:
        return np.array([dist.median])
    lo, hi = dist.quantile(0.001), dist.quantile(0.999)
    nodes = nodes_for(max(lo, 0.0), hi, (dist.median,))
    return nodes[nodes > 0]


def curve_nodes(fb: FrontBelts, rs: ResolvedSection) -> np.ndarray:
    """The depths at which ``fb``'s area curve is exact for this section's depth."""
    if fb.bundled is not None:
        return cast(np.ndarray, fb.bundled.bundle.nodes)  # the bundle is typed Any (data layer)
    return live_nodes(rs)


def belts_needed(rs: ResolvedSection, bundled: bool = False) -> int:
    """Exact belts a section needs at its depth (web budget): 1 for a bundled side (its
    polygon, when drawn) or a point depth, else the node depths of its range and the median."""
    dist = rs.depth.dist
    if bundled or dist.is_point:
        return 1
    return len(nodes_for(max(dist.quantile(0.001), 0.0), dist.quantile(0.999), (dist.median,)))


def read_drawn(sc: Scenario, resolved: list[ResolvedSection]) -> dict[int, Drawn]:
    """Every drawn line and mask of ``resolved`` (shapely, lon/lat), read and checked -- their
    shape (:func:`minebelt.scenario.geojson.load_geojson`), and the work of a line's belts at
    the depths they will be built at (:func:`live_nodes`,
    :func:`minebelt.scenario.workload.check_line_work`) -- before any front is built, whether
    or not it is cached, so the answer does not depend on what ran before. Raises
    :class:`InputError` naming the section, the field and the bound."""
    from ..scenario.workload import check_line_work
    from .front_source import read_geometry

    out: dict[int, Drawn] = {}
    for rs in resolved:
        s = rs.section
        if s.line is None and s.mask is None:
            continue
        where = _where(sc, rs)
        line = read_geometry(s.line, sc.base_dir, f"{where}: line", "line") if s.line is not None else None
        mask = read_geometry(s.mask, sc.base_dir, f"{where}: mask", "mask") if s.mask is not None else None
        if line is not None:
            import shapely

            check_line_work(shapely.get_coordinates(line), live_nodes(rs), f"{where}: line")
        out[rs.index] = Drawn(line, mask)
    return out


def measure_section(sc: Scenario, rs: ResolvedSection, drawn: Drawn | None = None) -> SectionGeometry:
    """Measure one geometric section: its front (once), and its belt area as a function of depth.

    Raises :class:`InputError` (naming the section) for a border the two countries do not
    share, a stretch outside the border, a mask that misses the front, and a front with none
    of the defender's land within the depth on the belt's side.
    """
    from .front_source import depth_notes

    fb = front_belts(sc, rs, drawn)
    s = rs.section
    point_depth = rs.depth.dist.median
    area0, detached0 = point_values(fb, point_depth)
    front = replace(fb.front, description=dict(fb.front.description))
    depth_notes(front, s, point_depth, area0, detached0, fb.has_lines, _where(sc, rs))
    nodes = curve_nodes(fb, rs)
    areas, _ = fb.node_values(nodes) if fb.bundled is not None or len(nodes) > 1 else (np.array([area0]), None)
    extra: dict[str, Any] = (
        {"line": "user", "side": s.side} if s.line is not None else {"pairs": front.description["pairs"]}
    )
    if s.line is None and "stretch" in front.description:
        extra["from_km"] = front.description["stretch"]["from_km"]
        extra["to_km"] = front.description["stretch"]["to_km"]
    return SectionGeometry(
        length_km=front.length_km,
        land_km=front.land_km,
        water_km=front.water_km,
        curve=fb.bundled.curve if fb.bundled is not None else DepthCurve(nodes, areas),
        point_depth=point_depth,
        area_km2=area0,
        detached_km2=detached0,
        front=front,
        fb=fb,
        extra=extra,
        belt_front_km=front.belt_front_km,
        country=s.country,
        bbox=fb.bbox,
    )


#: Most recently used fronts, keyed by everything that determines them but the depth.
_CACHE: OrderedDict[tuple[Any, ...], FrontBelts] = OrderedDict()
#: Set when the process stops (a server shutting down): sections still queued are not
#: started, so the interpreter's exit, which joins the measuring threads, does not wait for them.
STOPPING = threading.Event()


def _measure_queued(sc: Scenario, rs: ResolvedSection, drawn: Drawn | None) -> SectionGeometry:
    if STOPPING.is_set():
        from concurrent.futures import CancelledError

        raise CancelledError()
    return measure_section(sc, rs, drawn)


_CACHE_LOCK = threading.Lock()  # sections are measured in threads, web requests too
CACHE_SIZE = 256


def _source_key(value: Any, sc: Scenario) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        # the scenario's folder only for a file name (Path.cwd() is a system call per read)
        p = (sc.base_dir / value) if not Path(value).is_absolute() else Path(value)
        try:
            st = p.stat()
            return (str(p.resolve()), st.st_mtime_ns, st.st_size)
        except OSError:
            return (str(p), None, None)
    return json.dumps(value, sort_keys=True)


def section_key(sc: Scenario, rs: ResolvedSection) -> tuple[Any, ...]:
    """Everything a section's front depends on (for the in-process cache): not the depth."""
    s = rs.section
    return (
        s.country,
        s.border,
        s.from_km,
        s.to_km,
        rs.along_water,
        s.side,
        _source_key(s.line, sc),
        _source_key(s.mask, sc),
    )


def measure_sections(
    sc: Scenario, resolved: list[ResolvedSection], progress: Callable[[float], None] | None = None
) -> dict[int, SectionGeometry]:
    """Measure every geometric section (progress as a fraction).

    Sections whose front is cached or bundled cost arithmetic; the others are measured in
    parallel threads (GEOS and PROJ release the GIL; pyproj transformers are thread-safe
    since 3.1). Results and errors are taken in section order, so the outcome does not
    depend on thread timing; one :class:`InputError` names every section that cannot be
    measured.
    """
    import os

    done = 0

    def tick() -> None:
        if progress:
            progress(done / len(resolved))

    drawn = read_drawn(sc, resolved)  # every drawn line's shape and work, before any front is built
    is_quick = {rs.index: _is_quick(sc, rs) for rs in resolved}
    quick = [rs for rs in resolved if is_quick[rs.index]]
    slow = [rs for rs in resolved if not is_quick[rs.index]]
    out: dict[int, SectionGeometry] = {}
    failed: dict[int, InputError] = {}
    for rs in quick:
        try:
            out[rs.index] = measure_section(sc, rs, drawn.get(rs.index))
        except InputError as e:
            failed[rs.index] = e
        done += 1
    if quick:
        tick()
    workers = min(len(slow), os.cpu_count() or 1) if slow else 0  # cpu_count reads /sys: only when needed
    if workers > 1:
        from concurrent.futures import ThreadPoolExecutor, as_completed

        with ThreadPoolExecutor(workers) as pool:
            futures = [pool.submit(_measure_queued, sc, rs, drawn.get(rs.index)) for rs in slow]
            try:
                for _ in as_completed(futures):
                    done += 1
                    tick()
            except BaseException:  # a cancelled request or Ctrl-C does not wait for the queue
                for f in futures:
                    f.cancel()
                raise
        for rs, f in zip(slow, futures, strict=True):  # every section's error, not only the first
            try:
                out[rs.index] = f.result()
            except InputError as e:
                failed[rs.index] = e
    else:
        for rs in slow:
            try:
                out[rs.index] = measure_section(sc, rs, drawn.get(rs.index))
            except InputError as e:
                failed[rs.index] = e
            done += 1
            tick()
    if failed:
        raise InputError.combine([failed[i] for i in sorted(failed)])
    return {rs.index: out[rs.index] for rs in resolved}


def _is_quick(sc: Scenario, rs: ResolvedSection) -> bool:
    """True when measuring the section builds no belt: its front is bundled, or cached with
    every depth it needs."""
    from .front_source import bundled_front

    key = section_key(sc, rs)
    with _CACHE_LOCK:
        fb = _CACHE.get(key)
    if fb is None:
        fb = bundled_front(rs)
        if fb is None:
            return False
        with _CACHE_LOCK:
            fb = _CACHE.setdefault(key, fb)
    return fb.bundled is not None or fb.has_exact(curve_nodes(fb, rs))


def overlaps_with_earlier(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry]) -> list[float]:
    """For each section, km² of its belt already covered by earlier belts sharing a defending
    country (member codes of joint fronts count: ``EST+LVA`` and ``EST`` share ``EST``)."""
    from .overlaps import belt_overlaps

    return belt_overlaps(resolved, geoms)
