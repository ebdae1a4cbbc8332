"""The exposure counts of one pass (:func:`within_counts`) against a comparison, a count and a
sum per radius and side."""

from __future__ import annotations

import numpy as np
import pytest

from minebelt.geo.exposure_counts import within_counts


def _plain(d: np.ndarray, pop: np.ndarray, radii: tuple[float, ...], mask: np.ndarray) -> dict:
    return {
        f"within_{r:g}km": {"places": int((mask & (d <= r)).sum()), "population": int(pop[mask & (d <= r)].sum())}
        for r in radii
    }


@pytest.mark.parametrize("size", [0, 1, 7, 300])
@pytest.mark.parametrize("radii", [(1.0, 5.0, 10.0), (10.0, 1.0), (2.5,)])
def test_within_counts_match_a_pass_per_radius(size: int, radii: tuple[float, ...]) -> None:
    rng = np.random.default_rng(size)
    # distances on the radii themselves and at 0 (inside the belt) included
    d = rng.choice(np.array([0.0, 0.5, 1.0, 1.0000001, 2.5, 5.0, 7.0, 10.0]), size) if size else np.zeros(0)
    pop = rng.integers(1000, 3_000_000, size).astype(np.int64)
    side = rng.random(size) < 0.5
    every = np.ones(size, bool)
    assert within_counts(d, pop, radii) == [_plain(d, pop, radii, every)]
    total, ours, other = within_counts(d, pop, radii, side)
    assert total == _plain(d, pop, radii, every)
    assert ours == _plain(d, pop, radii, side)
    assert other == _plain(d, pop, radii, ~side)
    assert list(total) == [f"within_{r:g}km" for r in radii]
