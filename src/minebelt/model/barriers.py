"""Mine barriers that were actually built, for calibration (``minebelt calibrate``).

Layer: pure (sourced constants).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import N_
from .clearance_history_sources import AJ_KWT_2023, LM_KWT_1999
from .facts import FACTS
from .sourcing import Citation, Sourced

# --------------------------------------------------------------------------------------
# Historical barriers (calibration)
# --------------------------------------------------------------------------------------

INNER_GERMAN = Citation(
    key="inner-german-border",
    title="DDR-Erbe Landminen kann noch Millionen kosten",
    publisher="Die Welt (history desk); consistent with the Bundeswehr's ZMSBw history centre",
    date="2014",
    url="https://www.welt.de/kultur/history/article125707234/DDR-Erbe-Landminen-kann-noch-Millionen-kosten.html",
    quote="Mindestens 1.322.700 St\u00fcck davon wurden ab 1961 an der innerdeutschen Grenze verlegt.",
    locator="laid cumulatively from 1961 along about 800 km of a 1,393 km border; cleared mid-1980s and again 1991-1996",
)
WIKI_BERM = Citation(
    key="berm-length",
    title="Moroccan Western Sahara Wall",
    publisher="Wikipedia; The Guardian (2018)",
    date="2018",
    url="https://en.wikipedia.org/wiki/Moroccan_Western_Sahara_Wall",
    quote="an approximately 2,700 km berm",
)
SPS_BERM = Citation(
    key="berm-mines-sps",
    title="Mines in Western Sahara (Polisario news agency)",
    publisher="Sahara Press Service (partisan source)",
    date="2016-04-04",
    url="https://archive.spsrasd.info/en/articles/2016/04/04/696.html",
    quote="about 7.5 to 9 million are implemented in Western Sahara particularly along the \u201cwall of shame\u201d",
)
LANDMINE_MONITOR_ESH = Citation(
    key="lm-western-sahara",
    title="Western Sahara: Mine Action",
    publisher="Landmine and Cluster Munition Monitor (ICBL-CMC)",
    date="2014",
    url="http://archives.the-monitor.org/custom/index.php/region_profiles/print_theme/3998",
    locator="total mine contamination estimated at 292 km\u00b2 (March 2014); the 5 km buffer strip east of the Berm never surveyed",
)
HALO_ZW_WHERE = Citation(
    key="halo-zimbabwe-where",
    title="Zimbabwe (where we work)",
    publisher="The HALO Trust (halousa.org; the same text on halotrust.org and in Landmine Monitor 2015)",
    date="undated (about 2013-2014)",
    url="http://www.halousa.org/where-we-work/zimbabwe",
    quote=(
        "Initially anti-personnel mines were laid in very dense belts (reportedly 5,500 mines per kilometre of frontage) to form "
        "a \u201ccordon sanitaire\u201d ... This includes 381km of cordon sanitaire frontage and 538km of mixed directional "
        "fragmentation mine/ AP mine frontage."
    ),
)


@dataclass(frozen=True)
class HistoricalBarrier:
    """A mine barrier that was actually built, for calibration.

    ``mines`` and ``front_km`` define the linear density (mines per km of front; ``front_km``
    None: not found, so not estimated); ``mined_area_km2`` (when known) the areal density and
    the implied belt depth.
    """

    name: str
    years: str
    mines: Sourced
    front_km: Sourced | None
    mined_area_km2: Sourced | None
    note: str = ""
    mine_types: str = ""  #: what the mine count covers (all types, anti-personnel only, not broken down)


HISTORICAL_BARRIERS: tuple[HistoricalBarrier, ...] = (
    HistoricalBarrier(
        name="Korean DMZ (South)",
        years="1953-today",
        mines=FACTS["DMZ_MINES_SOUTH"],
        front_km=FACTS["DMZ_LENGTH_KM"],
        mined_area_km2=FACTS[
            "DMZ_ARMY_MINED_AREA_KM2"
        ],  # derived by the Army from "about 40 times Yeouido"; not the article under check
        note="South side of the DMZ and the Civilian Control Zone; mined area includes unmapped Korean War fields.",
        mine_types=N_("all mine types, mostly anti-personnel"),
    ),
    HistoricalBarrier(
        name="Inner-German border",
        years="1961-1985",
        mines=Sourced(
            1_322_700,
            "mines",
            INNER_GERMAN,
            "medium",
            "laid cumulatively over 1961-1985 (rotting mines were replaced), not all in the ground at once",
        ),
        front_km=Sourced(
            800, "km (mined stretches)", INNER_GERMAN, "medium", "mined along about 800 km of the 1,393 km border"
        ),
        mined_area_km2=None,
        note="Cumulative count over the mined ~800 km; the mined area is not published.",
        mine_types=N_("mine types not broken down"),
    ),
    HistoricalBarrier(
        name="Moroccan Berm (Western Sahara)",
        years="1980s-today",
        mines=Sourced(
            7_500_000, "mines", SPS_BERM, "weak", "low end of a partisan 7.5-9 M estimate; no neutral count exists"
        ),
        front_km=Sourced(2_700, "km", WIKI_BERM, "medium"),
        mined_area_km2=None,
        note="Partisan mine count; Landmine Monitor gives only contaminated areas (292 km\u00b2 in 2014), not a count or belt width.",
        mine_types=N_("mine types not broken down"),
    ),
    HistoricalBarrier(
        name="Rhodesian cordon sanitaire (Zimbabwe)",
        years="1976-1980",
        mines=Sourced(
            5_500 * 381,
            "mines",
            HALO_ZW_WHERE,
            "weak",
            "derived: the reported 5,500 AP mines per km of frontage x 381 km of cordon sanitaire; as laid, before decades of detonations, erosion and clearance",
        ),
        front_km=Sourced(
            381,
            "km (cordon sanitaire frontage)",
            HALO_ZW_WHERE,
            "medium",
            "plus 538 km of mixed directional-fragmentation and AP frontage laid inland later (not counted here)",
        ),
        mined_area_km2=None,
        note=(
            "Density as laid, 'reportedly' (HALO); the belt's area as laid is not published (HALO's 2013-14 survey of the north-east "
            "found 28 km\u00b2 along 425 km of frontage, what was left of the cordon and the inland belts)."
        ),
        mine_types="anti-personnel mines",
    ),
    HistoricalBarrier(
        name="Iraqi barrier in Kuwait",
        years="1990-1991",
        mines=Sourced(
            1_650_000,
            "mines",
            AJ_KWT_2023,
            "weak",
            "removed in the years after the war (UNMAS, relayed); about 2 million recovered by April 1999 (Landmine Monitor)",
        ),
        front_km=None,
        mined_area_km2=Sourced(
            728,
            "km\u00b2",
            LM_KWT_1999,
            "weak",
            "land 'seeded' with mines (US State Department, 1993), along the Saudi border, the coast, power lines and highways",
        ),
        note="Length of the mined front not found (border with Saudi Arabia, coastline and inland lines): mines per km of front not estimated.",
        mine_types="anti-personnel and anti-tank mines, not broken down",
    ),
)
