"""Pure functions of a belt: area, mines from an areal or linear density, ratios.

Layer: pure. Vectorised over numpy arrays: scalars or arrays in (broadcast together), a float
array out. The seed article's model is ``mines = belt length x belt depth x areal density``
(seed 001, "Security belt" section).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]


def belt_area_km2(length_km: ArrayLike, depth_km: ArrayLike) -> Array:
    """Area of a belt of stated length and depth, km² (= length x depth).

    For a belt built on real geometry the area comes from the polygon instead
    (:mod:`minebelt.geo.sections`), which is smaller where the border bends or runs along water.
    """
    return np.multiply(length_km, depth_km, dtype=float)


def mines_from_areal_density(area_km2: ArrayLike, density_per_km2: ArrayLike) -> Array:
    """Mines needed to fill ``area_km2`` at ``density_per_km2`` (mines per km²)."""
    return np.multiply(area_km2, density_per_km2, dtype=float)


def mines_from_linear_density(length_km: ArrayLike, density_per_km_front: ArrayLike) -> Array:
    """Mines needed for ``length_km`` of front at ``density_per_km_front`` (mines per km)."""
    return np.multiply(length_km, density_per_km_front, dtype=float)


def safe_ratio(numerator: ArrayLike, denominator: ArrayLike) -> Array:
    """numerator / denominator, NaN where the denominator is 0."""
    num = np.asarray(numerator, dtype=float)
    den = np.asarray(denominator, dtype=float)
    nonzero = den != 0
    if nonzero.all():  # the common case: one pass, no mask
        ratio: Array = np.divide(num, den)
        return ratio
    out = np.full(np.broadcast(num, den).shape, np.nan)
    np.divide(num, den, out=out, where=nonzero)
    return out


def mines_per_km_front(mines: ArrayLike, length_km: ArrayLike) -> Array:
    """Linear density of a belt: mines per km of front (NaN for zero length)."""
    return safe_ratio(mines, length_km)


def areal_density(mines: ArrayLike, area_km2: ArrayLike) -> Array:
    """Mines per km² of belt (NaN for zero area)."""
    return safe_ratio(mines, area_km2)


def implied_depth_km(mines_per_km_front_: ArrayLike, density_per_km2: ArrayLike) -> Array:
    """Belt depth implied by a linear and an areal density: (mines/km) / (mines/km²)."""
    return safe_ratio(mines_per_km_front_, density_per_km2)
