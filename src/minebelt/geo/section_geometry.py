"""A measured section: :class:`SectionGeometry` (front figures, area curve, belt on demand).

Layer: measure. What :func:`minebelt.geo.sections.measure_section` returns for each section
without a stated length, and :class:`LazyGeometries`, the per-section belts or front lines
of a run built only when an item is read. Both are importable from :mod:`minebelt.geo.sections`
too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from .curve import DepthCurve
from .front import Front
from .front_belts import FrontBelts
from .measure import to_standard

if TYPE_CHECKING:
    from ..data.places import Places
    from ..scenario.resolve import ResolvedSection
    from .belt import Belt
    from .exposure import PlaceDistances


@dataclass
class SectionGeometry:
    """A measured section at its depth: front figures, the area curve, the belt on demand.

    ``curve``: belt area (km²) as a function of depth (km); ``point_depth``: the depth of the
    point estimate; ``area_km2``/``detached_km2``: at that depth. The belt polygon (``belt``)
    and the front line (``line``) are built when first read.
    """

    length_km: float
    land_km: float
    water_km: float
    curve: DepthCurve
    point_depth: float
    area_km2: float
    detached_km2: float  #: defender land within the depth left out: not attached to the front
    front: Front
    fb: FrontBelts = field(repr=False)
    extra: dict[str, Any] = field(default_factory=dict)
    belt_front_km: float = 0.0  #: km of front the belt is built behind
    country: str = ""
    bbox: tuple[float, float, float, float] | None = None  #: lon/lat box of the front

    @property
    def depths(self) -> np.ndarray:
        """The depths (km) at which the area is exact (the curve's nodes)."""
        return self.curve.depths

    @property
    def areas(self) -> np.ndarray:
        """The exact areas (km²) at :attr:`depths`."""
        return self.curve.values

    @property
    def bundled(self) -> Any:
        """The section's row in the bundled curves, or None (built from the lines)."""
        return self.fb.bundled

    def area_at(self, depth: np.ndarray) -> np.ndarray:
        """Belt area (km²) at each depth: exact at :attr:`depths`, monotone cubic between."""
        depth = np.asarray(depth, dtype=float)
        if len(self.curve.depths) == 1:
            return np.full(depth.shape, self.area_km2)
        return self.curve(depth)

    def belt_at(self, depth: float) -> Belt:
        """The exact belt at ``depth`` (km), polygon included."""
        return self.fb.polygon(float(depth))

    @property
    def belt(self) -> Any:
        """The belt polygon at the point depth (lon/lat, split at ±180°), built when first read."""
        return self.belt_at(self.point_depth).polygon

    @property
    def line(self) -> Any:
        """The front line (lon/lat, split at ±180°), all runs."""
        return to_standard(self.fb.live().front.line())

    def place_distances(self, pl: Places, depth: float | None = None) -> PlaceDistances:
        """Distances from the populated places near the belt (km), at ``depth`` (km; default
        the point depth): interpolated on the bundled curves, else measured on the belt."""
        from .exposure import distances_of, interpolated

        at = self.point_depth if depth is None else float(depth)
        if self.fb.bundled is not None:
            b = self.fb.bundled
            idx, km = b.bundle.places(b.row)
            return interpolated(b.bundle.nodes, idx, km, at)
        return distances_of(self.belt if depth is None else self.belt_at(at).polygon, pl)

    def properties(self) -> dict[str, Any]:
        out: dict[str, Any] = {"water_km": round(self.water_km, 6), "land_km": round(self.land_km, 6)}
        out.update(self.extra)
        out["belt_front_km"] = round(self.belt_front_km, 6)
        out["detached_km2"] = round(self.detached_km2, 6)
        out["front"] = self.front.summary()
        return out


class LazyGeometries(Sequence[Any]):
    """One geometry per section (None for a stated length), built when an item is read:
    ``attr`` of each :class:`SectionGeometry` (``"belt"`` or ``"line"``)."""

    def __init__(self, resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry], attr: str) -> None:
        self._items = [geoms.get(rs.index) for rs in resolved]
        self._attr = attr
        self._done: dict[int, Any] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = range(len(self))[i]
        if i not in self._done:
            g = self._items[i]
            self._done[i] = None if g is None else getattr(g, self._attr)
        return self._done[i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)
