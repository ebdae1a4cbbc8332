"""Summaries of a sample seen piece by piece: :func:`summarize` of the whole array, to the last bit, without the array.

Layer: pure.

A Monte Carlo figure (a section's mines, a country's area) is an element-wise function of the
draws, so it can be computed a piece of the sample at a time and each piece dropped once seen:
memory then grows with the draws, not with the number of figures. :class:`StreamedSummary`
gives the same ``*_dist`` as :func:`~.summaries.summarize` on the whole array:

* quantiles: the order statistics are bracketed on a strided subsample (the same brackets as
  :func:`~.summaries.order_statistics`); each piece adds its count below every bracket and
  the values inside one; the few kept values are partitioned at the end. A bracket that misses
  (never on independent draws), or a sample holding a NaN or an infinity, makes
  :meth:`StreamedSummary.result` return None and the caller summarizes the whole array; so
  does a subsample of one repeated value whose sample is not (its brackets would keep every
  value).
* the mean: numpy sums a float64 array pairwise (halves rounded down to a multiple of 8, down
  to blocks of 128), and any other dtype cast to float64 in buffers of 8192 values, summed
  pairwise within a buffer and in order across them. The pieces are cut where numpy's halving
  cuts (:func:`pieces`) and their sums combined in the same tree; buffers that straddle two
  pieces are completed from a short carry. The sum, and so the mean, is numpy's to the last bit
  (``tests/unit/pure/test_streaming.py``).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from typing import Any

import numpy as np

from .summaries import assemble, bracket_positions, interpolate, quantile_ranks, rank_groups

#: Values of one float64 buffer when numpy casts another dtype for a sum (``numpy.getbufsize()``).
_BUFFER = 8192


#: Size of the subsample that brackets the order statistics (larger than a whole array's, in
#: :mod:`.summaries`: it is partitioned, not sorted, and narrower brackets keep fewer values).
#: Each figure's subsample is partitioned once and its kept values once at the end: at 10⁶
#: samples, 2¹⁵ spends the least on both: its brackets keep about 5.2 % of the sample (the
#: three quantiles together), 2¹⁶'s 3.7 % for a partition twice as long, 2¹⁴'s 7.3 %.
_SUBSAMPLE = 1 << 15


def subsample_step(n: int) -> int:
    """Stride of the subsample that brackets the order statistics of ``n`` samples."""
    return max(1, n // _SUBSAMPLE)


def pieces(n: int, most: int) -> list[tuple[int, int]]:
    """``[start, stop)`` pieces of ``range(n)``, each at most ``most`` (>= 128) long, cut where
    numpy's pairwise summation of a float64 array of ``n`` values splits it."""
    out: list[tuple[int, int]] = []

    def cut(start: int, size: int) -> None:
        if size <= most:
            out.append((start, start + size))
            return
        half = size // 2
        half -= half % 8
        cut(start, half)
        cut(start + half, size - half)

    cut(0, n)
    return out


def _tree_total(n: int, most: int, sums: Iterator[float]) -> float:
    """Sum of the piece sums of :func:`pieces` combined as numpy's pairwise tree combines them."""
    if n <= most:
        return next(sums)
    half = n // 2
    half -= half % 8
    left = _tree_total(half, most, sums)
    return left + _tree_total(n - half, most, sums)


_scratch = threading.local()


