"""National clearance programmes whose reported yearly output serves as a yardstick of clearance.

Layer: pure (sourced constants). After pvlib's parameter tables: each programme carries its
yearly outputs (km² cleared, AP mines destroyed where reported), scope, certainty and
:class:`~minebelt.model.sourcing.Citation`. A programme's rate is the span of its sourced yearly
outputs (a single year when only one is on record), read as uniform between the lowest and the
highest: which year's pace a future programme would match is not knowable.

**Yardsticks, not the estimate.** These programmes clear land far less densely mined than a
deliberately laid belt: Croatia destroyed 46-65 anti-personnel mines per km² it cleared (2017,
2019); a belt at 6,000-12,000 mines per km² holds about a hundred times more. A km² rate measures
how much land a programme had, a mine rate how many mines were in it: neither is what a workforce
can clear. The output gives both as labelled yardsticks (``clearance.yardsticks.area_rate`` with
its ``density_note``, ``clearance.yardsticks.mine_rate``); the headline time comes from the effort
model (:mod:`.clearance_workforce`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..i18n import N_
from .sourcing import Certainty, Citation

MAR_CROATIA_2020 = Citation(
    key="mar-croatia-2020",
    title="Clearing the Mines 2020: Croatia",
    publisher="Mine Action Review (Norwegian People's Aid)",
    date="2020-11",
    url="https://docslib.org/doc/11562040/croatia-the-mines-2020",
    locator="Key developments",
    quote="In 2019, Croatia cleared 39.16km2 of mined area. While this was a 20% decrease on the 49km2 cleared in 2018",
)
LM_CROATIA_2018 = Citation(
    key="lm-croatia-2018",
    title="Croatia: Mine Action (profile updated 5 November 2018)",
    publisher="ICBL-CMC Landmine and Cluster Munition Monitor",
    date="2018-11-05",
    url="http://www.the-monitor.org/en-gb/reports/2019/croatia/mine-action.aspx",
    locator="Clearance in 2017: 30.4 km\u00b2 cleared, 1,393 antipersonnel mines (and 40 antivehicle mines) destroyed",
)
HINA_2024 = Citation(
    key="hina-2024",
    title="Croatia: 58 square kilometres demined in 2023 (Interior Minister D. Bo\u017einovi\u0107)",
    publisher="HINA (Croatian news agency)",
    date="2024-04",
    url="https://hina.hr/news/11582955",
    quote=(
        "Speaking of the activities in 2023, Bo\u017einovi\u0107 said that 58 square kilometers were demined and the entire "
        "suspected areas in Osijek-Baranja and \u0160ibenik-Knin counties were cleared of land mines, which cost \u20ac55.5 million."
    ),
)
MBN_2008 = Citation(
    key="mbn-2008",
    title="\ud569\ucc38, \uc62c\ud574 \uc9c0\ub8b0 1\ucc9c400\uc5ec \ubc1c \uc81c\uac70 (JCS: about 1,400 mines removed this year)",
    publisher="MBN (citing the Joint Chiefs of Staff)",
    date="2008-12-14",
    url="https://m.mbn.co.kr/news-amp/396448",
    quote=(
        "\uc9c0\ub8b0\uc81c\uac70\ud300 3\ub9cc 8\ucc9c\uc5ec \uba85\uc774 \uc9c0\ub09c 4~11\uc6d4 ... \ucd1d 20\ub9cc\u33a1\uc5d0\uc11c \uc9c0\ub8b0\uc81c\uac70\uc791\uc5c5\uc744 \ubc8c\uc5ec "
        "(mine clearance teams, some 38,000 [person-days], worked April-November on a total of 200,000 m\u00b2)"
    ),
)
ASIAE_PACE = Citation(
    key="asiae-2018-pace",
    title="[DMZ \uc9c0\ub8b0 \uc81c\uac70] \ud55c\ubc18\ub3c4 \ub9e4\uc124 \uc9c0\ub8b0, \uc885\ub958\uc640 \uc591\uc740 \uc5bc\ub9c8? (DMZ mine clearance: the mines laid on the Korean peninsula, what kinds and how many?), citing the National Defense Committee review of the 2013 demining bill",
    publisher="Asia Economy (Kim Hee-yoon)",
    date="2018-10-02",
    url="http://view.asiae.co.kr/news/view.htm?idxno=2018100119541429796",
    quote=(
        "\uc5f0\uac04 10~20\ub9cc\u33a1 \uba74\uc801\uc758 \uc9c0\ub8b0 \uc57d 500\ubc1c\uc744 \uc81c\uac70\ud558\ub294 \uc148 (about 500 mines removed from 100,000-200,000 m\u00b2 a year); "
        "\ud604\uc7ac \uc81c\uac70\uc18d\ub3c4\ub85c\ub294 \ud55c\ubc18\ub3c4 \ub0b4 \ubaa8\ub4e0 \uc9c0\ub8b0 \uc81c\uac70\uc5d0\ub9cc \uc57d 469\ub144\uc774 \uc18c\uc694\ub418\uba70, \uc608\uc0b0\ub9cc 1\uc870\uc5d0 \ub2ec\ud558\ub294 "
        "(at the current pace, removing all mines on the Korean peninsula would take about 469 years and a budget of about KRW 1 trillion)"
    ),
)
HANKYUNG_2021 = Citation(
    key="jcs-plan-2021",
    title="\ud569\ucc38, \uc62c\ud574 \uc9c0\ub8b0\uc81c\uac70 \uc791\uc804 (JCS: this year's mine clearance operation), Yonhap",
    publisher="Hankyung (Korea Economic Daily), relaying Yonhap and the Joint Chiefs of Staff",
    date="2021-04-01",
    url="https://www.hankyung.com/politics/article/202104017017Y",
    quote="34\uac1c \uacf5\ubcd1\ubd80\ub300, 1\ucc9c700\uc5ec \uba85 ... 42\uac1c \uc9c0\uc5ed, 63\ub9cc\u33a1 (34 engineer units, some 1,700 troops ... 42 areas, 630,000 m\u00b2), April-November",
    locator="a plan for the 2021 season, not an outturn",
)
KMU_2024 = Citation(
    key="kmu-ukraine-2024",
    title="Denys Shmyhal: It is crucial for us to demine the country in years, not decades",
    publisher="Government of Ukraine (Cabinet of Ministers), kmu.gov.ua",
    date="2025-01",
    url="https://www.kmu.gov.ua/en/news/denys-shmyhal-dlia-nas-pryntsypovo-rozminuvaty-derzhavu-za-roky-a-ne-za-desiatylittia",
    quote=(
        "in 2024 the SES and National Police units cleared almost 695 square kilometres of territory and destroyed more "
        "than 133,000 mines and shells"
    ),
)

KOREA_HERALD_2021 = Citation(
    key="korea-herald-2021",
    title="Military launches annual mine removal operation (Yonhap)",
    publisher="The Korea Herald, citing the Joint Chiefs of Staff",
    date="2021-04-01",
    url="http://www01.koreaherald.com/view.php?mp=10&np=94&ud=20210401000419",
    quote=(
        "The military launched the annual operation to remove land mines in 1998, and a total of 60,000 mines have been "
        "removed from an area of about 3.2 million square meters so far ... mobilize 1,700 troops from 34 engineering units "
        "for the eight-month project"
    ),
)
STRIPES_2008 = Citation(
    key="stripes-2008",
    title="Land mine removal program marks 10 years",
    publisher="Stars and Stripes, citing the Joint Chiefs of Staff",
    date="2008",
    url="https://www.stripes.com/migration/land-mine-removal-program-marks-10-years-1.98421",
    quote=(
        "the 10th anniversary of a land mine-removal operation that has seen 67,000 of the explosives dug up from rural "
        "areas six miles south and farther from the Demilitarized Zone ... About 3,300 South Korean soldiers participated "
        "in the removal of land mines south of the area last year."
    ),
)


@dataclass(frozen=True)
class YearOutput:
    """One year of a programme: km² cleared and, where reported, mines destroyed."""

    year: int
    cleared_km2: float
    citation: Citation
    mines_destroyed: float | None = None
    mines_scope: str = ""  #: what ``mines_destroyed`` counts ("anti-personnel mines", "mines and shells")


@dataclass(frozen=True)
class Programme:
    """A national programme's yearly clearance output, used as a capacity (km² a year)."""

    country: str  #: ISO alpha-3 of the programme
    name: str
    short: str  #: "Croatia" in "as much as Croatia cleared in a year"
    years: tuple[YearOutput, ...]
    scope: str
    certainty: Certainty
    reading: str  #: how the yearly outputs become a capacity, in words
    extra_citations: tuple[Citation, ...] = field(default_factory=tuple)
    note: str = ""
    low_high: tuple[float, float] | None = None  #: a reported range instead of separate years
    years_text: str = ""  #: the years the range covers, when it is not one per year
    mines_low_high: tuple[float, float] | None = None  #: a reported range of mines destroyed a year
    mines_years_text: str = ""  #: the years ``mines_low_high`` covers
    headline_scope: str = ""  #: scope a headline must carry ("all explosive ordnance")

    @property
    def mines_span(self) -> tuple[float, float] | None:
        """Lowest and highest mines destroyed a year (None when no year reports them)."""
        if self.mines_low_high is not None:
            return self.mines_low_high
        vals = [y.mines_destroyed for y in self.years if y.mines_destroyed]
        return (min(vals), max(vals)) if vals else None

    @property
    def mines_per_year(self) -> str | dict[str, list[float]] | None:
        """The mine rate as a minebelt quantity: a number, or uniform over the span."""
        span = self.mines_span
        if span is None:
            return None
        lo, hi = span
        return f"{lo:g}" if lo == hi else {"uniform": [lo, hi]}

    @property
    def mines_scope(self) -> str:
        """What the mine counts cover ("anti-personnel mines", "mines and shells")."""
        return next((y.mines_scope for y in self.years if y.mines_destroyed), "mines")

    @property
    def mines_year(self) -> str:
        """``2017, 2019``: the years whose mine counts make the mine rate."""
        if self.mines_years_text:
            return self.mines_years_text.replace("-", "\u2013")
        return ", ".join(str(y.year) for y in sorted(self.years, key=lambda y: y.year) if y.mines_destroyed)

    @property
    def mines_text(self) -> str:
        """``2017, 2019: 1,393–2,530 anti-personnel mines`` (a year)."""
        span = self.mines_span
        if span is None:
            return ""
        lo, hi = span
        n = f"{lo:,.0f}" if lo == hi else f"{lo:,.0f}\u2013{hi:,.0f}"
        return f"{self.mines_year}: {n} {self.mines_scope}" + (
            f", {self.headline_scope}" if self.headline_scope else ""
        )

    @property
    def span(self) -> tuple[float, float]:
        """Lowest and highest yearly output, km² a year."""
        if self.low_high is not None:
            return self.low_high
        vals = [y.cleared_km2 for y in self.years]
        return min(vals), max(vals)

    @property
    def km2_per_year(self) -> str | dict[str, list[float]]:
        """The capacity as a minebelt quantity: a number, or uniform over the span."""
        lo, hi = self.span
        return f"{lo:g}" if lo == hi else {"uniform": [lo, hi]}

    @property
    def year(self) -> str:
        if self.years_text:
            return self.years_text.replace("-", "\u2013")
        ys = sorted(y.year for y in self.years)
        return str(ys[0]) if len(ys) == 1 else f"{ys[0]}\u2013{ys[-1]}"

    @property
    def outputs_text(self) -> str:
        """``30.4-58 km² (2017: 30.4; 2018: 49.01; 2019: 39.16; 2023: 58)``."""
        lo, hi = self.span
        span = f"{lo:g} km\u00b2" if lo == hi else f"{lo:g}\u2013{hi:g} km\u00b2"
        if self.low_high is not None or len(self.years) == 1:
            return f"{span} ({self.year})"
        return f"{span} ({'; '.join(f'{y.year}: {y.cleared_km2:g}' for y in sorted(self.years, key=lambda y: y.year))})"

    @property
    def mines_per_km2(self) -> tuple[float, float] | None:
        """Mines destroyed per km² cleared, lowest and highest year (where both are reported)."""
        vals = [y.mines_destroyed / y.cleared_km2 for y in self.years if y.mines_destroyed]
        return (min(vals), max(vals)) if vals else None

    @property
    def citation(self) -> Citation:
        return self.years[0].citation

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(dict.fromkeys([*(y.citation for y in self.years), *self.extra_citations]))

    def describe(self) -> str:
        return f"{self.name}, {self.outputs_text} cleared a year"


