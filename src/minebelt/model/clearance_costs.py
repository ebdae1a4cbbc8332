"""Sourced cost of clearance per m² cleared (the cross-check beside the effort's cost): the
default and the programmes' own figures.

Layer: pure (sourced constants).

The default is the outturns of programmes that cleared dense, laid minefields, at one price year
(:mod:`.clearance_outturns`). The widest multi-programme span found, USD 2-39 per m² (B. French,
EPS Journal, 2006: a minimum and a maximum across programmes, 2006 prices, deflated to the
headline's price year with the US CPI-U), stays as a labelled alternative (:data:`COST_PER_M2_EPS_2006`, shown in every estimate; state it as
``cost_per_m2 = { uniform = [2, 39] }`` to use it). National programmes on sparse land lie far
below both (Croatia about EUR 0.96 per m² in 2023).
"""

from __future__ import annotations

from dataclasses import dataclass

from .clearance_outturns import COST_PER_M2_OUTTURNS, PRICE_YEAR
from .clearance_programmes import HINA_2024
from .currency import MoneyDefault, MoneyFigure
from .sourcing import Citation

EPS_COST = Citation(
    key="eps-cost",
    title="The business of landmine clearing (B. French)",
    publisher="The Economics of Peace and Security Journal 1(2)",
    date="2006-06-18",
    url="https://doi.org/10.15355/epsj.1.2.54",
    locator="abstract",
    quote=(
        "Depending on the country, terrain, climate, commercial clearance, and NGO involved, costs to clear mines can "
        "vary from $2 to $39 per square meter."
    ),
)
AGECON_COST = Citation(
    key="agecon-98503",
    title="AgEcon Search record 98503 (abstract)",
    publisher="AgEcon Search, University of Minnesota",
    date="undated (accessed 2026-11)",
    url="https://ageconsearch.umn.edu/record/98503",
    quote="Clearing landmines is very expensive with costs often reaching US$10 per square metre",
)
SIMAA_2001 = Citation(
    key="simaa-2001",
    title="Afghanistan: Mine action pays (World Bank / UNDP Socio-economic Impact of Mine Action in Afghanistan)",
    publisher="UN Office of the Co-ordinator for Afghanistan, via UN OCHA",
    date="2001-06-28",
    url="https://unocha.org/publications/report/afghanistan/afghanistan-mine-action-pays",
    quote="In 1999, the cost of clearing mined areas was only 77 US cents per square metre",
)
HINA_2006 = Citation(
    key="hina-2006",
    title="Croatia: de-mining of 300 square kilometres will cost some 450 million euros (O. Jungwirth, CROMAC)",
    publisher="HINA (Croatian news agency)",
    date="2006",
    url="https://hina.hr/OTS/4125096",
    quote="The de-mining of 300 square kilometres will cost some 450 million euros",
)
CMAA_2022 = Citation(
    key="cmaa-2022",
    title="Cambodia needs $136m more to be mine-free by 2025 (Ly Thuch, CMAA)",
    publisher="Khmer Times, relayed by ASEAN NOW",
    date="2022",
    url="https://aseannow.com/topic/1266668-cambodia-needs-136m-more-to-be-mine-free-by-2025",
    quote="To release this 716sqm, we need $136 million with an estimated average cost of 19 cents per square metre",
)
UN_ASKDAG = Citation(
    key="un-askdag",
    title="How much money is needed to remove all of the world's landmines? (Ask DAG FAQ 14499)",
    publisher="UN Dag Hammarskj\u00f6ld Library",
    date="2022-07-20",
    url="https://ask.un.org/faq/14499",
    quote=(
        "Statements indicating the cost of producing and laying a landmine in relation to the cost of removing that "
        "same landmine are therefore misleading."
    ),
)

#: The 2006 span across programmes: USD 2 to 39, a min-max read as uniform (the alternative),
#: deflated to the headline's price year so that the two sit side by side in one money.
COST_PER_M2_EPS_2006 = MoneyDefault(
    name="cost_per_m2",
    unit="per m\u00b2 cleared",
    figures=(
        MoneyFigure("lowest across programmes", 2, "USD", "2006-06-18", EPS_COST),
        MoneyFigure("highest across programmes", 39, "USD", "2006-06-18", EPS_COST),
    ),
    reading="uniform",
    to_price_year=PRICE_YEAR,
    description="clearance per m\u00b2 cleared, the span across programmes (B. French, 2006), read as uniform between its ends",
)
#: Default cost of clearance per m² cleared: the dense-belt outturns at one price year.
COST_PER_M2_DEFAULT = COST_PER_M2_OUTTURNS


@dataclass(frozen=True)
class CostBenchmark:
    programme: str
    value: str
    currency: str
    year: str
    scope: str
    citation: Citation


COST_PER_M2_BENCHMARKS: tuple[CostBenchmark, ...] = (
    CostBenchmark(
        "many programmes (survey of operators)", "2 to 39", "USD", "2006", "clearance, per m\u00b2 cleared", EPS_COST
    ),
    CostBenchmark(
        "mine clearance generally", "often reaching 10", "USD", "undated", "clearance, per m\u00b2 cleared", AGECON_COST
    ),
    CostBenchmark(
        "Croatia (CROMAC plan)",
        "1.5 (EUR 450 M / 300 km\u00b2)",
        "EUR",
        "2006",
        "demining, per m\u00b2 (a plan)",
        HINA_2006,
    ),
    CostBenchmark(
        "Croatia (national programme, outturn)",
        "0.96 (EUR 55.5 M / 58 km\u00b2)",
        "EUR",
        "2023",
        "all mine-suspected area demined, per m\u00b2 (derived; may include survey)",
        HINA_2024,
    ),
    CostBenchmark("Afghanistan (MAPA)", "0.77", "USD", "1999", "clearing mined areas, per m\u00b2", SIMAA_2001),
    CostBenchmark(
        "Cambodia (CMAA plan)", "0.19", "USD", "2022", "land release incl. survey, per m\u00b2 released", CMAA_2022
    ),
)
