"""Historical clearances of deliberately laid minefields: the back-test table of the clearance model.

Layer: pure (sourced constants).

Each :class:`ClearanceCase` is one clearance as it happened: the mines found and destroyed, the
area cleared (or the front, with the area derived), the workforce and the actual duration, each
with its source (:mod:`.clearance_history_sources`) and certainty.

``condition`` is what history shows sets the pace of the mine term, as the sources' words give
it (the classes the published fit takes; :mod:`.clearance_condition` applies one rule on sourced
counts to every case and says which it moves):

- ``"legacy"``: no pattern to follow, every mine found by search, because the records no longer
  say where the mines are: mines
  moved by peat, dunes, floods or landslides, belts eroded or breached, records lost (the Falkland
  Islands, Zimbabwe's border belt, South Korea's rear-area fields);
- ``"recorded"``: pattern minefields on open ground, the mines located from the laying pattern
  where the records put them and the rest of the area verified to IMAS 09.10 (Jordan's Syrian border belt, the Cyprus buffer zone).

``role`` says what the case is used for:

- ``"fit"``: a sourced workforce on a whole job or phase, counted from its start to its end: the
  productivities of :mod:`.clearance_workforce` are fitted on these
  (:func:`minebelt.model.clearance.fit_productivities`) and each is tested left out of the fit
  (leave-one-out);
- ``"test"``: a sourced workforce, held out of the fit and tested against it. One rule for every
  short sample: a sample from within a job (a team's first four weeks, one season of a longer
  clearance) is held out, because the fit's unit is the calendar year as a whole job worked it,
  stand-downs included (Musanzikwa, Tiwinza 2018, South Korea 2008); so are a battlefield that is
  not a laid belt, a clearance not searched to today's standard, and a whole programme whose
  first phase is fitted;
- ``"no workforce"``: mines, area and duration are sourced but no workforce was found: shown with
  the workforce the model implies, not back-tested.
"""

from __future__ import annotations

from .clearance_case import ClearanceCase, Condition, Role  # noqa: F401  (re-exported)
from .clearance_cases_cenepa import CENEPA_CASES
from .clearance_cases_more import AP_MITCH_1998, AP_NIC_2007, LAT_NIC_1997, LM_NIC_2005, MORE_CASES, OAS_MITCH_1998
from .clearance_history_sources import (
    AFP_JOR_2010,
    AJ_KWT_2023,
    AJU_ARROWHEAD_2019,
    BBC_FLK_2010,
    CNA_CYP_2004,
    CNA_CYP_2005,
    DEFENSA_CHL_2020,
    FINMIRROR_CYP_2005,
    FREELIB_CYP_2009,
    HALO_ZW_29KM,
    HALO_ZW_10000,
    HANSARD_FLK_2009,
    JMU_KWT_2001,
    KOREA_HERALD_2021,
    LM_JOR_2012,
    LM_KWT_1999,
    LM_NIC_2011,
    LM_UK_2016,
    LM_UK_2018,
    LM_UK_2019,
    MBN_2008,
    MERCOPRESS_FLK_2017_TEAMS,
    NPA_JOR_2010,
    PPP_FLK_2019,
    SPA_JOR_2008,
    TAIPEI_FLK_2020,
    UKOTA_FLK_2020,
    UNFICYP_2016,
    XINHUA_JOR_2008,
    YONHAP_2019,
)

#: The minefield conditions, in words (the TOML key ``minefield_condition`` takes the keys).
CONDITIONS: dict[str, str] = {
    "legacy": (
        "no pattern to follow, every mine found by search: mines moved, eroded or unrecorded after decades in the ground "
        "(as on the Falklands' peat and dunes, Zimbabwe's border belt and South Korea's hills)"
    ),
    "recorded": (
        "pattern minefields on open ground: mines located from the laying pattern, the rest of the area verified "
        "to IMAS 09.10 (as on Jordan's Syrian border and in the Cyprus buffer zone)"
    ),
}
DEFAULT_CONDITION: Condition = "legacy"


#: m² of mined land per km of frontage in HALO's north-east Zimbabwe survey (29 km² along 400 km,
#: HALO's release of about 2018; its earlier page's 28 km² along 425 km is 9 % less, see the cases'
#: ``why``): the area of a stretch of border belt known only by its length.
ZW_M2_PER_KM_FRONT = 29e6 / 400

