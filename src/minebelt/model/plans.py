"""Stated national plans: announced budgets and barrier lines, each a dated, sourced fact.

Layer: pure (sourced constants).

A plan, a target, a budget or a stock is a fact about an intention: minebelt's model cannot
refute it. The fact-checker gives a claim of this kind the verdict ``stated`` and shows what it
implies; the cost block sets each announced budget of a defending country beside the costed
parts of the scenario's belt (:mod:`minebelt.pipeline.blocks.budgets`). Every budget keeps its
currency and the date it was announced: it is converted at the ECB reference rate of that date
and never adjusted for inflation. Stated mine needs and stock targets are in
:mod:`.production_sources` (:data:`~.production_sources.STATED_NEEDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..i18n import N_
from .cost_sources import FENCE_FI
from .sourcing import Certainty, Citation, Sourced

#: The costed parts of a belt (``cost`` block) a budget can be set beside.
Part = Literal["mines_cost", "laying_cost", "fence_cost"]

EAST_SHIELD_GOV = Citation(
    key="east-shield-2024",
    title="National Deterrence and Defence Programme \u2013 East Shield (Prime Minister D. Tusk, Krak\u00f3w, 18 May 2024)",
    publisher="Chancellery of the Prime Minister of Poland (gov.pl); details: PAP, 2024-05-27 (https://pap.pl/en/news/polish-defence-minister-presents-shield-east-fortification-programme)",
    date="2024-05-18",
    url="https://gov.pl/web/primeminister/East-Shield",
    quote="For this purpose alone, the government will allocate an additional sum of PLN 10 billion.",
    locator=(
        "PAP, 2024-05-27: multi-year plan for 2024-2028, about 700 km of border (400 km with Belarus): 'fortifications, various "
        "types of barriers, but also state-of-the-art airspace monitoring systems' (the Barbara aerostats, about USD 1 bn); "
        "mines are not itemised"
    ),
)
LTU_MOD_2025 = Citation(
    key="ltu-mod-2025-05-05",
    title="Lithuania to invest over EUR 1 billion in counter-mobility over ten years (Ministry of National Defence statement of 5 May 2025)",
    publisher="The Geopost (2025-05-07); also babel.ua and news-pravda, relaying the Ministry's statement",
    date="2025-05-05",
    url="https://thegeopost.com/en/news/lithuania-to-lay-antitank-mines-along-its-borders-with-belarus-russia/",
    quote="Over \u20ac800 million of the planned investment will be allocated to purchasing antitank mines and related systems.",
    locator=(
        "about EUR 1.1 bn over the next ten years (babel.ua: 'more than \u20ac1.1 billion ... over \u20ac800 million \u2014 will go to "
        "anti-tank mines and systems for their installation'); the rest: electronic warfare, counter-drone, surveillance, "
        "engineering; the Baltic Defence Line with Latvia and Estonia"
    ),
)
LTU_KAUNAS_2026 = Citation(
    key="ltu-at-mines-2026",
    title="Lithuania plans EUR 812 million for anti-tank mines by 2035 (Defence Minister R. Kaunas to the Seimas TS-LKD group, 9 February 2026)",
    publisher="Caliber.Az via Lithuanian media; also news.by (2026-02-10: 'the majority of the munitions by 2029, amounting to 170,000 mines')",
    date="2026-02-09",
    url="https://caliber.az/en/post/lithuania-plans-major-investment-in-anti-tank-mines",
    quote="Lithuania has announced plans to allocate \u20ac812 million for anti-tank mines and associated defence systems by 2035",
)
LVA_MOD_2024 = Citation(
    key="lva-mod-2024-03-06",
    title="Eastern border counter-mobility plan approved by Latvia, EUR 303 million to be invested in strengthening of border",
    publisher="Ministry of Defence of Latvia (mod.gov.lv)",
    date="2024-03-06",
    url="https://www.mod.gov.lv/en/news/eastern-border-counter-mobility-plan-approved-latvia-eur-303-million-be-invested-strengthening",
    quote=(
        "total investment into strengthening of the defence on eastern border will reach 303 million euro over the next five "
        "years ... anti-tank trenches will be reinforced with concrete blocks and structures, such as the so-called dragon's "
        "teeth and anti-tank mines"
    ),
    locator="Cabinet decision of 5 March 2024; part of the Baltic Defence Line; 'ammunition and mine storages' along the border",
)
EST_ERR_2024 = Citation(
    key="est-bunkers-err",
    title="Testing of Estonia's border bunkers to begin in October (up to 600 bunkers)",
    publisher="ERR News; cost confirmed by ERR, 2026-02-19 (https://news.err.ee/1609946612/estonia-plans-600-eastern-border-bunkers-as-baltic-defense-line-advances)",
    date="2024-09-15",
    url="https://news.err.ee/1609456820/testing-of-estonia-s-border-bunkers-to-begin-in-october",
    quote="the total cost of the project is estimated to be up to \u20ac60 million",
    locator="up to 600 bunkers along the eastern border, part of the Baltic Defence Line; ERR 2026-02-19: 'The total cost is estimated at \u20ac60 million'",
)
BALTIC_LINE_2024 = Citation(
    key="baltic-defence-line",
    title="'We are ready', says Latvian defense minister at eastern border (the Baltic Defence Line agreement of 19 January 2024)",
    publisher="LSM (Latvian Public Broadcasting)",
    date="2024-08-16",
    url="https://eng.lsm.lv/article/society/defense/16.08.2024-we-are-ready-says-latvian-defense-minister-at-eastern-border.a565380/",
    quote=(
        "the Baltic Defense Line, which is being implemented in accordance with the agreement signed by the defense ministers "
        "of Latvia, Lithuania and Estonia on January 19, 2024"
    ),
)
FDF_APL_2026 = Citation(
    key="fdf-apl-2026-01-14",
    title="The Defence Forces starts measures for acquiring anti-personnel landmines and launching training",
    publisher="Finnish Army (maavoimat.fi); also Reuters, 2026-01-14: 'Finland does not plan to lay anti-personnel mines on the ground in peacetime'",
    date="2026-01-14",
    url="https://maavoimat.fi/sv/-/forsvarsmakten-inleder-atgarder-for-att-anskaffa-infanteriminor-och-starta-utbildningen?languageId=en_US",
    quote=(
        "We will use mines only in emergency conditions in accordance with units' plans in combat areas as part of other use "
        "of fire. In peacetime, anti-personnel mine training will be conducted using training equipment."
    ),
    locator="Col. R. Mikkonen (defence-industry.eu, same statement): 'A more accurate estimate of the cost of these acquisitions will be obtained as the planning advances' \u2014 no budget is stated",
)


@dataclass(frozen=True)
class Budget:
    """An announced budget of a defending country, in its own currency, dated, with what it pays for.

    ``parts`` names the costed parts of a belt it can be set beside (``fence_cost`` for barriers,
    ``mines_cost`` for anti-personnel mines, ``laying_cost``); ``mine_scope`` says which mines it
    buys (``anti-personnel``, ``anti-tank``, or ``none itemised``), since the belt's costed mines
    are anti-personnel. ``of_which`` lists earmarked parts, in the same currency.
    """

    key: str
    country: str
    programme: str
    amount: float
    currency: str
    announced: str  #: ISO date: the ECB rate of this date converts it
    period: str
    pays_for: str
    parts: tuple[Part, ...]
    mine_scope: str
    citation: Citation
    certainty: Certainty
    of_which: tuple[tuple[str, float], ...] = ()


BUDGETS: tuple[Budget, ...] = (
    Budget(
        "EAST_SHIELD_PLN",
        "POL",
        N_("East Shield (Tarcza Wsch\u00f3d)"),
        10e9,
        "PLN",
        "2024-05-18",
        "2024-2028",
        N_(
            "fortifications, barriers, anti-tank ditches, bunkers, surveillance (aerostats, satellites) and counter-drone systems "
            "along about 700 km of the borders with Russia and Belarus; mines not itemised"
        ),
        ("fence_cost",),
        "none itemised",
        EAST_SHIELD_GOV,
        "high",
    ),  # fmt: skip
    Budget(
        "LTU_COUNTER_MOBILITY_EUR",
        "LTU",
        N_("counter-mobility and the Baltic Defence Line"),
        1.1e9,
        "EUR",
        "2025-05-05",
        "ten years (to 2035)",
        N_(
            "anti-tank mines and their laying systems (over EUR 800 M), electronic warfare, counter-drone, surveillance and "
            "engineering measures at the borders with Russia and Belarus"
        ),
        (),
        "anti-tank",
        LTU_MOD_2025,
        "medium",
        (("anti-tank mines and laying systems", 800e6),),
    ),  # fmt: skip
    Budget(
        "LVA_EASTERN_BORDER_EUR",
        "LVA",
        N_("eastern border counter-mobility plan (Baltic Defence Line)"),
        303e6,
        "EUR",
        "2024-03-05",
        "five years from March 2024",
        N_(
            "fortified positions, obstacle lines, anti-tank trenches with concrete blocks, dragon's teeth and anti-tank mines, "
            "ammunition and mine storages along the borders with Russia and Belarus"
        ),
        ("fence_cost",),
        "anti-tank",
        LVA_MOD_2024,
        "high",
    ),  # fmt: skip
    Budget(
        "EST_BUNKERS_EUR",
        "EST",
        N_("Baltic Defence Line bunkers"),
        60e6,
        "EUR",
        "2024-09-15",
        "to the end of 2027 (ERR, 2026-02-19)",
        N_("up to 600 concrete bunkers along the eastern border (with anti-tank ditches in the south-east)"),
        (),
        "none itemised",
        EST_ERR_2024,
        "medium",
    ),  # fmt: skip
    Budget(
        "FIN_BORDER_FENCE_EUR",
        "FIN",
        N_("eastern border fence (Border Guard)"),
        380e6,
        "EUR",
        "2022-11-15",
        "to be completed by 2026",
        N_(
            "a border fence of at most 200 km with roads, cameras and lights (an anti-migration barrier); no budget for the new "
            "anti-personnel mines is stated (Finnish Army, 2026-01-14)"
        ),
        ("fence_cost",),
        "none itemised",
        FENCE_FI,
        "high",
    ),  # fmt: skip
)


def _span(*texts: str) -> str:
    """``"FIRST to LAST"``: the span of every ISO date the texts list (a citation's own dates)."""
    days = sorted(set(re.findall(r"\b\d{4}-\d{2}-\d{2}\b", " ".join(texts))))
    return f"{days[0]} to {days[-1]}"


_BARRIER_PUBLISHER = f"{BALTIC_LINE_2024.publisher} ({BALTIC_LINE_2024.date}); {EAST_SHIELD_GOV.publisher.split(';')[0]} ({EAST_SHIELD_GOV.date})"
_BARRIER_LOCATOR = f"East Shield: {EAST_SHIELD_GOV.url}; Finland decided no line (Finnish Army, 2026-01-14: mines 'only in emergency conditions')"
BARRIER_LINES = Citation(
    key="barrier-lines-decided",
    title="Barrier lines decided along the borders with Russia and Belarus: the Baltic Defence Line (Estonia, Latvia, Lithuania) and the East Shield (Poland)",
    publisher=_BARRIER_PUBLISHER,
    date=_span(_BARRIER_PUBLISHER, _BARRIER_LOCATOR),
    url=BALTIC_LINE_2024.url,
    quote=BALTIC_LINE_2024.quote,
    locator=_BARRIER_LOCATOR,
)
_MINE_PUBLISHER = f"{LVA_MOD_2024.publisher} ({LVA_MOD_2024.date}); {LTU_MOD_2025.publisher.split(';')[0]}; European Pravda, citing RMF24 (2025-03-19)"
_MINE_LOCATOR = (
    f"{LTU_MOD_2025.url}; https://www.pravda.com.ua/eng/news/2025/03/19/7503558/; Estonia's stated plan names bunkers and "
    "anti-tank ditches (ERR, 2024-09-15), Finland's no line (Finnish Army, 2026-01-14)"
)
MINE_LINES = Citation(
    key="mine-lines-decided",
    title="Barrier lines whose stated plans include mines: Latvia (anti-tank mines, mine storages), Lithuania (over EUR 800 M of anti-tank mines and laying systems), Poland (anti-personnel mines as an element of the East Shield)",
    publisher=_MINE_PUBLISHER,
    date=_span(_MINE_PUBLISHER, _MINE_LOCATOR),
    url=LVA_MOD_2024.url,
    locator=_MINE_LOCATOR,
)

#: Barrier lines decided along the borders with Russia and Belarus (ISO alpha-3), as memberships
#: for claims files (``{ members = [...], of = "BARRIER_LINE_DECIDED" }``).
PLAN_MEMBERSHIPS: dict[str, tuple[frozenset[str], Citation]] = {
    # the Baltic Defence Line (agreement of 19 January 2024) and Poland's East Shield (May 2024)
    "BARRIER_LINE_DECIDED": (frozenset({"EST", "LVA", "LTU", "POL"}), BARRIER_LINES),
    # those whose stated line includes mines, laid or stored to be laid: Latvia (anti-tank mines,
    # mine storages), Lithuania (over EUR 800 M of anti-tank mines), Poland (anti-personnel mines
    # as an element of the East Shield); Estonia's stated plan names bunkers and ditches only,
    # and Finland decided no line and lays mines 'only in emergency conditions'
    "MINE_LINE_DECIDED": (frozenset({"LVA", "LTU", "POL"}), MINE_LINES),
}

#: The budgets and plan facts as ``const:NAME`` for claims files (merged into ``FACTS``).
PLAN_FACTS: dict[str, Sourced] = {
    **{
        b.key: Sourced(b.amount, b.currency, b.citation, b.certainty, f"{b.programme}, {b.period}: {b.pays_for}")
        for b in BUDGETS
    },
    "EST_BUNKERS_COUNT": Sourced(600, "bunkers", EST_ERR_2024, "medium", "up to 600, along the eastern border"),
    "LTU_AT_MINES_EUR": Sourced(
        800e6,
        "EUR",
        LTU_MOD_2025,
        "medium",
        "of the EUR 1.1 bn: anti-tank mines and their laying systems ('over EUR 800 million')",
    ),
    "LTU_AT_MINES_TO_2035_EUR": Sourced(
        812e6,
        "EUR",
        LTU_KAUNAS_2026,
        "medium",
        "anti-tank mines and associated systems by 2035; about EUR 189 M from the EU's SAFE",
    ),
    "LTU_AT_MINES_BY_2029": Sourced(
        170_000, "mines", LTU_KAUNAS_2026, "medium", "anti-tank mines, most of them delivered by 2029"
    ),
    "FIN_MINES_IN_PEACETIME_PLANNED": Sourced(
        0,
        "1 = yes",
        FDF_APL_2026,
        "high",
        "mines 'only in emergency conditions ... in combat areas'; peacetime training with training equipment",
    ),
}
