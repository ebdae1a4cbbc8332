"""Pure layer, the model: the arithmetic of a mine belt and the sourced figures that feed it.

Layer: pure (imports only the foundation). After pvlib: small pure functions by topic,
vectorised over numpy arrays (each takes scalars or arrays, broadcast together, and returns a
float array; units are in the names) — :mod:`.belt`, :mod:`.production`, :mod:`.cost`,
:mod:`.clearance`, re-exported here — and sourced constants by topic, each figure with its
citation (:mod:`.sourcing`): :mod:`.densities`, :mod:`.barriers`, :mod:`.facts` (single
figures, dates, memberships), :mod:`.production_sources`, :mod:`.cost_sources`,
:mod:`.clearance_sources`, :mod:`.currency`, :mod:`.seeds`.
"""

from __future__ import annotations

from .belt import (
    Array,
    areal_density,
    belt_area_km2,
    implied_depth_km,
    mines_from_areal_density,
    mines_from_linear_density,
    mines_per_km_front,
    safe_ratio,
)
from .clearance import (
    M2_PER_KM2,
    capacity_from_resources,
    clearance_cost,
    deminer_years,
    land_release,
    years_at_capacity,
    years_with_workforce,
)
from .cost import build_cost
from .production import years_to_produce

__all__ = [
    "M2_PER_KM2",
    "Array",
    "areal_density",
    "belt_area_km2",
    "build_cost",
    "capacity_from_resources",
    "clearance_cost",
    "deminer_years",
    "implied_depth_km",
    "land_release",
    "mines_from_areal_density",
    "mines_from_linear_density",
    "mines_per_km_front",
    "safe_ratio",
    "years_at_capacity",
    "years_to_produce",
    "years_with_workforce",
]