NATIONAL_PROGRAMMES: dict[str, Programme] = {
    "HRV": Programme(
        "HRV",
        N_("Croatia's national mine action programme"),
        "Croatia",
        (
            YearOutput(2017, 30.4, LM_CROATIA_2018, 1393, "anti-personnel mines"),
            YearOutput(2018, 49.01, MAR_CROATIA_2020),
            YearOutput(2019, 39.16, MAR_CROATIA_2020, 2530, "anti-personnel mines"),
            YearOutput(2023, 58, HINA_2024),
        ),
        "mined area cleared in a year (land released by survey not counted); 2023: all mine-suspected area demined",
        "high",
        "uniform between the lowest and the highest sourced year (2020-2022 not found)",
        note=(
            "The EU's largest humanitarian demining programme, in forested and mountainous terrain; Croatia was declared "
            "free of mine hazard at the end of February 2026."
        ),
    ),
    "KOR": Programme(
        "KOR",
        "South Korea's military mine clearance",
        "South Korea",
        (YearOutput(2008, 0.2, MBN_2008, 1400, "mines"),),
        "area searched and cleared in one season (April-November), mostly fields south of the Civilian Control Line and around rear bases",
        "medium",
        "uniform over the reported 100,000-200,000 m\u00b2 a year",
        extra_citations=(ASIAE_PACE, KOREA_HERALD_2021, STRIPES_2008),
        low_high=(0.1, 0.2),
        years_text="2008-2018",
        # its own record over whole periods: 60,000 mines in the 23 seasons 1998-2020 (JCS 2021) to
        # 67,000 in the first ten (JCS 2008); single seasons (about 500 a year, Asia Economy 2018;
        # 1,400 in 2008) are the slow end of it, not the pace
        mines_low_high=(60_000 / 23, 6_700),
        mines_years_text="1998-2020",
        note=(
            "200,000 m\u00b2 in the 2008 season (JCS); 'in effect 100,000-200,000 m\u00b2 and about 500 mines a year' (Asia Economy, 2018). "
            "Mines: 60,000 in 1998-2020 (JCS via Korea Herald, 2021) and 67,000 in 1998-2008 (JCS via Stars and Stripes, 2008): the JCS counts conflict."
        ),
    ),
    "UKR": Programme(
        "UKR",
        N_("Ukraine's State Emergency Service and National Police demining units"),
        "Ukraine",
        (YearOutput(2024, 695, KMU_2024, 133_000, "mines and shells"),),
        (
            "territory cleared in 2024 by the State Emergency Service and National Police units, all explosive ordnance: "
            "clearance, not the ~17,000 km\u00b2 returned to use in 2024 mostly by non-technical survey; operators' and "
            "defence forces' work not included"
        ),
        "medium",
        "the one year on record",
        headline_scope="all explosive ordnance",
        note="In June 2025 the sector counted 112 certified operators, over 9,000 people and 278 machines (PM, via UNN); full-year 2025 results not found.",
    ),
}
#: The programme that stands in for a defending country without a clearance programme of its
#: own on record (Finland, Estonia, Latvia, Lithuania and Poland: no minefield-clearance output on
#: record; each has national explosive ordnance disposal services).
BENCHMARK_PROGRAMME = "HRV"
