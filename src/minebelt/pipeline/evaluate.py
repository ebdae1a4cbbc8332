"""Evaluate the belt model for every section: :class:`Drawer` (one draw per input key) and :func:`evaluate_sections`.

Layer: pipeline. The pure functions of :mod:`minebelt.model` applied to the resolved inputs
(:mod:`minebelt.scenario.resolve`) and the measured sections (:mod:`minebelt.geo.sections`),
once at every input's median (the point estimate, n = 1) and, with Monte Carlo, vectorised over
the sample.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from .. import model
from ..scenario.quantities import Input
from ..scenario.resolve import ResolvedSection
from ..uncertainty.scratch import empty

if TYPE_CHECKING:
    from ..geo.curve import Located
    from ..geo.sections import SectionGeometry


@dataclass
class Evaluation:
    """Per-section arrays of one evaluation (n = 1 for the point estimate)."""

    n: int
    draws: dict[str, np.ndarray]
    length_km: list[np.ndarray] = field(default_factory=list)
    #: km of front the belt is built behind (the land front with along_water = "skip")
    belt_front_km: list[np.ndarray] = field(default_factory=list)
    #: km of land front (a stated length counts as land front)
    land_km: list[np.ndarray] = field(default_factory=list)
    depth_km: list[np.ndarray] = field(default_factory=list)
    area_km2: list[np.ndarray] = field(default_factory=list)
    density_per_km2: list[np.ndarray] = field(default_factory=list)
    mines: list[np.ndarray] = field(default_factory=list)
    #: ``numpy.nan_to_num`` of arrays of this evaluation, by id (:func:`.aggregate.finite`)
    finite: dict[int, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False)


class Drawer:
    """Draws each input once per key: shared keys give the same array to every section.

    ``total``: the size of the whole sample (``n`` unless this is a :meth:`view` of a piece).
    """

    def __init__(self, n: int, rng: np.random.Generator | None) -> None:
        self.n = n
        self.total = n
        self.rng = rng
        self.draws: dict[str, np.ndarray] = {}
        self.inputs: dict[str, Input] = {}

    def __call__(self, inp: Input) -> np.ndarray:
        if inp.key not in self.draws:
            self.inputs[inp.key] = inp
            if self.rng is None:
                self.draws[inp.key] = np.array([inp.dist.median])
            else:
                self.draws[inp.key] = inp.dist.sample(self.rng, self.n)
        return self.draws[inp.key]

    def view(self, part: slice) -> Drawer:
        """The draws of samples ``part`` (views, no copies) as a drawer that draws nothing new."""
        d = Drawer(len(range(*part.indices(self.n))), None)
        d.total = self.total
        d.draws = {k: v[part] for k, v in self.draws.items()}
        d.inputs = self.inputs
        return d


def draw_inputs(resolved: list[ResolvedSection], drawer: Drawer) -> None:
    """Draw every input of ``resolved``, in the order the sections use them (the order of the
    generator's draws: the same seed gives the same samples)."""
    for rs in resolved:
        drawer(rs.depth)
        if rs.length is not None:
            drawer(rs.length)
        drawer(rs.density)


#: From this many samples on, each section's sampled mines are kept in float32 (4 bytes a
#: sample instead of 8; they are stored for the blocks): a relative precision of 6e-8, a
#: thousand times below the Monte Carlo error of a quantile at 10⁷ samples. Areas stay float64
#: (they are not stored, and float64 sums them into countries without a cast); sums over
#: sections are taken in float64.
FLOAT32_MIN = 100_000


def _single(x: np.ndarray, n: int) -> np.ndarray:
    """A per-sample array in float32 (a constant stays as it is)."""
    x = np.asarray(x)
    return x.astype(np.float32) if x.shape == (n,) and x.dtype == np.float64 else x


def _product(area: np.ndarray, dens: np.ndarray, n: int) -> np.ndarray:
    """``mines_from_areal_density(area, dens)`` rounded to float32 as :func:`_single` rounds
    it, written there in one pass (the float64 products are rounded as they are made)."""
    a, d = np.asarray(area), np.asarray(dens)
    if a.shape != (n,) or d.shape != (n,) or a.dtype != np.float64 or d.dtype != np.float64:
        return model.mines_from_areal_density(area, dens)
    out: np.ndarray = np.multiply(a, d, dtype=np.float64, out=empty(n, np.float32), casting="same_kind")
    return out


def _full(x: np.ndarray | float, n: int) -> np.ndarray:
    """``x`` as a float array of length ``n`` (a broadcast view when ``x`` is a scalar; a
    per-sample array as it is, float32 included)."""
    if isinstance(x, np.ndarray) and x.shape == (n,) and x.dtype.kind == "f":
        return x
    a = np.asarray(x, dtype=float)
    if a.ndim == 0:  # np.broadcast_to(a, (n,)), made directly: a read-only stride of 0
        return np.ndarray((n,), dtype=float, buffer=a.tobytes(), strides=(0,))
    return np.broadcast_to(a, (n,))


def _area(g: SectionGeometry, key: str, depth: np.ndarray, located: dict[tuple[str, bytes], Located]) -> np.ndarray:
    """Belt area (km²) of a measured section at every draw of its depth: each draw is placed on
    the depth curve once for every section with the same depth draw and the same curve nodes
    (every bundled border side), then each section's cubic is evaluated there."""
    if len(g.curve.depths) == 1 or len(depth) == 1:
        return g.area_at(depth)
    where = (key, g.curve.x.tobytes())
    if where not in located:
        located[where] = g.curve.locate(depth)
    return g.curve.at(located[where])


def evaluate_sections(
    resolved: list[ResolvedSection],
    geoms: dict[int, SectionGeometry],
    drawer: Drawer,
) -> Evaluation:
    """Evaluate the belt model for every section with the draws of ``drawer``.

    A stated length is the front, all of it carrying the belt. A measured section's front
    is :attr:`SectionGeometry.front <minebelt.geo.sections.SectionGeometry.front>`: per-km-of-front
    densities multiply the km the belt is built behind (``belt_front_km``), not the water
    skipped.
    """
    draw_inputs(resolved, drawer)
    ev = Evaluation(n=drawer.n, draws=drawer.draws)
    located: dict[tuple[str, bytes], Located] = {}
    for rs in resolved:
        depth = drawer(rs.depth)
        length, built, land = _front(rs, geoms, drawer)
        if rs.length is not None:
            area = model.belt_area_km2(length, depth)
        else:
            area = _area(geoms[rs.index], rs.depth.key, depth, located)
        dens = drawer(rs.density)
        single = drawer.total >= FLOAT32_MIN
        if rs.density_kind == "areal":
            mines = _product(area, dens, drawer.n) if single else model.mines_from_areal_density(area, dens)
        else:
            mines = model.mines_from_linear_density(built, dens)
        if single:
            mines = _single(mines, drawer.n)
        # read-only views: a constant (e.g. a measured length) is not copied n times
        ev.length_km.append(_full(length, drawer.n))
        ev.belt_front_km.append(_full(built, drawer.n))
        ev.land_km.append(_full(land, drawer.n))
        ev.depth_km.append(_full(depth, drawer.n))
        ev.area_km2.append(_full(area, drawer.n))
        # areal models: the drawn density itself (shared draws stay one array); linear: implied
        areal = dens if rs.density_kind == "areal" else model.areal_density(mines, area)
        ev.density_per_km2.append(_full(areal, drawer.n))
        ev.mines.append(_full(mines, drawer.n))
    return ev


def _front(
    rs: ResolvedSection, geoms: dict[int, SectionGeometry], drawer: Drawer
) -> tuple[np.ndarray | np.float64, np.ndarray | np.float64, np.ndarray | np.float64]:
    """Length, km the belt is built behind, and land km of a section's front: a stated length
    (its draw) is all three; a measured front its constants."""
    if rs.length is not None:
        length = drawer(rs.length)
        return length, length, length
    g = geoms[rs.index]
    return np.float64(g.length_km), np.float64(g.belt_front_km), np.float64(g.land_km)


def evaluate_fronts(resolved: list[ResolvedSection], geoms: dict[int, SectionGeometry], drawer: Drawer) -> Evaluation:
    """The fronts (``length_km``, ``belt_front_km``, ``land_km``) and depths of every section
    under the draws of ``drawer``: draws and constants, no per-sample work; no belt figures."""
    draw_inputs(resolved, drawer)
    ev = Evaluation(n=drawer.n, draws=drawer.draws)
    for rs in resolved:
        length, built, land = _front(rs, geoms, drawer)
        ev.length_km.append(_full(length, drawer.n))
        ev.belt_front_km.append(_full(built, drawer.n))
        ev.land_km.append(_full(land, drawer.n))
        ev.depth_km.append(_full(drawer(rs.depth), drawer.n))
    return ev
