"""Sourced defaults of the production block: producers' capacities with scope and year.

Layer: pure (sourced constants).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .sourcing import Certainty, Citation

Scope = Literal["anti-personnel", "all-types"]


# ====================================================================================
# Production capacity and stocks
# ====================================================================================

BELMA_REUTERS = Citation(
    key="belma-reuters-2025",
    title="Poland to resume production of anti-personnel mines (Reuters exclusive: deputy minister P. Zalewski; Belma CEO J. Zakrzewski)",
    publisher="Reuters, relayed by The Independent (2025-12-17; also devdiscourse and rbc.ua); the Reuters page itself was not retrieved",
    date="2025-12-17",
    url="https://www.the-independent.com/bulletin/news/poland-russia-ukraine-border-defence-b2886478.html",
    quote=(
        "The company currently produces around 100,000 mines annually but could ramp up output to 1.2 million next year, "
        "including anti-personnel mines"
    ),
    locator="all mine types; the CEO also: 'We are preparing for Poland's demand, which could reach 5 to 6 million mines of various types'",
)
FDF_2026 = Citation(
    key="fdf-2026-01-14",
    title="Finland to acquire anti-personnel landmines and start training staff (Finnish Defence Forces statement)",
    publisher="Reuters, mirrored by internazionale.it",
    date="2026-01-14",
    url="https://www.internazionale.it/ultime-notizie-reuters/2026/01/14/finland-to-acquire-anti-personnel-landmines-and-start-training-staff",
    quote=(
        "The goal is to have the first new mines and their exercise equipment available in the course of 2027 ... New "
        "anti-personnel mines are intended to be developed in cooperation with the domestic defence industry with a "
        "further goal of manufacturing them in Finland."
    ),
)
LTU_2025 = Citation(
    key="ltu-mines-2025",
    title="Lithuania to buy anti-personnel mines (Deputy Defence Minister K. Aleksa, Reuters, 2025-07-09)",
    publisher="Reuters, relayed (the Reuters page itself was not retrieved; relays seen: finland.news-pravda.com, news.by, eunews.it, united24media)",
    date="2025-07-09",
    url="https://finland.news-pravda.com/en/world/2025/07/09/7379.html",
    quote="Vilnius intends to purchase 'tens of thousands of anti-personnel mines' and invest hundreds of millions of euros in their production, as well as in the production of anti-tank mines",
    locator="plans to order tens of thousands of anti-personnel mines; production planned from 2026; Latvia 'could quickly start production if needed', Estonia a 'possible future option'",
)
LM_2025_UKRAINE = Citation(
    key="lm-2025-hrw",
    title="Landmine Monitor 2025 launch (Human Rights Watch release)",
    publisher="ICBL-CMC Landmine Monitor / Human Rights Watch, relayed by world-today-news and miragenews",
    date="2025-12-01",
    url="https://www.hrw.org/",
    quote="is also reportedly manufacturing mines, including those deployed by drones",
)
BELMA_FUNDING = Citation(
    key="belma-rz-2026",
    title="Miny produkuje tylko jedna firma w Polsce (Rzeczpospolita, relayed)",
    publisher="Do Rzeczy, citing Rzeczpospolita",
    date="2026-03-04",
    url="https://dorzeczy.pl/kraj/854636/miny-produkuje-tylko-jedna-firma-w-polsce-jak-obronimy-granice.html",
    quote="dosta\u0142y ponad 311 mln z\u0142 na zwi\u0119kszenie zdolno\u015bci produkcyjnych min do 1,2 mln rocznie",
)


@dataclass(frozen=True)
class CapacityRecord:
    """A producer's annual output with its scope (anti-personnel only, or all mine types)."""

    producer: str
    country: str
    mines_per_year: float
    scope: Scope
    year: int
    citation: Citation
    certainty: Certainty
    note: str = ""


PRODUCTION_CAPACITY_DEFAULTS: tuple[CapacityRecord, ...] = (
    CapacityRecord(
        producer="Belma (Bydgoskie Zak\u0142ady Elektromechaniczne)",
        country="POL",
        mines_per_year=1_200_000,
        scope="all-types",
        year=2026,
        citation=BELMA_REUTERS,
        certainty="medium",
        note="Stated ability for 2026 ('next year' in December 2025), all mine types including anti-personnel; output in 2025 about 100,000 a year.",
    ),
)


@dataclass(frozen=True)
class PlannedProducer:
    """Production announced or reported without a capacity figure: listed, not counted."""

    country: str
    what: str
    citation: Citation
    certainty: Certainty
    short: str = ""  #: a few words for a summary: "first new mines in 2027"


#: Production on record without a capacity figure: the outputs list them, so a reader sees that
#: a time at Belma's capacity is not a bound on what all producers together could make.
OTHER_PRODUCERS: tuple[PlannedProducer, ...] = (
    PlannedProducer("FIN", "first new anti-personnel mines in the course of 2027, developed with the domestic defence industry, with a further goal of manufacturing them in Finland (Finnish Defence Forces, 2026-01-14)", FDF_2026, "high", "first new mines in 2027"),
    PlannedProducer("LTU", "tens of thousands of anti-personnel mines to be ordered, production planned from 2026 (Deputy Defence Minister, 2025-07-09)", LTU_2025, "medium", "production planned from 2026"),
    PlannedProducer("LVA", "no production plan; 'could quickly start production if needed' (2025-07-09)", LTU_2025, "medium", "no plan"),
    PlannedProducer("EST", "no production plan; a 'possible future option' (2025-07-09)", LTU_2025, "medium", "no plan"),
    PlannedProducer("UKR", "reportedly manufacturing mines, including those deployed by drones (Landmine Monitor 2025)", LM_2025_UKRAINE, "medium", "reportedly manufacturing"),
)
