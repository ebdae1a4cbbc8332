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
