"""Clearance cost per deminer-year: what programmes paid for a deminer's year, at the clearing
country's wage level.

Layer: pure (sourced constants).

The clearance time comes from an effort in deminer-years (:func:`minebelt.model.clearance.deminer_years`);
a cost consistent with it is that effort times what a deminer-year cost: a programme's money
for a year (or a job) divided by the deminers who worked it. Every figure here is money over
deminer-years of the **same** scope and period, each division minebelt's own and stated
(``division``), and each priced on its own date, converted into US dollars and deflated with
the US CPI-U to :data:`~minebelt.model.clearance_outturns.PRICE_YEAR`.

The money is the whole programme's (or the whole contract price): machines, dogs, survey,
quality control, medics, management and the operator's margin are in it, so the cleared area
adds nothing to it (the per-m² outturns are a cross-check of the same work, not an addition).

**Wage level.** Wages dominate a deminer-year, and they differ about sevenfold between the
European Union and Ukraine: a belt section is costed at the level of the country it lies in
(:func:`wage_level`): an EU member state at Croatia's national programme (the EU's largest,
2020-2021), Ukraine at a 2024 job of its state compensation programme; any other country at the
span of both, stated as such. Figures of international contractors (the Falkland Islands, the
Cyprus buffer zone) and of Jordan (a budget announced at launch) are shown beside them, not used.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from . import currency as fx
from .clearance_history_sources import AFP_JOR_2010, NPA_JOR_2010
from .clearance_outturns import OUTTURNS, PRICE_YEAR
from .sourcing import Certainty, Citation

WageLevel = Literal["EU", "UKR", "other"]

SABOR_HRV_2022 = Citation(
    key="sabor-hrv-2022",
    title="Plan to clear Croatia of mines by 2026, Parliament hears (Interior Ministry state secretary \u017d. Kati\u0107 presenting the demining reports for 2020 and 2021)",
    publisher="Croatian Parliament (Hrvatski sabor), press news",
    date="2022",
    url="https://sabor.hr/index.php/en/press/news/plan-clear-croatia-mines-2026-parliament-hears",
    quote=(
        "42 companies and almost 600 people are engaged in mine clearance. ... In 2020, HRK 421 million was spent on "
        "demining, while last year it was HRK 385 million."
    ),
)
EC_HRK_2022 = Citation(
    key="ec-hrk-conversion-2022",
    title="Council adopts legal acts enabling Croatian euro introduction on 1 January 2023",
    publisher="European Commission, Economic and Financial Affairs newsroom",
    date="2022-07-14",
    url="https://ec.europa.eu/newsroom/ecfin/items/753700/en",
    quote=(
        "One of the legal acts sets the conversion rate between the euro and the Croatian kuna at 7.53450 kuna per 1 euro."
    ),
    locator="the kuna's ERM II central rate since July 2020: kuna of 2020-2021 taken into euros at it",
)
KMU_UKR_2025 = Citation(
    key="kmu-ukraine-first-plot-2025",
    title="First plot cleared under the programme of compensation for the demining of agricultural land",
    publisher="Government of Ukraine (Cabinet of Ministers), kmu.gov.ua",
    date="2025-01",
    url="https://www.kmu.gov.ua/en/news/ochyshcheno-pershu-dilianku-u-mezhakh-prohramy-kompensatsii-rozminuvannia-ahrozemel",
    quote=(
        "the demining carried out by UDS operator lasted from October to late December last year ... A total of 78 sappers "
        "and 5 paramedics were involved in the demining. Demining machines were also used for the work. ... The cost of "
        "demining the site was UAH 15 million, 55% lower than the expected cost calculated for the procurement. Five "
        "operators competed in the auction for the right to clear the site, and they reduced the cost of demining by UAH "
        "17 million."
    ),
)
NBU_UAH_2024 = Citation(
    key="nbu-uah-2024-12-31",
    title="Oficjalny kurs dolara po raz pierwszy przekroczy\u0142 granic\u0119 42 hrywien (National Bank of Ukraine official rate)",
    publisher="geopolityka.org, relaying the National Bank of Ukraine",
    date="2024-12-30",
    url="https://geopolityka.org/20241230/oficjalny-kurs-dolara-po-raz-pierwszy-przekroczyl-granice-42-hrywien",
    quote="Narodowy Bank ustali\u0142 we wtorek 31 grudnia oficjalny kurs hrywny do dolara na poziomie 42,0390 UAH/$",
    locator="the NBU official rate of 31 December 2024 (the hryvnia has no ECB reference rate)",
)
DEVEX_JOR_2008 = Citation(
    key="devex-jordan-nbp",
    title="Canada provides $1.2M for Jordan mines (relaying the Jordan Times)",
    publisher="Devex",
    date="undated (the project's launch, 2008)",
    url="https://www.devex.com/news/canada-provides-1-2m-for-jordan-mines-50587",
    quote=(
        "The Norwegian People's Aid (NPA) has been assigned to carry out the $10 million project, which aims to free seven "
        "million square meters of fertile land from landmines in the next two years."
    ),
)

#: Units of the figure's currency per 1 EUR or per 1 USD where the ECB publishes no rate for it.
FIXED_RATES: dict[str, tuple[str, float, Citation]] = {
    "HRK": ("EUR", 7.53450, EC_HRK_2022),
    "UAH": ("USD", 42.0390, NBU_UAH_2024),
}

#: The EU's member states (ISO 3166-1 alpha-3): a section there is costed at the EU level.
EU_MEMBERS = frozenset(
    "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split()
)


@dataclass(frozen=True)
class DeminerYearCost:
    """Money paid over the deminer-years it bought (same scope and period)."""

    key: str
    short: str  #: "Croatia 2021"
    programme: str
    money: float
    currency: str
    price_date: str  #: ISO date the money is priced at
    deminer_years: float
    division: str  #: how the deminer-years were counted, in words (minebelt's own division)
    level: WageLevel | Literal["contractor", "Jordan"]
    scope: str
    certainty: Certainty
    citations: tuple[Citation, ...]
    use: str  #: "default", or why it is shown but not used
    kind: str = "outturn"  #: "outturn" (money spent or paid) or "budget" (announced at launch)

    @property
    def per_deminer_year(self) -> float:
        return self.money / self.deminer_years


def wage_level(country: str) -> WageLevel:
    """``"UKR"`` for Ukraine, ``"EU"`` for an EU member state, else ``"other"`` (ISO3 in)."""
    if country == "UKR":
        return "UKR"
    return "EU" if country in EU_MEMBERS else "other"


_OWN: tuple[DeminerYearCost, ...] = (
    DeminerYearCost(
        "croatia-2021",
        "Croatia 2021",
        "Croatia's national mine action programme, 2021",
        385e6,
        "HRK",
        "2021-12-31",
        600,
        "HRK 385 M spent on demining in 2021 over the almost 600 people engaged in mine clearance (42 companies, 2022): "
        "people in every field role, so the cost per deminer is higher than this",
        "EU",
        "all demining spending of the year, sparse legacy minefields in forest and karst",
        "medium",
        (SABOR_HRV_2022, EC_HRK_2022),
        "default",
    ),
    DeminerYearCost(
        "croatia-2020",
        "Croatia 2020",
        "Croatia's national mine action programme, 2020",
        421e6,
        "HRK",
        "2020-12-31",
        600,
        "HRK 421 M spent on demining in 2020 over the same almost 600 people (counted in 2022)",
        "EU",
        "all demining spending of the year, sparse legacy minefields in forest and karst",
        "medium",
        (SABOR_HRV_2022, EC_HRK_2022),
        "default",
    ),
    DeminerYearCost(
        "ukraine-2024",
        "Ukraine 2024",
        "Ukraine's farmland compensation programme, first plot (UDS, Kyiv region, 487 ha), October-December 2024",
        15e6,
        "UAH",
        "2024-12-31",
        78 * 85 / 365.25,
        "UAH 15 M contract price over 78 sappers for about 85 days (1 October to about 25 December: 'October to late "
        "December'); 5 paramedics and machines are in the price, not in the count",
        "UKR",
        "one clearance contract won at auction (55 % below the expected cost), battle-area contamination",
        "weak",
        (KMU_UKR_2025, NBU_UAH_2024),
        "default",
    ),
    DeminerYearCost(
        "ukraine-2024-expected",
        "Ukraine 2024, expected cost",
        "the same plot at the procurement's expected cost (UAH 15 M won at auction + the 17 M the auction took off)",
        32e6,
        "UAH",
        "2024-12-31",
        78 * 85 / 365.25,
        "UAH 32 M expected cost (the price won plus the UAH 17 M the auction reduced it by) over the same 78 sappers for "
        "about 85 days: the upper end of Ukraine's range, the auction price its lower end",
        "UKR",
        "the procurement's expected cost of the same contract, battle-area contamination",
        "weak",
        (KMU_UKR_2025, NBU_UAH_2024),
        "default",
    ),
    DeminerYearCost(
        "jordan-2008-2012",
        "Jordan 2008-2012",
        "Norwegian People's Aid on Jordan's Syrian border, May 2008-March 2012",
        10e6,
        "USD",
        "2008-06-30",
        72 * 3.85,
        "USD 10 M announced at launch for a two-year plan, over 72 deminers (12 teams of six, 2010) for the 3.85 years the "
        "work took: a floor if the spend grew with the work",
        "Jordan",
        "a budget announced at launch, not an outturn; the spend for the whole project not found",
        "weak",
        (DEVEX_JOR_2008, NPA_JOR_2010, AFP_JOR_2010),
        "not used: a budget for a two-year plan on a project that took 3.85 years, at Jordan's wage level",
        "budget",
    ),
)


def _from_outturn(key: str, short: str, division: str, use: str) -> DeminerYearCost:
    o = next(x for x in OUTTURNS if x.key == key)
    assert o.deminer_years is not None
    return DeminerYearCost(
        o.key, short, o.programme, o.money, o.currency, o.price_date, o.deminer_years, division, "contractor", o.scope,
        o.certainty, o.citations, use, o.kind,
    )  # fmt: skip


#: Every cost per deminer-year found: the defaults first, then those shown beside them.
DEMINER_YEAR_COSTS: tuple[DeminerYearCost, ...] = (
    *_OWN,
    _from_outturn(
        "falklands-2009-2017",
        "Falkland Islands 2009-2017",
        "GBP 16.6 M spent December 2009-July 2017 over about 100 deminers for 7.6 years",
        "not used: an international contractor's Zimbabwean deminers; 100 deminers for all 7.6 years overstates the "
        "deminer-years (phases 1-4 were smaller), so the cost per deminer-year is a floor",
    ),
    _from_outturn(
        "cyprus-2004-2005",
        "Cyprus 2004-2005",
        "EUR 2.5 M announced for the phase over 32 deminers (four teams of eight) for its 0.76 years",
        "not used: an international contractor's budget announced at launch for a start-up phase",
    ),
)

#: What a wage level's figures rest on, when that is narrower than their names say: the scope line
#: printed with the level's value (``cost_per_deminer_year.by_wage_level[].value``).
LEVEL_SCOPE: dict[str, str] = {
    # Croatia's money is divided by everyone engaged in mine clearance, not by its deminers alone
    "EU": "Croatia 2021, Croatia 2020: all spending per person in every role",
    "UKR": (
        "one contract, won at auction, on battle-area farmland (Kyiv region, October-December 2024): its price and "
        "the procurement's expected cost; no minefield-clearance cost on record"
    ),
}

#: What the headline cost assumes, in one line.
ASSUMES = (
    "the effort times what a deminer-year cost where the belt lies: in an EU member state Croatia's national programme "
    "(2020-2021, all spending over almost 600 people), in Ukraine one 2024 contract won at auction on battle-area farmland; "
    "machines, management and the survey within those budgets are in them, so the cleared area adds nothing; survey "
    "of the wider suspected area is not estimated and would add to a legacy belt's cost"
)


def usd_per_deminer_year(c: DeminerYearCost, year: int = PRICE_YEAR) -> float:
    """US dollars of ``year`` per deminer-year: the figure converted into USD on its price date
    (the ECB rate of that date; the kuna through the euro at its fixed rate, the hryvnia at the
    NBU rate of :data:`FIXED_RATES`) and deflated with the US CPI-U."""
    value, cur = c.per_deminer_year, c.currency
    if cur in FIXED_RATES:
        via, rate, _cit = FIXED_RATES[cur]
        value, cur = value / rate, via
    usd = value * fx.conversion(cur, "USD", c.price_date).factor
    return fx.deflate_usd(usd, int(c.price_date[:4]), year)


def level_span(level: WageLevel, year: int = PRICE_YEAR) -> tuple[float, float]:
    """Lowest and highest default USD per deminer-year (``year`` prices) of a wage level;
    ``"other"`` takes the span of every default figure."""
    vals = [
        usd_per_deminer_year(c, year) for c in DEMINER_YEAR_COSTS if c.use == "default" and level in ("other", c.level)
    ]
    return min(vals), max(vals)


def level_figures(level: WageLevel) -> tuple[DeminerYearCost, ...]:
    """The default figures a wage level is read from."""
    return tuple(c for c in DEMINER_YEAR_COSTS if c.use == "default" and level in ("other", c.level))
