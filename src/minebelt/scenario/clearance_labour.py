"""The clearance cost per deminer-year resolved into model inputs, one per wage level.

Layer: inputs.

Stated (``cost_per_deminer_year`` in ``[clearance]``, in the block's currency): one input for
every section. Default: one input per wage level of the belt's countries
(:func:`minebelt.model.clearance_labour.wage_level`), the span of that level's sourced figures
in US dollars at :data:`~minebelt.model.clearance_outturns.PRICE_YEAR` prices read as uniform (a
point for a single figure), taken into the block's currency at the ECB rate of that year's last
day. ``None`` when the default cannot be put in the block's currency (no ECB rate): the cost then
rests on the area alone, and the output says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import clearance_labour as lab
from ..model import currency as fx
from ..model.clearance_outturns import PRICE_YEAR
from ..uncertainty.distributions import Distribution, point
from .money import g4, price_year_end
from .quantities import Input

UNIT = "per deminer-year"
LEVEL_WORDS = {
    "EU": "EU member states (per person in every role)",
    "UKR": "Ukraine",
    "other": "a country with no figure of its own (the span of Croatia's and Ukraine's)",
}


def labour_inputs(stated: Any, countries: list[str], currency: str, q: Callable[..., Input]) -> dict[str, Any] | None:
    """``{"stated": bool, "levels": {ISO3: level}, "rates": {level: Input}, "shown": {level: text},
    "price_year": 2025 | None}`` (see the module docstring)."""
    if stated is not None:
        inp = q("clearance.cost_per_deminer_year", stated)
        return {"stated": True, "levels": {c: "stated" for c in countries}, "rates": {"stated": inp},
                "shown": {"stated": inp.dist.describe()}, "price_year": None}  # fmt: skip
    if currency not in fx.currencies():
        return None
    factor = fx.conversion("USD", currency, price_year_end(PRICE_YEAR)).factor
    levels = {c: lab.wage_level(c) for c in countries}
    rates: dict[str, Input] = {}
    shown: dict[str, str] = {}
    for level in dict.fromkeys(levels.values()):
        lo, hi = (v * factor for v in lab.level_span(level))
        names = lab.LEVEL_SCOPE.get(level) or ", ".join(f.short for f in lab.level_figures(level))
        text = f"{currency} {g4(lo)}" if lo == hi else f"uniform {currency} {g4(lo)} to {g4(hi)}"
        text += f" ({PRICE_YEAR} prices; {names})"
        dist = point(lo) if lo == hi else Distribution("uniform", (lo, hi), text)
        rates[level] = Input(
            f"clearance.cost_per_deminer_year.{level}", Distribution(dist.kind, dist.params, text), UNIT
        )
        shown[level] = text
    return {"stated": False, "levels": levels, "rates": rates, "shown": shown, "price_year": PRICE_YEAR}
