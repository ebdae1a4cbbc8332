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
    km2_per_year: Array = np.multiply(working_days_per_year, m2_per_day, dtype=float) / M2_PER_KM2
    return km2_per_year


def years_at_capacity(area_km2: ArrayLike, capacity_km2_per_year: ArrayLike) -> Array:
    """Calendar years to clear ``area_km2`` at ``capacity_km2_per_year`` (NaN for zero capacity)."""
    return safe_ratio(area_km2, capacity_km2_per_year)


def clearance_cost(cleared_km2: ArrayLike, cost_per_m2: ArrayLike) -> Array:
    """Cost of clearing ``cleared_km2`` at ``cost_per_m2`` (same currency as the rate)."""
    return np.multiply(np.multiply(cleared_km2, M2_PER_KM2, dtype=float), cost_per_m2, dtype=float)


def deminer_years(
    mines: ArrayLike, cleared_m2: ArrayLike, mines_per_deminer_year: ArrayLike, m2_per_deminer_year: ArrayLike
) -> Array:
    """Clearance effort, deminer-years: ``mines / mines_per_deminer_year + m² / m²_per_deminer_year``.

    The first term is the work of finding, excavating and destroying each mine; the second the
    ground every deminer must search whether or not it holds a mine. Both rates are per deminer
    and calendar year as the historical programmes worked (seasons, weather, stand-downs and
    support included): :data:`minebelt.model.clearance_workforce.PRODUCTIVITY_FIT`.
    """
    return safe_ratio(mines, mines_per_deminer_year) + safe_ratio(cleared_m2, m2_per_deminer_year)


def years_with_workforce(effort_deminer_years: ArrayLike, deminers: ArrayLike) -> Array:
    """Calendar years for ``deminers`` to deliver ``effort_deminer_years`` (NaN for no deminers)."""
    return safe_ratio(effort_deminer_years, deminers)


def fit_productivities(
    cases: list[tuple[float, float, float, str]], weights: ArrayLike | None = None
) -> tuple[dict[str, float], float]:
    """Fit the mines per deminer-year of each minefield condition and one m² per deminer-year.

    ``cases``: ``(mines, cleared m², actual deminer-years, condition)`` each. Minimises the sum
    of squared log ratios of modelled to actual effort (a factor of 2 too slow weighs as much as a
    factor of 2 too fast) over the logs of the rates (so all stay positive), each case's square
    times its weight when ``weights`` (one per case) are given: the published fit is unweighted,
    the weighted fits are the study of docs/model.md ("Weighting the cases"). Returns
    ``({condition: mines per deminer-year}, m² per deminer-year)``; ``inf`` for the m² rate when no
    case constrains the ground term. Raises ``ValueError`` with fewer cases than rates.
    """
    from scipy.optimize import minimize  # only the back-test and the docs fit; estimates use the table

    conditions = sorted({c[3] for c in cases})
    if len(cases) < len(conditions) + 1:
        raise ValueError(
            f"fit_productivities: {len(conditions) + 1} rates need at least as many cases, got {len(cases)}"
        )
    m, a, e = (np.array(col, dtype=float) for col in list(zip(*cases, strict=True))[:3])
    idx = np.array([conditions.index(c[3]) for c in cases])
    w = np.ones(len(cases)) if weights is None else np.asarray(weights, dtype=float)

    def loss(p: np.ndarray) -> float:
        r = (m * np.exp(-p[idx]) + a * np.exp(-p[-1])) / e
        return float(np.sum(w * np.log(r) ** 2))

    start = [np.log(np.median(m[idx == k] / e[idx == k])) for k in range(len(conditions))] + [np.log(np.median(a / e))]
    res = minimize(loss, start, method="Nelder-Mead", options={"xatol": 1e-10, "fatol": 1e-14, "maxiter": 40_000})
    rates = np.exp(res.x)
    m2_rate = float(rates[-1])
    return {c: float(rates[k]) for k, c in enumerate(conditions)}, m2_rate if m2_rate < 1e12 else float("inf")
