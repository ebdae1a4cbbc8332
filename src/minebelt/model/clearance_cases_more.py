"""More historical clearances for the back-test: each with its sources, read at the source.

Layer: pure (sourced constants). The first table is :mod:`.clearance_history` (which adds these
to :data:`~.clearance_history.CASES`); this module holds the cases found later, and the count
that gave Nicaragua's programme a workforce:

- **HALO at Musanzikwa, Zimbabwe**: a team of 21 deminers, its first four weeks on a village's
  stretch of the Rhodesian border belt (legacy; held out: a sample from within a job, under the
  rule of :mod:`.clearance_history` that also holds out Tiwinza's season and Korea's 2008 one);
- **Denmark's west coast, 1945**: German engineers lifting their own army's mapped minefields
  under Danish control, 1,389,281 mines from 1,103.2 km\u00b2 in under five months (recorded; held
  out: the ground was proofed, not searched to today's standard, as the source itself says).
"""

from __future__ import annotations

from .clearance_case import ClearanceCase
from .sourcing import Citation

HALO_ZW_MUSANZIKWA = Citation(
    key="halo-zw-musanzikwa",
    title="British public raises almost \u00a3300,000 for Zimbabwe village",
    publisher="The HALO Trust",
    date="undated (about 2018: 'one year on' from HALO's UK Aid Match campaign)",
    url="https://halotrust.org/latest/halo-updates/news/british-public-raises-almost-300-000-for-zimbabwe-village",
    quote=(
        "A team of 21 HALO deminers ... started work around the village last month. By combining demining by hand and "
        "using advanced new technology they cleared a one acre (or 3,968 square metres) area of a minefield and destroyed "
        "45 landmines in their first four weeks in the village."
    ),
)
LAT_NIC_1997 = Citation(
    key="latimes-nicaragua-1997",
    title="Nicaragua's Ex-Soldiers Brave New Battlefield",
    publisher="Los Angeles Times",
    date="1997-11-28",
    url="https://www.latimes.com/archives/la-xpm-1997-nov-28-mn-58554-story.html",
    quote=(
        "So 306 sappers, or mine experts, like Castillo and Segura are dusting off those old maps. The veterans who sowed "
        "this landscape with the deadly weapons ... are now civilian contract workers employed by international donors to "
        "remove them."
    ),
)
#: Who the force was, read beside the Los Angeles Times' "civilian contract workers" (1997): the
#: Landmine Monitor and the AP both name the army, paid for by donors through the OAS.
LM_NIC_2005 = Citation(
    key="lm-nicaragua-2005",
    title="Nicaragua, Landmine Monitor Report 2005 (key developments)",
    publisher="Landmine Monitor (ICBL), archived at the-monitor.org",
    date="2005",
    url="http://archives.the-monitor.org/index.php/publications/display?url=lm/2005/nicaragua.html",
    locator=(
        "key developments; the same report's output for 2004 (10,430 mines on 387,906 m\u00b2) is a lead from "
        "shared/reference/clearance-history.md section 7a, not quoted here"
    ),
    quote=(
        "From 1990 to 28 February 2005, Army demining teams cleared 120,568 antipersonnel landmines, including 11,092 "
        "unrecorded mines, from 4,106,714 square meters. ... International donors provided $4 million for mine action in "
        "Nicaragua in 2004."
    ),
)
AP_NIC_2007 = Citation(
    key="ap-nicaragua-2007",
    title="Nicaragua struggling to defuse land mines (Associated Press)",
    publisher="Associated Press, in The Spokesman-Review",
    date="2007-02-27",
    url="http://www.spokesman.com/stories/2007/feb/27/nicaragua-struggling-to-defuse-land-mines/",
    quote=(
        "Meanwhile, the military, financed and trained by the Organization of American States, the United States, "
        "United Nations, Japan and others, is working hard to disarm the thousands of mines that still lurk under "
        "Nicaraguan soil."
    ),
)
#: Hurricane Mitch moving Nicaragua's mines (the ``why`` of the case in :mod:`.clearance_history`):
#: the programme's own supervisor, the OAS, and the AP on its mission chief a month after the storm.
OAS_MITCH_1998 = Citation(
    key="oas-mitch-1998",
    title="Hurricane Mitch Affects OAS Land-Mine Removal Efforts",
    publisher="Organization of American States (OAS), weekly news page",
    date="1998-11",
    url="http://www.oas.org/en/pinfo/week/hot3.htm",
    quote=(
        "Hurricane Mitch has dramatically disrupted the ongoing efforts to remove land mines in Central America, as the "
        "storm has displaced a yet undetermined number \u2013 potentially thousands \u2013 of the more than 80,000 mines yet "
        "to be destroyed. ... The forces of nature have moved many mines down mountain slopes and riverbeds"
    ),
)
AP_MITCH_1998 = Citation(
    key="ap-mitch-1998",
    title="Mitch leaves scattered mines (J. Watson, Associated Press)",
    publisher="The Miami Herald, archived at latinamericanstudies.org",
    date="1998-12-03",
    url="http://www.latinamericanstudies.org/honduras/mines.htm",
    quote=(
        "We know the waters displaced land mines, but we don't know how much, which will probably mean it will take more "
        "money and time to finish sweeping areas ... Since the hurricane, land mines have killed three farmers and injured "
        "eight in Nicaragua and Honduras."
    ),
)
JCWD_DNK_2018 = Citation(
    key="jcwd-denmark-1945",
    title="Lessons from the Past: The Rapid Clearance of Denmark's Minefields in 1945 (R. Evans, GICHD)",
    publisher="The Journal of Conventional Weapons Destruction, issue 22.1 (CISR, James Madison University), read on issuu",
    date="2018-04",
    url="https://issuu.com/cisr-journal/docs/221-final/19",
    locator="p. 19, first paragraph",
    quote=(
        "In just under five months, a force ranging between 750 and 2,600 German prisoners of war (POW) under the "
        "supervision of 250\u2013350 Danish officers and noncommissioned officers cleared 1,389,281 mines from an area of "
        "1,103.2 sq km (425.9 sq mi). Such speed of clearance stands in stark contrast with much of modern humanitarian "
        "mine action since the 1990s. This article will explain how such speed was possible and why it could not "
        "reasonably be repeated today."
    ),
)
DANMARKSHISTORIEN_1945 = Citation(
    key="danmarkshistorien-1945",
    title="Landminerydningen p\u00e5 den jyske vestkyst, 1945\u20132012",
    publisher="danmarkshistorien.dk (Aarhus University)",
    date="undated",
    url="https://danmarkshistorien.dk/vis/materiale/landminerydningen-paa-den-jyske-vestkyst-1945-2012",
    quote=(
        "Minerne blev fjernet i perioden fra den 10. maj til den 1. oktober 1945, hvorefter minerydningen officielt var "
        "afsluttet. Omkring 2500 tyske soldater blev p\u00e5lagt at rydde minerne. (The mines were removed from 10 May to "
        "1 October 1945 ... About 2,500 German soldiers were ordered to clear them.)"
    ),
)
MISSING_LYNX_DNK = Citation(
    key="mouritzsen-denmark-1945",
    title="Minenkommando D\u00e4nemark \u2013 Gruppe Oksb\u00f8l: German Mine Clearing in Denmark 1945\u201347 (D. Mouritzsen)",
    publisher="missing-lynx.com",
    date="undated",
    url="http://missing-lynx.com/library/german/denmine/denmine.htm",
    quote=(
        "Most of the minefields were mapped on highly detailed Mine Plans, Sketches or written down in Reports by the "
        "Germans at the end of the war. On the Mine plans you could see almost every single mine and its placement. ... "
        "On scattered minefields it was a completely different matter."
    ),
)

