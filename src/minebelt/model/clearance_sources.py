"""Sourced defaults of the clearance block, as dated tables: IMAS land release, world output,
productivities, the unrecorded-mine allowance; national programmes (:mod:`.clearance_programmes`)
and cost per m² (:mod:`.clearance_costs`) are re-exported here.

Layer: pure (sourced constants).

After pvlib's parameter tables: each entry carries its value, unit, scope, year and
:class:`~minebelt.model.sourcing.Citation`. The block code (:mod:`minebelt.scenario.blocks`,
:mod:`minebelt.pipeline.blocks`) reads only these tables (and those of :mod:`.cost_sources`,
:mod:`.production_sources`, :mod:`.currency`); ``docs/sources.md`` is generated from them
(``scripts/build_docs.py``). Where no public source exists there is no entry: the user must
state the value, or the figure is reported as "not estimated".

Mine action terms follow the International Mine Action Standards (IMAS 04.10 glossary,
07.11 land release, 08.10 non-technical survey, 08.20 technical survey, 09.10 clearance):
a *suspected hazardous area* (SHA) is cancelled by non-technical survey (NTS) or reduced by
technical survey (TS); a *confirmed hazardous area* (CHA) is released by clearance.
"""

from __future__ import annotations

from dataclasses import dataclass

# re-exported: the block code reads every clearance table from this module
from .clearance_costs import (  # noqa: F401
    AGECON_COST,
    CMAA_2022,
    COST_PER_M2_BENCHMARKS,
    COST_PER_M2_DEFAULT,
    COST_PER_M2_EPS_2006,
    EPS_COST,
    HINA_2006,
    SIMAA_2001,
    UN_ASKDAG,
    CostBenchmark,
)
from .clearance_programmes import (  # noqa: F401
    ASIAE_PACE,
    BENCHMARK_PROGRAMME,
    HANKYUNG_2021,
    HINA_2024,
    KMU_2024,
    LM_CROATIA_2018,
    MAR_CROATIA_2020,
    MBN_2008,
    NATIONAL_PROGRAMMES,
    Programme,
    YearOutput,
)
from .sourcing import Certainty, Citation

# ====================================================================================
# Mine action standards and the world's annual output (Landmine Monitor)
# ====================================================================================

IMAS_NTS = Citation(
    key="imas-08-10",
    title="IMAS 08.10 Non-technical survey (Ed. 1, Amendment 4); read with IMAS 07.11 Land release",
    publisher="United Nations Mine Action Service (UNMAS) / GICHD, International Mine Action Standards",
    date="2019-02-04",
    url="https://www.mineactionstandards.org/en/standards/document-detail/?tx_imas_document%5Bdocument%5D=260",
    quote=(
        "Non-technical survey is typically the starting point for the assessment of land, its categorisation as a "
        "suspected or confirmed hazardous area (SHA/CHA), and the associated processes of cancelling, reducing or "
        "clearing land for productive use."
    ),
)
IMAS_TS = Citation(
    key="imas-08-20",
    title="IMAS 08.20 Technical survey (Ed. 1, Amendment 4); read with IMAS 07.11 Land release",
    publisher="UNMAS / GICHD, International Mine Action Standards",
    date="2019-02-04",
    url="https://www.mineactionstandards.org/en/standards/document-detail/?tx_imas_document%5Bdocument%5D=261",
    quote=(
        "Technical survey is an important means of identifying, confirming and improving definitions of the "
        "boundaries of hazardous areas and the nature and distribution of their contents."
    ),
)
IMAS_CLEARANCE = Citation(
    key="imas-09-10",
    title="IMAS 09.10 Clearance requirements (Ed. 2, Amendment 6)",
    publisher="UNMAS / GICHD, International Mine Action Standards",
    date="2020-01-29",
    url="https://www.mineactionstandards.org/en/standards/document-detail/?tx_imas_document%5Bdocument%5D=86",
    quote=(
        "Clearance is the last activity in this process and should ideally only be carried out in Confirmed Hazardous "
        "Areas (CHA) ... The aim of clearance is the identification and removal or destruction of all mines and Explosive "
        "Remnants of War (ERW) hazards, (including unexploded sub-munitions), from a specified area to a specified depth"
    ),
)
LM_2023_IMPACT = Citation(
    key="lm-2023",
    title="Landmine Monitor 2023, chapter \u201cThe Impact\u201d",
    publisher="ICBL-CMC Landmine and Cluster Munition Monitor",
    date="2023-11",
    url="https://www.the-monitor.org/en-gb/reports/2023/landmine-monitor-2023/the-impact.aspx",
    locator="Clearance, calendar year 2022",
    quote=(
        "497.34km\u00b2 of land known or suspected to be contaminated by antipersonnel landmines was released by States "
        "Parties with clearance obligations in 2022 [...] 219.31km\u00b2 was cleared, while 121.11km\u00b2 was reduced via "
        "technical survey and 156.92km\u00b2 was canceled through non-technical survey. In total, 169,276 antipersonnel "
        "mines were cleared"
    ),
)
LM_2024_RELAY = Citation(
    key="lm-2024",
    title="Landmine Monitor 2024 (summary by WOM \u2013 World Without Mines)",
    publisher="ICBL-CMC Landmine Monitor, relayed by wom.ch",
    date="2024-11",
    url="https://www.wom.ch/en/news/current/landmine-monitor-2024",
    quote="In 2023 States Parties cleared a total of 281.50 km\u00b2 of contaminated land, destroying 160,566 anti-personnel mines",
    locator="the Landmine Monitor 2024 'Impact' chapter itself was not read: figures as relayed",
)


