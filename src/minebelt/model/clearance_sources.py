"""Sourced defaults of the clearance block, as dated tables: IMAS land release, world output,
productivities, national programmes, cost per m².

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

from dataclasses import dataclass, field

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
    title="IMAS 09.10 Clearance requirements",
    publisher="UNMAS / GICHD, International Mine Action Standards (quoted by A. Smith, nolandmines.com)",
    date="undated (accessed 2026-11)",
    url="http://nolandmines.com/machinespart2.html",
    quote=(
        "Land shall be accepted as 'cleared' when the demining organisation has ensured the removal and/or "
        "destruction of all mine and ERW hazards from the specified area to the specified depth."
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
)


@dataclass(frozen=True)
class WorldOutput:
    """One year of the world's reported land release (Landmine Monitor)."""

    year: int
    cleared_km2: float
    reduced_ts_km2: float | None
    cancelled_nts_km2: float | None
    scope: str
    citation: Citation
    certainty: Certainty

    @property
    def released_km2(self) -> float | None:
        if self.reduced_ts_km2 is None or self.cancelled_nts_km2 is None:
            return None
        return self.cleared_km2 + self.reduced_ts_km2 + self.cancelled_nts_km2


LM_SCOPE = (
    "area cleared of antipersonnel mines by the States Parties to the Mine Ban Treaty with clearance obligations "
    "(states not party are outside this total)"
)
WORLD_OUTPUT: dict[int, WorldOutput] = {
    2022: WorldOutput(2022, 219.31, 121.11, 156.92, LM_SCOPE, LM_2023_IMPACT, "high"),
    2023: WorldOutput(2023, 281.50, None, None, LM_SCOPE, LM_2024_RELAY, "medium"),
}
#: The year ``world_capacity_years`` uses unless the scenario names another: the latest year
#: whose full land-release split (clearance, TS, NTS) was read in the primary report.
WORLD_OUTPUT_DEFAULT_YEAR = 2022


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
            "A deliberately laid, recorded belt is a confirmed hazardous area (CHA) over its whole area at the modelled "
            "density: non-technical survey cannot cancel it and technical survey cannot reduce it, so all of it is "
            "released by clearance (IMAS 08.10, 08.20, 09.10)."
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
    quote=(
        "\ub2f9\uc7a5 \uc804\ubc29\uc0ac\ub2e8\uc758 11\uac1c \uacf5\ubcd1\ub300\ub300\ub97c \ubaa8\ub450 \ud22c\uc785\ud574\ub3c4 \uc9c0\ub8b0\ub97c \uc644\uc804\ud788 \uc81c\uac70\ud558\ub294\ub370 200\ub144\uc774 \uac78\ub9b4 \uac83\uc73c\ub85c \ucd94\uc815 "
        "(even with all 11 engineer battalions of the forward divisions, complete removal is estimated to take 200 years); "
        "\uc9c0\ud615\ubcc0\ud654\uc640 \uc720\uc2e4 \ub4f1\uc73c\ub85c \ub9ce\uc740 \uc774\ub3d9\uc774 \uc788\uc5c8\uc744 \uac83\uc73c\ub85c \ubcf4\uc5ec (mines are thought to have moved a lot through terrain change and washing away)"
    ),
)
#: No public source quantifies how far recorded mines drift (floods, landslides) or how much
#: of a belt goes unrecorded, so the default allowance is 0 and the output says so. The Korean
#: army reports that DMZ mines "have moved a lot" (Newsis 2018) without a figure.
UNRECORDED_ALLOWANCE_DEFAULT = 0.0


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


PRODUCTIVITY: dict[str, Productivity] = {
    "manual": Productivity("manual", "10 to 50", "m\u00b2 per deminer per working day", HALO_MANUAL, "range of HALO's manual teams, read as a 90 % interval"),
    "dogs": Productivity(
        "dogs", "800 to 900", "m\u00b2 per mine detection dog team (two dogs) per working day", SFOR_DOGS, "Bosnia and Herzegovina, 2001; read as a 90 % interval"
    ),
    # "machines": no public per-machine rate in minebelt's sources: state it (and note that
    # IMAS 09.10 clearance needs manual or dog follow-up behind ground-preparation machines).
}


# ====================================================================================
# Annual clearance capacity of national programmes
# ====================================================================================

