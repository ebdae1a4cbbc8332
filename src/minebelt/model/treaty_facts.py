"""Sourced treaty and policy facts for the fact-checker: withdrawal dates and their effect,
national votes, US landmine policy, and the Convention's text (``date:NAME``, ``const:NAME``).

Layer: pure (sourced constants). Dates are ISO 8601; a yes/no fact is a
:class:`~minebelt.model.sourcing.Sourced` value of 1 (yes) or 0 (no) with its citation, so a
claim compares it like any number.
"""

from __future__ import annotations

from .sourcing import Citation, Sourced

OTTAWA_ART_20_3 = Citation(
    key="ottawa-art-20",
    title="Convention on the Prohibition of Anti-Personnel Mines, Art. 20(3) (withdrawal), as explained by the ICRC",
    publisher="International Committee of the Red Cross, 'Banning Anti-Personnel Mines - The Ottawa Treaty Explained' (1998)",
    date="1998",
    url="https://www.nzdl.org/",
    locator="\u00a72.7 Withdrawal",
    quote=(
        "If, however, at the end of this six-month period the country is involved in an armed conflict, the withdrawal is "
        "not effective until after the end of the armed conflict."
    ),
)
OTTAWA_ART_1 = Citation(
    key="ottawa-art-1",
    title="Convention on the Prohibition of Anti-Personnel Mines, Art. 1(1)(c), as quoted by the ICRC",
    publisher="International Committee of the Red Cross, 'Banning Anti-Personnel Mines - The Ottawa Treaty Explained' (1998)",
    date="1998",
    url="https://www.nzdl.org/",
    locator="\u00a72.2, quoting Art. 1, para. 1 (the official German text, Austrian federal law, matches)",
    quote=(
        "Each State Party undertakes never under any circumstances ... (c) To assist, encourage or induce, in any way, "
        "anyone to engage in any activity prohibited to a State Party under this Convention."
    ),
)
HRW_UKRAINE_2025 = Citation(
    key="hrw-ukraine-2025",
    title="Ukraine Suspends Vital Mine Ban Treaty",
    publisher="Human Rights Watch; Landmine Monitor 2025 disputes the 'suspension' (devdiscourse, 2025-12-02, relaying the UNOG launch)",
    date="2025-07-24",
    url="https://www.hrw.org/news/2025/07/24/ukraine-suspends-vital-mine-ban-treaty",
    quote="On July 18, Ukraine formally informed the United Nations that it has suspended its operation of the 1997 Mine Ban Treaty",
    locator=(
        "decree of 29 June 2025; law on the 'suspension' adopted 15 July 2025 (VCLT Art. 62); HRW and the ICBL: VCLT Art. 73 "
        "excludes armed conflict and Art. 20(3) bars withdrawal during it"
    ),
)
LM_2025_WITHDRAWALS = Citation(
    key="lm-2025-withdrawals",
    title="Landmine Monitor 2025 launch: withdrawals from the Mine Ban Treaty (Human Rights Watch release)",
    publisher="ICBL-CMC Landmine Monitor / Human Rights Watch, relayed by miragenews",
    date="2025-12-01",
    url="https://www.miragenews.com/urgent-call-strengthen-landmine-ban-1580664",
    quote=(
        "will take effect six months after those dates if states do not reconsider their position or engage in armed "
        "conflict during that period"
    ),
    locator="instruments deposited: Estonia, Latvia and Lithuania 27 June 2025; Finland 10 July 2025; Poland 20 August 2025",
)
EDUSKUNTA_2025 = Citation(
    key="eduskunta-2025",
    title="Parliament of Finland voted on the withdrawal from the Ottawa Treaty (157-18)",
    publisher="Eduskunta (Parliament of Finland), relayed by caleaeuropeana.ro and dpa",
    date="2025-06-19",
    url="https://www.caleaeuropeana.ro/parlamentul-finlandei-a-votat-in-favoarea-retragerii-tarii-din-tratatul-care-interzice-utilizarea-minelor-antipersonal-pe-fondul-ingrijorarilor-legate-de-statul-agresiv-si-imperialist-numit/",
    quote="Parliament of Finland voted on the withdrawal from the Ottawa Treaty in a plenary session on June 19. The vote was 157-18",
)
US_2014 = Citation(
    key="us-policy-2014",
    title="Landmine Policy: U.S. Underscores Commitment to the Spirit and Humanitarian Aims of the Ottawa Convention (press statement, J. Psaki)",
    publisher="U.S. Department of State, via the U.S. Mission Geneva",
    date="2014-09-23",
    url="https://geneva.usmission.gov/2014/09/23/landmine-policy-u-s-underscores-commitment-to-the-spirit-and-humanitarian-aims-of-the-ottawa-convention/",
    quote="we will not use these mines outside of the Korean Peninsula",
    locator="the first step, no production or acquisition, was announced in Maputo on 27 June 2014",
)
US_2020 = Citation(
    key="us-policy-2020",
    title="Trump cancels policy prohibiting employing anti-personnel landmines outside of the Korean Peninsula (White House press secretary S. Grisham)",
    publisher="PTI, via Yahoo News India (also The Hill, UPI)",
    date="2020-01-31",
    url="https://in.news.yahoo.com/trump-cancels-policy-prohibiting-employing-192948176.html",
    quote=(
        "the President has cancelled the Obama administration's policy to prohibit United States military forces from "
        "employing anti-personnel landmines outside of the Korean Peninsula"
    ),
)
US_2022 = Citation(
    key="us-policy-2022",
    title="Biden administration to limit use of land mines, ending Trump-era policy",
    publisher="Politico",
    date="2022-06-21",
    url="https://www.politico.com/news/2022/06/21/biden-land-mines-trump-policy-00040925",
    quote="The White House announced Tuesday it will commit to limiting the use of anti-personnel land mines in most places around the world",
)
US_UKRAINE_2024 = Citation(
    key="us-ap-mines-ukraine-2024",
    title="US approves anti-personnel mines for Ukraine",
    publisher="Washington Post (2024-11-19), confirmed by Reuters; Defense Secretary L. Austin, 2024-11-20 ('nonpersistent' mines, AP)",
    date="2024-11-20",
    locator=(
        "approval in November 2024 confirmed; the type (ADAM, M692/M731) and the delivery date are not confirmed in the "
        "sources found; Landmine Monitor 2025: Ukrainian use 'beginning in late 2024 following the receipt of mines from "
        "the United States'"
    ),
)

