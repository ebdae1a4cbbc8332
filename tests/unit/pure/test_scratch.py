"""The scratch block of a sample's pieces: views laid one after another, reused from piece to
piece, sized from a smaller evaluation; plain numpy arrays when no block is active."""

from __future__ import annotations

import numpy as np

from minebelt.uncertainty import scratch
from minebelt.uncertainty.scratch import Scratch


def _evaluate(n: int) -> list[np.ndarray]:
    """What a piece does: a few arrays of several dtypes, written."""
    out = [scratch.empty(n), scratch.empty(n, np.float32), scratch.empty(n, bool), scratch.empty(n, np.intp)]
    for i, a in enumerate(out):
        a[...] = i + 1
    return out


def _in_block(s: Scratch, a: np.ndarray) -> bool:
    assert s.block is not None
    base = s.block.__array_interface__["data"][0]
    at = a.__array_interface__["data"][0]
    return base <= at and at + a.nbytes <= base + s.block.size


def test_no_active_block_gives_fresh_arrays():
    a, b = scratch.empty(10), scratch.empty(10)
    assert a.shape == (10,) and a.dtype == np.float64 and not np.shares_memory(a, b)


def test_sized_block_holds_every_piece_and_is_reused():
    s = Scratch()
    with s.sizing(100):
        small = _evaluate(100)
    assert s.block is None and all(a.base is None for a in small)  # sizing hands out no views
    s.reserve(1000)
    starts = []
    for _ in range(3):
        with s.piece():
            got = _evaluate(1000)
            assert all(_in_block(s, a) for a in got)
            assert all(a.__array_interface__["data"][0] % 64 == 0 for a in got)
            assert [float(a[0]) for a in got] == [1.0, 2.0, 1.0, 4.0]  # bool: True
            assert not any(np.shares_memory(a, b) for i, a in enumerate(got) for b in got[i + 1 :])
            starts.append([a.__array_interface__["data"][0] for a in got])
    assert starts[0] == starts[1] == starts[2]  # the same memory, piece after piece
    assert scratch.empty(5).base is None  # inactive again once the piece is over


def test_unsized_block_grows_after_the_first_piece():
    s = Scratch()
    with s.piece():
        first = _evaluate(500)
    assert s.block is None and all(a.base is None for a in first)
    with s.piece():
        second = _evaluate(500)
        assert all(_in_block(s, a) for a in second)
    with s.piece():  # a larger piece: what does not fit is allocated apart, then the block grows
        third = _evaluate(800)
        assert not _in_block(s, third[-1])
    with s.piece():
        assert all(_in_block(s, a) for a in _evaluate(800))
