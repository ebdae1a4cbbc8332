"""Monte Carlo figures of the document, evaluated a piece of the sample at a time: :func:`summarise`, :class:`SampleStore`.

Layer: pipeline. Every sampled figure (a section's area and mines, a country's sums, the
totals) is an element-wise function of the draws, so only the draws are kept for the whole
sample. Up to :data:`PIECE` samples the figures are evaluated at once and summarized
(:func:`~minebelt.uncertainty.summaries.summarize`); beyond, a strided subsample brackets each
figure's quantiles, then the sample is evaluated piece by piece and every piece dropped once
summarized (:class:`~minebelt.uncertainty.streaming.StreamedSummary`). A figure that is a
non-decreasing function of one draw alone (a measured section's belt area of its depth, a sum
of such areas) has its quantiles at that draw's: only its mean needs the pieces
(:func:`monotone_figures`). Both ways give the same summaries to the last bit. The result's ``samples`` (:class:`SampleStore`) computes the whole
arrays of a large sample only when something reads them (a block, sensitivity, a chart).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import numpy as np

from ..uncertainty.scratch import Scratch
from ..uncertainty.streaming import StreamedSummary, pieces, subsample_step
from ..uncertainty.summaries import (
    assemble,
    interpolate,
    order_statistics,
    quantile_ranks,
    scaled,
    summarize,
    summarize_many,
)
from .evaluate import Drawer

#: Longest piece of a sample evaluated at once (samples). Pieces of 2¹⁷ keep a piece's arrays
#: (a few dozen of 0.5-1 MB) near the processor's caches; a sample up to this size is
#: evaluated whole.
PIECE = 1 << 17

#: What the figures of one evaluation are: ``(labels, arrays, store)``. ``labels[j]`` names
#: where summary ``j`` goes; ``arrays[j]`` is its samples, or ``(samples, factor)`` for a
#: figure summarized as a positive multiple of another; ``store`` the figures kept by path.
Figures = tuple[list[Any], list[Any], dict[str, np.ndarray]]


def _plain(a: Any) -> np.ndarray:
    return np.asarray(a[0] if isinstance(a, tuple) else a)


def _identity(a: np.ndarray) -> tuple[Any, ...]:
    """Arrays with the same memory and layout (a draw shared by sections) are one figure."""
    return (a.__array_interface__["data"][0], a.strides, a.shape, a.dtype.str)


def _layout(arrays: list[np.ndarray]) -> list[tuple[int, bool]]:
    """For each array: the first index with the same identity, and whether it is one value
    broadcast (the same in every piece of a sample: the code that builds it decides)."""
    first: dict[tuple[Any, ...], int] = {}
    return [
        (first.setdefault(_identity(a), j), a.ndim == 1 and a.size > 0 and a.strides[0] == 0)
        for j, a in enumerate(arrays)
    ]


def summarise(
    drawer: Drawer, figures_of: Callable[[Drawer], Figures], keep: bool = False
) -> tuple[list[Any], list[dict[str, Any]], SampleStore]:
    """The labels and ``*_dist`` summaries of every figure of :func:`figures_of` under the
    draws of ``drawer`` (all drawn), and the store of its sampled figures; ``keep``: compute
    the stored arrays now (something will read them), else when first read."""
    n = drawer.n
    if n <= PIECE:
        labels, arrays, store = figures_of(drawer)
        plain = [_plain(a) for a in arrays]
        done = summarize_many(plain)
        return (
            labels,
            [scaled(d, a[1]) if isinstance(a, tuple) else d for d, a in zip(done, arrays, strict=True)],
            SampleStore(store),
        )
    sub_drawer = drawer.view(slice(None, None, subsample_step(n)))
    scratch = Scratch()
    with scratch.sizing(sub_drawer.n):  # what a piece will ask for, to size one block for all
        labels, sub_arrays, sub_store = figures_of(sub_drawer)
    sub = [_plain(a) for a in sub_arrays]
    layout = _layout(sub)
    monotone = monotone_figures(sub_drawer, figures_of, sub, layout)
    # a draw that is itself a figure (a shared depth) is summarized from the pieces, and its
    # order statistics serve the figures monotone in it (no separate pass over the draw)
    own = {
        k: j for j, k in monotone.items() if sub[j].dtype == np.float64 and np.array_equal(sub[j], sub_drawer.draws[k])
    }
    monotone = {j: k for j, k in monotone.items() if own.get(k) != j}
    results: dict[int, dict[str, Any]] = {}
    streams: dict[int, StreamedSummary] = {}
    for j, (first, constant) in enumerate(layout):
        if first != j:
            continue
        if constant:
            results[j] = summarize(sub[j])
        else:
            streams[j] = StreamedSummary(
                n,
                np.array(
                    sub[j][: 0 if j in monotone else None], dtype=sub[j].dtype if sub[j].dtype.kind == "f" else float
                ),
                PIECE,
                mean_only=j in monotone,
            )
    factors = [a[1] if isinstance(a, tuple) else None for a in sub_arrays]
    del sub, sub_arrays  # the streams hold their own copies; the subsample's figures can go
    filler = _Filler(n, sub_store) if keep else None
    parts = pieces(n, PIECE)
    scratch.reserve(max(b - a for a, b in parts))
    for start, stop in parts:
        # the piece's arrays are views into one block reused for every piece (the streams and
        # the filler copy what they keep); they go before the next piece reuses the block
        with scratch.piece():
            _, arrays, store = figures_of(drawer.view(slice(start, stop)))
            plain = [_plain(a) for a in arrays]
            if _layout(plain) != layout:
                raise RuntimeError("a piece of the sample has figures laid out unlike the subsample")
            for j, s in streams.items():
                s.add(plain[j])
            if filler is not None:
                filler.add(start, stop, store)
            del arrays, plain, store
    del scratch
    for j, s in streams.items():
        if j in monotone:
            continue
        r = s.result()
        results[j] = r if r is not None else summarize(_whole(drawer, figures_of, j))
    known = {k: streams[j].order_statistics for k, j in own.items()}
    results.update(_at_draw_quantiles(drawer, figures_of, monotone, streams, known))
    out = [
        scaled(results[first], f) if f is not None else dict(results[first])
        for (first, _), f in zip(layout, factors, strict=True)
    ]
    if filler is not None:
        return labels, out, SampleStore(filler.arrays)
    return labels, out, SampleStore(pending=list(sub_store), fill=lambda: _fill(drawer, figures_of, sub_store))


#: Samples of the subsample on which a figure is tried as a function of one draw, and the most
#: draws tried (each try evaluates the figures once on those samples).
PROBE = 4096
PROBE_KEYS = 8


def _probe(like: Drawer, key: str, values: np.ndarray) -> Drawer:
    """A drawer like ``like`` whose draw ``key`` is ``values`` and every other draw NaN."""
    d = Drawer(values.size, None)
    d.total, d.inputs = like.total, like.inputs
    d.draws = {k: values if k == key else np.full(values.size, np.nan) for k in like.draws}
    return d


def monotone_figures(
    sub_drawer: Drawer, figures_of: Callable[[Drawer], Figures], sub: list[np.ndarray], layout: list[tuple[int, bool]]
) -> dict[int, str]:
    """The figures (index into ``sub``, the figures on ``sub_drawer``'s draws) that are a
    non-decreasing function of one draw alone, with that draw's key.

    Why their quantiles are the draw's: for a non-decreasing ``f``, the ``r``-th smallest of
    ``f(x)`` is ``f`` of the ``r``-th smallest of ``x`` (sorting ``x`` sorts ``f(x)``, ties
    included), so numpy's linear quantile of ``f(x)``, interpolated between two order
    statistics, is the same interpolation between ``f`` of the draw's order statistics; ``f``
    evaluated element-wise on those few values gives the same floats as on the whole array.
    A figure qualifies when, on the first :data:`PROBE` samples of the subsample, it comes out
    the same with every other draw NaN (NaN reaches anything that reads another draw) and
    never decreases as the draw grows. The belt area of a measured section is its depth curve
    (monotone cubics between exact belts, a running maximum of the areas: non-decreasing by
    construction), a sum of such areas too; the check only guards against a figure built
    otherwise. Rounding in the curve's arithmetic could break monotonicity by an ulp between
    two draws a few ulps apart, which moves a quantile by no more than that ulp."""
    m = min(PROBE, sub_drawer.n)
    base = sub_drawer.view(slice(0, m))
    candidates = [
        j for j, (first, constant) in enumerate(layout) if first == j and not constant and sub[j].dtype.kind == "f"
    ]
    keys = [k for k, v in base.draws.items() if v.dtype.kind == "f" and v.ndim == 1 and v.strides[0] != 0]
    out: dict[int, str] = {}
    for key in keys[:PROBE_KEYS]:
        x = np.asarray(base.draws[key], dtype=float)
        if not np.isfinite(x).all():
            continue
        with np.errstate(all="ignore"):
            arrays = figures_of(_probe(base, key, x))[1]
        order = np.argsort(x, kind="stable")
        for j in candidates:
            got, real = _plain(arrays[j]), sub[j][:m]
            if j in out or got.shape != real.shape or not np.isfinite(real).all() or not np.array_equal(got, real):
                continue
            v = real[order]
            if bool((v[1:] >= v[:-1]).all()):
                out[j] = key
    return out


def _at_draw_quantiles(
    drawer: Drawer,
    figures_of: Callable[[Drawer], Figures],
    monotone: dict[int, str],
    streams: dict[int, StreamedSummary],
    known: dict[str, np.ndarray | None],
    qs: tuple[float, ...] = (0.05, 0.5, 0.95),
) -> dict[int, dict[str, Any]]:
    """Summaries of the :func:`monotone_figures`: the mean from the pieces, the quantiles from
    the figures evaluated at the draw's order statistics (``known`` by key where a stream
    found them, else found here; the figures left out, with a sum that is not finite, are
    summarized whole by the caller)."""
    n = drawer.n
    ranks, gamma = quantile_ranks(n, qs)
    out: dict[int, dict[str, Any]] = {}
    for key in dict.fromkeys(monotone.values()):
        means: dict[int, float] = {}
        for j, k in monotone.items():
            m = streams[j].mean() if k == key else None
            if m is not None:
                means[j] = m
        if not means:
            continue
        x = known.get(key)
        if x is None:
            x = order_statistics(np.asarray(drawer.draws[key]), ranks)
        arrays = figures_of(_probe(drawer, key, x))[1]
        for j, mean in means.items():
            with np.errstate(all="ignore"):
                out[j] = assemble(mean, interpolate(_plain(arrays[j]), gamma), qs)
    return out


def _whole(drawer: Drawer, figures_of: Callable[[Drawer], Figures], j: int) -> np.ndarray:
    """Figure ``j`` over the whole sample (where a bracket missed)."""
    parts = [_plain(figures_of(drawer.view(slice(a, b)))[1][j]) for a, b in pieces(drawer.n, PIECE)]
    return np.concatenate(parts)


class _Filler:
    """Whole arrays of the stored figures, written piece by piece; a figure stored under
    several paths is one array, a constant stays one value broadcast."""

    def __init__(self, n: int, sub_store: dict[str, np.ndarray]) -> None:
        self.n = n
        self.arrays: dict[str, np.ndarray] = {}
        self._targets: list[tuple[str, np.ndarray]] = []
        made: dict[tuple[Any, ...], np.ndarray] = {}
        for path, a in sub_store.items():
            a = np.asarray(a)
            if a.ndim == 1 and a.size > 0 and a.strides[0] == 0:
                self.arrays[path] = np.broadcast_to(a[0], (n,))
                continue
            key = _identity(a)
            if key not in made:
                made[key] = np.empty(n, dtype=a.dtype)
                self._targets.append((path, made[key]))
            self.arrays[path] = made[key]

    def add(self, start: int, stop: int, store: dict[str, np.ndarray]) -> None:
        for path, out in self._targets:
            out[start:stop] = store[path]


def _fill(
    drawer: Drawer, figures_of: Callable[[Drawer], Figures], sub_store: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    filler = _Filler(drawer.n, sub_store)
    for start, stop in pieces(drawer.n, PIECE):
        filler.add(start, stop, figures_of(drawer.view(slice(start, stop)))[2])
    return filler.arrays


_PENDING = object()


class SampleStore(MutableMapping[str, np.ndarray]):
    """Sampled figures by dotted path (``totals.mines``, ``by_country.POL.area_km2``).

    A dict of arrays, except that the figures of a large sample (``pending``) are computed by
    ``fill`` when one of them is first read, all together, and kept from then on.
    """

    def __init__(
        self,
        arrays: dict[str, np.ndarray] | None = None,
        pending: list[str] | None = None,
        fill: Callable[[], dict[str, np.ndarray]] | None = None,
    ) -> None:
        self._data: dict[str, Any] = dict(arrays or {})
        for path in pending or []:
            self._data.setdefault(path, _PENDING)
        self._fill = fill
        self._lock = threading.Lock()

    def __getitem__(self, path: str) -> np.ndarray:
        v: np.ndarray = self._data[path]
        if v is _PENDING:
            with self._lock:
                if self._fill is not None:
                    for k, a in self._fill().items():
                        if self._data.get(k) is _PENDING:
                            self._data[k] = a
                    self._fill = None
            v = self._data[path]
        return v

    def __setitem__(self, path: str, value: np.ndarray) -> None:
        self._data[path] = value

    def __delitem__(self, path: str) -> None:
        del self._data[path]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, path: object) -> bool:
        return path in self._data
