"""Places and people within each radius of a belt, for all sides of the border in one pass.

Layer: measure. The exposure block counts the same few dozen or hundred places within 1, 5
and 10 km, in total and on each side of the border, for every section, defending country and
the whole scenario (:mod:`minebelt.geo.exposure`, :mod:`minebelt.geo.exposure_depth`).
:func:`within_counts` gives every one of those counts from one placement of each place in
its band of distance, instead of a comparison, a count and a sum per radius and side: the
same integers, in a fraction of the numpy calls (on arrays this short, the calls are the cost).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import numpy as np


def within_counts(
    distance_km: np.ndarray, population: np.ndarray, radii_km: tuple[float, ...], side: np.ndarray | None = None
) -> list[dict[str, dict[str, int]]]:
    """``{within_<r>km: {places, population}}`` for each radius of ``radii_km`` (a place at
    distance ``d`` is within ``r`` when ``d <= r``).

    ``distance_km``, ``population``: one value per place (km, inhabitants; no NaN distance);
    ``side``: booleans, one per place. Returns ``[all places]`` without ``side``, else ``[all
    places, places where side is True, places where side is False]``; keys in the order of
    ``radii_km``. Populations are whole numbers; their sums are exact below 2⁵³.
    """
    r, cols = _bands(tuple(radii_km))
    nb = len(r) + 1
    band = np.searchsorted(r, distance_km, side="left")  # within r[j] for every j >= band
    groups = 1 if side is None else 2
    key = band if side is None else band + nb * np.asarray(side, dtype=np.intp)
    n = np.bincount(key, minlength=groups * nb).reshape(groups, nb)
    # sums of whole numbers below 2**53 are exact in float64, in any order
    pop = np.bincount(key, weights=population, minlength=groups * nb).reshape(groups, nb)
    n_cum, pop_cum = np.cumsum(n, axis=1).tolist(), np.cumsum(pop, axis=1).tolist()

    def counts(places_: list[int], people: list[int]) -> dict[str, dict[str, int]]:
        return {lab: {"places": int(places_[j]), "population": int(people[j])} for lab, j in cols}

    if side is None:
        return [counts(n_cum[0], pop_cum[0])]
    total = [a + b for a, b in zip(n_cum[0], n_cum[1], strict=True)]
    total_pop = [a + b for a, b in zip(pop_cum[0], pop_cum[1], strict=True)]
    return [counts(total, total_pop), counts(n_cum[1], pop_cum[1]), counts(n_cum[0], pop_cum[0])]


@lru_cache(maxsize=8)
def _bands(radii_km: tuple[float, ...]) -> tuple[np.ndarray, tuple[tuple[str, int], ...]]:
    """The radii sorted (km), and for each radius in the order given its key and its column
    among the sorted radii: the same for every count of a run."""
    order = sorted(range(len(radii_km)), key=lambda i: radii_km[i])
    r = np.asarray([radii_km[i] for i in order], dtype=float)
    r.flags.writeable = False
    return r, tuple((f"within_{x:g}km", order.index(i)) for i, x in enumerate(radii_km))


def count(mask: np.ndarray, population: np.ndarray) -> dict[str, Any]:
    """``{places, population}`` of the places where ``mask`` is True."""
    return {"places": int(np.count_nonzero(mask)), "population": int(population[mask].sum())}
