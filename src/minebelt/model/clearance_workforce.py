"""Clearance workforce: the fitted productivities and the named workforces a scenario can take.

Layer: pure (sourced constants).

**Productivities** (:data:`PRODUCTIVITY_FIT`): mines found, excavated and destroyed per deminer
and calendar year, one rate per minefield condition (:data:`.clearance_history.CONDITIONS`), and
m² of ground searched per deminer and calendar year, fitted on the historical clearances of
:mod:`.clearance_history` (``role = "fit"``) by :func:`minebelt.model.clearance.fit_productivities`.
The point value is the fit on all of them. The 90 % interval is a *prediction* interval for a
new clearance: the fitted rate times or divided by :data:`PREDICTION_FACTOR` =
``exp(t(0.95, n - k) s sqrt(1 + 1/n))``, ``s`` the standard deviation of the ``n`` fitted cases'
log ratios of modelled to actual effort with the ``n - k`` degrees of freedom the ``k`` fitted
rates leave, ``t`` Student's quantile (computed here, not typed in: SciPy's, by :mod:`.student_t`). It is the spread a new job
faces (history: leave-one-out ratios 0.20-5.06 once every workforce is counted in deminers),
and it is *nominal*: of the 13 back-tested cases (7 left out in turn, 6 held out) it holds 9
(69 %, :data:`OBSERVED_COVERAGE`), so read it as at least this wide;
not the far narrower confidence interval of the mean rate (:data:`FIT_FACTOR`). ``tests/unit/pipeline/test_clearance_backtest.py``
recomputes ``s`` from the cases and checks the interval's coverage of the leave-one-out cases. A calendar deminer-year is as those programmes worked it
(seasons, weather, stand-downs, support), so no working-days figure is needed beside it.

**Workforce presets** (:data:`WORKFORCE_PRESETS`): the size of a named programme, each sourced
with its year and scope, for the headline "N years with W deminers \u2014 the workforce of <programme>".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .clearance_history_sources import (
    AFP_JOR_2010,
    HALO_ZW_29KM,
    KOREA_HERALD_2021,
    MBN_2008,
    NPA_JOR_2010,
    PPP_FLK_2019,
    TAIPEI_FLK_2020,
    YONHAP_2019,
)
from .sourcing import Certainty, Citation
from .student_t import t_quantile


@dataclass(frozen=True)
class FittedRate:
    """A productivity fitted on the back-test cases: point value and 90 % interval."""

    name: str
    point: float
    p05: float
    p95: float
    unit: str

    @property
    def interval(self) -> str:
        """``"13.9 to 25.2"``: the 90 % interval in minebelt's quantity syntax (lognormal)."""

        def g4(x: float) -> str:  # four significant figures, never in exponent notation
            return f"{float(f'{x:.4g}'):.10g}"

        return f"{g4(self.p05)} to {g4(self.p95)}"


#: The fitted cases and the rates fitted on them (two mine rates, one ground rate).
FIT_CASES_N = 7
FIT_RATES_N = 3
#: Standard deviation of the seven in-sample log ratios (modelled / actual effort) with the
#: FIT_CASES_N - FIT_RATES_N degrees of freedom left: sqrt(sum(log r)^2 / 4) (docs/model.md).
FIT_LOG_S = 0.6152
#: Prediction factor for a new clearance: exp(t(0.95, 4) s sqrt(1 + 1/7)) = x/÷ 4.06.
PREDICTION_FACTOR = math.exp(t_quantile(FIT_CASES_N - FIT_RATES_N, 0.95) * FIT_LOG_S * math.sqrt(1 + 1 / FIT_CASES_N))
#: The interval's observed coverage in the back-test: (cases inside, cases tested), the fitted cases
#: each left out of the fit and the held-out cases against the fit on all (docs/model.md). Nominal
#: 90 %, observed 69 %: two of the four outside are not laid belts searched to today's standard.
OBSERVED_COVERAGE = (9, 13)
#: The confidence interval of the mean rate, for contrast only (not used): exp(1.645 s' / sqrt(7)),
#: s' = 1.023 the RMS of the seven leave-one-out log ratios.
FIT_FACTOR = 1.889
#: Fitted on falklands-5a, zimbabwe-30km, zimbabwe-29km, korea-1998-2020, nicaragua (legacy) and
#: jordan-north, cyprus-2004-2005 (recorded): docs/model.md, "Back-test of the clearance model".
PRODUCTIVITY_FIT: dict[str, FittedRate] = {
    "mines_per_deminer_year.legacy": FittedRate(
        "mines_per_deminer_year",
        23.77,
        23.77 / PREDICTION_FACTOR,
        23.77 * PREDICTION_FACTOR,
        "mines found, excavated and destroyed per deminer and year, legacy belts (no pattern to follow, every mine found by search)",
    ),
    "mines_per_deminer_year.recorded": FittedRate(
        "mines_per_deminer_year",
        1_335,
        1_335 / PREDICTION_FACTOR,
        1_335 * PREDICTION_FACTOR,
        "mines found, excavated and destroyed per deminer and year, recorded pattern minefields cleared from their records",
    ),
    "m2_per_deminer_year": FittedRate(
        "m2_per_deminer_year",
        42_340,
        42_340 / PREDICTION_FACTOR,
        42_340 * PREDICTION_FACTOR,
        "m\u00b2 of ground searched per deminer and year",
    ),
}
PRODUCTIVITY_SOURCE = (
    "fitted on seven historical clearances of laid minefields, each a whole job or phase with a sourced workforce counted in "
    "deminers (legacy belts: the Falkland Islands' phase 5(a) 2016-2018, HALO's first 30 km and the 29 km Mukumbura field on "
    "Zimbabwe's border belt, South Korea 1998-2020, Nicaragua 1990-2010; recorded pattern minefields: Jordan's Syrian border "
    "2008-2012, the Cyprus buffer zone 2004-2005): point value the fit on all seven, 90 % prediction interval for a new "
    "clearance x/\u00f7 4.06 from the fit's log-ratio spread, nominal: it held 9 of the 13 back-tested cases (69 %) "
    "(minebelt's model documentation, 'Back-test of the clearance model')"
)


