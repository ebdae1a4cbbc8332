"""Sourced defaults of the cost block: unit cost per mine, fence per km, laying (not costed).

Layer: pure (sourced constants). Where no public source exists there is no entry: the figure
is reported as "not costed".
"""

from __future__ import annotations

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
