"""Sensitivity of a model output to its uncertain inputs: tornado rows and Sobol indices (SALib).

Layer: pure. After SALib, one problem goes through sample -> evaluate -> analyse:
:func:`saltelli_design` samples the inputs' quantiles (SALib's own design,
``SALib.sample.sobol``: a scrambled Sobol' sequence of 2 x inputs dimensions from
``scipy.stats.qmc``, A its first half, B its second; Saltelli 2002,
https://doi.org/10.1016/S0010-4655(02)00280-1), the caller's model function evaluates the
design's N x (inputs + 2) rows (in SALib's order: A, AB_1..AB_d, B) and the tornado ends, and
:func:`analyse` returns the tornado and the first-order (S1) and total (ST) indices of
``SALib.analyze.sobol``. The binding to an estimate is :mod:`minebelt.pipeline.sensitivity`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .distributions import Distribution

#: Quantile range of the Sobol design (the 0.05 %-99.95 % range of every input).
BOUNDS = (0.0005, 0.9995)

#: A model function: design quantiles (N, 2 x inputs) -> (output at the medians, tornado ends
#: (output at each input's p05 and p95, the others at their medians), outputs (N, inputs + 2)).
Model = Callable[[np.ndarray], tuple[float, list[tuple[float, float]], np.ndarray]]


class ConstantOutput(ValueError):
    """The output does not vary over the design: it depends on none of the inputs."""


@dataclass(frozen=True)
class Analysis:
    """Tornado and Sobol indices of one output."""

    base: float  #: the output with every input at its median
    tornado: list[dict[str, Any]]  #: one row per input, largest swing first
    sobol: list[dict[str, Any]]  #: one row per input (S1, ST and their 95 % confidence), largest ST first
    runs: int  #: model evaluations of the design


def saltelli_design(n_inputs: int, n_base: int, seed: int) -> np.ndarray:
    """Quantiles (N, 2 x inputs) in :data:`BOUNDS`: A is the first half of the columns, B the second."""
    from scipy.stats import qmc

    seq = qmc.Sobol(d=2 * n_inputs, scramble=True, seed=seed).random(n_base)
    np.add(np.multiply(seq, BOUNDS[1] - BOUNDS[0], out=seq), BOUNDS[0], out=seq)
    return seq


def tornado_rows(
    names: Sequence[str], dists: Sequence[Distribution], ends: Sequence[tuple[float, float]]
) -> list[dict[str, Any]]:
    """One row per input: its value, p05 and p95, and the output at each end; largest swing first."""
    rows: list[dict[str, Any]] = [
        {
            "input": name,
            "value": dist.describe(),
            "p05": dist.quantile(0.05),
            "p95": dist.quantile(0.95),
            "low": lo,
            "high": hi,
            "swing": float(abs(hi - lo)),
        }
        for name, dist, (lo, hi) in zip(names, dists, ends, strict=True)
    ]
    rows.sort(key=lambda r: -r["swing"])
    return rows


def sobol_indices(names: Sequence[str], y: np.ndarray, seed: int) -> list[dict[str, Any]]:
    """First-order and total Sobol indices (SALib, bootstrap confidence) of the design outputs ``y``."""
    from SALib.analyze import sobol

    d = len(names)
    problem: dict[str, Any] = {"num_vars": d, "names": list(names), "bounds": [list(BOUNDS)] * d}
    si = sobol.analyze(problem, y.reshape(-1), calc_second_order=False, seed=seed)
    sob = [
        {
            "input": key,
            "S1": float(si["S1"][j]),
            "S1_conf": float(si["S1_conf"][j]),
            "ST": float(si["ST"][j]),
            "ST_conf": float(si["ST_conf"][j]),
        }
        for j, key in enumerate(problem["names"])
    ]
    sob.sort(key=lambda r: -r["ST"])
    return sob


def analyse(names: Sequence[str], dists: Sequence[Distribution], model: Model, n_base: int, seed: int) -> Analysis:
    """Sample the design, evaluate ``model`` on it, analyse: the tornado and the Sobol indices.

    Raises :class:`ConstantOutput` when the output does not vary over the design.
    """
    seq = saltelli_design(len(names), n_base, seed)
    base, ends, y = model(seq)
    # constant up to rounding: summing the same figures in another order may differ in the last bit
    if float(np.ptp(y)) <= 1e-9 * max(1.0, float(np.max(np.abs(y)))):
        raise ConstantOutput("the output does not depend on any of the inputs")
    return Analysis(
        base=base, tornado=tornado_rows(names, dists, ends), sobol=sobol_indices(names, y, seed), runs=int(y.size)
    )


__all__ = ["BOUNDS", "Analysis", "ConstantOutput", "analyse", "saltelli_design", "sobol_indices", "tornado_rows"]
