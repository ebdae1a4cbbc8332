"""Summaries of Monte Carlo samples: the ``*_dist`` blocks (mean, p05, p50, p95).

Layer: pure.

Quantiles are numpy's default (``method="linear"``: ``x[j] + g (x[j+1] - x[j])`` with
``j + g = (n - 1) q``), to the last bit. On large samples the order statistics they need are
found without sorting or partitioning the whole array: a strided subsample brackets each of
them, one pass counts what lies below the bracket and keeps what lies inside it, and only that
(about 1 % of the sample) is partitioned; if a bracket misses (never on independent draws,
which is what a Monte Carlo sample is), the whole array is partitioned instead.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

#: Below this many samples a plain partition is as fast as bracketing.
BRACKET_MIN = 1 << 16
#: Size of the subsample that brackets the order statistics.
_SUBSAMPLE = 8192


def _constant(a: np.ndarray) -> bool:
    """True when ``a`` is one value repeated by broadcasting (a stride of 0): no pass needed."""
    return a.ndim == 1 and a.size > 0 and a.strides[0] == 0


def rank_groups(ranks: list[int], n: int) -> list[list[int]]:
    """Sorted distinct ``ranks`` in groups that share a bracket (within 0.1 % of ``n`` of each other)."""
    groups: list[list[int]] = []
    for r in sorted(set(ranks)):
        if groups and r - groups[-1][-1] <= n // 1000 + 1:
            groups[-1].append(r)
        else:
            groups.append([r])
    return groups


def bracket_positions(m: int, group: list[int], n: int) -> tuple[int, int]:
    """Positions in a sorted subsample of ``m`` of the values between which the order
    statistics of ``group`` (ranks in a sample of ``n``) lie unless the subsample is far from
    typical: five standard deviations of a binomial count, and four more ranks, on either side."""
    p0, p1 = group[0] / (n - 1), group[-1] / (n - 1)
    w = 5.0 * math.sqrt(m * max(p0 * (1 - p0), p1 * (1 - p1), 1.0 / m)) + 4.0
    return max(0, int(p0 * (m - 1) - w)), min(m - 1, int(math.ceil(p1 * (m - 1) + w)))


def bracket(s: np.ndarray, group: list[int], n: int) -> tuple[Any, Any]:
    """Values ``(lo, hi)`` of the sorted subsample ``s`` that bracket the order statistics of
    ``group`` (:func:`bracket_positions`)."""
    i, j = bracket_positions(s.size, group, n)
    return s[i], s[j]


def order_statistics(a: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """The values of rank ``ranks`` (0-based) in ``a`` sorted (1-D, no NaN), exactly."""
    a = np.asarray(a)
    ranks = np.asarray(ranks, dtype=np.intp)
    n = a.size
    if n < BRACKET_MIN:
        exact: np.ndarray = np.partition(a, np.unique(ranks))[ranks]
        return exact
    s = np.sort(a[:: max(1, n // _SUBSAMPLE)])
    out = np.empty(len(ranks), dtype=a.dtype)
    found: dict[int, Any] = {}
    for g in rank_groups(ranks.tolist(), n):
        lo, hi = bracket(s, g, n)
        below = a < lo
        nb = int(np.count_nonzero(below))
        inside = a[~below & (a <= hi)]
        if nb <= g[0] and nb + inside.size > g[-1]:
            kth = [r - nb for r in g]
            part = np.partition(inside, kth)
            found.update({r: part[k] for r, k in zip(g, kth, strict=True)})
        else:  # the bracket missed: partition everything
            part = np.partition(a, g)
            found.update({r: part[r] for r in g})
    for i, r in enumerate(ranks.tolist()):
        out[i] = found[r]
    return out


def quantile_ranks(n: int, qs: tuple[float, ...]) -> tuple[np.ndarray, np.ndarray]:
    """The ranks (previous then next order statistic of each quantile, 0-based) and the
    weights ``gamma`` of numpy's linear quantiles of ``n`` samples."""
    q = np.asarray(qs, dtype=float)
    virt = (n - 1) * q
    prev = np.floor(virt).astype(np.intp)
    above = virt >= n - 1
    prev[above] = n - 1
    nxt = np.minimum(prev + 1, n - 1)
    gamma = virt - np.where(above, -1, prev)
    return np.concatenate([prev, nxt]), gamma


