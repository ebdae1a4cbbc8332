"""Sourced single figures, dates and memberships (``const:NAME``, ``date:NAME`` in claims files).

Layer: pure (sourced constants). Nothing in the model code carries a bare number: every
figure is a :class:`~minebelt.model.sourcing.Sourced` value (value, unit, citation, note on
certainty) in a topic module of :mod:`minebelt.model` (:mod:`.densities`, :mod:`.barriers`,
:mod:`.facts`, :mod:`.production_sources`, :mod:`.cost_sources`, :mod:`.clearance_sources`,
:mod:`.currency`), and the outputs list the citations of every figure a run used.

Dates are publication dates (ISO 8601); ``accessed`` is when the figure was checked for
minebelt. The seed articles are described in :mod:`.seeds`.
"""

from __future__ import annotations

from .clearance_sources import (
    ASIAE_PACE,
    EPS_COST,
    HALO_MANUAL,
    HANKYUNG_2021,
    HINA_2024,
    KMHPF_AREA,
    KMU_2024,
    LM_2023_IMPACT,
    LM_2024_RELAY,
    LM_CROATIA_2018,
    LM_MINES_SCOPE,
    LM_SCOPE,
    MAR_CROATIA_2020,
    MBN_2008,
    NEWSIS_2018,
    NOCUT_2021,
    SFOR_DOGS,
    WELT_2016,
)
from .cost_sources import CCW_APII, FENCE_FI, FENCE_LT, FENCE_PL
from .currency import ECB_RATES, eur_rate
from .plans import PLAN_FACTS, PLAN_MEMBERSHIPS
from .production_sources import BELMA_REUTERS, STATED_NEEDS
from .seeds import seed_001
from .sourcing import Citation, Sourced
from .treaty_facts import TREATY_DATES, TREATY_FACTS

# --------------------------------------------------------------------------------------
# Korean DMZ: the historical benchmark of seed 001
# --------------------------------------------------------------------------------------

