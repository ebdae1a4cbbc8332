"""Pure function of the production block: years to produce the mines.

Layer: pure.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from .belt import Array


def years_to_produce(
    mines: ArrayLike, capacity_per_year: ArrayLike, ramp_up_years: ArrayLike = 0.0, stock: ArrayLike = 0.0
) -> Array:
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
