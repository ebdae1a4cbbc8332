"""One block of memory for the arrays of a piece of a Monte Carlo sample, reused for every piece: :class:`Scratch`, :func:`empty`.

Layer: pure.

A sample evaluated piece by piece (:mod:`minebelt.pipeline.sampled`) makes the same few dozen
arrays for every piece (a section's belt area, its mines, a country's sums), each dropped once
the piece is summarized. Allocated one by one, a megabyte each, they cost the kernel a page
fault per 4 KiB whenever the allocator has handed the memory back between two pieces (glibc
trims the top of its heap and unmaps large blocks on free; how much depends on its dynamic
thresholds, not on anything this code controls), 12-17 thousand faults a run at 10⁶ samples.
Here they are views into one block allocated once for the run: its pages are faulted in once
(numpy asks for huge pages for a block this size), and every later piece reuses them.

Code that makes a per-sample array asks :func:`empty` for it; while a :class:`Scratch` is
active in this thread (:meth:`Scratch.piece`), that is a view into the block, else a fresh
``numpy.empty``. An array from :func:`empty` lives until the next piece: whatever must outlive
the piece is copied (the streamed summaries keep copies; stored figures are copied into whole
arrays).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

#: Alignment (bytes) of every array in the block: a cache line, and more than any dtype needs.
_ALIGN = 64

_active = threading.local()


class Scratch:
    """A block of memory handed out in views, piece after piece.

    Between two calls of :meth:`piece` the views are laid one after the other; at the next
    piece the block is reused from its start. What does not fit (the first piece, whose size is
    not known yet, unless :meth:`sizing` saw a smaller evaluation) is allocated apart and
    counted, and the block is made large enough at the next piece: from then on every piece fits.
    """

    def __init__(self) -> None:
        self.block: np.ndarray | None = None
        #: bytes laid out since the last piece began (those that did not fit included)
        self.used = 0
        #: arrays asked for since the last piece began
        self.arrays = 0
        #: most bytes one piece has asked for
        self.most = 0
        self._sized: tuple[int, int, int] | None = None

    def empty(self, n: int, dtype: np.dtype | type) -> np.ndarray:
        """An uninitialised 1-D array of ``n`` values of ``dtype``: a view into the block when
        it fits, else a fresh array."""
        dt = np.dtype(dtype)
        start = -(-self.used // _ALIGN) * _ALIGN
        stop = start + n * dt.itemsize
        self.used = stop
        self.arrays += 1
        if self.block is not None and stop <= self.block.size:
            return self.block[start:stop].view(dt)
        return np.empty(n, dt)

    @contextmanager
    def sizing(self, n: int) -> Iterator[None]:
        """Count what an evaluation of ``n`` samples asks for (every array allocated apart,
        none in the block), for :meth:`reserve`."""
        self.used = self.arrays = 0
        with self._active():
            yield
        self._sized = (n, self.used, self.arrays)
        self.used = self.arrays = 0

    def reserve(self, n: int) -> None:
        """Make the next piece's block large enough for a piece of ``n`` samples that asks for
        what the evaluation of :meth:`sizing` asked for, scaled to ``n`` (each array's padding
        to the alignment allowed for)."""
        if self._sized is None or not self._sized[0]:
            return
        m, used, arrays = self._sized
        self.most = max(self.most, -(-used * n // m) + _ALIGN * (arrays + 1))

    @contextmanager
    def piece(self) -> Iterator[None]:
        """The arrays of :func:`empty` during one piece: views from the start of the block."""
        self.most = max(self.most, self.used)
        self.used = self.arrays = 0
        if self.most and (self.block is None or self.block.size < self.most):
            self.block = None  # the old block goes before the larger one is made
            raw = np.empty(self.most + _ALIGN, np.uint8)
            skip = -raw.__array_interface__["data"][0] % _ALIGN
            self.block = raw[skip : skip + self.most]
        with self._active():
            yield

    @contextmanager
    def _active(self) -> Iterator[None]:
        before = getattr(_active, "scratch", None)
        _active.scratch = self
        try:
            yield
        finally:
            _active.scratch = before


def empty(n: int, dtype: np.dtype | type = np.float64) -> np.ndarray:
    """An uninitialised 1-D array of ``n`` values: from this thread's active :class:`Scratch`
    (valid until its next piece), else ``numpy.empty``."""
    scratch: Scratch | None = getattr(_active, "scratch", None)
    if scratch is None:
        return np.empty(n, dtype)
    return scratch.empty(n, dtype)
