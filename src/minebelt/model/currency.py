"""The one dated exchange-rate table every conversion of a sourced money figure uses (ECB).

Layer: pure (sourced constants).
"""

from __future__ import annotations

from .sourcing import Citation

ECB_2025_02_28 = Citation(
    key="ecb-2025-02-28",
    title="Euro foreign exchange reference rates, 28 February 2025",
    publisher="European Central Bank (table reproduced by eurodripusa.net)",
    date="2025-02-28",
    url="https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
    locator="USD 1.0411, PLN 4.1503, KRW 1519.92 per EUR (copy seen at https://eurodripusa.net/?p=3470)",
)
#: Units of each currency per 1 EUR on the ECB reference date. Every conversion in minebelt
#: uses this one dated table (a deliberate choice: one rate, stated, not a time series).
EUR_RATES: dict[str, float] = {"EUR": 1.0, "USD": 1.0411, "PLN": 4.1503, "KRW": 1519.92}
EUR_RATES_DATE = "2025-02-28"
EUR_RATES_CITATION = ECB_2025_02_28
CURRENCIES = tuple(EUR_RATES)


def conversion_factor(from_currency: str, to_currency: str) -> float:
    """Units of ``to_currency`` per unit of ``from_currency`` at the ECB reference date."""
    return EUR_RATES[to_currency] / EUR_RATES[from_currency]
