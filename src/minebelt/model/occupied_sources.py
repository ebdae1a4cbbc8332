"""Ukraine's regions with territory occupied in whole or in large part, with their sources.

Layer: pure (sourced constants).

The flag is a region (GeoNames ``admin1code``, the oblast), not a front line: a place in a
flagged region may be under Ukraine's control, and Ukraine's list also names communities of
other regions (areas of combat, or small occupied parts), which are not flagged. No bundled,
dated layer of the occupied area exists offline; the extent inside each region is not measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .sourcing import Citation

UNGA_68_262 = Citation(
    key="unga-68-262",
    title="Territorial integrity of Ukraine (resolution A/RES/68/262)",
    publisher="United Nations General Assembly, 80th plenary meeting; summary read on the Crimea Platform site",
    date="2014-03-27",
    url="https://crimea-platform.org/en/materials/resolution-a-res-68-262-territorial-integrity-of-ukraine/",
    locator="operative part: calls on all States not to recognise any alteration of the status of the Autonomous Republic of Crimea and the city of Sevastopol",
    quote=(
        "All states, international organizations and specialized agencies are called upon not to recognize any "
        "alteration of the status of the Autonomous Republic of Crimea and the city of Sevastopol"
    ),
)
DECREE_32_2019 = Citation(
    key="ua-decree-32-2019",
    title=(
        "Про межі та перелік районів, міст, селищ і сіл, частин їх територій, тимчасово окупованих у Донецькій та "
        "Луганській областях (Decree of the President of Ukraine No. 32/2019)"
    ),
    publisher="President of Ukraine; text read on zakononline.com.ua",
    date="2019-02-07",
    url="https://zakononline.com.ua/documents/show/383014___383079",
    locator="the boundaries and list of districts, cities, towns and villages temporarily occupied in Donetsk and Luhansk regions (since 2014)",
    quote="Затвердити межі та перелік районів, міст, селищ і сіл, частин їх територій, тимчасово окупованих у Донецькій та Луганській областях",
)
MINREINTEGRATION_309 = Citation(
    key="ua-minre-309-2022",
    title=(
        "Перелік територій, на яких ведуться (велися) бойові дії або тимчасово окупованих російською федерацією "
        "(Ministry for Reintegration of the Temporarily Occupied Territories, order No. 309 of 22 December 2022)"
    ),
    publisher="Decentralization.ua (Ministry of Communities and Territories Development's portal), news 15951",
    date="2022-12-22",
    url="https://decentralization.ua/news/15951",
    locator=(
        "the single official list, updated by later orders (No. 254 of 22 Sep 2023, No. 363 of 20 Dec 2023, No. 221 "
        "of 2 Aug 2024; Ministry of Development order No. 26 of 8 Jan 2026 on Sumy and Zaporizhzhia communities, "
        "novosti.dn.ua 2026-02-05); the list itself was not read offline: regions as named in these reports"
    ),
    quote="Наказом Мінреінтеграції від 22 грудня 2022 року №309 затверджено перелік",
)
Extent = Literal["whole", "part"]


@dataclass(frozen=True)
class OccupiedRegion:
    """A region of Ukraine with occupied territory: GeoNames ``admin1`` code, English name,
    since when, ``extent`` ("whole": the whole region; "part": a part, large or small, by the
    lists cited) and sources."""

    admin1: str
    name: str
    since: str
    extent: Extent
    citations: tuple[Citation, ...]


#: By GeoNames admin1 code of Ukraine (GeoNames admin1CodesASCII: UA.05 Donetsk, UA.08 Kherson,
#: UA.11 Crimea, UA.14 Luhansk, UA.20 Sevastopol, UA.26 Zaporizhzhia; checked in the bundle on
#: each region's largest city).
OCCUPIED_REGIONS: dict[str, OccupiedRegion] = {
    r.admin1: r
    for r in (
        OccupiedRegion("11", "Crimea", "2014", "whole", (UNGA_68_262,)),
        OccupiedRegion("20", "Sevastopol", "2014", "whole", (UNGA_68_262,)),
        OccupiedRegion("14", "Luhansk region", "2014 and 2022", "part", (DECREE_32_2019, MINREINTEGRATION_309)),
        OccupiedRegion("05", "Donetsk region", "2014 and 2022", "part", (DECREE_32_2019, MINREINTEGRATION_309)),
        OccupiedRegion("26", "Zaporizhzhia region", "2022", "part", (MINREINTEGRATION_309,)),
        OccupiedRegion("08", "Kherson region", "2022", "part", (MINREINTEGRATION_309,)),
    )
}
#: As of: the latest source read (the list is updated every few weeks).
OCCUPIED_AS_OF = "2026-02-05"
#: What the flag is, in words (``exposure.*.occupied.region_rule``).
REGION_RULE = (
    "places in Ukraine's regions with territory occupied in whole or in large part (Crimea and Sevastopol since "
    "2014; Luhansk and Donetsk regions in part since 2014 and 2022; Zaporizhzhia and Kherson regions in part since "
    "2022), by GeoNames' region code: the flag is the region, not a front line, so a flagged place may be under "
    "Ukraine's control; sources: UN General Assembly resolution 68/262 (2014), Decree of the President of Ukraine "
    "No. 32/2019, Ministry for Reintegration order No. 309 of 22 Dec 2022 and its updates (as of "
    f"{OCCUPIED_AS_OF})"
)
SOURCES = (UNGA_68_262, DECREE_32_2019, MINREINTEGRATION_309)
#: Areas of active hostilities (``exposure.*.active_hostilities``): the list's other part, not
#: flagged (the list names communities, which the bundled places do not carry).
HOSTILITIES_AREAS = "border communities of Sumy, Kharkiv and Chernihiv regions"
HOSTILITIES_RULE = (
    "areas of active hostilities (the Ministry for Reintegration's list, order No. 309 of 22 Dec 2022 and its "
    f"updates: {HOSTILITIES_AREAS}) are not estimated: the list names communities, which the bundled places do "
    "not carry, so no place is flagged for them; places there are counted as any other"
)
#: What ``exposure.*.occupied_belt`` measures, in words.
BELT_RULE = (
    "km² of the belt of a section on Ukraine's whole land border with Russia that lie along Ukraine's regions with "
    "occupied territory (each piece of the belt in the region of the nearest place of Ukraine, GeoNames' region "
    "code; bundled at the node depths, scripts/build_occupied_belt.py, linear between them, at the section's point "
    "depth; km2 = share × the section's belt area): where the belt would lie, by region, not who controls the "
    "ground; the clearance and cost figures count these km² like the rest of Ukraine's belt, at Ukraine's rates "
    "and with Ukraine's deminers (not adjusted); other sections, other borders and partial sections: not estimated (the "
    "bundled table gives each region's km² of the whole border's belt, not where along the border it lies)"
)
