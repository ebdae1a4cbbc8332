"""Sourced defaults of the cost block: unit cost per mine, border-fence proxy per km, laying (not costed).

Layer: pure (sourced constants). Each money default is a :class:`~.currency.MoneyDefault`: sourced
figures, each in its own currency with its price date, converted into the scenario's currency at
the ECB rate of that date. Where no public source exists there is no entry: the figure is
reported as "not costed" (laying; the marking of a minefield perimeter itself).
"""

from __future__ import annotations

from .currency import MoneyDefault, MoneyFigure
from .sourcing import Citation

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
    publisher="RIA FAN; also TASS; completion reported by RFE/RL, 2022-08-29 (https://rferl.org/amp/lithuania-wall-belarus-border-illegal-migrants/32009541.html)",
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
FENCE_PL = Citation(
    key="fence-pol-blr",
    title="Poland has already built 140 km of fences along the border with Belarus (Polish Border Guard)",
    publisher="babel.ua, relaying the Polish Border Guard; completion: Interior Minister M. Kami\u0144ski, 30 June 2022 (babel.ua 80774: 'The length of the wall is 186.25 kilometers')",
    date="2022-06",
    url="https://babel.ua/en/news/79874-poland-has-already-built-140-km-of-fences-along-the-border-with-belarus",
    quote=(
        "the five-meter-high barrier will stretch for 186 kilometers. The total cost of the project together with "
        "technical equipment will reach 1.6 billion zlotys"
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

#: Cost of one new anti-personnel mine: "a few tens of euros to a couple hundred euros" (Finnish
#: Defence Forces, January 2026) read as 20 to 200, a 90 % interval; priced in January 2026 (the
#: FDF statement of 14 January 2026). The older UN "USD 3-30" is kept in FACTS only.
UNIT_COST_DEFAULT = MoneyDefault(
    name="unit_cost_per_mine",
    unit="per mine",
    figures=(
        MoneyFigure("a few tens of euros", 20, "EUR", "2026-01-14", FINLAND_UNIT_COST),
        MoneyFigure("a couple hundred euros", 200, "EUR", "2026-01-14", FINLAND_UNIT_COST),
    ),
    reading="lognormal-90",
    description="new anti-personnel mine, Finnish Army's estimate (January 2026), read as a 90 % interval",
)
#: Border-fence proxy per km of land front: three anti-migration barriers built on the eastern
#: flank in 2021-2022, each converted at the ECB rate of its price date, read as uniform between
#: the cheapest and the dearest per km. They are **not** minefield marking: Amended Protocol II,
#: Art. 5(2)(a), requires mines without self-destruction to lie in a perimeter-marked area,
#: monitored and protected by fencing (a perimeter, at least twice the front), and no public
#: source gives a per-km cost of that.
FENCE_COST_DEFAULT = MoneyDefault(
    name="fence_cost_per_km",
    unit="per km of land front",
    figures=(
        MoneyFigure(
            "Lithuania-Belarus barrier, EUR 152 M for 502 km (steel mesh and razor wire)",
            152e6 / 502,
            "EUR",
            "2022-08-29",
            FENCE_LT,
        ),
        MoneyFigure(
            "Poland-Belarus wall, PLN 1.6 bn for 186.25 km (incl. electronic barrier)",
            1.6e9 / 186.25,
            "PLN",
            "2022-06-30",
            FENCE_PL,
        ),
        MoneyFigure(
            "Finland-Russia fence, EUR 380 M for at most 200 km (incl. roads, cameras, lights)",
            380e6 / 200,
            "EUR",
            "2022-11-15",
            FENCE_FI,
        ),
    ),
    reading="uniform",
    description=(
        "border-fence proxy (anti-migration barriers: Lithuania, Finland, Poland), not minefield marking "
        "(Amended Protocol II, Art. 5(2)(a): a marked, fenced and monitored perimeter)"
    ),
    extra_citations=(CCW_APII,),
)
#: Laying has no public cost figure: "not costed" unless the user states one.
LAYING_COST_DEFAULT = None