def interpolate(vals: np.ndarray, gamma: np.ndarray) -> np.ndarray:
    """numpy's linear quantiles from the order statistics of :func:`quantile_ranks`."""
    k = len(gamma)
    lo, hi = vals[:k].astype(float), vals[k:].astype(float)
    diff = np.subtract(hi, lo)
    out: np.ndarray = np.add(lo, diff * gamma)
    np.subtract(hi, diff * (1 - gamma), out=out, where=gamma >= 0.5)
    return out


def quantiles(a: np.ndarray, qs: tuple[float, ...]) -> np.ndarray:
    """``numpy.quantile(a, qs)`` (linear method) of a 1-D array without NaN, to the last bit."""
    a = np.asarray(a)
    ranks, gamma = quantile_ranks(a.size, qs)
    return interpolate(order_statistics(a, ranks), gamma)


def summarize(samples: np.ndarray, quantiles_: tuple[float, ...] = (0.05, 0.5, 0.95)) -> dict[str, float | None]:
    """``{"mean", "p05", "p50", "p95"}`` of a sample array (the keys of every ``*_dist``).

    A statistic that is not a finite number (a figure that overflowed) is ``None``, as a point
    figure is: the document stays valid JSON and shows "n/a". No numpy warning is printed.
    """
    samples = np.asarray(samples)
    if samples.dtype.kind != "f":
        samples = samples.astype(float)

    with np.errstate(all="ignore"):
        if _constant(samples):  # a figure no uncertain input touches
            v = float(samples[0])
            return assemble(v, [v] * len(quantiles_), quantiles_)
        lo, hi = float(samples.min()), float(samples.max())
        if lo == hi:
            return assemble(lo, [lo] * len(quantiles_), quantiles_)
        mean = float(np.mean(samples, dtype=float))
        if math.isnan(lo) or math.isnan(hi) or samples.ndim != 1:
            qs = np.quantile(samples, quantiles_)
        else:
            qs = quantiles(samples, quantiles_)
    return assemble(mean, qs, quantiles_)


def assemble(mean: float, values: Any, quantiles_: tuple[float, ...]) -> dict[str, float | None]:
    """The ``*_dist`` dict: ``mean`` and ``p05``-style keys, None for what is not finite."""

    def finite(x: float) -> float | None:
        return x if math.isfinite(x) else None

    out: dict[str, float | None] = {"mean": finite(mean)}
    for q, v in zip(quantiles_, values, strict=True):
        out[f"p{round(q * 100):02d}"] = finite(float(v))
    return out


def scaled(summary: dict[str, float | None], factor: float) -> dict[str, float | None]:
    """The summary of ``samples * factor`` (``factor`` > 0) from that of ``samples``."""
    return {k: (None if v is None or not math.isfinite(v * factor) else v * factor) for k, v in summary.items()}


def summarize_many(arrays: list[np.ndarray]) -> list[dict[str, float | None]]:
    """:func:`summarize` of each array; an array seen twice (the same memory and layout, such as
    a draw shared by several sections) is summarized once."""

    def identity(a: np.ndarray) -> tuple[Any, ...]:
        a = np.asarray(a)
        return (a.__array_interface__["data"][0], a.strides, a.shape, a.dtype.str)

    keys = [identity(a) for a in arrays]
    done: dict[tuple[Any, ...], dict[str, float | None]] = {}
    for k, a in zip(keys, arrays, strict=True):
        if k not in done:
            done[k] = summarize(a)
    return [dict(done[k]) for k in keys]
