"""Which inputs drive the total: a tornado table and Sobol indices (SALib).

Every uncertain input (one per draw key, so a shared ``[defaults]`` value is one input) is
varied through its own quantile function. Tornado: the total mines with one input at its
p05 and at its p95, all others at their medians. Sobol: first-order (S1) and total (ST)
indices by Saltelli sampling of the inputs' quantiles (SALib), evaluated vectorised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from . import settings
from .errors import InputError

if TYPE_CHECKING:
    from .inputs import Input
    from .scenario import Scenario


def uncertain_inputs(scenario: Scenario) -> list[Input]:
    from .inputs import resolve_scenario

    seen: dict[str, Input] = {}
    for rs in resolve_scenario(scenario):
        for inp in (rs.length, rs.depth, rs.density):
            if inp is not None and inp.uncertain and inp.key not in seen:
                seen[inp.key] = inp
    return list(seen.values())


def sensitivity(scenario: Scenario, n_base: int = settings.SENSITIVITY_SAMPLES, seed: int = 0) -> dict[str, Any]:
    """Tornado and Sobol indices of the total mines with respect to each uncertain input."""
    from SALib.analyze import sobol
    from SALib.sample import sobol as sobol_sample

    from .core import evaluate_total_mines

    inputs = uncertain_inputs(scenario)
    if not inputs:
        raise InputError(f"{scenario.label}: no uncertain input: write a distribution (e.g. depth_km = \"1.5 to 2.5\") to analyse sensitivity")
    base = float(evaluate_total_mines(scenario, {})[0])
    tornado = []
    for inp in inputs:
        lo, hi = inp.dist.quantile(0.05), inp.dist.quantile(0.95)
        vals = evaluate_total_mines(scenario, {inp.key: np.array([lo, hi])})
        tornado.append(
            {"input": inp.key, "value": inp.dist.describe(), "p05": lo, "p95": hi, "low": float(vals[0]), "high": float(vals[1]), "swing": float(abs(vals[1] - vals[0]))}
        )
    tornado.sort(key=lambda r: -r["swing"])

    problem = {"num_vars": len(inputs), "names": [i.key for i in inputs], "bounds": [[0.0005, 0.9995]] * len(inputs)}
    q = sobol_sample.sample(problem, n_base, calc_second_order=False, seed=seed)
    values = {inp.key: inp.dist.ppf(q[:, j]) for j, inp in enumerate(inputs)}
    y = evaluate_total_mines(scenario, values)
    si = sobol.analyze(problem, y, calc_second_order=False, seed=seed)
    sob = [
        {"input": k, "S1": float(si["S1"][j]), "S1_conf": float(si["S1_conf"][j]), "ST": float(si["ST"][j]), "ST_conf": float(si["ST_conf"][j])}
        for j, k in enumerate(problem["names"])
    ]
    sob.sort(key=lambda r: -r["ST"])
    from . import __version__

    return {
        "schema": "minebelt.sensitivity/1",
        "scenario": {"name": scenario.name, "sha256": scenario.sha256},
        "output": "totals.mines",
        "median_total": base,
        "tornado": tornado,
        "sobol": sob,
        "method": f"tornado: p05/p95 of one input, others at medians; Sobol: SALib Saltelli sampling, N={n_base}, {len(y)} model runs, seed {seed}",
        "provenance": {"minebelt_version": __version__, "seed": seed},
    }