def _masks(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Three boolean arrays of ``size``, this thread's, reused by every summary and piece (a
    piece's masks would otherwise be allocated, and their pages touched, for every figure)."""
    got = getattr(_scratch, "masks", None)
    if got is None or got.shape[1] < size:
        got = _scratch.masks = np.empty((3, size), bool)
    return got[0, :size], got[1, :size], got[2, :size]


class _BufferedSum:
    """``numpy.add.reduce(a, dtype=float64)`` of a non-float64 array fed in pieces: buffers of
    8192 values from the start of the array, each summed pairwise, added in order."""

    def __init__(self) -> None:
        self.total = 0.0
        self.carry: np.ndarray | None = None

    def add(self, piece: np.ndarray) -> None:
        if self.carry is not None:
            k = min(_BUFFER - self.carry.size, piece.size)
            head = np.concatenate([self.carry, piece[:k]])
            piece = piece[k:]
            if head.size < _BUFFER:
                self.carry = head
                return
            self.total = np.add.reduce(head, dtype=np.float64, initial=self.total)
            self.carry = None
        whole = piece.size - piece.size % _BUFFER
        if whole:
            self.total = np.add.reduce(piece[:whole], dtype=np.float64, initial=self.total)
        if whole < piece.size:
            self.carry = piece[whole:].copy()

    def result(self) -> float:
        if self.carry is not None:
            return float(np.add.reduce(self.carry, dtype=np.float64, initial=self.total))
        return float(self.total)


class StreamedSummary:
    """The ``*_dist`` summary of ``n`` samples of one figure fed in the pieces of :func:`pieces`.

    ``sub``: the figure at every ``step``-th sample (:func:`subsample_step`; any order, it is
    partitioned in place); ``most``: the longest piece. Feed every piece in order with :meth:`add`.
    ``mean_only``: keep only the sum (the caller has the quantiles another way); read
    :meth:`mean`, not :meth:`result`.
    """

    def __init__(
        self,
        n: int,
        sub: np.ndarray,
        most: int,
        quantiles_: tuple[float, ...] = (0.05, 0.5, 0.95),
        mean_only: bool = False,
    ) -> None:
        self.n, self.most, self.qs, self.mean_only = n, most, quantiles_, mean_only
        self.sums: list[float] = []
        self.buffered: _BufferedSum | None = None
        #: the order statistics the quantiles are interpolated from (at the ranks of
        #: :func:`~.summaries.quantile_ranks`), once :meth:`result` has found them
        self.order_statistics: np.ndarray | None = None
        if mean_only:
            self.extremes = False
            return
        ranks, self.gamma = quantile_ranks(n, quantiles_)
        self.ranks = ranks.tolist()
        self.groups = rank_groups(self.ranks, n)
        at = [bracket_positions(sub.size, g, n) for g in self.groups]
        sub.partition(sorted({i for pair in at for i in pair}))  # those values as if sorted
        self.lo = [sub[i] for i, _ in at]
        self.hi = [sub[j] for _, j in at]
        self.below = [0] * len(self.groups)
        self.inside: list[list[np.ndarray]] = [[] for _ in self.groups]
        # the smallest and largest value matter only to a sample of one repeated value (the
        # subsample shows that); a NaN or an infinity shows in the sum
        ends = np.array([np.min(sub), np.max(sub)])
        self.extremes = bool(ends[0] == ends[1]) or not bool(np.isfinite(ends).all())
        self.low = self.high = None

    def add(self, piece: np.ndarray) -> None:
        """Count and keep what the summary needs of the next piece of the sample."""
        if piece.dtype.kind != "f":
            piece = piece.astype(float)
        with np.errstate(all="ignore"):
            if self.extremes:
                lo, hi = np.min(piece), np.max(piece)
                self.low = lo if self.low is None else np.minimum(self.low, lo)
                self.high = hi if self.high is None else np.maximum(self.high, hi)
            if piece.dtype == np.float64:
                self.sums.append(float(np.add.reduce(piece)))
            else:
                if self.buffered is None:
                    self.buffered = _BufferedSum()
                self.buffered.add(piece)
            if self.mean_only:
                return
            if self.extremes:
                # one value in the subsample (a point input drawn as an array) or a NaN or an
                # infinity: the summary is that value or needs the whole array; keeping what
                # lies in its brackets would keep every value
                return
            # two comparisons a bracket: what lies below it is what lies at or below its top
            # less what lies inside it (no NaN here: a NaN makes the sum NaN and the result
            # None); the values inside any bracket (a few %) are gathered in one pass and
            # shared out among the brackets from that short array
            upto, inside, anywhere = _masks(piece.size)
            counts = []
            for g, (a, b) in enumerate(zip(self.lo, self.hi, strict=True)):
                np.less_equal(piece, b, out=upto)
                counts.append(int(np.count_nonzero(upto)))
                np.greater_equal(piece, a, out=inside if g else anywhere)
                if g:
                    inside &= upto
                    anywhere |= inside
                else:
                    anywhere &= upto
            kept_all = piece[anywhere.nonzero()[0]]
            for g, (a, b) in enumerate(zip(self.lo, self.hi, strict=True)):
                kept = kept_all if len(self.lo) == 1 else kept_all[(kept_all >= a) & (kept_all <= b)]
                self.below[g] += counts[g] - kept.size
                self.inside[g].append(kept)

    def total(self) -> float:
        """numpy's float64 sum of the whole sample."""
        if self.buffered is not None:
            return self.buffered.result()
        return _tree_total(self.n, self.most, iter(self.sums))

    def mean(self) -> float | None:
        """numpy's mean of the whole sample, or None if it is not a finite number."""
        total = self.total()
        return float(np.float64(total) / self.n) if math.isfinite(total) else None

    def result(self) -> dict[str, float | None] | None:
        """The summary, or None where it needs the whole array: a bracket missed, or the sample
        holds a NaN or an infinity (numpy's summary of those is returned by summarize)."""
        total = self.total()
        if self.extremes:
            lo, hi = float(self.low), float(self.high)  # type: ignore[arg-type]
            if lo == hi:
                return assemble(lo, [lo] * len(self.qs), self.qs)
        if not math.isfinite(total) or self.extremes:
            return None
        mean = float(np.float64(total) / self.n)
        found: dict[int, Any] = {}
        for g, kept, nb in zip(self.groups, self.inside, self.below, strict=True):
            inside = np.concatenate(kept)
            if not (nb <= g[0] and nb + inside.size > g[-1]):
                return None
            kth = [r - nb for r in g]
            inside.partition(kth)
            found.update({r: inside[k] for r, k in zip(g, kth, strict=True)})
        vals = self.order_statistics = np.array([found[r] for r in self.ranks], dtype=self.inside[0][0].dtype)
        with np.errstate(all="ignore"):
            return assemble(mean, interpolate(vals, self.gamma), self.qs)