LM_2025_RELEASE = Citation(
    key="lm-2025-release",
    title="Global landmine deaths surge in 2024 (launch of Landmine Monitor 2025, 1 December 2025)",
    publisher="ICBL-CMC Landmine Monitor, relayed by MENAFN",
    date="2025-12-01",
    url="https://menafn.com/1110423866/Global-landmine-deaths-surge-in-2024",
    quote="The total area cleared fell in 2024 due to decreased funding and heightened insecurity",
)


@dataclass(frozen=True)
class WorldOutput:
    """One year of the land States Parties reported released (Landmine Monitor, published a year later)."""

    year: int
    cleared_km2: float
    reduced_ts_km2: float | None
    cancelled_nts_km2: float | None
    ap_mines_destroyed: float | None
    scope: str
    citation: Citation
    certainty: Certainty
    relay: str = ""  #: who relays the figure when the report itself was not read ("" = read in the report)

    @property
    def released_km2(self) -> float | None:
        if self.reduced_ts_km2 is None or self.cancelled_nts_km2 is None:
            return None
        return self.cleared_km2 + self.reduced_ts_km2 + self.cancelled_nts_km2

    @property
    def report(self) -> str:
        """``Landmine Monitor 2023`` (or ``Landmine Monitor 2024, via wom.ch``)."""
        return f"Landmine Monitor {self.year + 1}" + (f", via {self.relay}" if self.relay else "")

    @property
    def label(self) -> str:
        """What one year of this yardstick is, in words."""
        return f"the area States Parties cleared of anti-personnel mine contamination in {self.year} ({self.report})"

    @property
    def mines_label(self) -> str:
        return f"the anti-personnel mines States Parties destroyed by clearance in {self.year} ({self.report})"

    @property
    def label_with_figure(self) -> str:
        """``the 281.5 km² States Parties cleared of anti-personnel mine contamination in 2023 (...)``."""
        return f"the {self.cleared_km2:,.2f} km\u00b2 States Parties cleared of anti-personnel mine contamination in {self.year} ({self.report})"

    @property
    def mines_label_with_figure(self) -> str:
        n = f"{self.ap_mines_destroyed:,.0f} " if self.ap_mines_destroyed else ""
        return f"the {n}anti-personnel mines States Parties destroyed by clearance in {self.year} ({self.report})"


LM_SCOPE = (
    "area cleared of land contaminated by anti-personnel mines, by the States Parties to the Mine Ban Treaty with "
    "clearance obligations (states not party are outside this total; land released by survey is not counted)"
)
LM_MINES_SCOPE = "anti-personnel mines destroyed by clearance in the States Parties with clearance obligations (states not party are outside this total)"
WORLD_OUTPUT: dict[int, WorldOutput] = {
    2022: WorldOutput(2022, 219.31, 121.11, 156.92, 169_276, LM_SCOPE, LM_2023_IMPACT, "high"),
    2023: WorldOutput(2023, 281.50, None, None, 160_566, LM_SCOPE, LM_2024_RELAY, "medium", relay="wom.ch"),
}
#: The year ``world_capacity_years`` uses unless the scenario names another: the newest year
#: with a figure on record (Landmine Monitor 2024, relayed; Landmine Monitor 2025 reports only
#: that the area cleared fell in 2024, without a figure in what was found).
WORLD_OUTPUT_DEFAULT_YEAR = 2023
WORLD_OUTPUT_NEWER = (
    "Landmine Monitor 2025 (1 December 2025) reports that the area cleared fell in 2024 (no figure found; "
    f"{LM_2025_RELEASE.publisher}, {LM_2025_RELEASE.url})"
)


# ====================================================================================
# Land release shares
# ====================================================================================


@dataclass(frozen=True)
class LandReleasePreset:
    """Shares of the area to address released by NTS cancellation, TS reduction and clearance."""

    name: str
    cancelled_nts: float
    reduced_ts: float
    cleared: float
    description: str
    citations: tuple[Citation, ...]


