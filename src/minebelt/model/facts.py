"""Sourced single figures, dates and memberships (``const:NAME``, ``date:NAME`` in claims files).

Layer: pure (sourced constants). Nothing in the model code carries a bare number: every
figure is a :class:`~minebelt.model.sourcing.Sourced` value (value, unit, citation, note on
certainty) in a topic module of :mod:`minebelt.model` (:mod:`.densities`, :mod:`.barriers`,
:mod:`.facts`, :mod:`.production_sources`, :mod:`.cost_sources`, :mod:`.clearance_sources`,
:mod:`.currency`), and the outputs list the citations of every figure a run used.

Dates are publication dates (ISO 8601); ``accessed`` is when the figure was checked for
minebelt. The seed articles are described in :mod:`.seeds`; the citations of the figures
below that no topic module holds are in :mod:`.facts_sources` (importable from here too).
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
from .facts_sources import (  # noqa: F401  (re-exported: the citations used to live here)
    ARMISTICE_1953,
    ASIAE_2018,
    DONGA_2019,
    EST_PBGB_2018,
    EU_MEMBERS_CITATION,
    GYEONGGI_DMZ,
    ICBL_FIN_2015,
    ICRC_1998,
    KMHPF,
    KOREA_HERALD_2018,
    LANDMINE_MONITOR_2025,
    LANDMINE_MONITOR_KOR,
    LM_2006_UKRAINE,
    LM_STATES_NOT_PARTY,
    LM_STATES_NOT_PARTY_2024,
    NATO_MEMBERS_CITATION,
    NIST_MILE,
    OTTAWA_CONVENTION,
    SEJM_2025,
    SEOUL_SHINMUN,
    UN_BANMINES,
    YEOUIDO_MLTM_2012,
)
from .plans import PLAN_FACTS, PLAN_MEMBERSHIPS
from .production_sources import BELMA_REUTERS, STATED_NEEDS
from .seeds import seed_001
from .sourcing import Citation, Sourced
from .treaty_facts import TREATY_DATES, TREATY_FACTS

# Older names of citations kept in the topic modules.
POLAND_BELMA = BELMA_REUTERS

#: Sourced single figures, by name, for calibration and the fact-checker (``const:NAME``).
FACTS: dict[str, Sourced] = {
    "DMZ_MINES_SOUTH": Sourced(1_270_000, "mines", ASIAE_2018, "medium", "JCS 2016 total for the South"),
    "DMZ_MINES_IN_DMZ": Sourced(520_000, "mines", ASIAE_2018, "medium"),
    "DMZ_MINES_NORTH_OF_CCL": Sourced(740_000, "mines", ASIAE_2018, "medium"),
    "DMZ_MINES_SOUTH_OF_CCL": Sourced(10_000, "mines", ASIAE_2018, "medium"),
    "DMZ_MINED_AREA_KMCRI_KM2": Sourced(112.58, "km\u00b2", KMHPF, "medium"),
    "YEOUIDO_AREA_KM2": Sourced(2.9, "km\u00b2", YEOUIDO_MLTM_2012, "high", "the unit of 'N times Yeouido'"),
    "DMZ_MINED_AREA_NDC2010_PLANNED_KM2": Sourced(20.0, "km\u00b2", LANDMINE_MONITOR_KOR, "medium"),
    "DMZ_MINED_AREA_NDC2010_UNCONFIRMED_KM2": Sourced(97.82, "km\u00b2", LANDMINE_MONITOR_KOR, "medium"),
    "DMZ_LENGTH_KM": Sourced(248.0, "km", GYEONGGI_DMZ, "high", "the Military Demarcation Line on land"),
    "DMZ_WIDTH_KM": Sourced(4.0, "km", ARMISTICE_1953, "high", "2 km on each side of the Military Demarcation Line"),
    "OTTAWA_ENTRY_INTO_FORCE_YEAR": Sourced(
        1999, "year", OTTAWA_CONVENTION, "high", "entered into force on 1 March 1999"
    ),
    "OTTAWA_WITHDRAWAL_NOTICE_MONTHS": Sourced(
        6, "months", OTTAWA_CONVENTION, "high", "Art. 20(3); later if the state is then engaged in an armed conflict"
    ),
    "POLAND_MINE_CAPACITY_MAX_PER_YEAR": Sourced(
        1_200_000,
        "mines/year",
        POLAND_BELMA,
        "medium",
        "Belma's stated ability for 2026, all mine types including anti-personnel (not an anti-personnel capacity)",
    ),
    "KM_PER_MILE": Sourced(1.609344, "km/mile", NIST_MILE, "high"),
    "EST_RUS_BORDER_LAND_KM": Sourced(
        135.6, "km", EST_PBGB_2018, "high", "the land section, of which 101 km swamps and bogs"
    ),
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

#: The other documents a membership list rests on (cited beside :data:`MEMBERSHIPS`'s own).
MEMBERSHIP_ALSO: dict[str, tuple[Citation, ...]] = {
    "OTTAWA_NOT_PARTY": (LM_STATES_NOT_PARTY_2024, LANDMINE_MONITOR_2025),
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
        frozenset(
            "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE".split()
        ),
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

KUKMIN_2018 = NEWSIS_2018
ASIAE_NDC_REVIEW = ASIAE_PACE

#: Figures of the block tables (:mod:`.clearance_sources`, :mod:`.cost_sources`,
#: :mod:`.production_sources`, :mod:`.currency`) exposed to claims files as ``const:NAME``.
BLOCK_FACTS: dict[str, Sourced] = {
    "MANUAL_DEMINER_M2_PER_DAY_LOW": Sourced(10, "m\u00b2/deminer/day", HALO_MANUAL, "high"),
    "MANUAL_DEMINER_M2_PER_DAY_HIGH": Sourced(50, "m\u00b2/deminer/day", HALO_MANUAL, "high"),
    "MDD_TEAM_M2_PER_DAY_LOW": Sourced(
        800, "m\u00b2/dog team/day", SFOR_DOGS, "medium", "two dogs, Bosnia and Herzegovina, 2001"
    ),
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
    "UKRAINE_CLEARED_KM2_2024": Sourced(
        695, "km\u00b2", KMU_2024, "medium", "State Emergency Service and National Police units; all explosive ordnance"
    ),
    "INNER_GERMAN_MINES_WITHOUT_RECORDS": Sourced(
        33_000, "mines", WELT_2016, "high", "Thuringia's section, after two clearances"
    ),
    "KOREA_AIR_DEFENCE_MINES_MISSING": Sourced(
        2_842, "mines", NOCUT_2021, "high", "of 50,855 laid around rear air-defence bases"
    ),
    "KOREA_JCS_CLEARED_M2_2008": Sourced(200_000, "m\u00b2", MBN_2008, "medium", "April-November 2008 season"),
    "KOREA_CLEARANCE_M2_PER_YEAR_HIGH": Sourced(
        200_000, "m\u00b2/year", ASIAE_PACE, "medium", "upper end of '100,000-200,000 m\u00b2 a year'"
    ),
    "KOREA_CLEARANCE_M2_PER_YEAR_LOW": Sourced(100_000, "m\u00b2/year", ASIAE_PACE, "medium"),
    "KOREA_JCS_PLAN_2021_M2": Sourced(
        630_000,
        "m\u00b2",
        HANKYUNG_2021,
        "medium",
        "planned for the April-November 2021 season by 34 engineer units (about 1,700 troops)",
    ),
    "BELMA_CAPACITY_2026_ALL_TYPES": Sourced(
        1_200_000, "mines/year", BELMA_REUTERS, "medium", "all mine types, including anti-personnel"
    ),
    "BELMA_OUTPUT_2025_ALL_TYPES": Sourced(100_000, "mines/year", BELMA_REUTERS, "medium", "all mine types"),
    "FENCE_LTU_EUR": Sourced(152e6, "EUR", FENCE_LT, "medium", "502 km"),
    "FENCE_LTU_KM": Sourced(502, "km", FENCE_LT, "medium"),
    "FENCE_FIN_EUR": Sourced(380e6, "EUR", FENCE_FI, "high", "at most 200 km"),
    "FENCE_FIN_KM": Sourced(200, "km", FENCE_FI, "high"),
    "FIN_AP_STOCKPILE_2012": Sourced(
        1_029_763, "mines", ICBL_FIN_2015, "high", "anti-personnel, declared mid-2012; destroyed by August 2015"
    ),
    "FENCE_POL_PLN": Sourced(1.6e9, "PLN", FENCE_PL, "medium", "incl. the electronic barrier"),
    "FENCE_POL_KM": Sourced(186.25, "km", FENCE_PL, "medium"),
    "EUR_USD_2025_02_28": Sourced(eur_rate("USD", "2025-02-28")[0], "USD per EUR", ECB_RATES, "high"),
    "APII_SELF_DESTRUCT_DAYS": Sourced(
        30, "days", CCW_APII, "high", "at most 10 % of remotely delivered AP mines may fail to self-destruct by then"
    ),
    "APII_SELF_DEACTIVATE_DAYS": Sourced(
        120, "days", CCW_APII, "high", "at most 1 in 1,000 may still function by then"
    ),
}

FACTS.update(
    {
        "AP_MINE_UNIT_COST_USD_LOW": Sourced(3, "USD/mine", UN_BANMINES, "weak"),
        "AP_MINE_UNIT_COST_USD_HIGH": Sourced(30, "USD/mine", UN_BANMINES, "weak"),
        "DMZ_CLEARANCE_YEARS_ALL_BATTALIONS": Sourced(
            200,
            "years",
            KUKMIN_2018,
            "medium",
            "all 11 forward engineer battalions, the whole mined area south of the MDL and around the CCL (about 116 km\u00b2)",
        ),
        "DMZ_ARMY_MINED_AREA_YEOUIDOS": Sourced(
            40,
            "times Yeouido",
            KUKMIN_2018,
            "medium",
            "the Army's published figure: minefields south of the MDL 'about 40 times Yeouido'",
        ),
        "DMZ_ARMY_MINED_AREA_KM2": Sourced(
            116,
            "km\u00b2",
            KUKMIN_2018,
            "medium",
            "derived: 'about 40 times Yeouido' x 2.9 km\u00b2, the area of the Army's 200 years",
        ),
        "DMZ_CLEARANCE_YEARS_CURRENT_PACE": Sourced(
            469,
            "years",
            ASIAE_NDC_REVIEW,
            "medium",
            "all mines on the Korean peninsula, North and South, at the current pace",
        ),
        "KOREA_PENINSULA_MINED_AREA_KM2": Sourced(
            661.18,
            "km\u00b2",
            ASIAE_NDC_REVIEW,
            "medium",
            "estimated mined area of the whole peninsula, North included",
        ),
        "KOREA_UNIDENTIFIED_CLEARANCE_YEARS": Sourced(
            489,
            "years",
            KMHPF_AREA,
            "medium",
            "the unidentified minefields only (90.78 km\u00b2), Ministry of National Defense",
        ),
        "KOREA_UNIDENTIFIED_AREA_KM2": Sourced(90.78, "km\u00b2", KMHPF_AREA, "medium", "80 % of 112.5 km\u00b2"),
        "KOREA_MINES_FRONT_ALT": Sourced(
            1_500_000,
            "mines",
            KMHPF_AREA,
            "weak",
            "'about 1.5 million' in the front, the same page as the 489 years (as relayed in the issue; the quote was not re-read here): an alternative to the JCS 1.27 M",
        ),
        "DMZ_CLEARANCE_YEARS_CURRENT_TREND_DRI": Sourced(
            400, "years", DONGA_2019, "medium", "'more than 400 years' for the peninsula"
        ),
        "DMZ_CLEARANCE_COST_KRW_CURRENT_PACE": Sourced(1e12, "KRW", ASIAE_NDC_REVIEW, "medium"),
        "DMZ_COMPANY_M2_PER_YEAR": Sourced(20_000, "m\u00b2/company/year", SEOUL_SHINMUN, "medium"),
        # what seed 001 says, for claims about the article only: never an input (the article is under check)
        "DMZ_MINED_AREA_SEED_KM2": Sourced(
            114,
            "km\u00b2",
            seed_001("increasing the total mined area to over 114 km\u00b2"),
            "medium",
            "what seed 001 says; minebelt's figures use the Army's DMZ_ARMY_MINED_AREA_KM2",
        ),
        "SEED_KOREAN_MODEL_PER_KM2": Sourced(
            12_000,
            "mines/km\u00b2",
            seed_001("with densities exceeding 12,000 mines per square kilometer in the most fortified areas"),
            "medium",
            "the article's 'Korean model' density",
        ),
        "SEED_REDUCED_MODEL_PER_KM2": Sourced(
            6_000, "mines/km\u00b2", seed_001("If density is reduced to 6,000 mines per square kilometer"), "medium"
        ),
        "SEED_MODEL_DEPTH_KM": Sourced(
            2, "km", seed_001("Applying the Korean mining model with a depth of 2 km"), "medium"
        ),
        **BLOCK_FACTS,
        **TREATY_FACTS,
        **PLAN_FACTS,
        **{
            n.key: Sourced(
                n.mines,
                "mines",
                n.citation,
                n.certainty,
                f"{n.reading} {n.mines:,.0f} ({n.scope}): {n.what}; {n.said_by}, {n.date}",
            )
            for n in STATED_NEEDS
        },
    }
)
