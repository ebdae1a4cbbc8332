"""Sourced defaults of the production, cost and clearance blocks, as dated tables.

After pvlib's parameter tables: each entry carries its value, unit, scope, year and
:class:`~minebelt.sourcing.Citation`. The block code (:mod:`minebelt.extras`,
:mod:`minebelt.blocks`) reads only these tables; ``docs/sources.md`` is generated from them
(``scripts/build_docs.py``). Where no public source exists there is no entry: the user must
state the value, or the figure is reported as "not estimated".

Mine action terms follow the International Mine Action Standards (IMAS 04.10 glossary,
07.11 land release, 08.10 non-technical survey, 08.20 technical survey, 09.10 clearance):
a *suspected hazardous area* (SHA) is cancelled by non-technical survey (NTS) or reduced by
technical survey (TS); a *confirmed hazardous area* (CHA) is released by clearance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .sourcing import Certainty, Citation, Sourced

Scope = Literal["anti-personnel", "all-types"]

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


_LM_SCOPE = (
    "area cleared of antipersonnel mines by the States Parties to the Mine Ban Treaty with clearance obligations "
    "(states not party are outside this total)"
)
WORLD_OUTPUT: dict[int, WorldOutput] = {
    2022: WorldOutput(2022, 219.31, 121.11, 156.92, _LM_SCOPE, LM_2023_IMPACT, "high"),
    2023: WorldOutput(2023, 281.50, None, None, _LM_SCOPE, LM_2024_RELAY, "medium"),
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
    value: str  #: a 90 % interval in the syntax of :mod:`minebelt.distributions`
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

ECB_2025_02_28 = Citation(
    key="ecb-2025-02-28",
    title="Euro foreign exchange reference rates, 28 February 2025",
    publisher="European Central Bank (table reproduced by eurodripusa.net)",
    date="2025-02-28",
    url="https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html",
    locator="USD 1.0411, PLN 4.1503, KRW 1519.92 per EUR (copy seen at https://eurodripusa.net/?p=3470)",
)
#: Units of each currency per 1 EUR on the ECB reference date. Every conversion in minebelt
#: uses this one dated table (a deliberate choice: one rate, stated, not a time series).
EUR_RATES: dict[str, float] = {"EUR": 1.0, "USD": 1.0411, "PLN": 4.1503, "KRW": 1519.92}
EUR_RATES_DATE = "2025-02-28"
EUR_RATES_CITATION = ECB_2025_02_28
CURRENCIES = tuple(EUR_RATES)


def conversion_factor(from_currency: str, to_currency: str) -> float:
    """Units of ``to_currency`` per unit of ``from_currency`` at the ECB reference date."""
    return EUR_RATES[to_currency] / EUR_RATES[from_currency]


# ====================================================================================
# Build cost: mines, laying, marking and fence
# ====================================================================================

FINLAND_UNIT_COST = Citation(
    key="fdf-mine-unit-cost-2026",
    title="Finland begins mine training, seeks domestic production (Col. Riku Mikkonen, Army pioneer inspector)",
    publisher="Nordics Today",
    date="2026-01",
    url="https://nordicstoday.com/article/fi-finland-begins-mine-training-seeks-domestic-production",
    quote="the unit cost for the new mines could range from a few tens of euros to a maximum of a couple hundred euros each",
)
FENCE_LT = Citation(
    key="fence-ltu-blr",
    title="Lithuania's barrier on the Belarus border: 502 km, EUR 152 M (EPSO-G spokesman A. Bubnelis)",
    publisher="RIA FAN; also TASS",
    date="2022-08",
    url="https://riafan.ru/23615784-litva_otgorodilas_ot_belorussii_bar_erom_protyazhennost_yu_502_kilometra",
    quote="\u0432\u0441\u044f \u043f\u0440\u043e\u0442\u044f\u0436\u0435\u043d\u043d\u043e\u0441\u0442\u044c \u043a\u043e\u0442\u043e\u0440\u043e\u0433\u043e \u0441\u043e\u0441\u0442\u0430\u0432\u043b\u044f\u0435\u0442 502 \u043a\u043c; \u0421\u0442\u043e\u0438\u043c\u043e\u0441\u0442\u044c \u043f\u0440\u043e\u0435\u043a\u0442\u0430 \u0441\u043e\u0441\u0442\u0430\u0432\u0438\u043b\u0430 152 \u043c\u0438\u043b\u043b\u0438\u043e\u043d\u0430 \u0435\u0432\u0440\u043e",
)
FENCE_FI = Citation(
    key="fence-fin-rus",
    title="Finland to build fence on Russian border (J. Tanner)",
    publisher="Associated Press",
    date="2022-11-15",
    url="https://localnews8.com/?p=972461",
    quote=(
        "will altogether cover a maximum of 200 kilometers ... is estimated to cost a total of 380 million euros "
        "($393 million) and is scheduled to be completed by 2026"
    ),
)
CCW_APII = Citation(
    key="ccw-apii",
    title="Protocol II to the CCW as amended on 3 May 1996 (Amended Protocol II), Art. 5(2)(a) and Technical Annex \u00a73",
    publisher="United Nations; text as reproduced by the US National Research Council (2001)",
    date="1996-05-03",
    url="http://www.nap.edu/openbook.php?record_id=10071&page=114",
    quote=(
        "Art. 5(2)(a): such weapons are placed within a perimeter-marked area which is monitored by military "
        "personnel and protected by fencing or other means, to ensure the effective exclusion of civilians from the "
        "area. Technical Annex 3(a): no more than 10% of activated mines will fail to self-destruct within 30 days "
        "after emplacement ... no more than one in one thousand activated mines will function as a mine 120 days "
        "after emplacement."
    ),
)

#: Cost of one new anti-personnel mine, in EUR: "a few tens of euros to a couple hundred
#: euros" read as 20 to 200 (90 % interval). The older UN "USD 3-30" is kept in FACTS only.
UNIT_COST_DEFAULT = ("20 to 200", "EUR", FINLAND_UNIT_COST)
#: Fencing and marking per km of land front, EUR: Lithuania's 502 km for EUR 152 M (0.30 M/km)
#: to Finland's 200 km for EUR 380 M (1.9 M/km), read as a 90 % interval. Amended Protocol II
#: requires a perimeter-marked, fenced and monitored area for mines without self-destruction.
FENCE_COST_DEFAULT = ("300000 to 1900000", "EUR", (FENCE_LT, FENCE_FI, CCW_APII))
#: Laying has no public cost figure: "not costed" unless the user states one.
LAYING_COST_DEFAULT = None


# ====================================================================================
# Production capacity and stocks
# ====================================================================================

BELMA_REUTERS = Citation(
    key="belma-reuters-2025",
    title="Poland to resume production of anti-personnel mines (Reuters exclusive: deputy minister P. Zalewski; Belma CEO J. Zakrzewski)",
    publisher="Reuters, relayed by rco.news, ragex.co and news-pravda (2025-12-17)",
    date="2025-12-17",
    url="https://rco.news/world/64301",
    quote=(
        "this company has the ability to produce up to 1.2 million mines of various types, including anti-personnel "
        "mines, next year. Belma currently produces about 100,000 mines annually."
    ),
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
        note="Stated ability for 2026, all mine types including anti-personnel; output in 2025 about 100,000 a year.",
    ),
)

#: Facts of this module exposed to claims files as ``const:NAME``.
FACTS: dict[str, Sourced] = {
    "MANUAL_DEMINER_M2_PER_DAY_LOW": Sourced(10, "m\u00b2/deminer/day", HALO_MANUAL, "high"),
    "MANUAL_DEMINER_M2_PER_DAY_HIGH": Sourced(50, "m\u00b2/deminer/day", HALO_MANUAL, "high"),
    "MDD_TEAM_M2_PER_DAY_LOW": Sourced(800, "m\u00b2/dog team/day", SFOR_DOGS, "medium", "two dogs, Bosnia and Herzegovina, 2001"),
    "MDD_TEAM_M2_PER_DAY_HIGH": Sourced(900, "m\u00b2/dog team/day", SFOR_DOGS, "medium"),
    "CLEARANCE_COST_USD_PER_M2_LOW": Sourced(2, "USD/m\u00b2", EPS_COST, "high", "2006 dollars"),
    "CLEARANCE_COST_USD_PER_M2_HIGH": Sourced(39, "USD/m\u00b2", EPS_COST, "high", "2006 dollars"),
    "GLOBAL_CLEARED_KM2_2022": Sourced(219.31, "km\u00b2", LM_2023_IMPACT, "high", _LM_SCOPE),
    "GLOBAL_REDUCED_TS_KM2_2022": Sourced(121.11, "km\u00b2", LM_2023_IMPACT, "high"),
    "GLOBAL_CANCELLED_NTS_KM2_2022": Sourced(156.92, "km\u00b2", LM_2023_IMPACT, "high"),
    "GLOBAL_RELEASED_KM2_2022": Sourced(497.34, "km\u00b2", LM_2023_IMPACT, "high"),
    "GLOBAL_AP_MINES_DESTROYED_2022": Sourced(169_276, "mines", LM_2023_IMPACT, "high"),
    "GLOBAL_CLEARED_KM2_2023": Sourced(281.50, "km\u00b2", LM_2024_RELAY, "medium", _LM_SCOPE),
    "CROATIA_CLEARED_KM2_2019": Sourced(39.16, "km\u00b2", MAR_CROATIA_2020, "high"),
    "KOREA_JCS_CLEARED_M2_2008": Sourced(200_000, "m\u00b2", MBN_2008, "medium", "April-November 2008 season"),
    "KOREA_CLEARANCE_M2_PER_YEAR_HIGH": Sourced(200_000, "m\u00b2/year", ASIAE_PACE, "medium", "upper end of '100,000-200,000 m\u00b2 a year'"),
    "KOREA_CLEARANCE_M2_PER_YEAR_LOW": Sourced(100_000, "m\u00b2/year", ASIAE_PACE, "medium"),
    "BELMA_CAPACITY_2026_ALL_TYPES": Sourced(1_200_000, "mines/year", BELMA_REUTERS, "medium", "all mine types, including anti-personnel"),
    "BELMA_OUTPUT_2025_ALL_TYPES": Sourced(100_000, "mines/year", BELMA_REUTERS, "medium", "all mine types"),
    "FENCE_LTU_EUR": Sourced(152e6, "EUR", FENCE_LT, "medium", "502 km"),
    "FENCE_LTU_KM": Sourced(502, "km", FENCE_LT, "medium"),
    "FENCE_FIN_EUR": Sourced(380e6, "EUR", FENCE_FI, "high", "at most 200 km"),
    "FENCE_FIN_KM": Sourced(200, "km", FENCE_FI, "high"),
    "EUR_USD_2025_02_28": Sourced(1.0411, "USD per EUR", ECB_2025_02_28, "medium"),
    "APII_SELF_DESTRUCT_DAYS": Sourced(30, "days", CCW_APII, "high", "at most 10 % of remotely delivered AP mines may fail to self-destruct by then"),
    "APII_SELF_DEACTIVATE_DAYS": Sourced(120, "days", CCW_APII, "high", "at most 1 in 1,000 may still function by then"),
}