LAND_RELEASE_PRESETS: dict[str, LandReleasePreset] = {
    "confirmed-belt": LandReleasePreset(
        name="confirmed-belt",
        cancelled_nts=0.0,
        reduced_ts=0.0,
        cleared=1.0,
        description=(
            "A deliberately laid belt is a confirmed hazardous area (CHA) over its whole area at the modelled "
            "density. Technical survey may reduce a CHA (IMAS 08.20); a belt laid this densely leaves little to "
            "reduce, so none of it is assumed cancelled by non-technical survey or reduced by technical survey, and "
            "all of it is released by clearance (IMAS 08.10, 08.20, 09.10)."
        ),
        citations=(IMAS_NTS, IMAS_TS, IMAS_CLEARANCE),
    ),
    "lm-2022-global": LandReleasePreset(
        name="lm-2022-global",
        cancelled_nts=156.92 / 497.34,
        reduced_ts=121.11 / 497.34,
        cleared=219.31 / 497.34,
        description=(
            "The world's 2022 split of released land (States Parties): 31.6 % cancelled by NTS, 24.4 % reduced by TS, "
            "44.1 % cleared. Mostly suspected areas of old or unrecorded contamination, not a recorded belt."
        ),
        citations=(LM_2023_IMPACT,),
    ),
}
LAND_RELEASE_DEFAULT = "confirmed-belt"

NEWSIS_2018 = Citation(
    key="newsis-2018",
    title="\uc721\uad70, MDL \ub0a8\ucabd \uc9c0\ub8b0\uc9c0\ub300 \uc5ec\uc758\ub3c4 40\ubc30\u2026\uc81c\uac70\uc5d0 200\ub144 \uac78\ub824 (Army: minefields south of the MDL 40 times Yeouido; 200 years to clear)",
    publisher="Newsis (also Kukmin Ilbo, Segye Ilbo, Seoul Economic Daily, 2018-09-04)",
    date="2018-09-04",
    url="https://mobile.newsis.com/view/NISX20180904_0000409201",
    locator=(
        "scope: the whole mined area south of the MDL and north and south of the Civilian Control Line, "
        "'about 40 times Yeouido' (about 116 km\u00b2), South Korea's side only"
    ),
    quote=(
        "\ub2f9\uc7a5 \uc804\ubc29\uc0ac\ub2e8\uc758 11\uac1c \uacf5\ubcd1\ub300\ub300\ub97c \ubaa8\ub450 \ud22c\uc785\ud574\ub3c4 \uc9c0\ub8b0\ub97c \uc644\uc804\ud788 \uc81c\uac70\ud558\ub294\ub370 200\ub144\uc774 \uac78\ub9b4 \uac83\uc73c\ub85c \ucd94\uc815 "
        "(even with all 11 engineer battalions of the forward divisions, complete removal is estimated to take 200 years); "
        "\uc9c0\ud615\ubcc0\ud654\uc640 \uc720\uc2e4 \ub4f1\uc73c\ub85c \ub9ce\uc740 \uc774\ub3d9\uc774 \uc788\uc5c8\uc744 \uac83\uc73c\ub85c \ubcf4\uc5ec (mines are thought to have moved a lot through terrain change and washing away)"
    ),
)
WELT_2016 = Citation(
    key="welt-2016",
    title="Landminen im Ex-Todesstreifen: L\u00e4ngst vergessen (U. Schmitt)",
    publisher="Die Welt",
    date="2016-01-11",
    url="https://www.welt.de/politik/deutschland/article150863696/Landminen-im-Ex-Todesstreifen-Laengst-vergessen.html",
    quote=(
        "F\u00fcr 33.000 von den DDR-Grenztruppen vergrabene Minen gibt es keine R\u00e4umprotokolle. Entlang der 763 Kilometer "
        "langen innerdeutschen Grenze in Th\u00fcringen (for 33,000 mines buried by the GDR border troops there are no "
        "clearance records, along Thuringia's 763 km of the inner-German border)"
    ),
    locator="of at least 1,322,700 mines laid on the inner-German border from 1961 (Die Welt, 2014); cleared in the 1980s and again in 1991-1996",
)
NOCUT_2021 = Citation(
    key="nocut-2021",
    title="Mines around South Korea's rear air-defence bases: 50,855 laid, 48,013 removed, 2,842 remaining (Ministry of National Defense data)",
    publisher="Nocut News",
    date="2021",
    url="https://m.nocutnews.co.kr/news/amp/5634649",
    locator="also Aju Business Daily, 2019-10-16 (https://m.ajunews.com/view/20191016103146963): about 3,000 of about 53,000 M14 mines presumed washed away",
)
KMHPF_AREA = Citation(
    key="kmhpf",
    title="Leave more than 1 million landmines in the country",
    publisher="Korea Mine Action / humanitarian peace forum (kmhpf.org), relaying the Ministry of National Defense",
    date="undated (about 2022)",
    url="https://www.kmhpf.org/forum/kmh-pf-news-1/leave-more-than-1-million-landmines-in-the-country",
    quote=(
        "Korea's mine areas are a total of 112.5Km2, including the DMZ, the civilian control line area, the southern part "
        "of the civilian control line, and the unidentified mine area, of which 80%, or 90.78Km2, are unidentified areas "
        "... the Ministry of National Defense estimated that it would take about 489 years to remove the unidentified minefield."
    ),
)


