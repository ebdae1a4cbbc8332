"""Summaries of Monte Carlo samples: the ``*_dist`` blocks (mean, p05, p50, p95).

Layer: pure.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np


def summarize(samples: np.ndarray, quantiles: tuple[float, ...] = (0.05, 0.5, 0.95)) -> dict[str, float | None]:
    """``{"mean", "p05", "p50", "p95"}`` of a sample array (the keys of every ``*_dist``).

    A statistic that is not a finite number (a figure that overflowed) is ``None``, as a point
    figure is: the document stays valid JSON and shows "n/a". No numpy warning is printed.
    """
    samples = np.asarray(samples, dtype=float)

    def finite(x: float) -> float | None:
        return x if math.isfinite(x) else None

    with np.errstate(all="ignore"):
        lo, hi = float(samples.min()), float(samples.max())
        if lo == hi:  # a figure no uncertain input touches: no partial sorts needed
            return {"mean": finite(lo), **{f"p{round(q * 100):02d}": finite(lo) for q in quantiles}}
        qs = np.quantile(samples, quantiles)
        out = {"mean": finite(float(np.mean(samples)))}
    for q, v in zip(quantiles, qs):
        out[f"p{round(q * 100):02d}"] = finite(float(v))
    return out


def summarize_many(arrays: list[np.ndarray]) -> list[dict[str, float]]:
    """:func:`summarize` of each array; large arrays in parallel threads.

    numpy's partition (behind the quantiles) releases the GIL, so on a 2-core machine the
    ~16 ms per 10⁶ samples halves. Results are identical to calling :func:`summarize`.
    """
    import os

    # arrays that are views of the same memory with the same layout (a shared draw seen by
    # several sections) have the same values: summarize them once
    def identity(a: np.ndarray) -> tuple[Any, ...]:
        a = np.asarray(a)
        return (a.__array_interface__["data"][0], a.strides, a.shape, a.dtype.str)

    keys = [identity(a) for a in arrays]
    unique: dict[tuple[Any, ...], np.ndarray] = {}
    for k, a in zip(keys, arrays):
        unique.setdefault(k, a)
    todo = list(unique.values())
    workers = min(len(todo), os.cpu_count() or 1)
    if workers < 2 or sum(np.size(a) for a in todo) < 2_000_000:
        done = [summarize(a) for a in todo]
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(workers) as pool:
            done = list(pool.map(summarize, todo))
    by_key = dict(zip(unique, done))
    return [dict(by_key[k]) for k in keys]

