"""Sources of the historical clearances behind the clearance model's back-test and cost outturns.

Layer: pure (sourced constants). Each :class:`~minebelt.model.sourcing.Citation` is the page read
(leads came from ``shared/reference/clearance-history.md``); :mod:`.clearance_history` (the
cases) and :mod:`.clearance_outturns` (the costs) use them.
"""

from __future__ import annotations

from .clearance_programmes import KOREA_HERALD_2021, MBN_2008, STRIPES_2008  # noqa: F401  (re-exported)
from .sourcing import Citation

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
BBC_FLK_2010 = Citation(
    key="bbc-flk-2010",
    title="The long road to clearing Falklands landmines",
    publisher="BBC News",
    date="2010-03-14",
    url="http://news.bbc.co.uk/2/hi/americas/8564061.stm",
    quote="a pilot project has begun to rid the territory of some of the 20,000 landmines left behind ... This team has been here since December, and their work is painstakingly slow.",
)
AFP_JOR_2010 = Citation(
    key="afp-jordan-2010",
    title="Jordan clears 83,000 mines on Syria border (AFP, quoting NCDR head M. Breikat via Petra; read on a relay)",
    publisher="Agence France-Presse, via rantburg.com",
    date="2010-12-28",
    url="http://www.rantburg.com/Jmailer.php?ID=312682",
    quote=(
        "Jordan has destroyed 83,000 out of 136,000 landmines it laid along the border with Syria in the 1970s ... The project, "
        "conducted by the Norwegian Peoples Aid under the supervision of the NCDR, aims at clearing 10 kilometres (3.8 square "
        "miles) of land or 93 minefields ... Breikat said more than 200 people were working on the project"
    ),
)
NPA_JOR_2010 = Citation(
    key="npa-jordan-briefing-2010",
    title="Monday, September 13, 2010 - Our Sixth Day (a mine action course's visit to NPA's northern border project)",
    publisher="mineactiondiplomacy.blogspot.com, relaying an NPA field briefing",
    date="2010-09-15",
    url="https://mineactiondiplomacy.blogspot.com/2010/09/monday-september-13-2010-our-sixth-day.html",
    quote=(
        "The northern border project, which started in May 2008, entails removing 136,000 anti-personnel and anti-vehicle mines "
        "on an area that stretches along 104 kilometers at the border with Syria. A total of 12 teams, each comprising six "
        "members, are working on the project."
    ),
)
LM_JOR_2012 = Citation(
    key="lm-jordan-2012",
    title="Jordan: Mine Action (last updated 15 November 2012)",
    publisher="ICBL-CMC Landmine and Cluster Munition Monitor",
    date="2012-11-15",
    url="http://www.the-monitor.org/index.php/cp/display/region_profiles/theme/1902",
    quote=(
        "At the end of 2011, Jordan's main mine contamination consisted of barrier minefields laid by the military along its "
        "northern border with Syria ... NPA completed clearance of the mine belts in March 2012 but still needed to check "
        "adjacent land for close to 10,000 mines that remain unaccounted for."
    ),
)
CNA_CYP_2004 = Citation(
    key="cna-cyprus-2004",
    title="Unilateral de-mining in buffer zone begins (Cyprus News Agency)",
    publisher="Embassy of the Republic of Cyprus, relaying the Cyprus News Agency",
    date="2004-11-17",
    url="http://www.cyprusembassy.net/home/index.php?module=article&id=1911",
    quote=(
        "funded by the EU programme 'Partnership for the Future' at an estimated cost of 2.5 million euro ... 'we have the "
        "minefield records and we also have the minefield maps, which tell the pattern in which the mines were laid'"
    ),
)
CNA_CYP_2005 = Citation(
    key="cna-cyprus-2005",
    title="De-mining operation in Cyprus continues (Cyprus News Agency)",
    publisher="Embassy of the Republic of Cyprus, relaying the Cyprus News Agency",
    date="2005-09-12",
    url="http://www.cyprusembassy.net/home/index.php?module=article&id=2923",
    quote=(
        "since the beginning of the programme on November 19, 2004, 2,186 mines have been cleared, of which 1,294 were antitank "
        "and 892 antipersonnel. The minefields cleared covered an area of 575,686 square metres ... There are 44 Clearance "
        "Contractors and three Quality Officers."
    ),
)
FINMIRROR_CYP_2005 = Citation(
    key="financial-mirror-cyprus-2005",
    title="Cyprus mine clearing continues in Ayios Dometios/Kermia area",
    publisher="Financial Mirror (Cyprus)",
    date="2005-08-23",
    url="https://www.financialmirror.com/2005/08/23/cyprus-mine-clearing-continues-in-ayios-dometios-kermia-area/",
    quote="The project has to date cleared 13 minefields in an area of 575.686 square meters in the buffer zone and removed 2186 mines",
)
XINHUA_JOR_2008 = Citation(
    key="xinhua-jordan-2008",
    title="Jordan clears minefields in south (Xinhua, relaying The Jordan Times)",
    publisher="Xinhua, via english.eastday.com",
    date="2008-08-25",
    url="http://english.eastday.com/eastday/englishedition/world/userobject1ai3831597.html",
    quote=(
        "the 14 million square meters of lands in southern Aqaba and Wadi Araba regions are now free from mines ... the de-mining "
        "project, which began in July 2006 ... contaminated with around 58,624 landmines planted by the Israeli army"
    ),
)
SPA_JOR_2008 = Citation(
    key="spa-jordan-2008",
    title="\u0627\u062e\u062a\u062a\u0627\u0645 \u0645\u0634\u0631\u0648\u0639 \u0625\u0632\u0627\u0644\u0629 \u0627\u0644\u0623\u0644\u063a\u0627\u0645 \u0641\u064a \u0648\u0627\u062f\u064a \u0639\u0631\u0628\u0629 \u0648\u0627\u0644\u0639\u0642\u0628\u0629 (close of the Wadi Araba and Aqaba demining project)",
    publisher="Saudi Press Agency, via sauress.com",
    date="2008",
    url="https://sauress.com/spa/580037",
    quote="\u0627\u0633\u062a\u0637\u0627\u0639 \u0627\u0646 \u064a\u0632\u064a\u0644 \u0627\u0643\u062b\u0631 \u0645\u0646 50 \u0627\u0644\u0641 \u0644\u063a\u0645 (NPA's project manager S. Bryant: the team removed more than 50,000 mines, without injury)",
)
LM_KWT_1999 = Citation(
    key="lm-kuwait-1999",
    title="Kuwait, Landmine Monitor Report 1999",
    publisher="ICBL Landmine Monitor",
    date="1999",
    url="http://archives.the-monitor.org/index.php/publications/display?url=lm/1999/kuwait.html",
    quote=(
        "In the aftermath of the conflict, Kuwait had an estimated 728 square kilometers of land seeded with an estimated five to "
        "seven million Russian PMN, Italian VS-50 and VS-69, and U.S. Gator mines. Mines were laid along the Kuwaiti border with "
        "Saudi Arabia, along the Kuwaiti coastline, along power lines, highwa[ys]"
    ),
)
JMU_KWT_2001 = Citation(
    key="jmu-kuwait-2001",
    title="Kuwait (country profile), Journal of Mine Action 5.3",
    publisher="James Madison University, Center for International Stabilization and Recovery",
    date="2001-12",
    url="http://www.jmu.edu/cisr/journal/5.3/profiles/kuwait.htm",
    quote=(
        "Immediately after Kuwait's liberation, the government planned for an integrated mine action program. The duration was "
        "24 months and cost $128 million (U.S.). According to the Landmine Monitor Report, as of April 3, 1999, almost 2 million "
        "landmines had been recovered"
    ),
)
AJ_KWT_2023 = Citation(
    key="aljazeera-kuwait-2023",
    title="Killer mines in Kuwait keep Gulf War alive and deadly (Al Jazeera, read on a mirror)",
    publisher="Al Jazeera, via damascusherald.com",
    date="2023-11-28",
    url="https://damascusherald.com/killer-mines-in-kuwait-keep-gulf-war-alive-and-deadly/",
    quote=(
        "mine clearance operations took place in Kuwait and removed an estimated 1.65 million mines. Yet, the United Nations Mine "
        "Action Service (UNMAS) estimates ... the remaining 350,000 landmines are 'yet to be located'"
    ),
)
REUTERS_NIC_2010 = Citation(
    key="reuters-nicaragua-2010",
    title="Nicaragua da por terminado el proceso de eliminaci\u00f3n de minas antipersonas (Reuters/Europa Press)",
    publisher="Notimerica (Europa Press), relaying Reuters",
    date="2010-06-19",
    url="http://m.notimerica.com/sociedad/noticia-nicaragua-nicaragua-da-terminado-proceso-eliminacion-minas-antipersonas-sembradas-guerra-civi-20100619070015.html",
    quote=(
        "La retirada y destrucci\u00f3n de los casi 180.000 artefactos ha costado 81,3 millones de d\u00f3lares ..., de los cuales "
        "Nicaragua aport\u00f3 15 millones de d\u00f3lares"
    ),
)
EP_NIC_2007 = Citation(
    key="ep-nicaragua-2007",
    title="Hallan 15.000 minas antipersona m\u00e1s en el proceso de desminado (Europa Press/AP)",
    publisher="Notimerica (Europa Press), relaying AP",
    date="2007-03-06",
    url="https://www.notimerica.com/politica/noticia-nicaragua-hallan-15000-minas-antipersona-mas-proceso-desminado-guerra-civil-80-nicaragua-20070306215121.html",
    quote="A la fecha, con apoyo internacional, el pa\u00eds ha invertido unos 36 millones de d\u00f3lares ... para el proceso de eliminaci\u00f3n de las minas",
)
MERCOPRESS_FLK_2017 = Citation(
    key="mercopress-flk-2017",
    title="Falklands' demining operations since 2009 have cost London \u00a316.6 million",
    publisher="MercoPress, relaying a Foreign Office answer under the Freedom of Information Act",
    date="2017-07-17",
    url="https://en.mercopress.com/2017/07/17/falklands-demining-operations-since-2009-have-cost-london-16.6-million/",
    quote="The British government has spent \u00a3 16.604.385 in demining operations in the Falkland Islands since 2009.",
)
LM_UK_2018 = Citation(
    key="lm-uk-2018",
    title="United Kingdom: Mine Action (last updated 12 November 2018)",
    publisher="ICBL-CMC Landmine and Cluster Munition Monitor",
    date="2018-11-12",
    url="http://www.the-monitor.org/en-gb/reports/2018/united-kingdom/mine-action.aspx",
    locator="summary table: 'Land release November 2016\u20135 March 2018 (Phase 5 (a))'",
    quote="4,816,051m2 released with 4,173 antipersonnel mines and 242 antivehicle mines destroyed",
)
LM_UK_2019 = Citation(
    key="lm-uk-2019",
    title="United Kingdom: Mine Action (last updated 23 September 2019)",
    publisher="ICBL-CMC Landmine and Cluster Munition Monitor",
    date="2019-09-23",
    url="http://the-monitor.org/en-gb/reports/2019/united-kingdom/mine-action.aspx",
    locator="mine action strategic and operational plans",
    quote=(
        "Demining has been conducted in phases. Phase 1\u20134 took place between October 2009 and March 2016. Phase 5 (a) and "
        "(b) (November 2016\u2013March 2020) covers the clearance of 79 mined areas measuring an estimated total of 5.8km2"
    ),
)
LM_UK_2016 = Citation(
    key="lm-uk-2016",
    title="United Kingdom: Mine Action (last updated 22 November 2016)",
    publisher="ICBL-CMC Landmine and Cluster Munition Monitor",
    date="2016-11-22",
    url="http://www.the-monitor.org/en-gb/reports/2016/united-kingdom/mine-action.aspx",
    quote=(
        "As of March 2016, approximately 11.63km2 of mined areas remained ... As of the end of April 2015, contamination stood at "
        "12.35km2 across 97 mined areas, before clearance operations were suspended for the winter as a result of the weather."
    ),
)
MERCOPRESS_FLK_2017_TEAMS = Citation(
    key="mercopress-flk-2017-teams",
    title="Falklands demining team have recovered over 3,000 anti-personnel mines and over 150 anti-tank mines",
    publisher="MercoPress",
    date="2017-06-24",
    url="http://en.mercopress.com/2017/06/24/falklands-demining-team-have-recovered-over-3-000-anti-personnel-mines-and-over-150-anti-tank-mines.",
    quote=(
        "SINCE their deployment in October 2016 through to June 2017, the BACTEC teams have worked on 47 minefield areas ... The "
        "team will now leave for three months before continuing the current phase. ... The seven BACTEC teams have completed 30 "
        "minefield sites"
    ),
)
PPP_FLK_2019 = Citation(
    key="afp-flk-2019",
    title="Zimbabwean expert deminers keeping Falkland Islands safe (AFP)",
    publisher="Phnom Penh Post, relaying Agence France-Presse",
    date="2019-10",
    url="https://www.phnompenhpost.com/lifestyle/zimbabwean-expert-deminers-keeping-falkland-islands-safe",
    quote=(
        "'The Zimbabwean deminers are experts in this job ...,' Michael Madziva, the site supervisor, said about his 100-strong "
        "team."
    ),
)
FREELIB_CYP_2009 = Citation(
    key="cyprus-g4-teams-2009",
    title="Making us safe behind the lines (P. Dewhurst; a visit to the Mine Action Service and G4 Ordnance Management in the buffer zone)",
    publisher="The Free Library, relaying a Cyprus newspaper article",
    date="about 2009 (undated on the relay; 56 of 71 buffer-zone minefields cleared)",
    url="https://www.thefreelibrary.com/Making+us+safe+behind+the+lines-a0213100862",
    quote=(
        "Since the organisation began demining in 2004, they have removed some 15,200 mines and released over 7.5 square "
        "kilometres of land ... 'We have 48 men here, divided into four teams of eight deminers, a supervisor, medic and a "
        "driver,' said Barlow."
    ),
)