CASES: tuple[ClearanceCase, ...] = (
    ClearanceCase(
        "falklands-5a",
        "Falkland Islands, phase 5(a) (Dynasafe BACTEC, Zimbabwean deminers)",
        "Nov 2016\u20135 Mar 2018",
        4_415,
        "4,173 AP and 242 AV mines destroyed",
        4_816_051,
        "4,816,051 m\u00b2 released (clearance and technical survey)",
        100,
        "seven BACTEC teams; a 100-strong Zimbabwean team under its site supervisor (2019), British supervisors apart",
        1.34,
        "November 2016 to 5 March 2018, its three-month winter stand-down (from late June 2017) included",
        "fit",
        "legacy",
        "medium",
        (LM_UK_2018, LM_UK_2019, MERCOPRESS_FLK_2017_TEAMS, PPP_FLK_2019),
        why="low-metal mines in peat and sand dunes, cleared by hand in the phase that did most of the work: 33 mines and 36,000 m\u00b2 a deminer-year, the fastest legacy case per person; the count of about 100 deminers is the team's size in 2019, not a roll for 2016\u201318",
        unit="deminers (Zimbabwean; British supervisors apart)",
    ),
    ClearanceCase(
        "zimbabwe-30km",
        "Zimbabwe, HALO: first 30 km of the Rhodesian border belt",
        "Nov 2013\u2013about 2016",
        10_000,
        "mines (mostly AP)",
        30 * ZW_M2_PER_KM_FRONT,
        "30 km of frontage x 72,500 m\u00b2 per km (HALO survey: 29 km\u00b2 along 400 km; derived)",
        150,
        "150 Zimbabwean staff (deminers and support)",
        2.5,
        "30 km at 'approximately 1 km of border territory per month' (derived)",
        "fit",
        "legacy",
        "weak",
        (HALO_ZW_10000, HALO_ZW_29KM),
        front_km=30,
        unit="staff, whom HALO calls 'these deminers' (no split of support staff given)",
        why="HALO's fastest stretch on record (27 mines a person-year against 13-15 elsewhere): the duration is derived from a rounded 'about 1 km a month', and the first stretch held the densest, least degraded belt. "
        "The area per km of front is the 29 km\u00b2 along 400 km of HALO's own release (read on a mirror), kept because "
        "it is the later statement (about 2018) and the one beside this programme's mines and deminers; HALO's where-we-work "
        "page (about 2013-14) gives 28 km\u00b2 along 425 km, 65,900 m\u00b2 a km, 9 % less: the fit barely moves with it "
        "(23.7 mines and 42,400 m\u00b2 a deminer-year, legacy)",
    ),
    ClearanceCase(
        "zimbabwe-29km",
        "Zimbabwe, HALO: the 29 km Mukumbura minefield",
        "three years to about 2018",
        14_742,
        "mines detected and cleared",
        29 * ZW_M2_PER_KM_FRONT,
        "29 km of frontage x 72,500 m\u00b2 per km (derived)",
        340,
        "HALO's 340 deminers in Zimbabwe (programme-wide: an upper bound for this field)",
        3.0,
        "over a three-year period",
        "fit",
        "legacy",
        "weak",
        (HALO_ZW_29KM,),
        front_km=29,
        unit="deminers, HALO's whole Zimbabwe programme",
        why="the workforce is HALO's whole programme, part of which worked other fields: the true effort on this field was lower; the area per km of front is HALO's later 29 km\u00b2 along 400 km, not its earlier 28 along 425 (see the first 30 km)",
    ),
    ClearanceCase(
        "korea-1998-2020",
        "South Korea: the military's mine removal south of the DMZ and around rear bases",
        "1998\u20132020",
        60_000,
        "mines (mostly M14 AP around 37 bases)",
        3.2e6,
        "about 3.2 million m\u00b2",
        200,
        "about 200 personnel at work (2019, before the increase to 1,200); 38,000 person-days in the 2008 season",
        23.0,
        "23 April\u2013November seasons",
        "fit",
        "legacy",
        "weak",
        (KOREA_HERALD_2021, YONHAP_2019, MBN_2008),
        unit="military personnel at work on mine removal (no split given)",
        why="conscript engineers on April\u2013November seasons, minimum-metal M14 mines displaced by floods and landslides on wooded hills: the slowest laid belt per person; the 200 at work is a 2019 count (3,300 soldiers took part in 2007)",
    ),
    ClearanceCase(
        "jordan-north",
        "Jordan's northern border with Syria (NPA for the NCDR)",
        "May 2008\u2013March 2012",
        126_000,
        "mines found: 136,000 AP and AV laid less close to 10,000 unaccounted for (derived)",
        10e6,
        "93 minefields on 10 km\u00b2 along 104 km of border",
        72,
        "12 teams of six members on the project (NPA field briefing, September 2010), with mine detection dogs and a machine; more than 200 people in all roles (NCDR, December 2010)",
        3.85,
        "May 2008 to March 2012",
        "fit",
        "recorded",
        "medium",
        (NPA_JOR_2010, AFP_JOR_2010, LM_JOR_2012),
        why="barrier minefields laid by Jordan's own army in the 1970s and cleared from their records on open ground, with dogs and a machine: 455 mines and 36,000 m\u00b2 a deminer-year (164 mines per person in all roles), thirty-five times South Korea's pace; left out, only Cyprus's start-up phase (90 mines a deminer-year) speaks for recorded fields",
        unit="deminers: 12 teams of six (the rest of over 200 people in support roles apart)",
    ),
    ClearanceCase(
        "cyprus-2004-2005",
        "Cyprus buffer zone, phase I (UN Mine Action Centre; National Guard minefields)",
        "Nov 2004\u2013Aug 2005",
        2_186,
        "mines (1,294 AT, 892 AP) from 13 minefields",
        575_686,
        "575,686 m\u00b2",
        32,
        "44 clearance contractors and three quality officers (2005): four teams of eight deminers with a supervisor, a medic and a driver each, the contractor's team structure on record (2009)",
        0.76,
        "19 November 2004 to about 22 August 2005",
        "fit",
        "recorded",
        "medium",
        (CNA_CYP_2004, CNA_CYP_2005, FINMIRROR_CYP_2005, FREELIB_CYP_2009),
        why="pattern minefields cleared from their records and maps ('a missing mine drill' for any gap), a programme's first nine months on small fields in and around Nicosia: 90 mines a deminer-year, five times slower than Jordan's belt",
        unit="deminers, converted: 44 contractors = 4 teams x (8 deminers + supervisor, medic, driver); quality officers apart",
    ),
    ClearanceCase(
        "korea-2008",
        "South Korea: the 2008 season of the same programme",
        "April\u2013November 2008",
        1_400,
        "mines",
        200_000,
        "200,000 m\u00b2",
        200,
        "38,000 person-days (JCS via MBN), about 200 at work as in 2019",
        1.0,
        "one April\u2013November season",
        "test",
        "legacy",
        "weak",
        (MBN_2008, YONHAP_2019),
        unit="military personnel (38,000 person-days in the season)",
        why="one season inside the 1998\u20132020 total, held out of the fit: sparser, scattered fields (7,000 mines/km\u00b2 against 18,750 over the programme) and person-days that include search of ground that held no mines",
    ),
    ClearanceCase(
        "arrowhead-2019",
        "Korean DMZ: Arrowhead Hill (remains recovery)",
        "April\u2013November 2019",
        455,
        "mines (and 5,754 unexploded ordnance)",
        102_668,
        "102,668 m\u00b2 demined",
        300,
        "about 300 demining personnel in a task force of about 500",
        1.0,
        "one April\u2013November season",
        "test",
        "legacy",
        "weak",
        (AJU_ARROWHEAD_2019,),
        unit="demining personnel within a larger task force",
        why="a 1953 battlefield with no minefield records and 13 times as much unexploded ordnance as mines, cleared for the recovery of remains: not a laid belt, so outside the fit",
    ),
    ClearanceCase(
        "falklands",
        "Falkland Islands, the whole programme (BACTEC/SafeLane)",
        "Oct 2009\u2013Nov 2020",
        11_700,
        "over 10,000 AP and 1,700 AV mines",
        13e6,
        "the 117 mined areas of 2009, just over 13 km\u00b2 (over 23 km\u00b2 released in all)",
        None,
        "not found by phase: about 100 deminers in phase 5 (2016\u20132020); phases 1\u20134 (October 2009\u2013March 2016) were smaller, seasonal and separated by months with no team on the islands, and had cleared about 1.4 of the 13 km\u00b2 by March 2016: 100 deminers x 11 years would overstate the effort",
        11.0,
        "December 2009 (first team) to 14 November 2020",
        "no workforce",
        "legacy",
        "medium",
        (HANSARD_FLK_2009, UKOTA_FLK_2020, TAIPEI_FLK_2020, BBC_FLK_2010, LM_UK_2016, LM_UK_2019),
    ),
    ClearanceCase(
        "nicaragua",
        "Nicaragua (OAS-supervised programme), mostly the Honduran border",
        "1990\u2013April 2010",
        179_790,
        "mines found and destroyed",
        11.92e6,
        "11.92 km\u00b2 in 1,029 mined areas",
        306,
        "306 sappers, veterans who had laid and mapped the mines, working as civilian contract deminers for the donors (November 1997): the only count on record, one date in twenty years",
        20.0,
        "1990 to April 2010",
        "fit",
        "legacy",
        "weak",
        (LM_NIC_2011, LAT_NIC_1997, LM_NIC_2005, AP_NIC_2007, OAS_MITCH_1998, AP_MITCH_1998),
        unit="sappers (deminers), one count (1997) taken for the whole programme",
        why="sappers under OAS supervisors (in 1997, veterans of the army that laid the mines, working as civilian contract workers employed by international donors) on the Honduran border's belts and around pylons and bridges, mines moved by Hurricane Mitch (1998: 'a yet undetermined number \u2013 potentially thousands' of Central America's mines displaced, OAS, November 1998) and 11,092 of the 120,568 cleared to February 2005 unrecorded (Landmine Monitor 2005): 29 mines and 1,900 m\u00b2 a deminer-year at the 1997 force; the force before 1993 and after 2000 is not on record, so the effort is a one-date estimate. "
        "The 29 is the programme's mean, not a year's pace, and the sources give no reason to move it: the Monitor's "
        "outputs vary by year (2004: 10,430 mines, 34 a sapper at the 1997 force; 1990 to February 2005: 120,568 "
        "mines, about 26 a sapper-year; the 59,222 left to April 2010, about 38), and a rate of 39-47 a deminer-year "
        "in the 2000s would need a force of some 220-270 in those years, a count no source read gives (nor 2002's "
        "output); the years (1990 to April 2010) and the mines (179,790) are the Monitor's",
    ),
    ClearanceCase(
        "chile",
        "Chile's border minefields (Army and Navy humanitarian demining units)",
        "2002\u2013February 2020",
        179_815,
        "mines (120,905 AP, 58,910 AV)",
        27_533_823,
        "27,533,823 m\u00b2 released",
        None,
        "not found (Army and Navy humanitarian demining units)",
        18.0,
        "18 years",
        "no workforce",
        "recorded",
        "high",
        (DEFENSA_CHL_2020,),
    ),
    ClearanceCase(
        "cyprus-2004-2011",
        "Cyprus buffer zone, all phases (UN Mine Action Centre; National Guard and Turkish forces' minefields)",
        "2004\u20132011",
        27_000,
        "mines (18,000 AP)",
        11e6,
        "11 km\u00b2 released",
        32,
        "four teams of eight deminers (44 clearance contractors in 2005; 48 men in four teams, about 2009)",
        7.0,
        "2004 to 2011",
        "test",
        "recorded",
        "medium",
        (UNFICYP_2016, CNA_CYP_2005, FREELIB_CYP_2009),
        why="the whole programme, held out of the fit (its first phase is fitted): the same four teams on two dates, not a roll for seven years; funding gaps (early 2009) and access to the Turkish forces' fields (from December 2007) slowed it between",
        unit="deminers: four teams of eight, on two dates (2005, about 2009)",
    ),
    ClearanceCase(
        "jordan-wadi-araba",
        "Jordan: Wadi Araba and Aqaba (NPA), Israeli-laid fields",
        "July 2006\u2013August 2008",
        50_000,
        "more than 50,000 mines removed (58,624 laid)",
        14e6,
        "14 km\u00b2 declared free",
        None,
        "not found",
        2.1,
        "July 2006 to August 2008",
        "no workforce",
        "recorded",
        "medium",
        (XINHUA_JOR_2008, SPA_JOR_2008),
    ),
    ClearanceCase(
        "kuwait",
        "Kuwait after the Gulf War (coalition units, then contractors)",
        "1991\u20131993",
        1_650_000,
        "mines removed (about 2 million recovered by April 1999)",
        728e6,
        "728 km\u00b2 'seeded' with mines (US State Department estimate, 1993)",
        None,
        "not found",
        2.0,
        "the 24-month integrated mine action programme",
        "no workforce",
        "recorded",
        "weak",
        (AJ_KWT_2023, LM_KWT_1999, JMU_KWT_2001),
    ),
)

#: The cases of :mod:`.clearance_cases_more` (Musanzikwa, Denmark 1945) and
#: :mod:`.clearance_cases_cenepa` (Tiwinza 2018) follow the first table.
CASES = CASES + MORE_CASES + CENEPA_CASES
FIT_CASES = tuple(c for c in CASES if c.role == "fit")
