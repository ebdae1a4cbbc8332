"""Pure functions of the clearance block: IMAS land release, capacity, years and cost.

Layer: pure.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .belt import Array, safe_ratio

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
