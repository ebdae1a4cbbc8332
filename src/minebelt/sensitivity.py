"""Which inputs drive the total: a tornado table and Sobol indices (SALib).

Every uncertain input (one per draw key, so a shared ``[defaults]`` value is one input) is
varied through its own quantile function. Tornado: the total mines with one input at its
p05 and at its p95, all others at their medians. Sobol: first-order (S1) and total (ST)
indices by Saltelli sampling of the inputs' quantiles (SALib), evaluated vectorised.

Cost is linear in the number of uncertain inputs. The total is a sum over sections, and a
section depends on at most three inputs (length, depth, density). Saltelli's design
evaluates the model on matrices A, B and, for each input k, A with column k taken from B
(Saltelli 2002, https://doi.org/10.1016/S0010-4655(02)00280-1); that row differs from A
only in the sections that use input k, so its total is ``total(A)`` plus those sections'
changes. Work is N x (2 x sections + section-input links) instead of N x inputs x
sections, and memory N x inputs instead of N x inputs², so 200 sections with their own
depth take seconds, not 2 GB and 20 s. The design is SALib's own (``SALib.sample.sobol``:
a scrambled Sobol' sequence of 2 x inputs dimensions from ``scipy.stats.qmc``, A its first
half, B its second), rebuilt here column by column and analysed by ``SALib.analyze.sobol``;
the result equals SALib's sample-then-evaluate path up to floating-point rounding.
Caps: ``settings.SENSITIVITY_RUNS_MAX`` model evaluations, N x (inputs + 2).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from . import settings
from .errors import InputError

if TYPE_CHECKING:
    from .inputs import Input, ResolvedSection
    from .scenario import Scenario

#: Quantile range of the Sobol design (the 0.05 %-99.95 % range of every input).
BOUNDS = (0.0005, 0.9995)


def uncertain_inputs(scenario: Scenario) -> list[Input]:
    from .inputs import resolve_scenario

    seen: dict[str, Input] = {}
    for rs in resolve_scenario(scenario):
        for inp in (rs.length, rs.depth, rs.density):
            if inp is not None and inp.uncertain and inp.key not in seen:
                seen[inp.key] = inp
    return list(seen.values())


def check_size(scenario: Scenario, n_inputs: int, n_base: int) -> None:
    """Refuse an analysis of more than ``SENSITIVITY_RUNS_MAX`` model evaluations (one line)."""
    runs = n_base * (n_inputs + 2)
    if runs > settings.SENSITIVITY_RUNS_MAX:
        most = settings.SENSITIVITY_RUNS_MAX // n_base - 2
        raise InputError(
            f"{scenario.label}: sensitivity: {n_inputs:,} uncertain inputs x N = {n_base:,} is {runs:,} model runs, more than "
            f"{settings.SENSITIVITY_RUNS_MAX:,} (SENSITIVITY_RUNS_MAX); at this N at most {max(most, 0):,} inputs: share values "
            "through [defaults] or [parameters] (one draw for many sections), or use a smaller --samples"
        )


class _Model:
    """The total mines as a sum of per-section terms, each evaluated on its own inputs."""

    def __init__(self, scenario: Scenario) -> None:
        from .inputs import resolve_scenario

        self.resolved: list[ResolvedSection] = resolve_scenario(scenario)
        geometric = [rs for rs in self.resolved if rs.length is None]
        self.geoms: dict[int, Any] = {}
        if geometric:
            from .geometry import measure_sections

            self.geoms = measure_sections(scenario, geometric)
        self.users: dict[str, list[int]] = {}  # input key -> positions of the sections using it
        for pos, rs in enumerate(self.resolved):
            for inp in (rs.length, rs.depth, rs.density):
                if inp is not None:
                    self.users.setdefault(inp.key, [])
                    if pos not in self.users[inp.key]:
                        self.users[inp.key].append(pos)

    def section(self, pos: int, values: dict[str, np.ndarray], n: int) -> np.ndarray:
        """Mines of section ``pos`` with ``values`` for some of its inputs (others at their medians)."""
        from .core import Drawer, evaluate_sections

        rs = self.resolved[pos]
        drawer = Drawer(n, None)
        for inp in (rs.length, rs.depth, rs.density):
            if inp is not None and inp.key in values:
                drawer.draws[inp.key] = values[inp.key]
        return np.broadcast_to(evaluate_sections([rs], self.geoms, drawer).mines[0], (n,))

    def keys_of(self, pos: int) -> list[str]:
        rs = self.resolved[pos]
        return [inp.key for inp in (rs.length, rs.depth, rs.density) if inp is not None]


def sensitivity(scenario: Scenario, n_base: int = settings.SENSITIVITY_SAMPLES, seed: int = 0) -> dict[str, Any]:
    """Tornado and Sobol indices of the total mines with respect to each uncertain input.

    Raises :class:`InputError` when the scenario has no uncertain input, or when the analysis
    would exceed ``settings.SENSITIVITY_RUNS_MAX`` model runs.
    """
    from scipy.stats import qmc
    from SALib.analyze import sobol

    from .cancel import checkpoint

    inputs = uncertain_inputs(scenario)
    if not inputs:
        raise InputError(f"{scenario.label}: no uncertain input: write a distribution (e.g. depth_km = \"1.5 to 2.5\") to analyse sensitivity")
    d = len(inputs)
    check_size(scenario, d, n_base)
    model = _Model(scenario)
    n_sections = len(model.resolved)

    # ---- tornado: one input at p05 / p95, the others at their medians
    base_terms = np.array([float(model.section(pos, {}, 1)[0]) for pos in range(n_sections)])
    base = float(np.sum(base_terms))
    tornado = []
    for inp in inputs:
        lo, hi = inp.dist.quantile(0.05), inp.dist.quantile(0.95)
        ends = []
        for value in (lo, hi):
            terms = base_terms.copy()
            for pos in model.users[inp.key]:
                terms[pos] = float(model.section(pos, {inp.key: np.array([value])}, 1)[0])
            ends.append(float(np.sum(terms)))
        tornado.append(
            {"input": inp.key, "value": inp.dist.describe(), "p05": lo, "p95": hi, "low": ends[0], "high": ends[1], "swing": float(abs(ends[1] - ends[0]))}
        )
    tornado.sort(key=lambda r: -r["swing"])
    checkpoint()

    # ---- Sobol: SALib's Saltelli design, rebuilt column by column (see the module docstring)
    problem = {"num_vars": d, "names": [i.key for i in inputs], "bounds": [list(BOUNDS)] * d}
    base_seq = qmc.Sobol(d=2 * d, scramble=True, seed=seed).random(n_base)
    np.add(np.multiply(base_seq, BOUNDS[1] - BOUNDS[0], out=base_seq), BOUNDS[0], out=base_seq)
    column = {inp.key: j for j, inp in enumerate(inputs)}

    def values(pos: int, matrix: str, swap: str | None = None) -> dict[str, np.ndarray]:
        out = {}
        for key in model.keys_of(pos):
            j = column.get(key)
            if j is None:
                continue
            use_b = matrix == "B" or key == swap
            out[key] = inputs[j].dist.ppf(base_seq[:, j + d] if use_b else base_seq[:, j])
        return out

    n = n_base
    f_a = [model.section(pos, values(pos, "A"), n) for pos in range(n_sections)]
    total_a = np.sum(f_a, axis=0) if n_sections else np.zeros(n)
    total_b = np.sum([model.section(pos, values(pos, "B"), n) for pos in range(n_sections)], axis=0)
    y = np.empty((n, d + 2))
    y[:, 0] = total_a
    y[:, d + 1] = total_b
    for j, inp in enumerate(inputs):
        change = np.zeros(n)
        for pos in model.users[inp.key]:
            change += model.section(pos, values(pos, "A", swap=inp.key), n) - f_a[pos]
        y[:, 1 + j] = total_a + change
        checkpoint()
    del f_a
    si = sobol.analyze(problem, y.reshape(-1), calc_second_order=False, seed=seed)
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
        "method": f"tornado: p05/p95 of one input, others at medians; Sobol: SALib Saltelli sampling, N={n_base}, {y.size} model runs, seed {seed}",
        "provenance": {"minebelt_version": __version__, "seed": seed},
    }
