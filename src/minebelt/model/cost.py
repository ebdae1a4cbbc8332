"""Pure function of the cost block: the build cost of a belt.

Layer: pure.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .belt import Array


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
    return {
        "mines_cost": mines_cost,
        "laying_cost": laying,
        "fence_cost": fence,
        "total": np.asarray(total, dtype=float),
    }
