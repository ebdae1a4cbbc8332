"""Summaries streamed piece by piece equal numpy's summary of the whole array, to the last bit."""

from __future__ import annotations

import numpy as np
import pytest

from minebelt.uncertainty.streaming import StreamedSummary, pieces, subsample_step
from minebelt.uncertainty.summaries import summarize


def streamed(a: np.ndarray, most: int = 1 << 14) -> dict | None:
    n = a.size
    s = StreamedSummary(n, np.array(a[:: subsample_step(n)]), most)
    for start, stop in pieces(n, most):
        s.add(a[start:stop])
    return s.result()


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("n", [70_001, 131_072, 262_147])
def test_streamed_equals_whole_array(dtype, n):
    rng = np.random.default_rng(n)
    a = (rng.lognormal(10, 0.6, n) * rng.uniform(0.5, 2.0, n)).astype(dtype)
    assert streamed(a) == summarize(a)


def test_ties_and_a_constant_sample():
    rng = np.random.default_rng(2)
    a = np.round(rng.normal(0, 1, 200_003), 1)  # few distinct values: every bracket full of ties
    assert streamed(a) == summarize(a)
    c = np.full(100_000, 3.25)
    assert streamed(c) == summarize(c)


def test_a_missed_bracket_or_an_infinity_asks_for_the_whole_array():
    rng = np.random.default_rng(3)
    a = rng.normal(0, 1, 100_000)
    s = StreamedSummary(a.size, rng.normal(10, 1, 2_000), 1 << 14)  # a subsample unlike the sample
    for start, stop in pieces(a.size, 1 << 14):
        s.add(a[start:stop])
    assert s.result() is None
    a[500] = np.inf
    assert streamed(a) is None


def test_pieces_cut_where_numpys_pairwise_sum_cuts():
    n = 1_000_003
    cuts = pieces(n, 1 << 17)
    assert cuts[0][0] == 0 and cuts[-1][1] == n
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:], strict=False))
    assert all(stop - start <= 1 << 17 for start, stop in cuts)
