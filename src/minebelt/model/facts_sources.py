"""The citations of the single figures, dates and memberships of :mod:`.facts`.

Layer: pure (sourced constants). One :class:`~minebelt.model.sourcing.Citation` per document
read for a figure of :data:`.facts.FACTS`, :data:`.facts.DATES` or :data:`.facts.MEMBERSHIPS`
that no topic module (:mod:`.clearance_sources`, :mod:`.cost_sources`,
:mod:`.production_sources`, :mod:`.treaty_facts`, :mod:`.plans`) already holds; :mod:`.facts`
re-exports every one of them under the same name.

Dates are publication dates (ISO 8601); ``accessed`` is when the figure was checked for minebelt.
"""

from __future__ import annotations

from .sourcing import Citation

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
YEOUIDO_MLTM_2012 = Citation(
    key="yeouido-2012",
    title="\uc560\ub9e4\ud55c \uc5ec\uc758\ub3c4 \uba74\uc801, \uad6d\ud1a0\ubd80\uac00 \ub531 \uc815\ud588\ub2e4 (Yeouido's area, fixed by the Ministry of Land, Transport and Maritime Affairs)",
    publisher="Herald Economy (Baek Woong-gi), on the Ministry's announcement",
    date="2012-04-16",
    url="http://news.heraldcorp.com/view.php?ud=20120416001059",
    locator="'N times Yeouido' is to be read as N x 2.9 km\u00b2 (inside the Yunjung-ro embankment), the Ministry's unit for such comparisons",
)
LANDMINE_MONITOR_KOR = Citation(
    key="lm-kor",
    title="Republic of Korea: Mine Action / Mine Ban Policy profile",
    publisher="Landmine and Cluster Munition Monitor (ICBL-CMC)",
    date="2011-07-18",
    url="http://archives.the-monitor.org/index.php/cp/display/region_profiles/theme/1094",
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
    publisher="Russian translation, via base.garant.ru (the Swiss German text, SR 0.515.092, matches; the UN Treaty Collection's text was not retrieved; depositary: UN Secretary-General)",
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
    publisher="ICBL-CMC Landmine Monitor; Human Rights Watch (the report's launch release, relayed by Mirage News)",
    date="2025-12-01",
    url="https://www.miragenews.com/urgent-call-strengthen-landmine-ban-1580664",
    locator=(
        "withdrawal instruments deposited: Estonia, Latvia, Lithuania 27 June 2025; Finland 10 July 2025; Poland 20 August "
        "2025; 166 countries have joined the treaty as of 1 December 2025, the Marshall Islands and Tonga in 2025"
    ),
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
SEJM_2025 = Citation(
    key="sejm-2025",
    title="Poland's Sejm votes to withdraw from the Ottawa Treaty (413 for, 15 against, 3 abstentions)",
    publisher="MENAFN, citing Poland's public broadcaster (vote on the evening of Wednesday 25 June 2025); also glob-news.com and TASS (2025-06-26)",
    date="2025-06-29",
    url="https://menafn.com/1109737350/Poland-Votes-to-Exit-Landmine-Treaty",
    quote="The Sejm, which is Poland's lower chamber of parliament, approved the bill on Wednesday evening by a significant margin. According to a state-run broadcaster, 413 members voted in support, 15 opposed, and three refrained from voting.",
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
#: The states not party to the Mine Ban Treaty: one citation per document read. The count of 33
#: is the 2020 report's; the list is the Monitor's as of 2024; the two states that joined in 2025
#: are the Landmine Monitor 2025 release's (:data:`LANDMINE_MONITOR_2025`).
LM_STATES_NOT_PARTY = Citation(
    key="lm-not-party",
    title="Landmine Monitor 2020, Ban Policy",
    publisher="ICBL-CMC Landmine Monitor",
    date="2020",
    url="https://archives2.the-monitor.org/en-gb/reports/2020/landmine-monitor-2020/ban-policy.aspx",
    quote="Most of the 33 countries that remain outside of the treaty nonetheless abide by its key provisions",
    locator="the count of states not party (33), read in the report",
)
LM_STATES_NOT_PARTY_2024 = Citation(
    key="lm-not-party-2024",
    title="Landmine Monitor 2024: the states not party to the Mine Ban Treaty",
    publisher="ICBL-CMC Landmine Monitor",
    date="2024-11",
    url="",
    locator="the member list, as of 2024 (before the Marshall Islands and Tonga joined in 2025); the page's address not recorded",
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
ICBL_FIN_2015 = Citation(
    key="icbl-fin-2015",
    title="Finland finishes destroying stockpiled landmines",
    publisher="International Campaign to Ban Landmines (ICBL)",
    date="2015-08-21",
    url="http://www.icbl.org/en-gb/news-and-events/news/2015/finland-finishes-destroying-stockpiled-landmines.aspx",
    quote=(
        "This total was reaffirmed in mid-2012 when Finland disclosed that it stockpiled 1,029,763 antipersonnel mines"
    ),
    locator="destruction announced finished by the Finnish Defence Forces on 18 August 2015; 16,500 retained for training",
)
NIST_MILE = Citation(
    key="nist-mile",
    title="NIST Handbook 44, Appendix C: General Tables of Units of Measurement",
    publisher="National Institute of Standards and Technology",
    date="2024",
    url="https://www.nist.gov/pml/weights-and-measures",
    locator="1 international mile = 1.609344 km exactly",
)


# --------------------------------------------------------------------------------------
# Clearance, cost and production: the Korean reference figures
# --------------------------------------------------------------------------------------

UN_BANMINES = Citation(
    key="un-banmines",
    title="Landmines: facts (UN CyberSchoolBus 'banmines'), as relayed by secondary sites",
    publisher="United Nations (original page not confirmed; the UN library's Ask DAG, 2022, calls such comparisons misleading)",
    date="1997",
    url="https://www.un.org/cyberschoolbus/banmines/facts.asp",
    locator="an anti-personnel mine costs USD 3-30 to make and USD 300-1,000 to remove",
)
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
