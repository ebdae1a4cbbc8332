"""Clearance cost from outturns: what programmes that cleared dense, laid minefields spent.

Layer: pure (sourced constants).

Each :class:`CostOutturn` is money a programme spent (or was funded with) for a sourced area
cleared and number of mines destroyed, in its own currency and price year. The default cost per
m² cleared (:data:`COST_PER_M2_OUTTURNS`) is the span of the dense-belt outturns per m², each
converted into US dollars at the ECB rate of its price date and deflated with the US CPI-U to
:data:`PRICE_YEAR` (:func:`minebelt.model.currency.deflate_usd`), read as uniform between them.

The headline clearance cost is per deminer-year (:mod:`.clearance_labour`: the effort times
what a deminer-year cost where the belt lies); these per-m² outturns are its labelled
cross-check (``clearance.cost_from_area``). Two dense programmes report money, area and mines
together, and their densities (3,800 and 15,000 mines per km²) bracket a laid belt's; they were
paid at Nicaraguan army and 2005 contractor wages, which is why they come out lower. The
Falkland Islands' and the first Cyprus phase's money per deminer-year are shown in
:data:`.clearance_labour.DEMINER_YEAR_COSTS`, not used (international contractors).
"""

from __future__ import annotations

from dataclasses import dataclass

from .clearance_history_sources import (
    AJ_KWT_2023,
    CNA_CYP_2004,
    CNA_CYP_2005,
    EP_NIC_2007,
    JMU_KWT_2001,
    LM_KWT_1999,
    LM_NIC_2011,
    MERCOPRESS_FLK_2017,
    REUTERS_NIC_2010,
    TAIPEI_FLK_2020,
)
from .clearance_programmes import HINA_2024
from .currency import MoneyDefault, MoneyFigure
from .sourcing import Certainty, Citation

#: The one price year every clearance cost is brought to (the last CPI-U annual average bundled).
PRICE_YEAR = 2025


@dataclass(frozen=True)
class CostOutturn:
    """Money spent on one clearance, with what it cleared; ``None`` where not sourced."""

    key: str
    programme: str
    money: float
    currency: str
    price_date: str  #: ISO date the money is priced at (see ``price_note``)
    price_note: str
    cleared_m2: float | None
    mines: float | None
    scope: str
    certainty: Certainty
    citations: tuple[Citation, ...]
    use: str  #: "default", or why the outturn is shown but not used
    deminer_years: float | None = None
    kind: str = "outturn"  #: "outturn" (money spent) or "budget" (announced at launch, not an outturn)

    @property
    def per_m2(self) -> float | None:
        return None if not self.cleared_m2 else self.money / self.cleared_m2

    @property
    def per_mine(self) -> float | None:
        return None if not self.mines else self.money / self.mines

    @property
    def per_deminer_year(self) -> float | None:
        return None if not self.deminer_years else self.money / self.deminer_years


OUTTURNS: tuple[CostOutturn, ...] = (
    CostOutturn(
        "nicaragua",
        "Nicaragua's national demining programme (OAS-supervised), 1990-2010",
        81.3e6,
        "USD",
        "2007-06-30",
        "nominal dollars of 1990-2010, deflated from 2007: about USD 36 M of the 81.3 M had been spent by March 2007",
        11.92e6,
        179_790,
        "all clearance, 1,029 mined areas (mostly the Honduran border)",
        "medium",
        (REUTERS_NIC_2010, EP_NIC_2007, LM_NIC_2011),
        "default",
        None,
    ),
    CostOutturn(
        "cyprus-2004-2005",
        "Cyprus buffer zone, phase I (UN Mine Action Centre, EU-funded), 2004-2005",
        2.5e6,
        "EUR",
        "2005-08-22",
        "the EU's funding of the phase as announced at launch ('an estimated cost of 2.5 million euro'), priced at its end",
        575_686,
        2_186,
        "13 recorded National Guard minefields; a budget announced at launch, not an outturn",
        "weak",
        (CNA_CYP_2004, CNA_CYP_2005),
        "default",
        32 * 0.76,  # the fit's unit: four teams of eight deminers (supervisors, medics and drivers apart)
        "budget",
    ),
    CostOutturn(
        "falklands-2009-2017",
        "Falkland Islands, 2009 to July 2017 (UK Foreign Office)",
        16_604_385,
        "GBP",
        "2013-09-30",
        "pounds spent December 2009 to July 2017, priced at the middle of the period",
        None,
        None,
        "clearance contracts to July 2017; area and mines cleared by that date not found",
        "medium",
        (MERCOPRESS_FLK_2017, TAIPEI_FLK_2020),
        "not used: no area or mine count for the same date (about 100 deminers: a cost per deminer-year only)",
        100 * 7.6,
    ),
    CostOutturn(
        "kuwait-1991-1993",
        "Kuwait's integrated mine action programme, 24 months after 1991",
        128e6,
        "USD",
        "1992-06-30",
        "dollars of the 24-month programme, priced at its middle",
        728e6,
        1_650_000,
        "scope unclear: 728 km\u00b2 is the 1993 estimate of land 'seeded', 1.65 M the mines removed in the years after",
        "weak",
        (JMU_KWT_2001, LM_KWT_1999, AJ_KWT_2023),
        "not used: the programme's scope and the area and mines it paid for do not match (cost far below what contractors were reported to bid)",
    ),
    CostOutturn(
        "croatia-2023",
        "Croatia's national mine action programme, 2023",
        55.5e6,
        "EUR",
        "2023-12-31",
        "euros of 2023",
        58e6,
        None,
        "all mine-suspected area demined in 2023, sparse legacy contamination (46-65 AP mines per km\u00b2 in 2017-2019)",
        "high",
        (HINA_2024,),
        "not used: sparse suspected land, not a laid belt (about a hundredth of a belt's density)",
    ),
)

COST_PER_M2_OUTTURNS = MoneyDefault(
    name="cost_per_m2",
    unit="per m\u00b2 cleared",
    figures=tuple(
        MoneyFigure(o.programme, o.per_m2, o.currency, o.price_date, o.citations[0], o.price_note, o.kind)  # type: ignore[arg-type]
        for o in OUTTURNS
        if o.use == "default"
    ),
    reading="uniform",
    description=(
        f"clearance per m\u00b2 cleared, from two programmes that cleared dense laid minefields (Nicaragua 1990-2010, an outturn, "
        f"15,000 mines per km\u00b2; the Cyprus buffer zone 2004-2005, the budget announced at launch, 3,800 per km\u00b2), at {PRICE_YEAR} "
        f"prices, read as uniform between them"
    ),
    extra_citations=tuple(c for o in OUTTURNS if o.use == "default" for c in o.citations[1:]),
    to_price_year=PRICE_YEAR,
)
