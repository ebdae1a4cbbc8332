"""A front and its belts at any depth: what does not depend on the depth, computed once.

Layer: measure.

:class:`FrontBelts` holds a section's front (:mod:`.front`, :mod:`.line`) and everything a belt
needs that does not depend on the depth (the runs it is built behind, the defender's land,
the mask, the stretch ends), and remembers what each depth cost: the exact area and detached
land at every depth built so far, and the last few belt polygons. Two kinds:

* *bundled*: a whole land border side (no stretch, no mask) found in the bundled curves
  (:mod:`minebelt.data.border_belts`): its figures at every node depth are read, not built;
  between nodes the area is the monotone curve of :mod:`.curve` and the distance of each
  nearby place to the belt is interpolated (:func:`minebelt.geo.exposure.interpolated`). A
  polygon is built (exactly) only when something draws or writes it.
* *live*: everything else (stretches, masks, drawn lines, joint fronts, or no bundle): belts
  are built exactly at the depths asked (:func:`minebelt.geo.belt.belt_polygon`).

Thread-safe: a lock serialises the belts of one front (two requests for the same depth
build it once).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .belt import Belt, belt_polygon
from .curve import DepthCurve

#: Belt polygons kept per front (the most recent depths): a web user moving the depth
#: slider and then drawing needs the last one; older ones are rebuilt if asked again.
POLYGONS_KEPT = 2


@dataclass(frozen=True)
class LiveFront:
    """What building a belt needs: the front with coordinates, the runs the belt is built
    behind (frame lon/lat arrays), the side of a drawn line, the defender's land, the mask, the
    stretch ends."""

    front: Any
    lines: list[np.ndarray]
    side: str | None
    land: Any
    mask: Any
    cuts: Any


@dataclass(frozen=True)
class BundledRow:
    """A front's curves in the bundle: ``bundle`` (:class:`minebelt.data.border_belts.Bundle`), ``row``."""

    bundle: Any
    row: int

    @property
    def curve(self) -> DepthCurve:
        """The row's area curve (built once)."""
        return bundled_curve(self.bundle, ("area", self.row), lambda: self.bundle.areas(self.row))


#: Curves of the bundle, by (kind, rows): built once per process (the bundle is read-only).
_CURVES: dict[tuple[int, Any], tuple[Any, DepthCurve]] = {}


def bundled_curve(bundle: Any, key: Any, values: Callable[[], np.ndarray]) -> DepthCurve:
    """The curve through ``values()`` at the bundle's nodes, built once for ``key``."""
    hit = _CURVES.get((id(bundle), key))
    if hit is not None and hit[0] is bundle:
        return hit[1]
    c = DepthCurve(bundle.nodes, values())
    _CURVES[(id(bundle), key)] = (bundle, c)
    return c


class FrontBelts:
    """A front, and its belts at any depth (module docstring)."""

    def __init__(
        self,
        front: Any,
        live: Callable[[], LiveFront],
        bundled: BundledRow | None = None,
        has_lines: bool | None = None,
    ) -> None:
        self.front = front
        self._live_fn = live
        self._live: LiveFront | None = None
        self.bundled = bundled
        self._has_lines = has_lines
        self._exact: dict[float, tuple[float, float]] = {}
        self._polygons: OrderedDict[float, Belt] = OrderedDict()
        self._lock = threading.RLock()
        self.bbox: tuple[float, float, float, float] | None = None  #: lon/lat box of the front

    # ------------------------------------------------------------------ depth-independent
    def live(self) -> LiveFront:
        """The runs, land and mask a belt is built from (read from the border data once)."""
        with self._lock:
            if self._live is None:
                self._live = self._live_fn()
            return self._live

    @property
    def has_lines(self) -> bool:
        """True when the front has runs a belt is built behind."""
        if self._has_lines is None:
            self._has_lines = bool(self.live().lines)
        return self._has_lines

    # ------------------------------------------------------------------ exact belts
    def polygon(self, depth: float) -> Belt:
        """The exact belt at ``depth`` (km); the last :data:`POLYGONS_KEPT` are kept."""
        with self._lock:
            hit = self._polygons.get(depth)
            if hit is not None:
                self._polygons.move_to_end(depth)
                return hit
            b = self._build(depth)
            self._polygons[depth] = b
            while len(self._polygons) > POLYGONS_KEPT:
                self._polygons.popitem(last=False)
            return b

    def exact(self, depth: float) -> tuple[float, float]:
        """(area, detached land) in km² of the exact belt at ``depth`` (built once; the
        polygon is not kept: :meth:`polygon` keeps it)."""
        with self._lock:
            hit = self._exact.get(depth)
            if hit is None:
                self._build(depth)
                hit = self._exact[depth]
            return hit

    def _build(self, depth: float) -> Belt:
        lf = self.live()
        b = belt_polygon(lf.lines, depth, lf.side, lf.land, lf.mask, lf.cuts)
        self._exact.setdefault(depth, (b.area_km2, b.detached_km2))
        return b

    def has_exact(self, depths: np.ndarray) -> bool:
        """True when the belt is known at every one of ``depths`` (no belt left to build)."""
        return all(float(d) in self._exact for d in depths)

    # ------------------------------------------------------------------ curves
    def node_values(self, depths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Exact (area, detached) at each of ``depths``: read from the bundle, else built."""
        if self.bundled is not None:
            b = self.bundled.bundle
            idx = np.searchsorted(b.nodes, depths)
            return b.areas(self.bundled.row)[idx], b.detached(self.bundled.row)[idx]
        vals = [self.exact(float(d)) for d in depths]
        return np.array([v[0] for v in vals]), np.array([v[1] for v in vals])