def fitted(mines_interval: str, m2_interval: str, condition: str) -> bool:
    """Whether both rates are the fitted ones (quantity strings as ``FittedRate.interval``)."""
    return (
        mines_interval == mines_rate(condition).interval
        and m2_interval == PRODUCTIVITY_FIT["m2_per_deminer_year"].interval
    )


def mines_rate(condition: str) -> FittedRate:
    """The fitted mines per deminer-year of a minefield condition (``"legacy"`` or ``"recorded"``)."""
    return PRODUCTIVITY_FIT[f"mines_per_deminer_year.{condition}"]


UNN_UKR_2025 = Citation(
    key="unn-ukraine-2025",
    title="Area of mined lands in Ukraine decreased by over 20% (Prime Minister D. Shmyhal)",
    publisher="UNN (Ukrainian News Agency)",
    date="2025-06-24",
    url="https://unn.ua/en/news/area-of-mined-lands-in-ukraine-decreased-by-over-20percent-in-25-years-shmyhal",
    quote="112 certified operators are working in the market, eight of which are foreign. Their resources include over 9,000 people, 278 demining and earthmoving machines",
)
PRAVDA_UKR_2024 = Citation(
    key="pravda-ukraine-2024",
    title="Number of certified mine action operators in Ukraine reaches almost 70",
    publisher="Ukrainska Pravda, quoting Economy Minister Y. Svyrydenko via Interfax-Ukraine",
    date="2024-12-02",
    url="https://www.pravda.com.ua/eng/news/2024/12/2/7487219/",
    quote="from 2023 to 2024, the number of certified mine action operators increased from 6 to 69, bomb disposal experts from 1,500 to 4,021",
)


@dataclass(frozen=True)
class WorkforcePreset:
    """A named programme's workforce: how many deminers, when, and from where."""

    key: str
    programme: str  #: "South Korea's military mine clearance"
    deminers: float
    scope: str  #: what the count covers, in words
    year: str
    citation: Citation
    certainty: Certainty
    extra_citations: tuple[Citation, ...] = ()
    note: str = ""

    @property
    def citations(self) -> tuple[Citation, ...]:
        return (self.citation, *self.extra_citations)


WORKFORCE_PRESETS: dict[str, WorkforcePreset] = {
    "kor-military": WorkforcePreset(
        "kor-military",
        "South Korea's military mine clearance",
        200,
        "about 200 personnel at work (2019, rear-base minefields; 38,000 person-days in the 2008 season)",
        "2019",
        YONHAP_2019,
        "weak",
        (MBN_2008, KOREA_HERALD_2021),
        note="1,700 troops were planned for 2021 and 1,200 for the bases from 2019: a surge, not the force behind the 1998-2020 record",
    ),
    "ukraine-2024": WorkforcePreset(
        "ukraine-2024",
        "Ukraine's certified mine action operators",
        4_021,
        "4,021 bomb disposal experts (deminers) of 69 certified operators, December 2024",
        "2024",
        PRAVDA_UKR_2024,
        "medium",
        (UNN_UKR_2025,),
        note="by June 2025 112 operators had over 9,000 people (all roles) and 278 machines; State Emergency Service and police units not counted",
    ),
    "halo-zimbabwe": WorkforcePreset(
        "halo-zimbabwe",
        "HALO Trust's Zimbabwe programme",
        340,
        "340 Zimbabwean deminers (about 2018)",
        "2018",
        HALO_ZW_29KM,
        "medium",
    ),
    "falklands": WorkforcePreset(
        "falklands",
        "the Falkland Islands clearance (SafeLane, Zimbabwean deminers)",
        100,
        "about 100 Zimbabwean deminers (phase 5, 2016-2020; phases 1-4 were smaller)",
        "2019",
        PPP_FLK_2019,
        "medium",
        (TAIPEI_FLK_2020,),
    ),
    "npa-jordan": WorkforcePreset(
        "npa-jordan",
        "Norwegian People's Aid on Jordan's Syrian border",
        72,
        "12 teams of six deminers (NPA, September 2010); more than 200 people in all roles (NCDR, December 2010)",
        "2010",
        NPA_JOR_2010,
        "medium",
        (AFP_JOR_2010,),
    ),
}
#: A belt whose every section South Korea defends takes South Korea's own force; any other the
#: largest national deminer workforce on record (Ukraine's certified operators, December 2024),
#: named in every headline: the six eastern-flank countries have no minefield-clearance force of
#: their own on record, and a force the size of the largest one fielded is the stated yardstick
#: (years scale as 1 / deminers).
DEFAULT_WORKFORCE = "ukraine-2024"
OWN_WORKFORCE = {"KOR": "kor-military"}


def default_workforce(countries: list[str]) -> str:
    """The preset key for a belt defended by ``countries`` (ISO3), when none is stated."""
    own = {OWN_WORKFORCE.get(c) for c in countries}
    key = own.pop() if len(own) == 1 else None
    return key if key is not None else DEFAULT_WORKFORCE
