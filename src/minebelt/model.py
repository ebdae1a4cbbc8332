"""Pure model functions: the arithmetic of a mine belt, vectorised over numpy arrays.

Each function takes scalars or arrays (broadcast together) and returns a float array.
Units are in the names; the figures that feed them are sourced in
:mod:`minebelt.constants`. The seed article's model is
``mines = belt length x belt depth x areal density`` (seed 001, "Security belt" section).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

Array = NDArray[np.float64]


def belt_area_km2(length_km: ArrayLike, depth_km: ArrayLike) -> Array:
    """Area of a belt of stated length and depth, km² (= length x depth).

    For a belt built on real geometry the area comes from the polygon instead
    (:mod:`minebelt.geometry`), which is smaller where the border bends or runs along water.
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
        return np.divide(num, den)
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


# ----------------------------------------------------------------------------- production


def years_to_produce(mines: ArrayLike, capacity_per_year: ArrayLike, ramp_up_years: ArrayLike = 0.0, stock: ArrayLike = 0.0) -> Array:
    """Years until ``mines`` exist, producing at ``capacity_per_year`` after a linear ramp.

    Output rises linearly from 0 to full capacity over ``ramp_up_years`` (R), so cumulative
    production is ``cap * t² / (2R)`` during the ramp and ``cap * (t - R/2)`` after it, plus
    any ``stock`` at the start. Returns 0 when the stock already suffices.
    """
    need = np.maximum(np.asarray(mines, dtype=float) - np.asarray(stock, dtype=float), 0.0)
    cap = np.asarray(capacity_per_year, dtype=float)
    ramp = np.asarray(ramp_up_years, dtype=float)
    during_ramp = need <= cap * ramp / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        t_ramp = np.sqrt(np.where(cap > 0, 2 * ramp * need / cap, np.inf))
        t_after = need / cap + ramp / 2
    return np.where(during_ramp, t_ramp, t_after).astype(float)


# ----------------------------------------------------------------------------- cost


def build_cost(
    mines: ArrayLike,
    area_km2: ArrayLike,
    length_km: ArrayLike,
    unit_cost_per_mine: ArrayLike,
    laying_cost_per_km2: ArrayLike,
    fence_cost_per_km: ArrayLike = 0.0,
) -> dict[str, Array]:
    """Cost of a belt: mines + laying (per km²) + fence/marking/surveillance (per km of front)."""
    mines_cost = np.multiply(mines, unit_cost_per_mine, dtype=float)
    laying = np.multiply(area_km2, laying_cost_per_km2, dtype=float)
    fence = np.multiply(length_km, fence_cost_per_km, dtype=float)
    return {"mines_cost": mines_cost, "laying_cost": laying, "fence_cost": fence, "total": mines_cost + laying + fence}


# ----------------------------------------------------------------------------- clearance

M2_PER_KM2 = 1e6


def clearance_effort(
    area_km2: ArrayLike,
    full_clearance_share: ArrayLike,
    productivity_m2_per_deminer_day: ArrayLike,
    working_days_per_year: ArrayLike,
    deminers: ArrayLike,
    cost_per_m2: ArrayLike,
) -> dict[str, Array]:
    """Clearing a belt: area to clear (km²), deminer-years, calendar years, cost.

    ``deminer_years = area_m2 / (productivity x working days)``;
    ``calendar_years = deminer_years / deminers``; ``cost = area_m2 x cost_per_m2``.
    """
    area_clear_km2 = np.multiply(area_km2, full_clearance_share, dtype=float)
    area_m2 = area_clear_km2 * M2_PER_KM2
    per_deminer_year = np.multiply(productivity_m2_per_deminer_day, working_days_per_year, dtype=float)
    deminer_years = area_m2 / per_deminer_year
    return {
        "area_to_clear_km2": area_clear_km2,
        "deminer_years": deminer_years,
        "calendar_years": deminer_years / np.asarray(deminers, dtype=float),
        "cost": area_m2 * np.asarray(cost_per_m2, dtype=float),
    }
