"""Historical clearances of deliberately laid minefields: the back-test table of the clearance model.

Layer: pure (sourced constants).

Each :class:`ClearanceCase` is one clearance as it happened: the mines found and destroyed, the
area cleared (or the front, with the area derived), the workforce and the actual duration, each
with its source and certainty. ``role`` says what the case is used for:

- ``"fit"``: a deliberately laid, recorded minefield with a sourced workforce: the productivities
  of :mod:`.clearance_workforce` are fitted on these (:func:`minebelt.model.clearance.fit_productivities`)
  and each is tested left out of the fit (leave-one-out);
- ``"test"``: a clearance with a sourced workforce but not a laid, recorded belt (a battlefield):
  held out of the fit, tested against it;
- ``"no workforce"``: mines, area and duration are sourced but no workforce was found: shown with
  the workforce the model implies, not back-tested.

Leads came from ``shared/reference/clearance-history.md``; each citation below is the page read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .clearance_programmes import KOREA_HERALD_2021, MBN_2008, STRIPES_2008  # noqa: F401  (re-exported for the workforce table)
from .sourcing import Certainty, Citation

HANSARD_FLK_2009 = Citation(
    key="hansard-flk-2009",
    title="Falkland Islands: Landmines (written ministerial statement)",
    publisher="UK Parliament, Hansard (House of Commons)",
    date="2009-03-27",
    url="https://hansard.parliament.uk/Commons/2009-03-27/debates/09032765000167/FalklandIslandsLandmines",
    quote="In total, the 117 mined areas that remain cover just over 13 sq km and contain an estimated 20,000 land mines.",
)
UKOTA_FLK_2020 = Citation(
    key="ukota-flk-2020",
    title="Falkland Islands Officially Declared Mine Free on November 14 2020",
    publisher="UK Overseas Territories Association (ukota.org), relaying the FCDO and Falkland Islands Government",
    date="2020-11",
    url="https://ukota.org/2020/11/falkland-islands-officially-declared-mine-free-on-november-14-2020/",
    quote=(
        "The clearance teams, with their Zimbabwean deminers, have destroyed over 10,000 AP mines and 1,700 AV mines ... "
        "This has resulted in the release of over 23,000,000m2 (2,338 hectares) of safe ground"
    ),
)
TAIPEI_FLK_2020 = Citation(
    key="taipei-times-flk-2020",
    title="Falklands declared free of landmines (The Guardian, via Taipei Times)",
    publisher="Taipei Times",
    date="2020-11-12",
    url="https://www.taipeitimes.com/News/world/archives/2020/11/12/2003746806",
    quote=(
        "A group of about 100 Zimbabwean contractors, who were brought in to lend their expertise to the mine-clearing "
        "operation, have been working on the island for about a decade"
    ),
)
HALO_ZW_10000 = Citation(
    key="halo-zw-10000",
    title="10,000 landmines cleared in Zimbabwe",
    publisher="The HALO Trust",
    date="undated (about 2016)",
    url="https://www.halotrust.org/latest/halo-updates/news/10-000-landmines-cleared-in-zimbabwe/",
    quote=(
        "The HALO Trust has cleared its 10,000th landmine in Zimbabwe ... along 30km of the border with Mozambique ... "
        "demining in November 2013. HALO employs 150 Zimbabwean staff ... These deminers are clearing hundreds of mines "
        "and approximately 1km of border territory per month."
    ),
)
HALO_ZW_29KM = Citation(
    key="halo-zw-29km",
    title="HALO hands over 29km minefield in Zimbabwe (HALO news release, read on a mirror)",
    publisher="The HALO Trust, via kseniamako.com",
    date="undated (about 2018)",
    url="http://kseniamako.com/latest/halo-updates/news/halo-hands-over-29km-minefield-in-zimbabwe",
    quote=(
        "In total, 14,742 mines have been detected and cleared by HALO, which employs 340 Zimbabwean male and female "
        "deminers, over a three-year period ... A HALO survey in Mashonaland Central and Masonaland East provinces "
        "recorded 29km2 of land along a 400km frontage contaminated by landmines"
    ),
)
YONHAP_2019 = Citation(
    key="yonhap-2019-bases",
    title="S. Korea to expedite nationwide demining project",
    publisher="Yonhap News Agency, citing the Ministry of National Defense",
    date="2019-10-16",
    url="https://m-en.yna.co.kr/view/AEN20191016002800325",
    quote=(
        "The military buried about 53,000 M14 antipersonnel mines around 37 military bases ... in 1998, it began removing "
        "them and has so far gotten rid of around 50,000 mines ... the military will significantly increase the number of "
        "personnel from the current 200 to 1,200"
    ),
)
AJU_ARROWHEAD_2019 = Citation(
    key="arrowhead-2019",
    title="2019 Arrowhead Hill remains recovery completed (Ministry of National Defense release), with the UN Command's area",
    publisher="Ministry of National Defense (mnd.go.kr) and Aju Business Daily (2019-12-05), as relayed in the project's leads",
    date="2019-12",
    url="https://m.ajunews.com/view/20191205113957613",
    locator="lead from shared/reference/clearance-history.md section 8; the release itself was not read here",
    quote="\ucd1d 455\ubc1c\uc758 \uc9c0\ub8b0\uc640 5,754\ubc1c\uc758 \ubd88\ubc1c\ud0c4\uc744 \uc81c\uac70 (455 mines and 5,754 unexploded ordnance removed); \uc9c0\ub8b0\uc81c\uac70 \uc791\uc5c5\uc778\uc6d0 300\uc5ec\uba85 (about 300 demining personnel); 10\ub9cc2668\u33a1",
)
LM_NIC_2011 = Citation(
    key="lm-nicaragua-2011",
    title="Nicaragua: Mine Action (last updated 3 October 2011)",
    publisher="ICBL-CMC Landmine and Cluster Munition Monitor",
    date="2011-10-03",
    url="http://www.the-monitor.org/index.php/cp/display/region_profiles/theme/1229",
    quote=(
        "By the time mine clearance was completed in April 2010, a total of 179,790 of mines had been found and destroyed "
        "in 1,029 mined areas, across a total of 11.92km2."
    ),
)
DEFENSA_CHL_2020 = Citation(
    key="defensa-chile-2020",
    title="Ministro Desbordes condecora a militares por su rol en desminado humanitario",
    publisher="Ministerio de Defensa Nacional de Chile (defensa.cl)",
    date="2020-10-08",
    url="https://www.defensa.cl/noticias/ministro-desbordes-condecora-a-militares-por-su-rol-en-desminado-humanitario/",
    quote=(
        "Tras 18 a\u00f1os de trabajo, fueron destruidas 179.815 minas, de las cuales 120.905 fueron antipersonales y 58.910 "
        "eran minas anti-veh\u00edculos ... En total 27.533.823 m2 fueron liberados"
    ),
)
UNFICYP_2016 = Citation(
    key="unficyp-2016",
    title="Towards a mine-free Cyprus",
    publisher="UN Peacekeeping Force in Cyprus (UNFICYP)",
    date="2016-04-04",
    url="https://unficyp.unmissions.org/towards-mine-free-cyprus-0",
    quote=(
        "Between 2004 and 2011, the Mine Action Centre cleared 27,000 mines \u2013 18,000 of which were anti-personnel mines "
        "\u2013 from the buffer zone and released 11 sq. km. of land as being safe."
    ),
)

Role = Literal["fit", "test", "no workforce"]


@dataclass(frozen=True)
class ClearanceCase:
    """One historical clearance: what was cleared, by how many, in how long.

    ``deminers`` is the workforce at work over the period (None: not found); ``years`` the
    actual duration, calendar years. ``cleared_m2`` is the area cleared (or derived from the front).
    """

    key: str
    name: str
    period: str
    mines: float
    mines_scope: str
    cleared_m2: float
    area_note: str
    deminers: float | None
    workforce_note: str
    years: float
    years_note: str
    role: Role
    certainty: Certainty
    citations: tuple[Citation, ...]
    why: str = ""  #: why the case lands where it does (or why it is held out), in words
    front_km: float | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def deminer_years(self) -> float | None:
        """The actual effort, deminer-years (None without a workforce)."""
        return None if self.deminers is None else self.deminers * self.years

    @property
    def mines_per_km2(self) -> float:
        return self.mines / (self.cleared_m2 / 1e6)


#: m² of mined land per km of frontage in HALO's north-east Zimbabwe survey (29 km² along 400 km):
#: the area of a stretch of border belt known only by its length.
ZW_M2_PER_KM_FRONT = 29e6 / 400

CASES: tuple[ClearanceCase, ...] = (
    ClearanceCase(
        "falklands", "Falkland Islands (UK; BACTEC/SafeLane, Zimbabwean deminers)", "2009\u20132020",
        11_700, "over 10,000 AP and 1,700 AV mines", 13e6, "the 117 mined areas of 2009, just over 13 km\u00b2 (over 23 km\u00b2 released in all)",
        100, "about 100 Zimbabwean deminers for about a decade", 11.0, "2009 to 14 November 2020 (start month not found)",
        "fit", "medium", (HANSARD_FLK_2009, UKOTA_FLK_2020, TAIPEI_FLK_2020),
        why="recorded Argentine minefields on peat, dunes and rock; the only sparse case (900 mines/km\u00b2), so the only one that sets the ground-search term",
    ),
    ClearanceCase(
        "zimbabwe-30km", "Zimbabwe, HALO: first 30 km of the Rhodesian border belt", "Nov 2013\u2013about 2016",
        10_000, "mines (mostly AP)", 30 * ZW_M2_PER_KM_FRONT, "30 km of frontage x 72,500 m\u00b2 per km (HALO survey: 29 km\u00b2 along 400 km; derived)",
        150, "150 Zimbabwean staff (deminers and support)", 2.5, "30 km at 'approximately 1 km of border territory per month' (derived)",
        "fit", "weak", (HALO_ZW_10000, HALO_ZW_29KM), front_km=30,
        why="HALO's fastest stretch on record (27 mines a deminer-year): its staff count includes support, its duration is derived from a rounded rate",
    ),
    ClearanceCase(
        "zimbabwe-29km", "Zimbabwe, HALO: the 29 km Mukumbura minefield", "three years to about 2018",
        14_742, "mines detected and cleared", 29 * ZW_M2_PER_KM_FRONT, "29 km of frontage x 72,500 m\u00b2 per km (derived)",
        340, "HALO's 340 deminers in Zimbabwe (programme-wide: an upper bound for this field)", 3.0, "over a three-year period",
        "fit", "weak", (HALO_ZW_29KM,), front_km=29,
        why="the workforce is HALO's whole programme, part of which worked other fields: the true effort on this field was lower",
    ),
    ClearanceCase(
        "korea-1998-2020", "South Korea: the military's mine removal south of the DMZ and around rear bases", "1998\u20132020",
        60_000, "mines (mostly M14 AP around 37 bases)", 3.2e6, "about 3.2 million m\u00b2",
        200, "about 200 personnel at work (2019, before the increase to 1,200); 38,000 person-days in the 2008 season", 23.0, "23 April\u2013November seasons",
        "fit", "weak", (KOREA_HERALD_2021, YONHAP_2019, MBN_2008),
        why="conscript engineers, April\u2013November seasons, mines displaced by floods and landslides: the slowest recorded belt per deminer",
    ),
    ClearanceCase(
        "arrowhead-2019", "Korean DMZ: Arrowhead Hill (remains recovery)", "April\u2013November 2019",
        455, "mines (and 5,754 unexploded ordnance)", 102_668, "102,668 m\u00b2 demined",
        300, "about 300 demining personnel in a task force of about 500", 1.0, "one April\u2013November season",
        "test", "weak", (AJU_ARROWHEAD_2019,),
        why="a 1953 battlefield with no minefield records and 13 times as much unexploded ordnance as mines, cleared for the recovery of remains: not a laid belt, so outside the fit",
    ),
    ClearanceCase(
        "korea-2008", "South Korea: the 2008 season of the same programme", "April\u2013November 2008",
        1_400, "mines", 200_000, "200,000 m\u00b2",
        200, "38,000 person-days (JCS via MBN), about 200 at work as in 2019", 1.0, "one April\u2013November season",
        "test", "weak", (MBN_2008, YONHAP_2019),
        why="one season inside the 1998\u20132020 total, held out of the fit: sparser, scattered fields (7,000 mines/km\u00b2 against 18,750 over the programme) and the person-days include search of ground that held no mines",
    ),
    ClearanceCase(
        "nicaragua", "Nicaragua (army engineers, OAS), mostly the Honduran border", "1990\u2013April 2010",
        179_790, "mines found and destroyed", 11.92e6, "11.92 km\u00b2 in 1,029 mined areas",
        None, "not found", 20.0, "1990 to April 2010", "no workforce", "high", (LM_NIC_2011,),
    ),
    ClearanceCase(
        "chile", "Chile's border minefields (Army and Navy humanitarian demining units)", "2002\u2013February 2020",
        179_815, "mines (120,905 AP, 58,910 AV)", 27_533_823, "27,533,823 m\u00b2 released",
        None, "not found (five humanitarian demining units)", 18.0, "18 years", "no workforce", "high", (DEFENSA_CHL_2020,),
    ),
    ClearanceCase(
        "cyprus", "Cyprus buffer zone (UN Mine Action Centre, contractors)", "2004\u20132011",
        27_000, "mines (18,000 AP)", 11e6, "11 km\u00b2 released",
        None, "not found", 7.0, "2004 to 2011", "no workforce", "high", (UNFICYP_2016,),
    ),
)

FIT_CASES = tuple(c for c in CASES if c.role == "fit")
