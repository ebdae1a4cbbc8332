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


def order_statistics(a: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """The values of rank ``ranks`` (0-based) in ``a`` sorted (1-D, no NaN), exactly."""
    a = np.asarray(a)
    ranks = np.asarray(ranks, dtype=np.intp)
    n = a.size
    if n < BRACKET_MIN:
        exact: np.ndarray = np.partition(a, np.unique(ranks))[ranks]
        return exact
    step = max(1, n // _SUBSAMPLE)
    s = np.sort(a[::step])
    m = s.size
    out = np.empty(len(ranks), dtype=a.dtype)
    todo = sorted(set(ranks.tolist()))
    groups: list[list[int]] = []
    for r in todo:  # ranks within 0.1 % of each other share a bracket
        if groups and r - groups[-1][-1] <= n // 1000 + 1:
            groups[-1].append(r)
        else:
            groups.append([r])
    found: dict[int, Any] = {}
    for g in groups:
        p0, p1 = g[0] / (n - 1), g[-1] / (n - 1)
        w = 5.0 * math.sqrt(m * max(p0 * (1 - p0), p1 * (1 - p1), 1.0 / m)) + 4.0
        lo = s[max(0, int(p0 * (m - 1) - w))]
        hi = s[min(m - 1, int(math.ceil(p1 * (m - 1) + w)))]
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


def quantiles(a: np.ndarray, qs: tuple[float, ...]) -> np.ndarray:
    """``numpy.quantile(a, qs)`` (linear method) of a 1-D array without NaN, to the last bit."""
    a = np.asarray(a)
    n = a.size
    q = np.asarray(qs, dtype=float)
    virt = (n - 1) * q
    prev = np.floor(virt).astype(np.intp)
    above = virt >= n - 1
    prev[above] = n - 1
    nxt = np.minimum(prev + 1, n - 1)
    gamma = virt - np.where(above, -1, prev)
    vals = order_statistics(a, np.concatenate([prev, nxt]))
    lo, hi = vals[: len(q)].astype(float), vals[len(q) :].astype(float)
    diff = np.subtract(hi, lo)
    out: np.ndarray = np.add(lo, diff * gamma)
    np.subtract(hi, diff * (1 - gamma), out=out, where=gamma >= 0.5)
    return out


def summarize(samples: np.ndarray, quantiles_: tuple[float, ...] = (0.05, 0.5, 0.95)) -> dict[str, float | None]:
    """``{"mean", "p05", "p50", "p95"}`` of a sample array (the keys of every ``*_dist``).

    A statistic that is not a finite number (a figure that overflowed) is ``None``, as a point
    figure is: the document stays valid JSON and shows "n/a". No numpy warning is printed.
    """
    samples = np.asarray(samples)
    if samples.dtype.kind != "f":
        samples = samples.astype(float)

    def finite(x: float) -> float | None:
        return x if math.isfinite(x) else None

    keys = [f"p{round(q * 100):02d}" for q in quantiles_]
    with np.errstate(all="ignore"):
        if _constant(samples):  # a figure no uncertain input touches
            v = float(samples[0])
            return {"mean": finite(v), **{k: finite(v) for k in keys}}
        lo, hi = float(samples.min()), float(samples.max())
        if lo == hi:
            return {"mean": finite(lo), **{k: finite(lo) for k in keys}}
        mean = float(np.mean(samples, dtype=float))
        if math.isnan(lo) or math.isnan(hi) or samples.ndim != 1:
            qs = np.quantile(samples, quantiles_)
        else:
            qs = quantiles(samples, quantiles_)
    out: dict[str, float | None] = {"mean": finite(mean)}
    for k, v in zip(keys, qs, strict=True):
        out[k] = finite(float(v))
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
