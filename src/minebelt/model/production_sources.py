"""Sourced defaults of the production block: producers' capacities with scope and year.

Layer: pure (sourced constants).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..i18n import N_
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
    url="https://www.miragenews.com/urgent-call-strengthen-landmine-ban-1580664",
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
        note=N_(
            "Stated ability for 2026 ('next year' in December 2025), all mine types including anti-personnel; output in 2025 about 100,000 a year."
        ),
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
    PlannedProducer(
        "FIN",
        "first new anti-personnel mines in the course of 2027, developed with the domestic defence industry, with a further goal of manufacturing them in Finland (Finnish Defence Forces, 2026-01-14)",
        FDF_2026,
        "high",
        "first new mines in 2027",
    ),
    PlannedProducer(
        "LTU",
        "tens of thousands of anti-personnel mines to be ordered, production planned from 2026 (Deputy Defence Minister, 2025-07-09)",
        LTU_2025,
        "medium",
        "production planned from 2026",
    ),
    PlannedProducer(
        "LVA",
        "no production plan; 'could quickly start production if needed' (2025-07-09)",
        LTU_2025,
        "medium",
        "no plan",
    ),
    PlannedProducer(
        "EST", "no production plan; a 'possible future option' (2025-07-09)", LTU_2025, "medium", "no plan"
    ),
    PlannedProducer(
        "UKR",
        "reportedly manufacturing mines, including those deployed by drones (Landmine Monitor 2025)",
        LM_2025_UKRAINE,
        "medium",
        "reportedly manufacturing",
    ),
)


# ====================================================================================
# Stated national needs and stock targets (set beside the model's mines)
# ====================================================================================

MIKKONEN_2025 = Citation(
    key="fin-stock-target-2025-08",
    title="Finland will return anti-personnel mines to service from January 2026 (Col. R. Mikkonen, Inspector of Engineers, Finnish Army, at a press conference reported by Yle)",
    publisher="Gazeta.ru, relaying Yle (also Vedomosti, RBC-Ukraine, bin.ua); the Yle original was not retrieved",
    date="2025-08-26",
    url="https://www.gazeta.ru/army/news/2025/08/26/26582900.shtml",
    quote=(
        "\u0414\u043e \u043f\u0440\u0438\u043d\u044f\u0442\u0438\u044f \u0414\u043e\u0433\u043e\u0432\u043e\u0440\u0430 \u043e \u0437\u0430\u043f\u0440\u0435\u0442\u0435 \u043c\u0438\u043d \u0432 \u0440\u0430\u0441\u043f\u043e\u0440\u044f\u0436\u0435\u043d\u0438\u0438 \u0424\u0438\u043d\u043b\u044f\u043d\u0434\u0438\u0438 \u0438\u043c\u0435\u043b\u043e\u0441\u044c \u043e\u043a\u043e\u043b\u043e "
        "\u043c\u0438\u043b\u043b\u0438\u043e\u043d\u0430 \u043f\u0440\u043e\u0442\u0438\u0432\u043e\u043f\u0435\u0445\u043e\u0442\u043d\u044b\u0445 \u043c\u0438\u043d. \u0421\u0442\u0440\u0430\u043d\u0430 \u043d\u0430\u043c\u0435\u0440\u0435\u043d\u0430 \u0432\u0435\u0440\u043d\u0443\u0442\u044c\u0441\u044f \u043a \u044d\u0442\u043e\u043c\u0443 \u0443\u0440\u043e\u0432\u043d\u044e. (Before the "
        "Mine Ban Treaty Finland had about a million anti-personnel mines. The country intends to return to that level.)"
    ),
    locator="the stock before 2012: 1,029,763 anti-personnel mines (ICBL, 2015-08-21, http://www.icbl.org/en-gb/news-and-events/news/2015/finland-finishes-destroying-stockpiled-landmines.aspx)",
)
BEJDA_2025 = Citation(
    key="pol-bejda-2025-03",
    title="Poland plans to plant anti-personnel mines on its borders with Russia and Belarus as part of the East Shield (Deputy Defence Minister P. Bejda on RMF FM, 18 March 2025)",
    publisher="European Pravda, citing RMF24; also Yeni \u015eafak ('Poland aims for up to one million mines') and BelTA",
    date="2025-03-19",
    url="https://www.pravda.com.ua/eng/news/2025/03/19/7503558/",
    quote="We're talking about an order for several hundred thousand, we can talk about a million [units - ed.]",
)


@dataclass(frozen=True)
class StatedNeed:
    """A country's stated need, order or stock target of mines: a fact about a plan, with its scope.

    ``mines`` is the stated figure (the lower end of a stated range, ``mines_high`` its upper
    end); ``reading`` is how it was said (``up to``, ``about``).
    """

    key: str
    country: str
    mines: float
    scope: Scope | Literal["anti-tank"]
    reading: str
    what: str
    role: str  #: who said it, with ``%(person)s`` where the name stands: a message to translate
    person: str  #: the name, as written in every language
    date: str
    citation: Citation
    certainty: Certainty
    mines_high: float | None = None

    @property
    def said_by(self) -> str:
        """Who said it, in English: ``Deputy Defence Minister P. Bejda`` (``role`` with ``person``)."""
        return self.role % {"person": self.person}


STATED_NEEDS: tuple[StatedNeed, ...] = (
    StatedNeed(
        "POL_AP_MINES_STATED_NEED",
        "POL",
        1_000_000,
        "anti-personnel",
        "up to",
        "an order of 'several hundred thousand' to 'a million' anti-personnel mines, made in Poland, as an element of the East Shield",
        N_("Deputy Defence Minister %(person)s"),
        "P. Bejda",
        "2025-03-18",
        BEJDA_2025,
        "medium",
    ),  # fmt: skip
    StatedNeed(
        "FIN_AP_MINES_STOCK_TARGET",
        "FIN",
        1_000_000,
        "anti-personnel",
        "about",
        "a stock back at the level held before 2012, about one million anti-personnel mines (1,029,763 in 2012)",
        N_("Col. %(person)s, Inspector of Engineers, Finnish Army"),
        "R. Mikkonen",
        "2025-08-26",
        MIKKONEN_2025,
        "medium",
    ),  # fmt: skip
    StatedNeed(
        "POL_ALL_TYPES_STATED_DEMAND",
        "POL",
        5_000_000,
        "all-types",
        "5 to 6 million",
        "Poland's demand 'could reach 5 to 6 million mines of various types'",
        N_("Belma's CEO %(person)s"),
        "J. Zakrzewski",
        "2025-12-17",
        BELMA_REUTERS,
        "medium",
        6_000_000,
    ),  # fmt: skip
)
