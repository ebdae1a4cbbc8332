"""The one orchestrator: :func:`estimate` turns a scenario into an :class:`EstimateResult`.

Stages (each a module of its own): resolve inputs (:mod:`minebelt.inputs`), measure
geometry for sections without a stated length (:mod:`minebelt.geometry`), evaluate the pure
model functions (:mod:`minebelt.model`) once at every input's median (the point estimate)
and, with ``samples``, once more vectorised over a Monte Carlo sample, then add the optional
blocks (calibration, production, cost, clearance, exposure).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from . import model, settings
from .errors import InputError
from .scenario.quantities import Input
from .scenario.resolve import ResolvedSection, resolve_scenario

if TYPE_CHECKING:
    from .geo.sections import SectionGeometry
    from .result import EstimateResult
    from .scenario import Scenario

Progress = Callable[[str, float], None]


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


class Drawer:
    """Draws each input once per key: shared keys give the same array to every section."""

    def __init__(self, n: int, rng: np.random.Generator | None) -> None:
        self.n = n
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


def _full(x: np.ndarray | float, n: int) -> np.ndarray:
    """``x`` as a float array of length ``n`` (a broadcast view when ``x`` is a scalar)."""
    return np.broadcast_to(np.asarray(x, dtype=float), (n,))


def evaluate_sections(
    resolved: list[ResolvedSection],
    geoms: dict[int, SectionGeometry],
    drawer: Drawer,
) -> Evaluation:
    """Evaluate the belt model for every section with the draws of ``drawer``.

    A stated length is the front, all of it carrying the belt. A measured section's front
    is :attr:`SectionGeometry.front <minebelt.geometry.SectionGeometry.front>`: per-km-of-front
    densities multiply the km the belt is built behind (``belt_front_km``), not the water
    skipped.
    """
    ev = Evaluation(n=drawer.n, draws=drawer.draws)
    for rs in resolved:
        depth = drawer(rs.depth)
        if rs.length is not None:
            length = drawer(rs.length)
            built = land = length
            area = model.belt_area_km2(length, depth)
        else:
            g = geoms[rs.index]
            length = np.float64(g.length_km)
            built = np.float64(g.belt_front_km)
            land = np.float64(g.land_km)
            area = g.area_at(depth)
        dens = drawer(rs.density)
        if rs.density_kind == "areal":
            mines = model.mines_from_areal_density(area, dens)
        else:
            mines = model.mines_from_linear_density(built, dens)
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


def estimate(
    scenario: Scenario,
    samples: int | None = None,
    seed: int | None = None,
    *,
    progress: Progress | None = None,
    with_geometry: bool = True,
) -> EstimateResult:
    """Estimate the mines (and, when the scenario asks, cost, time, clearance, exposure).

    Parameters
    ----------
    scenario:
        A :class:`~minebelt.scenario.Scenario` (from :func:`~minebelt.load_scenario` or built
        in code).
    samples:
        Monte Carlo sample size. ``None``: point values only (every distribution at its
        median). Capped at ``settings.SAMPLES_MAX``.
    seed:
        Seed of the :class:`numpy.random.Generator`; same scenario + same seed gives the same
        result, byte for byte. Defaults to 0 when ``samples`` is given.
    progress:
        Optional callback ``(stage, fraction_done)`` for progress bars.
    with_geometry:
        Keep belt polygons in the result (needed for maps and GeoJSON).
    """
    from .cancel import checkpoint
    from .result import EstimateResult

    if samples is not None:
        if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)) or not 1 <= samples <= settings.SAMPLES_MAX:
            raise InputError(f"samples = {samples!r}: must be a whole number in [1, {settings.SAMPLES_MAX:,}] (SAMPLES_MAX)")
        n_sections = len(scenario.sections)
        if samples * n_sections > settings.SAMPLE_SECTIONS_MAX:
            most = settings.SAMPLE_SECTIONS_MAX // n_sections
            raise InputError(
                f"samples = {samples:,}: with {n_sections} sections that is {samples * n_sections:,} sample-sections, more than "
                f"{settings.SAMPLE_SECTIONS_MAX:,} (SAMPLE_SECTIONS_MAX, about 2 GB of memory); use at most {most:,} samples"
            )
        if seed is None:
            seed = 0
    if seed is not None and (isinstance(seed, bool) or not isinstance(seed, (int, np.integer)) or seed < 0):
        raise InputError(f"seed = {seed!r}: must be a whole number >= 0")

    def tick(stage: str, frac: float) -> None:
        checkpoint()  # a web request whose client left stops here (minebelt.cancel)
        if progress is not None:
            progress(stage, frac)

    resolved = resolve_scenario(scenario)
    checkpoint()
    geoms: dict[int, SectionGeometry] = {}
    geometric = [rs for rs in resolved if rs.length is None]
    if geometric:
        from .geo.sections import measure_sections

        tick("geometry", 0.0)
        geoms = measure_sections(scenario, geometric, progress=lambda f: tick("geometry", f))
    tick("model", 0.0)
    point = evaluate_sections(resolved, geoms, Drawer(1, None))
    mc = None
    if samples:
        drawer = Drawer(int(samples), np.random.default_rng(seed))
        mc = evaluate_sections(resolved, geoms, drawer)
        mc_inputs = drawer.inputs
    else:
        mc_inputs = {}
    tick("model", 1.0)
    result = EstimateResult.build(
        scenario=scenario,
        resolved=resolved,
        geoms=geoms,
        point=point,
        mc=mc,
        mc_inputs=mc_inputs,
        samples=samples,
        seed=seed,
        keep_geometry=with_geometry,
    )
    tick("done", 1.0)
    return result


def evaluate_total_mines(scenario: Scenario, values: dict[str, np.ndarray]) -> np.ndarray:
    """Total mines for given input arrays keyed like :class:`Input` keys (for sensitivity).

    Inputs missing from ``values`` are held at their medians.
    """
    resolved = resolve_scenario(scenario)
    geometric = [rs for rs in resolved if rs.length is None]
    geoms = {}
    if geometric:
        from .geo.sections import measure_sections

        geoms = measure_sections(scenario, geometric)
    n = len(next(iter(values.values()))) if values else 1
    drawer = Drawer(n, None)
    for key, arr in values.items():
        drawer.draws[key] = np.asarray(arr, dtype=float)
    for rs in resolved:
        for inp in (rs.length, rs.depth, rs.density):
            if inp is not None and inp.key not in drawer.draws:
                drawer.draws[inp.key] = np.full(n, inp.dist.median)
    ev = evaluate_sections(resolved, geoms, drawer)
    return np.sum(ev.mines, axis=0)