MAR_CROATIA_2020 = Citation(
    key="mar-croatia-2020",
    title="Clearing the Mines 2020: Croatia",
    publisher="Mine Action Review (Norwegian People's Aid)",
    date="2020-11",
    url="https://docslib.org/doc/11562040/croatia-the-mines-2020",
    locator="Key developments",
    quote="In 2019, Croatia cleared 39.16km2 of mined area. While this was a 20% decrease on the 49km2 cleared in 2018",
)
MBN_2008 = Citation(
    key="mbn-2008",
    title="\ud569\ucc38, \uc62c\ud574 \uc9c0\ub8b0 1\ucc9c400\uc5ec \ubc1c \uc81c\uac70 (JCS: about 1,400 mines removed this year)",
    publisher="MBN (citing the Joint Chiefs of Staff)",
    date="2008-12-14",
    url="https://m.mbn.co.kr/news-amp/396448",
    quote=(
        "\uc9c0\ub8b0\uc81c\uac70\ud300 3\ub9cc 8\ucc9c\uc5ec \uba85\uc774 \uc9c0\ub09c 4~11\uc6d4 ... \ucd1d 20\ub9cc\u33a1\uc5d0\uc11c \uc9c0\ub8b0\uc81c\uac70\uc791\uc5c5\uc744 \ubc8c\uc5ec "
        "(mine clearance teams, some 38,000 [person-days], worked April-November on a total of 200,000 m\u00b2)"
    ),
)
ASIAE_PACE = Citation(
    key="asiae-2018-pace",
    title="[DMZ \uc9c0\ub8b0 \uc81c\uac70] (DMZ mine clearance), National Defense Committee review of the 2013 demining bill",
    publisher="Asia Economy (view.asiae.co.kr)",
    date="2018-10-02",
    url="http://view.asiae.co.kr/news/view.htm?idxno=2018100119541429796",
    quote=(
        "\uc5f0\uac04 10~20\ub9cc\u33a1 \uba74\uc801\uc758 \uc9c0\ub8b0 \uc57d 500\ubc1c\uc744 \uc81c\uac70\ud558\ub294 \uc148 (about 500 mines removed from 100,000-200,000 m\u00b2 a year); "
        "\ud604\uc7ac \uc81c\uac70\uc18d\ub3c4\ub85c\ub294 ... \uc57d 469\ub144\uc774 \uc18c\uc694\ub418\uba70, \uc608\uc0b0\ub9cc 1\uc870\uc5d0 \ub2ec\ud558\ub294 (at the current pace about 469 years, and a budget of about KRW 1 trillion)"
    ),
)


@dataclass(frozen=True)
class Programme:
    """A national programme's annual clearance output, used as a capacity."""

    country: str  #: ISO alpha-3 of the programme
    name: str
    km2_per_year: str  #: a number or a 90 % interval, km2 cleared per year
    year: str
    scope: str
    citation: Citation
    certainty: Certainty
    extra_citations: tuple[Citation, ...] = field(default_factory=tuple)
    note: str = ""

    def describe(self) -> str:
        return f"{self.name}, {self.km2_per_year} km\u00b2 cleared a year ({self.year}, {self.citation.publisher})"


NATIONAL_PROGRAMMES: dict[str, Programme] = {
    "HRV": Programme(
        "HRV",
        "Croatia's national mine action programme",
        "39.16",
        "2019",
        "mined area cleared in one year (not counting land released by survey)",
        MAR_CROATIA_2020,
        "high",
        note="49 km\u00b2 in 2018; the EU's largest humanitarian demining programme, in forested and mountainous terrain.",
    ),
    "KOR": Programme(
        "KOR",
        "South Korea's military mine clearance",
        "0.1 to 0.2",
        "2008; 2018",
        "area searched and cleared in one season (April-November)",
        MBN_2008,
        "medium",
        extra_citations=(ASIAE_PACE,),
        note="200,000 m\u00b2 in the 2008 season (JCS); 100,000-200,000 m\u00b2 a year (Asia Economy, 2018).",
    ),
}
#: The programme that stands in for a defending country without a clearance programme of
#: its own (none of Finland, Estonia, Latvia, Lithuania or Poland has one for minefields; Ukraine's
#: programme reports mostly land released by survey, not a clearance rate).
BENCHMARK_PROGRAMME = "HRV"


# ====================================================================================
# Cost per m2 of clearance, and the exchange rates used to convert sourced figures
# ====================================================================================

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

#: Default cost of clearance per m2 cleared: the widest multi-programme range found (2006 USD,
#: not inflated), read as a 90 % interval.
COST_PER_M2_DEFAULT = ("2 to 39", "USD", EPS_COST)


@dataclass(frozen=True)
class CostBenchmark:
    programme: str
    value: str
    currency: str
    year: str
    scope: str
    citation: Citation


COST_PER_M2_BENCHMARKS: tuple[CostBenchmark, ...] = (
    CostBenchmark("many programmes (survey of operators)", "2 to 39", "USD", "2006", "clearance, per m\u00b2 cleared", EPS_COST),
    CostBenchmark("mine clearance generally", "often reaching 10", "USD", "undated", "clearance, per m\u00b2 cleared", AGECON_COST),
    CostBenchmark("Croatia (CROMAC plan)", "1.5 (EUR 450 M / 300 km\u00b2)", "EUR", "2006", "demining, per m\u00b2", HINA_2006),
    CostBenchmark("Afghanistan (MAPA)", "0.77", "USD", "1999", "clearing mined areas, per m\u00b2", SIMAA_2001),
    CostBenchmark("Cambodia (CMAA plan)", "0.19", "USD", "2022", "land release incl. survey, per m\u00b2 released", CMAA_2022),
)