ASIAE_2018 = Citation(
    key="asiae-2018",
    title="[DMZ \uc9c0\ub8b0 \uc81c\uac70] \ud55c\ubc18\ub3c4 \ub9e4\uc124 \uc9c0\ub8b0, \uc885\ub958\uc640 \uc591\uc740 \uc5bc\ub9c8? (the mines laid on the Korean peninsula: what kinds and how many?), Joint Chiefs of Staff data, 2016",
    publisher="Asia Economy (Kim Hee-yoon)",
    date="2018-10-02",
    url="http://view.asiae.co.kr/news/view.htm?idxno=2018100119541429796",
    locator="JCS 2016 breakdown: 520,000 in the DMZ, 740,000 north of the Civilian Control Line, 10,000 south of it (the URL id starts 20181001; posted 2018-10-02 07:00)",
)
KMHPF = Citation(
    key="kmcri-kyeongin",
    title="\ub3c4\ubd81\ubd80\ub4f1 \u5357 \ub9e4\uc124\uc9c0\uc5ed 112.58\u33a2 / \uc804\uccb4\uc9c0\uc5ed\uc911 94.8% '\ubbf8\ud655\uc778 \uc9c0\ub300' (mined areas in the South 112.58 km\u00b2, 94.8 % unidentified)",
    publisher="Kyeongin Ilbo, citing the Korea Mine Clearance Research Institute",
    date="undated (accessed 2026-11)",
    url="https://kyeongin.com/article/1316855",
    locator="headline figures only: 112.58 km\u00b2 in the South, 94.8 % of it unidentified",
)
LANDMINE_MONITOR_KOR = Citation(
    key="lm-kor",
    title="Republic of Korea: Mine Action / Mine Ban Policy profile",
    publisher="Landmine and Cluster Munition Monitor (ICBL-CMC)",
    date="2011",
    url="http://www.the-monitor.org/",
    locator="National Defense Committee 2010: about 1,100 planned mined areas covering 20 km\u00b2 and 209 unconfirmed or suspected mined areas covering 97.82 km\u00b2",
)
GYEONGGI_DMZ = Citation(
    key="gyeonggi-dmz",
    title="\ube44\ubb34\uc7a5\uc9c0\ub300 (The Demilitarized Zone)",
    publisher="Gyeonggi Province DMZ portal (provincial government)",
    date="undated (accessed 2026-11)",
    url="https://dmz.gg.go.kr/gg_dmz-intro/boundary/boundary_02",
    quote="\ucd1d 1,292\uac1c\uc758 \ud45c\uc9c0\ud310\uc744 \uc138\uc6cc \uc721\uc0c1\uc73c\ub85c 248\u338e(155mile) ... \uc758 \uad70\uc0ac\ubd84\uacc4\uc120\uc744 \ud45c\uc2dc (1,292 markers mark 248 km of the Military Demarcation Line on land)",
    locator="also AP, 2018-10-01: '248-kilometer (155-mile)-long, 4-kilometer (2.5-mile)-wide Demilitarized Zone'",
)
#: Kept for old references; the 248 km land length is the Gyeonggi portal's (the Korea Herald
#: of 2018-10-03 wrote "250-kilometer-long").
KOREA_HERALD_2018 = GYEONGGI_DMZ
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
    publisher="United Nations Treaty Collection (depositary: UN Secretary-General); authentic Russian text via garant.ru (the Swiss German text, SR 0.515.092, matches)",
    date="1997-09-18",
    url="https://base.garant.ru/2560410/9e3305d0d08ff111955ebd93afd10878",
    locator="Art. 17 (entry into force 1 March 1999); Art. 20(3) (withdrawal takes effect six months after receipt, not during an armed conflict); the English text itself was not retrieved",
    quote=(
        "Art. 20(3): \u0422\u0430\u043a\u043e\u0439 \u0432\u044b\u0445\u043e\u0434 \u0432\u0441\u0442\u0443\u043f\u0430\u0435\u0442 \u0432 \u0441\u0438\u043b\u0443 \u0442\u043e\u043b\u044c\u043a\u043e \u043f\u043e \u0438\u0441\u0442\u0435\u0447\u0435\u043d\u0438\u0438 \u0448\u0435\u0441\u0442\u0438 \u043c\u0435\u0441\u044f\u0446\u0435\u0432 \u0441\u043e \u0434\u043d\u044f \u043f\u043e\u043b\u0443\u0447\u0435\u043d\u0438\u044f "
        "\u0414\u0435\u043f\u043e\u0437\u0438\u0442\u0430\u0440\u0438\u0435\u043c \u0443\u0432\u0435\u0434\u043e\u043c\u043b\u0435\u043d\u0438\u044f \u043e \u0432\u044b\u0445\u043e\u0434\u0435. \u041e\u0434\u043d\u0430\u043a\u043e \u0435\u0441\u043b\u0438 \u043d\u0430 \u043c\u043e\u043c\u0435\u043d\u0442 \u0438\u0441\u0442\u0435\u0447\u0435\u043d\u0438\u044f \u044d\u0442\u043e\u0433\u043e \u0448\u0435\u0441\u0442\u0438\u043c\u0435\u0441\u044f\u0447\u043d\u043e\u0433\u043e "
        "\u0441\u0440\u043e\u043a\u0430 \u0433\u043e\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u043e-\u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a, \u0437\u0430\u044f\u0432\u0438\u0432\u0448\u0435\u0435 \u043e \u0432\u044b\u0445\u043e\u0434\u0435, \u0432\u043e\u0432\u043b\u0435\u0447\u0435\u043d\u043e \u0432 \u0432\u043e\u043e\u0440\u0443\u0436\u0435\u043d\u043d\u044b\u0439 \u043a\u043e\u043d\u0444\u043b\u0438\u043a\u0442, "
        "\u0432\u044b\u0445\u043e\u0434 \u0432\u0441\u0442\u0443\u043f\u0430\u0435\u0442 \u0432 \u0441\u0438\u043b\u0443 \u043b\u0438\u0448\u044c \u043f\u043e\u0441\u043b\u0435 \u043e\u043a\u043e\u043d\u0447\u0430\u043d\u0438\u044f \u044d\u0442\u043e\u0433\u043e \u0432\u043e\u043e\u0440\u0443\u0436\u0435\u043d\u043d\u043e\u0433\u043e \u043a\u043e\u043d\u0444\u043b\u0438\u043a\u0442\u0430. (Such withdrawal takes effect only six "
        "months after the Depositary receives the notice; if, when the six months expire, the withdrawing State Party is "
        "involved in an armed conflict, the withdrawal takes effect only after the end of that armed conflict.)"
    ),
)
ICRC_1998 = Citation(
    key="icrc-1998",
    title="Banning Anti-Personnel Mines - The Ottawa Treaty Explained",
    publisher="International Committee of the Red Cross",
    date="1998",
    url="https://www.nzdl.org/",
    locator="\u00a72.7 Withdrawal",
    quote="the withdrawal does not take effect until six months after such notice is received",
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
POLAND_BELMA = BELMA_REUTERS
SEJM_2025 = Citation(
    key="sejm-2025",
    title="Poland's Sejm votes to withdraw from the Ottawa Treaty (413 for, 15 against, 3 abstentions)",
    publisher="TASS; also glob-news.com and MENAFN (vote on the evening of Wednesday 25 June 2025)",
    date="2025-06-26",
    url="https://tass.com/world/1981227",
    quote="at a meeting on the evening of 25 June, 413 MPs supported this decision, 15 were against it, and three abstained",
)
LM_2006_UKRAINE = Citation(
    key="lm-2006-ukraine",
    title="Ukraine, Landmine Monitor Report 2006",
    publisher="ICBL Landmine Monitor",
    date="2006",
    url="http://www.the-monitor.org/index.php/publications/display?act=submit&pqs_year=2006&pqs_type=lm&pqs_report=ukraine",
    locator="Mine Ban Policy",
    quote=(
        "On 18 May 2005, parliament approved draft law No. 0253 on the ratification of the Mine Ban Treaty. "
        "Immediately after the vote, the President of Ukraine signed the ratification law. Ukraine officially "
        "deposited its instrument of ratification with the UN on 27 December 2005"
    ),
)
LM_STATES_NOT_PARTY = Citation(
    key="lm-not-party",
    title="Landmine Monitor 2020-2024, Ban Policy: the 33 states not party to the Mine Ban Treaty",
    publisher="ICBL-CMC Landmine Monitor; Human Rights Watch (Landmine Monitor 2025 release)",
    date="2024-11",
    url="https://archives2.the-monitor.org/en-gb/reports/2020/landmine-monitor-2020/ban-policy.aspx",
    quote="Most of the 33 countries that remain outside of the treaty nonetheless abide by its key provisions",
    locator=(
        "count (33) read in the report; the member list is the Monitor's states-not-party list as of 2024, before the "
        "Marshall Islands and Tonga joined in 2025 (HRW, 2025-12-01: 166 States Parties)"
    ),
)
EST_PBGB_2018 = Citation(
    key="est-rus-border-pbgb",
    title="Land border between Estonia, Russia fully marked (Police and Border Guard Board, via LETA/BNS)",
    publisher="The Baltic Course",
    date="2018-02-06",
    url="http://www.baltic-course.com/eng/baltic_states_cis/?doc=137431",
    quote=(
        "The length of the Estonian-Russian land border section is 135.6 kilometers, of which 101 kilometers is swamps and "
        "bogs. The lake border on Lake Peipsi is 124.2 kilometers long and the border along the Narva River is 76.4 "
        "kilometers long."
    ),
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
    "DMZ_MINED_AREA_NDC2010_UNCONFIRMED_KM2": Sourced(97.82, "km\u00b2", LANDMINE_MONITOR_KOR, "medium"),
    "DMZ_LENGTH_KM": Sourced(248.0, "km", GYEONGGI_DMZ, "high", "the Military Demarcation Line on land"),
    "DMZ_WIDTH_KM": Sourced(4.0, "km", ARMISTICE_1953, "high", "2 km on each side of the Military Demarcation Line"),
    "OTTAWA_ENTRY_INTO_FORCE_YEAR": Sourced(1999, "year", OTTAWA_CONVENTION, "high", "entered into force on 1 March 1999"),
    "OTTAWA_WITHDRAWAL_NOTICE_MONTHS": Sourced(6, "months", OTTAWA_CONVENTION, "high", "Art. 20(3); later if the state is then engaged in an armed conflict"),
    "POLAND_MINE_CAPACITY_MAX_PER_YEAR": Sourced(
        1_200_000, "mines/year", POLAND_BELMA, "medium", "Belma's stated ability for 2026, all mine types including anti-personnel (not an anti-personnel capacity)"
    ),
    "KM_PER_MILE": Sourced(1.609344, "km/mile", NIST_MILE, "high"),
    "EST_RUS_BORDER_LAND_KM": Sourced(135.6, "km", EST_PBGB_2018, "high", "the land section, of which 101 km swamps and bogs"),
    "EST_RUS_BORDER_BOG_KM": Sourced(101, "km", EST_PBGB_2018, "high", "swamps and bogs on the land section"),
    "EST_RUS_BORDER_LAKE_KM": Sourced(124.2, "km", EST_PBGB_2018, "high", "the lake border on Lake Peipsi"),
    "EST_RUS_BORDER_RIVER_KM": Sourced(76.4, "km", EST_PBGB_2018, "high", "the Narva River"),
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
    "POLAND_SEJM_VOTE": ("2025-06-25", SEJM_2025),
    "UKRAINE_RATIFICATION_LAW": ("2005-05-18", LM_2006_UKRAINE),
    "UKRAINE_RATIFICATION_DEPOSIT": ("2005-12-27", LM_2006_UKRAINE),
    "OTTAWA_ENTRY_INTO_FORCE": ("1999-03-01", OTTAWA_CONVENTION),
    **TREATY_DATES,
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
    # States not party to the Mine Ban Treaty before the 2025 withdrawals took effect (the first,
    # Estonia's, Latvia's and Lithuania's, on 27 December 2025).
    "OTTAWA_NOT_PARTY": (
        frozenset(
            "ARM AZE BHR CHN CUB EGY GEO IND IRN ISR KAZ KGZ LAO LBN LBY MHL FSM MNG MAR MMR NPL PRK PAK RUS SAU SGP KOR SYR TON ARE USA UZB VNM".split()
        ),
        LM_STATES_NOT_PARTY,
    ),
    **PLAN_MEMBERSHIPS,
}


# --------------------------------------------------------------------------------------
# Clearance, cost and production: the Korean reference figures (the block defaults are
# the dated tables of :mod:`.clearance_sources`, :mod:`.cost_sources`, :mod:`.production_sources`)
# --------------------------------------------------------------------------------------

UN_BANMINES = Citation(
    key="un-banmines",
    title="Landmines: facts (UN CyberSchoolBus 'banmines'), as relayed by secondary sites",
    publisher="United Nations (original page not confirmed; the UN library's Ask DAG, 2022, calls such comparisons misleading)",
    date="1997",
    url="https://www.un.org/cyberschoolbus/banmines/facts.asp",
    locator="an anti-personnel mine costs USD 3-30 to make and USD 300-1,000 to remove",
)
KUKMIN_2018 = NEWSIS_2018
ASIAE_NDC_REVIEW = ASIAE_PACE
DONGA_2019 = Citation(
    key="donga-2019",
    title="DMZ mine clearance: 400+ years at the current trend (Democratic Research Institute paper, 2018, by Lee Yong-min)",
    publisher="Dong-A Ilbo",
    date="2019-09-25",
    url="https://www.donga.com/news/Society/article/all/20190925/97586066/1",
    quote="\ud604 \ucd94\uc138\ub77c\uba74 \ud55c\ubc18\ub3c4 \uc9c0\ub8b0\uc81c\uac70\uc5d0 400\ub144 \uc774\uc0c1\uc758 \uae30\uac04\uc774 \uc18c\uc694\ub418\ub294 \uac83\uc73c\ub85c \ucd94\uc0b0 (at the current trend, more than 400 years to clear the peninsula's mines)",
)
SEOUL_SHINMUN = Citation(
    key="seoul-shinmun",
    title="DMZ\uc5d0 \ubb3b\ud78c \uc9c0\ub8b0 200\ub9cc\ubc1c..\uc644\uc804\ud788 \uc5c6\uc560\ub824\uba74 200\ub144 \uac78\ub9b0\ub2e4",
    publisher="Seoul Shinmun (mirrored at tadream.tistory.com/26486)",
    date="2018-10-04",
    locator="one engineer company clears 200 m x 100 m (20,000 m\u00b2) a year in the DMZ",
)

#: Figures of the block tables (:mod:`.clearance_sources`, :mod:`.cost_sources`,
#: :mod:`.production_sources`, :mod:`.currency`) exposed to claims files as ``const:NAME``.
BLOCK_FACTS: dict[str, Sourced] = {
    "MANUAL_DEMINER_M2_PER_DAY_LOW": Sourced(10, "m\u00b2/deminer/day", HALO_MANUAL, "high"),
    "MANUAL_DEMINER_M2_PER_DAY_HIGH": Sourced(50, "m\u00b2/deminer/day", HALO_MANUAL, "high"),
    "MDD_TEAM_M2_PER_DAY_LOW": Sourced(800, "m\u00b2/dog team/day", SFOR_DOGS, "medium", "two dogs, Bosnia and Herzegovina, 2001"),
    "MDD_TEAM_M2_PER_DAY_HIGH": Sourced(900, "m\u00b2/dog team/day", SFOR_DOGS, "medium"),
    "CLEARANCE_COST_USD_PER_M2_LOW": Sourced(2, "USD/m\u00b2", EPS_COST, "high", "2006 dollars"),
    "CLEARANCE_COST_USD_PER_M2_HIGH": Sourced(39, "USD/m\u00b2", EPS_COST, "high", "2006 dollars"),
    "GLOBAL_CLEARED_KM2_2022": Sourced(219.31, "km\u00b2", LM_2023_IMPACT, "high", LM_SCOPE),
    "GLOBAL_REDUCED_TS_KM2_2022": Sourced(121.11, "km\u00b2", LM_2023_IMPACT, "high"),
    "GLOBAL_CANCELLED_NTS_KM2_2022": Sourced(156.92, "km\u00b2", LM_2023_IMPACT, "high"),
    "GLOBAL_RELEASED_KM2_2022": Sourced(497.34, "km\u00b2", LM_2023_IMPACT, "high"),
    "GLOBAL_AP_MINES_DESTROYED_2022": Sourced(169_276, "mines", LM_2023_IMPACT, "high"),
    "GLOBAL_CLEARED_KM2_2023": Sourced(281.50, "km\u00b2", LM_2024_RELAY, "medium", LM_SCOPE),
    "GLOBAL_AP_MINES_DESTROYED_2023": Sourced(160_566, "mines", LM_2024_RELAY, "medium", LM_MINES_SCOPE),
    "CROATIA_CLEARED_KM2_2017": Sourced(30.4, "km\u00b2", LM_CROATIA_2018, "high"),
    "CROATIA_AP_MINES_2017": Sourced(1_393, "mines", LM_CROATIA_2018, "high"),
    "CROATIA_CLEARED_KM2_2018": Sourced(49.01, "km\u00b2", MAR_CROATIA_2020, "high"),
    "CROATIA_CLEARED_KM2_2019": Sourced(39.16, "km\u00b2", MAR_CROATIA_2020, "high"),
    "CROATIA_AP_MINES_2019": Sourced(2_530, "mines", MAR_CROATIA_2020, "high"),
    "CROATIA_DEMINED_KM2_2023": Sourced(58, "km\u00b2", HINA_2024, "high", "all mine-suspected area demined"),
    "CROATIA_COST_EUR_2023": Sourced(55.5e6, "EUR", HINA_2024, "high"),
    "UKRAINE_CLEARED_KM2_2024": Sourced(695, "km\u00b2", KMU_2024, "medium", "State Emergency Service and National Police units; all explosive ordnance"),
    "INNER_GERMAN_MINES_WITHOUT_RECORDS": Sourced(33_000, "mines", WELT_2016, "high", "Thuringia's section, after two clearances"),
    "KOREA_AIR_DEFENCE_MINES_MISSING": Sourced(2_842, "mines", NOCUT_2021, "high", "of 50,855 laid around rear air-defence bases"),
    "KOREA_JCS_CLEARED_M2_2008": Sourced(200_000, "m\u00b2", MBN_2008, "medium", "April-November 2008 season"),
    "KOREA_CLEARANCE_M2_PER_YEAR_HIGH": Sourced(200_000, "m\u00b2/year", ASIAE_PACE, "medium", "upper end of '100,000-200,000 m\u00b2 a year'"),
    "KOREA_CLEARANCE_M2_PER_YEAR_LOW": Sourced(100_000, "m\u00b2/year", ASIAE_PACE, "medium"),
    "KOREA_JCS_PLAN_2021_M2": Sourced(630_000, "m\u00b2", HANKYUNG_2021, "medium", "planned for the April-November 2021 season by 34 engineer units (about 1,700 troops)"),
    "BELMA_CAPACITY_2026_ALL_TYPES": Sourced(1_200_000, "mines/year", BELMA_REUTERS, "medium", "all mine types, including anti-personnel"),
    "BELMA_OUTPUT_2025_ALL_TYPES": Sourced(100_000, "mines/year", BELMA_REUTERS, "medium", "all mine types"),
    "FENCE_LTU_EUR": Sourced(152e6, "EUR", FENCE_LT, "medium", "502 km"),
    "FENCE_LTU_KM": Sourced(502, "km", FENCE_LT, "medium"),
    "FENCE_FIN_EUR": Sourced(380e6, "EUR", FENCE_FI, "high", "at most 200 km"),
    "FENCE_FIN_KM": Sourced(200, "km", FENCE_FI, "high"),
    "FENCE_POL_PLN": Sourced(1.6e9, "PLN", FENCE_PL, "medium", "incl. the electronic barrier"),
    "FENCE_POL_KM": Sourced(186.25, "km", FENCE_PL, "medium"),
    "EUR_USD_2025_02_28": Sourced(eur_rate("USD", "2025-02-28")[0], "USD per EUR", ECB_RATES, "high"),
    "APII_SELF_DESTRUCT_DAYS": Sourced(30, "days", CCW_APII, "high", "at most 10 % of remotely delivered AP mines may fail to self-destruct by then"),
    "APII_SELF_DEACTIVATE_DAYS": Sourced(120, "days", CCW_APII, "high", "at most 1 in 1,000 may still function by then"),
}

FACTS.update(
    {
        "AP_MINE_UNIT_COST_USD_LOW": Sourced(3, "USD/mine", UN_BANMINES, "weak"),
        "AP_MINE_UNIT_COST_USD_HIGH": Sourced(30, "USD/mine", UN_BANMINES, "weak"),
        "DMZ_CLEARANCE_YEARS_ALL_BATTALIONS": Sourced(
            200, "years", KUKMIN_2018, "medium", "all 11 forward engineer battalions, the whole mined area south of the MDL and around the CCL (about 116 km\u00b2)"
        ),
        "DMZ_ARMY_MINED_AREA_KM2": Sourced(116, "km\u00b2", KUKMIN_2018, "medium", "derived: 'about 40 times Yeouido' x 2.9 km\u00b2, the area of the Army's 200 years"),
        "DMZ_CLEARANCE_YEARS_CURRENT_PACE": Sourced(469, "years", ASIAE_NDC_REVIEW, "medium", "all mines on the Korean peninsula, North and South, at the current pace"),
        "KOREA_PENINSULA_MINED_AREA_KM2": Sourced(661.18, "km\u00b2", ASIAE_NDC_REVIEW, "medium", "estimated mined area of the whole peninsula, North included"),
        "KOREA_UNIDENTIFIED_CLEARANCE_YEARS": Sourced(489, "years", KMHPF_AREA, "medium", "the unidentified minefields only (90.78 km\u00b2), Ministry of National Defense"),
        "KOREA_UNIDENTIFIED_AREA_KM2": Sourced(90.78, "km\u00b2", KMHPF_AREA, "medium", "80 % of 112.5 km\u00b2"),
        "KOREA_MINES_FRONT_ALT": Sourced(
            1_500_000, "mines", KMHPF_AREA, "weak",
            "'about 1.5 million' in the front, the same page as the 489 years (as relayed in the issue; the quote was not re-read here): an alternative to the JCS 1.27 M",
        ),
        "DMZ_CLEARANCE_YEARS_CURRENT_TREND_DRI": Sourced(400, "years", DONGA_2019, "medium", "'more than 400 years' for the peninsula"),
        "DMZ_CLEARANCE_COST_KRW_CURRENT_PACE": Sourced(1e12, "KRW", ASIAE_NDC_REVIEW, "medium"),
        "DMZ_COMPANY_M2_PER_YEAR": Sourced(20_000, "m\u00b2/company/year", SEOUL_SHINMUN, "medium"),
        # what seed 001 says, for claims about the article only: never an input (the article is under check)
        "DMZ_MINED_AREA_SEED_KM2": Sourced(114, "km\u00b2", seed_001("increasing the total mined area to over 114 km\u00b2"), "medium", "what seed 001 says; minebelt's figures use the Army's DMZ_ARMY_MINED_AREA_KM2"),
        "SEED_KOREAN_MODEL_PER_KM2": Sourced(12_000, "mines/km\u00b2", seed_001("with densities exceeding 12,000 mines per square kilometer in the most fortified areas"), "medium", "the article's 'Korean model' density"),
        "SEED_REDUCED_MODEL_PER_KM2": Sourced(6_000, "mines/km\u00b2", seed_001("If density is reduced to 6,000 mines per square kilometer"), "medium"),
        "SEED_MODEL_DEPTH_KM": Sourced(2, "km", seed_001("Applying the Korean mining model with a depth of 2 km"), "medium"),
        **BLOCK_FACTS,
        **TREATY_FACTS,
        **PLAN_FACTS,
        **{n.key: Sourced(n.mines, "mines", n.citation, n.certainty, f"{n.reading} {n.mines:,.0f} ({n.scope}): {n.what}; {n.said_by}, {n.date}") for n in STATED_NEEDS},
    }
)