MORE_CASES: tuple[ClearanceCase, ...] = (
    ClearanceCase(
        "zimbabwe-musanzikwa",
        "Zimbabwe, HALO: Musanzikwa village, the first four weeks",
        "four weeks, about 2018",
        45,
        "landmines destroyed",
        3_968,
        "3,968 m\u00b2 (one acre) of a minefield cleared",
        21,
        "a team of 21 HALO deminers, by hand with a Sizer mine-crushing machine",
        28 / 365.25,
        "the team's first four weeks in the village",
        "test",
        "legacy",
        "medium",
        (HALO_ZW_MUSANZIKWA,),
        unit="deminers (one HALO team)",
        why=(
            "held out: a single team's first four weeks on the Rhodesian cordon sanitaire, with a machine processing "
            "soil and rocks, a sample from within a job with no stand-down in it (the fit's unit is the calendar year "
            "as worked), under the one rule that also holds out Tiwinza's 2018 season: 28 mines and 2,500 m\u00b2 a "
            "deminer-year, the pace of HALO's other Zimbabwe stretches; fitted instead, it would narrow the factor "
            "from 4.06 to 3.29"
        ),
    ),
    ClearanceCase(
        "denmark-1945",
        "Denmark's west coast: the German army's own minefields, lifted by German engineers under Danish control",
        "10 May\u20131 October 1945",
        1_389_281,
        "AP and AT mines cleared (about 1.4 million laid)",
        1_103.2e6,
        "1,103.2 km\u00b2 (the area cleared, as the source gives it)",
        2_600,
        "a force ranging between 750 and 2,600 German prisoners of war under 250-350 Danish supervisors: the upper figure taken, an upper bound on the effort",
        0.39,
        "10 May to 1 October 1945 ('just under five months')",
        "test",
        "recorded",
        "medium",
        (JCWD_DNK_2018, DANMARKSHISTORIEN_1945, MISSING_LYNX_DNK),
        unit="German engineers (prisoners of war) at their largest; supervisors apart",
        why="held out: the layers lifted their own mines from plans showing almost every mine, then proofed the ground rather than searched it to today's standard, a speed the source says 'could not reasonably be repeated today' (scattered fields such as Skallingen were left for 2006-2012); the mine term alone (1,340 mines a deminer-year) agrees with the fitted recorded rate, the ground term does not",
    ),
)