@dataclass(frozen=True)
class AllowanceAnchor:
    """A sourced figure for the unrecorded-mine allowance, with what it measures."""

    value: float
    measure: str  #: "share of the mines laid" or "share of the mined area"
    scope: str
    citation: Citation


#: Default 0: the output says it **assumes complete records** (every mine recorded, none moved
#: or lost). Sourced anchors for a sensitivity run, each with its scope; the first two are
#: shares of mines, not of area, and the last a share of legacy minefield area unidentified.
UNRECORDED_ALLOWANCE_DEFAULT = 0.0
UNRECORDED_ALLOWANCE_ASSUMPTION = (
    "0: assumes complete records of the belt's extent (mines that drifted or were lost outside it are not counted)"
)
UNRECORDED_ALTERNATIVES: tuple[AllowanceAnchor, ...] = (
    AllowanceAnchor(
        0.025,
        "share of the mines laid",
        "inner-German border: up to 33,000 AP mines without clearance records in Thuringia over at least 1,322,700 laid on the whole border (Thuringian numerator, whole-border denominator), after two clearances",
        WELT_2016,
    ),
    AllowanceAnchor(
        0.056,
        "share of the mines laid",
        "South Korea's rear air-defence bases: 2,842 of 50,855 recorded M14 mines still missing after clearance",
        NOCUT_2021,
    ),
    AllowanceAnchor(
        0.80,
        "share of the mined area",
        "South Korea: 90.78 of 112.5 km\u00b2 of mined area unidentified (legacy fields; other estimates 76-94.8 %)",
        KMHPF_AREA,
    ),
)


# ====================================================================================
# Method productivities (m2 per unit per working day)
# ====================================================================================

HALO_MANUAL = Citation(
    key="halo-manual",
    title="Manual demining",
    publisher="The HALO Trust",
    date="undated (accessed 2026-11)",
    url="http://www.halotrust.org/what-we-do/manual-demining",
    quote="This is detailed and painstaking work, and a deminer may clear between 10-50 square metres a day.",
)
GICHD_DOGS = Citation(
    key="gichd-mdd",
    title="Technology subject archives: mine detection dogs",
    publisher="Geneva International Centre for Humanitarian Demining (GICHD)",
    date="undated (accessed 2026-11)",
    url="https://www.gichd.org/resources/other-resources/technology-subject-archives/detail/technology/mine-detection-dogs/",
    quote=(
        "thick vegetation, and dense minefields are also obstacles to successful mine dog detection. The latter will "
        "result in a complete contamination of a wider area and thereby confuse the dog."
    ),
)
SFOR_DOGS = Citation(
    key="sfor-mdd-2001",
    title="800 square metres a day (1st Lt. K. Egeberg)",
    publisher="NATO SFOR Informer #113",
    date="2001-05-16",
    url="https://www.nato.int/sfor/indexinf/113/s113p05b/t0105165b.htm",
    quote="The two dogs clear between 800 and 900 square metres a day, something a manual team would need 20 days to do.",
)


@dataclass(frozen=True)
class Productivity:
    method: str
    value: str  #: a 90 % interval in the syntax of :mod:`minebelt.uncertainty.distributions`
    unit: str
    citation: Citation
    note: str = ""
    extra_citations: tuple[Citation, ...] = ()


PRODUCTIVITY: dict[str, Productivity] = {
    "manual": Productivity(
        "manual",
        "10 to 50",
        "m\u00b2 per deminer per working day",
        HALO_MANUAL,
        "range of HALO's manual teams, read as a 90 % interval",
    ),
    "dogs": Productivity(
        "dogs",
        "800 to 900",
        "m\u00b2 per mine detection dog team (two dogs) per working day",
        SFOR_DOGS,
        (
            "Bosnia and Herzegovina, 2001, searching ground already flailed by machines; read as a 90 % interval. Not a rate "
            "for a dense belt: dense minefields contaminate a wider area with scent and confuse the dogs (GICHD)"
        ),
        (GICHD_DOGS,),
    ),
    # "machines": no public per-machine rate in minebelt's sources: state it (and note that
    # IMAS 09.10 clearance needs manual or dog follow-up behind ground-preparation machines).
}