#: Sourced dates of this module, merged into :data:`minebelt.model.facts.DATES`.
TREATY_DATES: dict[str, tuple[str, Citation]] = {
    "WITHDRAWAL_EFFECT_EST": ("2025-12-27", LM_2025_WITHDRAWALS),
    "WITHDRAWAL_EFFECT_LVA": ("2025-12-27", LM_2025_WITHDRAWALS),
    "WITHDRAWAL_EFFECT_LTU": ("2025-12-27", LM_2025_WITHDRAWALS),
    "FINLAND_PARLIAMENT_VOTE": ("2025-06-19", EDUSKUNTA_2025),
    "UKRAINE_SUSPENSION_NOTICE": ("2025-07-18", HRW_UKRAINE_2025),
    "US_POLICY_KOREA_ONLY": ("2014-09-23", US_2014),
    "US_POLICY_CANCELLED": ("2020-01-31", US_2020),
    "US_POLICY_RESTORED": ("2022-06-21", US_2022),
    "US_AP_MINES_UKRAINE_APPROVED": ("2024-11-20", US_UKRAINE_2024),
}

#: Sourced yes/no facts (1 = yes, 0 = no), merged into :data:`minebelt.model.facts.FACTS`.
TREATY_FACTS: dict[str, Sourced] = {
    "UKRAINE_WITHDRAWAL_IN_EFFECT": Sourced(
        0,
        "1 = yes",
        HRW_UKRAINE_2025,
        "high",
        "Art. 20(3): a State Party engaged in an armed conflict does not leave before the conflict ends; Ukraine declared a "
        "'suspension' instead, which the Landmine Monitor 2025 disputes",
    ),
    "OTTAWA_ART_1_1_C_PROHIBITS_ASSISTING": Sourced(
        1,
        "1 = yes",
        OTTAWA_ART_1,
        "high",
        "Art. 1(1)(c): never to assist, encourage or induce anyone to engage in a prohibited activity",
    ),
    "OTTAWA_ART_20_3_CONFLICT_DELAYS_WITHDRAWAL": Sourced(1, "1 = yes", OTTAWA_ART_20_3, "high"),
}
