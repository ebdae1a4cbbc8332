"""Which inputs drive an output: a tornado table and Sobol indices (SALib).

Every uncertain input (one per draw key, so a shared ``[defaults]`` value is one input) —
those of the sections and those of the production, cost and clearance blocks — is varied
through its own quantile function. The output is any sampled figure of the estimate, named
by its dotted path: ``totals.mines`` (default), ``by_country.POL.mines``,
``clearance.calendar_years``, ``cost.total``, ``production.years_to_fill``, ...

Tornado: the output with one input at its p05 and at its p95, all others at their medians.
Sobol: first-order (S1) and total (ST) indices by Saltelli sampling of the inputs' quantiles
(SALib). Both run the whole estimate vectorised: one evaluation per table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from . import settings
from .errors import InputError

if TYPE_CHECKING:
    from .inputs import Input
    from .scenario import Scenario

DEFAULT_OUTPUT = "totals.mines"


def all_inputs(scenario: Scenario) -> list[Input]:
    """Every input of the scenario (sections, then blocks), one per draw key."""
    from .extras import block_inputs, extras_inputs
    from .inputs import resolve_scenario

    seen: dict[str, Input] = {}
    for rs in resolve_scenario(scenario):
        for inp in (rs.length, rs.depth, rs.density):
            if inp is not None:
                seen.setdefault(inp.key, inp)
    for _, inp in block_inputs(extras_inputs(scenario)):
        seen.setdefault(inp.key, inp)
    return list(seen.values())


def uncertain_inputs(scenario: Scenario) -> list[Input]:
    """The inputs written as distributions."""
    return [i for i in all_inputs(scenario) if i.uncertain]


class _Evaluator:
    """Runs the estimate with given input columns; geometry is measured once."""

    def __init__(self, scenario: Scenario) -> None:
        from .core import Drawer, evaluate_sections
        from .inputs import resolve_scenario

        self.scenario = scenario
        self.resolved = resolve_scenario(scenario)
        geometric = [rs for rs in self.resolved if rs.length is None]
        self.geoms: dict[int, Any] = {}
        if geometric:
            from .geometry import measure_sections

            self.geoms = measure_sections(scenario, geometric)
        self.inputs = all_inputs(scenario)
        self.point = evaluate_sections(self.resolved, self.geoms, Drawer(1, None))

    def __call__(self, values: dict[str, np.ndarray], n: int) -> Any:
        from .core import Drawer, evaluate_sections
        from .result import EstimateResult

        drawer = Drawer(n, None)
        for inp in self.inputs:
            arr = values.get(inp.key)
            drawer.draws[inp.key] = np.full(n, inp.dist.median) if arr is None else np.asarray(arr, dtype=float)
            drawer.inputs[inp.key] = inp
        ev = evaluate_sections(self.resolved, self.geoms, drawer)
        return EstimateResult.build(
            scenario=self.scenario,
            resolved=self.resolved,
            geoms=self.geoms,
            point=self.point,
            mc=ev,
            mc_inputs=drawer.inputs,
            samples=n,
            seed=0,
            keep_geometry=False,
        )


def _output(result: Any, output: str, label: str) -> np.ndarray:
    if output not in result.samples:
        known = sorted(k for k in result.samples if not k.startswith("sections["))
        raise InputError(f"{label}: --output {output!r}: not a sampled figure of this scenario (known: {', '.join(known)})")
    y = np.asarray(result.samples[output], dtype=float)
    if not np.all(np.isfinite(y)):
        raise InputError(f"{label}: --output {output!r}: not estimated for this scenario (see the block's 'not estimated' note)")
    return y


def sensitivity(
    scenario: Scenario, n_base: int = settings.SENSITIVITY_SAMPLES, seed: int = 0, output: str = DEFAULT_OUTPUT
) -> dict[str, Any]:
    """Tornado and Sobol indices of ``output`` (a dotted path) with respect to each uncertain input."""
    from SALib.analyze import sobol
    from SALib.sample import sobol as sobol_sample

    run = _Evaluator(scenario)
    inputs = [i for i in run.inputs if i.uncertain]
    if not inputs:
        raise InputError(f"{scenario.label}: no uncertain input: write a distribution (e.g. depth_km = \"1.5 to 2.5\") to analyse sensitivity")
    base = float(_output(run({}, 1), output, scenario.label)[0])

    k = len(inputs)
    cols = {inp.key: np.full(2 * k, inp.dist.median) for inp in inputs}
    for j, inp in enumerate(inputs):
        cols[inp.key][2 * j] = inp.dist.quantile(0.05)
        cols[inp.key][2 * j + 1] = inp.dist.quantile(0.95)
    ends = _output(run(cols, 2 * k), output, scenario.label)
    tornado = []
    for j, inp in enumerate(inputs):
        lo, hi = float(ends[2 * j]), float(ends[2 * j + 1])
        tornado.append(
            {
                "input": inp.key,
                "value": inp.dist.describe(),
                "p05": inp.dist.quantile(0.05),
                "p95": inp.dist.quantile(0.95),
                "low": lo,
                "high": hi,
                "swing": abs(hi - lo),
            }
        )
    tornado.sort(key=lambda r: -r["swing"])

    problem = {"num_vars": k, "names": [i.key for i in inputs], "bounds": [[0.0005, 0.9995]] * k}
    q = sobol_sample.sample(problem, n_base, calc_second_order=False, seed=seed)
    values = {inp.key: inp.dist.ppf(q[:, j]) for j, inp in enumerate(inputs)}
    y = _output(run(values, len(q)), output, scenario.label)
    if float(np.var(y)) == 0.0:
        raise InputError(f"{scenario.label}: --output {output!r}: does not depend on any uncertain input")
    si = sobol.analyze(problem, y, calc_second_order=False, seed=seed)
    sob = [
        {"input": key, "S1": float(si["S1"][j]), "S1_conf": float(si["S1_conf"][j]), "ST": float(si["ST"][j]), "ST_conf": float(si["ST_conf"][j])}
        for j, key in enumerate(problem["names"])
    ]
    sob.sort(key=lambda r: -r["ST"])
    from . import __version__

    return {
        "schema": "minebelt.sensitivity/1",
        "scenario": {"name": scenario.name, "sha256": scenario.sha256},
        "output": output,
        "median": base,
        "median_total": base,
        "tornado": tornado,
        "sobol": sob,
        "method": (
            f"output {output}; tornado: p05/p95 of one input, others at medians; Sobol: SALib Saltelli sampling, "
            f"N={n_base}, {len(y)} model runs, seed {seed}"
        ),
        "provenance": {"minebelt_version": __version__, "seed": seed},
    }
