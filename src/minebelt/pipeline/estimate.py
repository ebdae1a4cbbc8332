"""The one orchestrator: :func:`estimate` turns a scenario into an :class:`~.result.EstimateResult`.

Layer: pipeline. A scenario goes down the layers once:

1. resolve (:mod:`minebelt.scenario.resolve`): every value into an input, one per draw key;
2. measure (:mod:`minebelt.geo.sections`): the front and belt of each section without a
   stated length;
3. evaluate (:mod:`.evaluate`): the pure model functions (:mod:`minebelt.model`) once at every
   input's median (the point estimate) and, with ``samples``, once more vectorised over a Monte
   Carlo sample;
4. document (:mod:`.document`) and blocks (:mod:`.blocks`: calibration, production, cost,
   clearance, exposure);
5. result: the passive :class:`~.result.EstimateResult` holding them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .. import settings
from ..cancel import checkpoint
from ..errors import InputError
from ..geo.sections import measure_sections
from ..i18n import in_english
from ..scenario.resolve import ResolvedSection, resolve_scenario
from .blocks import add_blocks, reads_samples
from .document import build_document
from .evaluate import Drawer, Evaluation, draw_inputs, evaluate_fronts, evaluate_sections
from .result import EstimateResult

if TYPE_CHECKING:
    from ..geo.sections import SectionGeometry
    from ..scenario import Scenario
    from ..scenario.quantities import Input

Progress = Callable[[str, float], None]


@in_english
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
    if samples is not None:
        if (
            isinstance(samples, bool)
            or not isinstance(samples, (int, np.integer))
            or not 1 <= samples <= settings.SAMPLES_MAX
        ):
            raise InputError(
                f"samples = {samples!r}: must be a whole number in [1, {settings.SAMPLES_MAX:,}] (SAMPLES_MAX)"
            )
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
    if any(rs.length is None for rs in resolved):
        tick("geometry", 0.0)
        geoms = measure(scenario, resolved, progress=lambda f: tick("geometry", f))
    tick("model", 0.0)
    point = evaluate_sections(resolved, geoms, Drawer(1, None))
    mc = None
    if samples:
        mc = Drawer(int(samples), np.random.default_rng(seed))
        draw_inputs(resolved, mc)  # evaluated piece by piece in the document
        mc_inputs = mc.inputs
    else:
        mc_inputs = {}
    tick("model", 1.0)
    result = assemble(scenario, resolved, geoms, point, mc, mc_inputs, samples, seed, keep_geometry=with_geometry)
    tick("done", 1.0)
    return result


def measure(
    scenario: Scenario, resolved: list[ResolvedSection], progress: Callable[[float], None] | None = None
) -> dict[int, SectionGeometry]:
    """The measured geometry of every section without a stated length, by section index."""
    geometric = [rs for rs in resolved if rs.length is None]
    if not geometric:
        return {}
    return measure_sections(scenario, geometric, progress=progress)


def assemble(
    scenario: Scenario,
    resolved: list[ResolvedSection],
    geoms: dict[int, SectionGeometry],
    point: Evaluation,
    mc: Drawer | None,
    mc_inputs: dict[str, Input],
    samples: int | None,
    seed: int | None,
    keep_geometry: bool = True,
) -> EstimateResult:
    """The result of the point evaluation and the Monte Carlo draws ``mc`` (all drawn): the
    document, its optional blocks, the belts."""
    doc, sample_store = build_document(
        scenario, resolved, geoms, point, mc, mc_inputs, samples, seed, keep_samples=reads_samples(scenario)
    )
    belts: Sequence[Any] = []
    border_lines: Sequence[Any] = []
    if geoms and keep_geometry:
        from ..geo.sections import LazyGeometries

        # built when something draws or writes them, not for the figures
        belts = LazyGeometries(resolved, geoms, "belt")
        border_lines = LazyGeometries(resolved, geoms, "line")
    fronts = evaluate_fronts(resolved, geoms, mc) if mc is not None else None
    add_blocks(scenario, doc, sample_store, resolved, geoms, point, fronts, seed)
    return EstimateResult(scenario=scenario, document=doc, belts=belts, border_lines=border_lines, samples=sample_store)


def evaluate_total_mines(scenario: Scenario, values: dict[str, np.ndarray]) -> np.ndarray:
    """Total mines for given input arrays keyed like :class:`Input` keys (for sensitivity).

    Inputs missing from ``values`` are held at their medians.
    """
    resolved = resolve_scenario(scenario)
    geoms = measure(scenario, resolved)
    n = len(next(iter(values.values()))) if values else 1
    drawer = Drawer(n, None)
    for key, arr in values.items():
        drawer.draws[key] = np.asarray(arr, dtype=float)
    for rs in resolved:
        for inp in (rs.length, rs.depth, rs.density):
            if inp is not None and inp.key not in drawer.draws:
                drawer.draws[inp.key] = np.full(n, inp.dist.median)
    ev = evaluate_sections(resolved, geoms, drawer)
    total: np.ndarray = np.sum(ev.mines, axis=0)
    return total
