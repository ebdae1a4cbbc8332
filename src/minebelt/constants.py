"""Every sourced figure minebelt uses, each with its citation.

Nothing in the model code carries a bare number: densities, historical barriers, costs and
clearance rates are defined here as :class:`Sourced` values (value, unit, citation, note on
certainty), and the outputs list the citations of every figure a run used.

Dates are publication dates (ISO 8601); ``accessed`` is when the figure was checked for
minebelt. "Seed 001" is the article "Deterring Russia: how many anti-personnel mines
needed, what Korea's experience teaches" (global.espreso.tv, 2025-07-07), kept in
``shared/seeds/001_ad7c79f027faf34c.txt``; "seed 000" is the toutiao.com report of
2025-10-07 ("Russian forces are coming? Five NATO countries urgently withdraw…").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Certainty = Literal["high", "medium", "weak", "unconfirmed"]


@dataclass(frozen=True)
class Citation:
    """Where a figure comes from.

    Attributes
    ----------
    key: short identifier used in outputs (``"seed-001"``).
    title: document title.
    publisher: publisher or author.
    date: publication date, ISO 8601 (``"2025-07-07"``) or year.
    url: address of the document, when it has one.
    locator: section, table, page or paragraph within the document.
    quote: the sentence the figure is taken from, verbatim where possible.
    """

    key: str
    title: str
    publisher: str
    date: str
    url: str = ""
    locator: str = ""
    quote: str = ""

    def __str__(self) -> str:
        parts = [f"{self.publisher}, \u201c{self.title}\u201d ({self.date})"]
        if self.locator:
            parts.append(self.locator)
        if self.url:
            parts.append(self.url)
        return ", ".join(parts)


@dataclass(frozen=True)
class Sourced:
    """A number with its unit, citation and how sure it is."""

    value: float
    unit: str
    citation: Citation
    certainty: Certainty = "medium"
    note: str = ""


# --------------------------------------------------------------------------------------
# The seed articles
# --------------------------------------------------------------------------------------

SEED_001 = Citation(
    key="seed-001",
    title="Deterring Russia: how many anti-personnel mines needed, what Korea\u2019s experience teaches",
    publisher="global.espreso.tv",
    date="2025-07-07",
    url="https://global.espreso.tv/",
    locator="section \u201cSecurity belt: mines in Korea\u2019s Demilitarized Zone and on NATO\u2019s eastern flank\u201d",
)

SEED_000 = Citation(
    key="seed-000",
    title="Russian forces are coming? Five NATO countries urgently withdraw, building the first line of defense",
    publisher="toutiao.com",
    date="2025-10-07",
    url="https://www.toutiao.com/article/1845315676788736/",
)


def _seed(quote: str, locator: str = "") -> Citation:
    """Seed 001 narrowed to one sentence."""
    return Citation(
        key=SEED_001.key,
        title=SEED_001.title,
        publisher=SEED_001.publisher,
        date=SEED_001.date,
        url=SEED_001.url,
        locator=locator or SEED_001.locator,
        quote=quote,
    )


# --------------------------------------------------------------------------------------
# Density models
# --------------------------------------------------------------------------------------

DensityKind = Literal["areal", "linear"]


@dataclass(frozen=True)
class DensityModel:
    """A named density assumption.

    ``kind="areal"``: ``value`` is mines per km² of belt; mines = length x depth x value.
    ``kind="linear"``: ``value`` is mines per km of front; mines = length x value, whatever
    the depth (the implied areal density is value / depth).
    """

    name: str
    kind: DensityKind
    value: float
    citation: Citation
    description: str
    certainty: Certainty = "medium"
    note: str = ""
    extra_citations: tuple[Citation, ...] = field(default_factory=tuple)

    @property
    def unit(self) -> str:
        return "mines/km\u00b2" if self.kind == "areal" else "mines/km of front"


KOREA_PEAK = DensityModel(
    name="korea-peak",
    kind="areal",
    value=12_000.0,
    description="Korean DMZ model: the density of the most fortified DMZ minefields, applied to the whole belt (seed 001).",
    citation=_seed(
        "They are laid in more than 500 confirmed minefields, with densities exceeding 12,000 "
        "mines per square kilometer in the most fortified areas."
    ),
    certainty="weak",
    note=(
        "A peak density, not an average: seed 001 applies it uniformly. The DMZ's own average is "
        "about 1.27 M mines over about 114 km\u00b2, i.e. about 11,100/km\u00b2 of mined area but only "
        "about 5,100 mines per km of its 250 km front (see 'dmz-average-linear')."
    ),
)

REDUCED = DensityModel(
    name="reduced",
    kind="areal",
    value=6_000.0,
    description="Reduced model of seed 001: half the Korean peak density, supplemented by surveillance and fire control.",
    citation=_seed(
        "If density is reduced to 6,000 mines per square kilometer, the length of mine lines is "
        "shortened, and the system is supplemented with modern remote surveillance, fire control, "
        "and rapid mining systems, countries can create an effective deterrent barrier at acceptable costs."
    ),
    certainty="weak",
    note="A planning assumption of the article, not an observed density.",
)

#: Named density models, by name. Extended with historically calibrated models below.
DENSITY_MODELS: dict[str, DensityModel] = {m.name: m for m in (KOREA_PEAK, REDUCED)}


def density_model(name: str) -> DensityModel:
    """The density model called ``name`` (raises ``KeyError`` when unknown)."""
    return DENSITY_MODELS[name]


# --------------------------------------------------------------------------------------
# Korean DMZ: the historical benchmark of seed 001
# --------------------------------------------------------------------------------------

ASIAE_2018 = Citation(
    key="asiae-2018",
    title="Report on landmines in the DMZ (Joint Chiefs of Staff data, 2016)",
    publisher="Asia Economy (view.asiae.co.kr)",
    date="2018-10-01",
    url="https://view.asiae.co.kr/",
    locator="JCS 2016 breakdown: 520,000 in the DMZ, 740,000 north of the Civilian Control Line, 10,000 south of it",
)
KMHPF = Citation(
    key="kmhpf",
    title="Korea Mine Clearance Research Institute figures on mined area",
    publisher="Korea Mine Clearance Research Institute, via kmhpf.org",
    date="2018",
    url="https://kmhpf.org/",
    locator="mined area about 112.5 km\u00b2, of which about 90.8 km\u00b2 unidentified",
)
LANDMINE_MONITOR_KOR = Citation(
    key="lm-kor",
    title="Republic of Korea: Mine Action / Mine Ban Policy profile",
    publisher="Landmine and Cluster Munition Monitor (ICBL-CMC)",
    date="2011",
    url="http://www.the-monitor.org/",
    locator="National Defense Committee 2010: about 20 km\u00b2 of planned minefields and 97.8 km\u00b2 of unconfirmed areas",
)
KOREA_HERALD_2018 = Citation(
    key="korea-herald-2018",
    title="DMZ: 248 km long, 4 km wide",
    publisher="The Korea Herald (also AP, BBC)",
    date="2018-10-03",
    url="https://www.koreaherald.com/",
    locator="DMZ about 248 km long and 4 km wide, 907 km\u00b2",
)
ARMISTICE_1953 = Citation(
    key="armistice-1953",
    title="Korean War Armistice Agreement",
    publisher="United Nations Command / KPA / CPV",
    date="1953-07-27",
    url="https://peacemaker.un.org/",
    locator="Article I, paragraph 1",
    quote="Both sides shall withdraw two (2) kilometers from this line so as to establish a demilitarized zone between the opposing forces.",
)

OTTAWA_CONVENTION = Citation(
    key="ottawa-convention",
    title="Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction",
    publisher="United Nations Treaty Collection (depositary: UN Secretary-General)",
    date="1997-09-18",
    url="https://treaties.un.org/",
    locator="Art. 17 (entry into force 1 March 1999) and Art. 20(2) (withdrawal takes effect six months after receipt)",
)
LANDMINE_MONITOR_2025 = Citation(
    key="lm-2025",
    title="Landmine Monitor 2025 / Human Rights Watch on withdrawals from the Mine Ban Treaty",
    publisher="ICBL-CMC Landmine Monitor; Human Rights Watch",
    date="2025",
    url="http://www.the-monitor.org/",
    locator="withdrawal instruments deposited: Estonia, Latvia, Lithuania 27 June 2025; Finland 10 July 2025; Poland 20 August 2025",
)
NATO_MEMBERS_CITATION = Citation(
    key="nato-members",
    title="NATO member countries",
    publisher="NATO",
    date="2024-03-07",
    url="https://www.nato.int/cps/en/natohq/topics_52044.htm",
    locator="32 members; Finland joined 4 April 2023, Sweden 7 March 2024",
)
EU_MEMBERS_CITATION = Citation(
    key="eu-members",
    title="EU countries",
    publisher="European Union",
    date="2020-02-01",
    url="https://european-union.europa.eu/principles-countries-history/eu-countries_en",
    locator="27 member states",
)
POLAND_BELMA = Citation(
    key="belma-capacity",
    title="Relays of Polish statements on Belma anti-personnel mine production",
    publisher="secondary relays (weak)",
    date="2025",
    locator="about 100,000 mines a year today, could reach about 1.2 million a year",
)
NIST_MILE = Citation(
    key="nist-mile",
    title="NIST Handbook 44, Appendix C: General Tables of Units of Measurement",
    publisher="National Institute of Standards and Technology",
    date="2024",
    url="https://www.nist.gov/pml/weights-and-measures",
    locator="1 international mile = 1.609344 km exactly",
)

#: Sourced single figures, by name, for calibration and the fact-checker (``const:NAME``).
FACTS: dict[str, Sourced] = {
    "DMZ_MINES_SOUTH": Sourced(1_270_000, "mines", ASIAE_2018, "medium", "JCS 2016 total for the South"),
    "DMZ_MINES_IN_DMZ": Sourced(520_000, "mines", ASIAE_2018, "medium"),
    "DMZ_MINES_NORTH_OF_CCL": Sourced(740_000, "mines", ASIAE_2018, "medium"),
    "DMZ_MINES_SOUTH_OF_CCL": Sourced(10_000, "mines", ASIAE_2018, "medium"),
    "DMZ_MINED_AREA_KMCRI_KM2": Sourced(112.5, "km\u00b2", KMHPF, "medium"),
    "DMZ_MINED_AREA_NDC2010_PLANNED_KM2": Sourced(20.0, "km\u00b2", LANDMINE_MONITOR_KOR, "medium"),
    "DMZ_MINED_AREA_NDC2010_UNCONFIRMED_KM2": Sourced(97.8, "km\u00b2", LANDMINE_MONITOR_KOR, "medium"),
    "DMZ_LENGTH_KM": Sourced(248.0, "km", KOREA_HERALD_2018, "high"),
    "DMZ_WIDTH_KM": Sourced(4.0, "km", ARMISTICE_1953, "high", "2 km on each side of the Military Demarcation Line"),
    "OTTAWA_ENTRY_INTO_FORCE_YEAR": Sourced(1999, "year", OTTAWA_CONVENTION, "high", "entered into force on 1 March 1999"),
    "OTTAWA_WITHDRAWAL_NOTICE_MONTHS": Sourced(6, "months", OTTAWA_CONVENTION, "high"),
    "POLAND_MINE_CAPACITY_MAX_PER_YEAR": Sourced(1_200_000, "mines/year", POLAND_BELMA, "weak"),
    "KM_PER_MILE": Sourced(1.609344, "km/mile", NIST_MILE, "high"),
}

#: Sourced dates (ISO 8601), by name, for the fact-checker (``date:NAME``).
DATES: dict[str, tuple[str, Citation]] = {
    "WITHDRAWAL_DEPOSIT_EST": ("2025-06-27", LANDMINE_MONITOR_2025),
    "WITHDRAWAL_DEPOSIT_LVA": ("2025-06-27", LANDMINE_MONITOR_2025),
    "WITHDRAWAL_DEPOSIT_LTU": ("2025-06-27", LANDMINE_MONITOR_2025),
    "WITHDRAWAL_DEPOSIT_FIN": ("2025-07-10", LANDMINE_MONITOR_2025),
    "WITHDRAWAL_EFFECT_FIN": ("2026-01-10", LANDMINE_MONITOR_2025),
    "WITHDRAWAL_DEPOSIT_POL": ("2025-08-20", LANDMINE_MONITOR_2025),
    "WITHDRAWAL_EFFECT_POL": ("2026-02-20", LANDMINE_MONITOR_2025),
    "UKRAINE_WITHDRAWAL_DECREE": ("2025-06-29", LANDMINE_MONITOR_2025),
    "OTTAWA_ENTRY_INTO_FORCE": ("1999-03-01", OTTAWA_CONVENTION),
}

#: Membership lists (ISO alpha-3), for claims such as "five NATO countries".
MEMBERSHIPS: dict[str, tuple[frozenset[str], Citation]] = {
    "NATO": (
        frozenset(
            "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT ROU SVK SVN ESP SWE TUR GBR USA".split()
        ),
        NATO_MEMBERS_CITATION,
    ),
    "EU": (
        frozenset("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split()),
        EU_MEMBERS_CITATION,
    ),
}


# --------------------------------------------------------------------------------------
# Humanitarian clearance benchmarks (defaults of the [clearance] block)
# --------------------------------------------------------------------------------------

HALO_MANUAL = Citation(
    key="halo-manual",
    title="Manual demining",
    publisher="The HALO Trust",
    date="undated (accessed 2026-11)",
    url="http://www.halotrust.org/what-we-do/manual-demining",
    quote="This is detailed and painstaking work, and a deminer may clear between 10-50 square metres a day.",
)
EPS_COST = Citation(
    key="eps-cost",
    title="The business of landmine clearing (B. French)",
    publisher="The Economics of Peace and Security Journal 1(2)",
    date="2006-06-18",
    url="https://doi.org/10.15355/epsj.1.2.54",
    locator="abstract: costs to clear mines vary from USD 2 to 39 per m\u00b2 depending on country, terrain, climate and operator",
)
LANDMINE_MONITOR_2023 = Citation(
    key="lm-2023",
    title="Landmine Monitor 2023",
    publisher="ICBL-CMC",
    date="2023-11",
    url="http://www.the-monitor.org/",
    locator="Mine action: in 2022, 497 km\u00b2 released (219.3 km\u00b2 cleared, 121.4 km\u00b2 reduced by technical survey, 156.9 km\u00b2 cancelled), 169,276 AP mines destroyed",
)
UN_BANMINES = Citation(
    key="un-banmines",
    title="Landmines: facts (UN CyberSchoolBus 'banmines'), as relayed by secondary sites",
    publisher="United Nations (original page not confirmed; the UN library's Ask DAG, 2022, calls such comparisons misleading)",
    date="1997",
    url="https://www.un.org/cyberschoolbus/banmines/facts.asp",
    locator="an anti-personnel mine costs USD 3-30 to make and USD 300-1,000 to remove",
)
KUKMIN_2018 = Citation(
    key="kukmin-2018",
    title="\u201c\uc81c\uac70\uc5d0\ub9cc 200\ub144\u201d MDL \ub0a8\ucabd \uc9c0\ub8b0 \uc9c0\ub300 (\u201c200 years just to remove\u201d: minefields south of the MDL)",
    publisher="Kukmin Ilbo (citing Newsis and an Army official); also MBC 2018-09-08",
    date="2018-09-04",
    url="https://www.kmib.co.kr/article/view_amp.asp?arcid=0012656242",
    locator="about 200 years even with all 11 engineer battalions of the forward divisions",
)
ASIAE_NDC_REVIEW = Citation(
    key="asiae-ndc-review",
    title="National Defense Committee review report on the mine-clearance bill (2013), reported by Asia Economy",
    publisher="Asia Economy (view.asiae.co.kr)",
    date="2018-10-02",
    url="https://view.asiae.co.kr/",
    locator="about 469 years and about KRW 1 trillion at the current clearance pace",
)
SEOUL_SHINMUN = Citation(
    key="seoul-shinmun",
    title="Report on DMZ demining pace",
    publisher="Seoul Shinmun",
    date="2018-10-04",
    locator="one engineer company clears 200 m x 100 m (20,000 m\u00b2) a year in the DMZ",
)

FACTS.update(
    {
        "MANUAL_DEMINER_M2_PER_DAY_LOW": Sourced(10, "m\u00b2/deminer/day", HALO_MANUAL, "medium"),
        "MANUAL_DEMINER_M2_PER_DAY_HIGH": Sourced(50, "m\u00b2/deminer/day", HALO_MANUAL, "medium"),
        "CLEARANCE_COST_USD_PER_M2_LOW": Sourced(2, "USD/m\u00b2", EPS_COST, "medium"),
        "CLEARANCE_COST_USD_PER_M2_HIGH": Sourced(39, "USD/m\u00b2", EPS_COST, "medium"),
        "AP_MINE_UNIT_COST_USD_LOW": Sourced(3, "USD/mine", UN_BANMINES, "weak"),
        "AP_MINE_UNIT_COST_USD_HIGH": Sourced(30, "USD/mine", UN_BANMINES, "weak"),
        "GLOBAL_CLEARED_KM2_2022": Sourced(219.3, "km\u00b2", LANDMINE_MONITOR_2023, "high"),
        "GLOBAL_RELEASED_KM2_2022": Sourced(497, "km\u00b2", LANDMINE_MONITOR_2023, "high"),
        "GLOBAL_AP_MINES_DESTROYED_2022": Sourced(169_276, "mines", LANDMINE_MONITOR_2023, "high"),
        "DMZ_CLEARANCE_YEARS_ALL_BATTALIONS": Sourced(200, "years", KUKMIN_2018, "medium"),
        "DMZ_CLEARANCE_YEARS_CURRENT_PACE": Sourced(469, "years", ASIAE_NDC_REVIEW, "medium"),
        "DMZ_CLEARANCE_COST_KRW_CURRENT_PACE": Sourced(1e12, "KRW", ASIAE_NDC_REVIEW, "medium"),
        "DMZ_COMPANY_M2_PER_YEAR": Sourced(20_000, "m\u00b2/company/year", SEOUL_SHINMUN, "medium"),
        "DMZ_MINED_AREA_SEED_KM2": Sourced(114, "km\u00b2", _seed("increasing the total mined area to over 114 km\u00b2"), "medium"),
    }
)

#: Defaults of the [clearance] block, used only when the user leaves a field out. Each is
#: a 90 % interval read from its source's range ("a to b", lognormal).
CLEARANCE_DEFAULTS: dict[str, tuple[str, Citation]] = {
    "productivity_m2_per_deminer_day": ("10 to 50", HALO_MANUAL),
    "cost_per_m2": ("2 to 39", EPS_COST),
}
#: Default share of a laid belt needing full clearance: 1.0 — a recorded, deliberately laid
#: belt is confirmed hazardous area, so nothing is assumed released by survey alone. (A
#: modelling convention, not a sourced figure; set it to reflect survey-based release.)
FULL_CLEARANCE_SHARE_DEFAULT = 1.0

#: Defaults of the [cost] block where a public source exists.
COST_DEFAULTS: dict[str, tuple[str, Citation]] = {
    "unit_cost_per_mine": ("3 to 30", UN_BANMINES),
}


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


@dataclass(frozen=True)
class HistoricalBarrier:
    """A mine barrier that was actually built, for calibration.

    ``mines`` and ``front_km`` define the linear density (mines per km of front);
    ``mined_area_km2`` (when known) the areal density and the implied belt depth.
    """

    name: str
    years: str
    mines: Sourced
    front_km: Sourced
    mined_area_km2: Sourced | None
    note: str = ""


HISTORICAL_BARRIERS: tuple[HistoricalBarrier, ...] = (
    HistoricalBarrier(
        name="Korean DMZ (South)",
        years="1953-today",
        mines=FACTS["DMZ_MINES_SOUTH"],
        front_km=FACTS["DMZ_LENGTH_KM"],
        mined_area_km2=FACTS["DMZ_MINED_AREA_SEED_KM2"],
        note="South side of the DMZ and the Civilian Control Zone; mined area includes unmapped Korean War fields.",
    ),
    HistoricalBarrier(
        name="Inner-German border",
        years="1961-1985",
        mines=Sourced(1_322_700, "mines", INNER_GERMAN, "medium", "laid cumulatively over 1961-1985 (rotting mines were replaced), not all in the ground at once"),
        front_km=Sourced(800, "km (mined stretches)", INNER_GERMAN, "medium", "mined along about 800 km of the 1,393 km border"),
        mined_area_km2=None,
        note="Cumulative count over the mined ~800 km; the mined area is not published.",
    ),
    HistoricalBarrier(
        name="Moroccan Berm (Western Sahara)",
        years="1980s-today",
        mines=Sourced(7_500_000, "mines", SPS_BERM, "weak", "low end of a partisan 7.5-9 M estimate; no neutral count exists"),
        front_km=Sourced(2_700, "km", WIKI_BERM, "medium"),
        mined_area_km2=None,
        note="Partisan mine count; Landmine Monitor gives only contaminated areas (292 km\u00b2 in 2014), not a count or belt width.",
    ),
)

#: The DMZ's own averages as density models (areal and linear).
DENSITY_MODELS["dmz-average"] = DensityModel(
    name="dmz-average",
    kind="areal",
    value=FACTS["DMZ_MINES_SOUTH"].value / FACTS["DMZ_MINED_AREA_SEED_KM2"].value,
    description="Korean DMZ average: about 1.27 M mines over about 114 km\u00b2 of mined area (about 11,100 per km\u00b2).",
    citation=ASIAE_2018,
    certainty="medium",
    note="Mined area from seed 001 ('over 114 km\u00b2'); 112.5 km\u00b2 (KMCRI) gives 11,300/km\u00b2.",
    extra_citations=(FACTS["DMZ_MINED_AREA_SEED_KM2"].citation,),
)
DENSITY_MODELS["dmz-average-linear"] = DensityModel(
    name="dmz-average-linear",
    kind="linear",
    value=FACTS["DMZ_MINES_SOUTH"].value / FACTS["DMZ_LENGTH_KM"].value,
    description="Korean DMZ average per km of front: about 1.27 M mines along about 248 km (about 5,100 per km), whatever the depth.",
    citation=ASIAE_2018,
    certainty="medium",
    extra_citations=(KOREA_HERALD_2018,),
)
DENSITY_MODELS["inner-german-linear"] = DensityModel(
    name="inner-german-linear",
    kind="linear",
    value=1_322_700 / 800,
    description="Inner-German border: at least 1,322,700 mines laid over 1961-1985 along about 800 km of mined border (about 1,650 per km).",
    citation=INNER_GERMAN,
    certainty="medium",
    note="A cumulative count: fewer were in the ground at any one time.",
)
