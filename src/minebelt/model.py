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
    unit_cost_per_mine: ArrayLike,
    area_km2: ArrayLike,
    laying_cost_per_km2: ArrayLike | None,
    fence_km: ArrayLike,
    fence_cost_per_km: ArrayLike | None,
) -> dict[str, Array | None]:
    """Cost of building a belt: mines + laying + marking and fence.

    ``mines_cost = mines x unit_cost_per_mine``; ``laying_cost = area_km2 x laying_cost_per_km2``;
    ``fence_cost = fence_km x fence_cost_per_km`` where ``fence_km`` is the land front (a belt
    lies behind land stretches only, so rivers and lakes are not fenced). A rate given as
    ``None`` is *not costed*: its part is ``None`` and ``total`` is the sum of the costed parts
    only (the caller must say so). All money in one currency.
    """
    mines_cost = np.multiply(mines, unit_cost_per_mine, dtype=float)
    laying = None if laying_cost_per_km2 is None else np.multiply(area_km2, laying_cost_per_km2, dtype=float)
    fence = None if fence_cost_per_km is None else np.multiply(fence_km, fence_cost_per_km, dtype=float)
    total = mines_cost + sum(x for x in (laying, fence) if x is not None)
    return {"mines_cost": mines_cost, "laying_cost": laying, "fence_cost": fence, "total": np.asarray(total, dtype=float)}


# ----------------------------------------------------------------------------- clearance

M2_PER_KM2 = 1e6


def land_release(
    belt_area_km2: ArrayLike,
    unrecorded_allowance: ArrayLike,
    cancelled_nts: float,
    reduced_ts: float,
    cleared: float,
) -> dict[str, Array]:
    """Split the area to address into land released by NTS, TS and clearance (IMAS 07.11), km².

    ``area_to_address = belt_area x (1 + unrecorded_allowance)``; each release method takes
    its share of it (shares sum to 1). Clearance time and cost apply to ``cleared_km2``.
    """
    area = np.multiply(belt_area_km2, np.add(1.0, unrecorded_allowance), dtype=float)
    return {
        "area_to_address_km2": area,
        "cancelled_nts_km2": area * cancelled_nts,
        "reduced_ts_km2": area * reduced_ts,
        "cleared_km2": area * cleared,
    }


def capacity_from_resources(
    working_days_per_year: ArrayLike,
    deminers: ArrayLike = 0.0,
    m2_per_deminer_day: ArrayLike = 0.0,
    machines: ArrayLike = 0.0,
    m2_per_machine_day: ArrayLike = 0.0,
    dog_teams: ArrayLike = 0.0,
    m2_per_dog_team_day: ArrayLike = 0.0,
) -> Array:
    """Annual clearance capacity of a method mix, km²/year.

    ``days x (deminers x m²/deminer/day + machines x m²/machine/day + dog teams x m²/team/day) / 1e6``.
    """
    m2_per_day = (
        np.multiply(deminers, m2_per_deminer_day, dtype=float)
        + np.multiply(machines, m2_per_machine_day, dtype=float)
        + np.multiply(dog_teams, m2_per_dog_team_day, dtype=float)
    )
    return np.multiply(working_days_per_year, m2_per_day, dtype=float) / M2_PER_KM2


def years_at_capacity(area_km2: ArrayLike, capacity_km2_per_year: ArrayLike) -> Array:
    """Calendar years to clear ``area_km2`` at ``capacity_km2_per_year`` (NaN for zero capacity)."""
    return safe_ratio(area_km2, capacity_km2_per_year)


def clearance_cost(cleared_km2: ArrayLike, cost_per_m2: ArrayLike) -> Array:
    """Cost of clearing ``cleared_km2`` at ``cost_per_m2`` (same currency as the rate)."""
    return np.multiply(np.multiply(cleared_km2, M2_PER_KM2, dtype=float), cost_per_m2, dtype=float)
