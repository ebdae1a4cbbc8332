"""Back-test of the clearance model on historical clearances (docs/model.md, "Back-test of the
clearance model"), and the Korean DMZ on its default path.

The productivities (one mine rate per minefield condition, one ground rate) are fitted on the
seven cases of ``minebelt.model.clearance_history`` with a sourced workforce on a whole job or
phase (``role = "fit"``; a sample from within a job is held out, one rule for all);
each is tested left out of the fit (leave-one-out), and the held-out cases against the fit on
all. Every workforce is counted in deminers where its sources separate them from support staff. Every case reports its ratio of modelled to actual duration, given its own workforce. A case
outside a factor of 1.5 is a documented miss: the test asserts the ratio *and* that the case
carries its explanation, and docs/model.md shows it. No xfail.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from minebelt import estimate, load_scenarios, model
from minebelt.model.clearance_history import CASES, FIT_CASES
from minebelt.model.clearance_workforce import (
    FIT_CASES_N,
    FIT_FACTOR,
    FIT_LOG_S,
    FIT_RATES_N,
    OBSERVED_COVERAGE,
    PREDICTION_FACTOR,
    PRODUCTIVITY_FIT,
    mines_rate,
)

FACTOR = 1.5


def _rows(cases):
    return [(c.mines, c.cleared_m2, c.deminer_years, c.condition) for c in cases]


ALL = model.clearance.fit_productivities(_rows(FIT_CASES))


def _ratio(case, rates) -> float:
    by_condition, m2 = rates
    return (
        float(model.deminer_years(case.mines, case.cleared_m2, by_condition[case.condition], m2)) / case.deminer_years
    )


def _loo(case):
    return model.clearance.fit_productivities(_rows([c for c in FIT_CASES if c is not case]))


#: Expected ratio (modelled / actual years) per case: leave-one-out for fitted cases, the fit on
#: all for held-out ones; ``miss`` marks a documented miss (explained in the case's ``why``).
EXPECTED = {
    "falklands-5a": (2.77, "miss"),  # the fastest legacy case per deminer: sparse fields, 36,000 m2 a deminer-year
    "zimbabwe-30km": (1.33, "within"),  # the fastest stretch on record, duration from a rounded rate (just inside)
    "zimbabwe-29km": (0.59, "miss"),  # the workforce is HALO's whole programme: an upper bound on this field's
    "korea-1998-2020": (0.47, "miss"),  # the slowest: displaced minimum-metal mines, seasons
    "jordan-north": (
        5.06,
        "miss",
    ),  # left out, only Cyprus's start-up phase (90 mines a deminer-year) speaks for recorded fields
    "cyprus-2004-2005": (0.20, "miss"),  # left out, Jordan alone (455 a deminer-year) sets the recorded rates
    "nicaragua": (1.38, "within"),  # one count of sappers (1997) for twenty years
    "zimbabwe-musanzikwa": (1.23, "within"),  # one HALO team's first four weeks, held out
    "korea-2008": (0.32, "miss"),
    "cyprus-2004-2011": (1.25, "within"),  # the whole programme, held out: four teams of eight on two dates
    "arrowhead-2019": (0.07, "miss"),
    "denmark-1945": (26.72, "miss"),  # mines lifted from the layers' plans, the ground proofed, not searched
    "tiwinza-2018": (0.61, "miss"),  # a five-month jungle season by helicopter, 20 days on and 10 off
}
#: The same ratios with the fit on all seven (in-sample).
IN_SAMPLE = {
    "falklands-5a": 2.23,
    "zimbabwe-30km": 1.26,
    "zimbabwe-29km": 0.66,
    "korea-1998-2020": 0.57,
    "jordan-north": 1.19,
    "cyprus-2004-2005": 0.63,
    "nicaragua": 1.28,
}


def test_the_fitted_productivities_are_the_table():
    """PRODUCTIVITY_FIT is what the fit gives: point = all seven cases; 90 % interval = the prediction
    interval for a new clearance, x/÷ exp(t(0.95, n - k) s sqrt(1 + 1/n)), s the standard deviation
    of the in-sample log ratios with the n - k degrees of freedom the k fitted rates leave."""
    from scipy import stats

    by_condition, m2 = ALL
    for cond, rate in by_condition.items():
        assert mines_rate(cond).point == pytest.approx(rate, rel=2e-3)
    assert PRODUCTIVITY_FIT["m2_per_deminer_year"].point == pytest.approx(m2, rel=2e-3)
    n, k = len(FIT_CASES), len(by_condition) + 1
    assert (n, k) == (FIT_CASES_N, FIT_RATES_N)
    logs = [math.log(_ratio(c, ALL)) for c in FIT_CASES]
    s = math.sqrt(np.sum(np.square(logs)) / (n - k))
    assert FIT_LOG_S == pytest.approx(s, rel=2e-3)
    factor = math.exp(stats.t.ppf(0.95, n - k) * s * math.sqrt(1 + 1 / n))
    assert PREDICTION_FACTOR == pytest.approx(factor, rel=2e-3)
    assert 4.0 < PREDICTION_FACTOR < 4.1  # far wider than the mean rate's confidence interval (FIT_FACTOR)
    for r in PRODUCTIVITY_FIT.values():
        assert r.p95 / r.point == pytest.approx(PREDICTION_FACTOR) and r.point / r.p05 == pytest.approx(
            PREDICTION_FACTOR
        )


def test_the_prediction_interval_covers_the_left_out_cases_as_a_90_percent_interval_should():
    """Each fitted case left out of the fit: its actual effort inside the interval the other six
    predict? 5 of 7 (not Jordan's belt or Cyprus's first phase, each the only other recorded case when
    the other is left out), and 4 of the 6 held-out cases: 9 of 13 (69 %) against a nominal 90 %,
    which every output that describes the interval states (OBSERVED_COVERAGE). Over all 13 that is
    below 90 % (binomial, two-sided p about 0.03): the interval is nominal, read as at least this
    wide. The confidence interval of the mean (FIT_FACTOR, x/÷ 1.89) holds only 3 of 7."""
    from scipy import stats

    ratios = [_ratio(c, _loo(c)) for c in FIT_CASES]
    inside = sum(1 / PREDICTION_FACTOR <= r <= PREDICTION_FACTOR for r in ratios)
    assert inside == 5
    assert stats.binomtest(inside, len(ratios), 0.9).pvalue > 0.05
    s_loo = math.sqrt(np.mean(np.square(np.log(ratios))))
    assert FIT_FACTOR == pytest.approx(math.exp(1.645 * s_loo / math.sqrt(len(ratios))), rel=2e-3)
    narrow = sum(1 / FIT_FACTOR <= r <= FIT_FACTOR for r in ratios)
    assert narrow == 3 and stats.binomtest(narrow, len(ratios), 0.9).pvalue < 0.05
    # the held-out cases against the fit on all seven: the whole Cyprus programme, the Korean 2008
    # season (just), Musanzikwa's four weeks and Tiwinza's 2018 season inside; Arrowhead Hill (not a
    # laid belt) and Denmark 1945 (not searched) outside
    held = {c.key: _ratio(c, ALL) for c in CASES if c.role == "test"}
    held_inside = {k for k, r in held.items() if 1 / PREDICTION_FACTOR <= r <= PREDICTION_FACTOR}
    assert held_inside == {"cyprus-2004-2011", "korea-2008", "zimbabwe-musanzikwa", "tiwinza-2018"}
    assert OBSERVED_COVERAGE == (inside + len(held_inside), len(ratios) + len(held)) == (9, 13)
    assert stats.binomtest(9, 13, 0.9).pvalue < 0.05


def test_one_rule_holds_out_every_sample_from_within_a_job():
    """Musanzikwa's first four weeks, Tiwinza's 2018 season and South Korea's 2008 season are each a
    sample from within a longer job: all three are held out, none fitted (the fit's unit is the
    calendar year as a whole job worked it). Fitting the two short samples instead would narrow the
    factor (to 3.06): a short sample may not narrow the headline, for either."""
    samples = {"zimbabwe-musanzikwa", "tiwinza-2018", "korea-2008"}
    assert {c.key: c.role for c in CASES if c.key in samples} == dict.fromkeys(samples, "test")
    both = [c for c in CASES if c.role == "fit" or c.key in {"zimbabwe-musanzikwa", "tiwinza-2018"}]
    rates = model.clearance.fit_productivities(_rows(both))
    s = math.sqrt(sum(math.log(_ratio(c, rates)) ** 2 for c in both) / (len(both) - FIT_RATES_N))
    from scipy import stats

    narrower = math.exp(stats.t.ppf(0.95, len(both) - FIT_RATES_N) * s * math.sqrt(1 + 1 / len(both)))
    assert narrower == pytest.approx(3.06, abs=0.01) and narrower < PREDICTION_FACTOR


def test_at_least_six_cases_are_back_tested_in_both_conditions():
    tested = [c for c in CASES if c.deminers is not None]
    assert len(tested) >= 8 and {c.role for c in tested} == {"fit", "test"}
    assert {c.condition for c in FIT_CASES} == {"legacy", "recorded"}


@pytest.mark.parametrize("case", [c for c in CASES if c.deminers is not None], ids=lambda c: c.key)
def test_back_test_ratio(case):
    """The modelled years over the actual, given the case's own workforce; misses are documented."""
    rates = _loo(case) if case.role == "fit" else ALL
    ratio = _ratio(case, rates)
    if case.key not in EXPECTED:  # a new case: say what to add, rather than a bare KeyError
        pytest.fail(
            f"add {case.key!r}: ({ratio:.2f}, {'within' if 1 / FACTOR <= ratio <= FACTOR else 'miss'!r}) to EXPECTED"
        )
    expected, status = EXPECTED[case.key]
    assert ratio == pytest.approx(expected, abs=0.01)
    within = 1 / FACTOR <= ratio <= FACTOR
    assert within == (status == "within")
    if not within:
        assert len(case.why) > 40  # the miss is explained in the table (docs/model.md) and the case


@pytest.mark.parametrize("case", FIT_CASES, ids=lambda c: c.key)
def test_in_sample_ratio(case):
    assert _ratio(case, ALL) == pytest.approx(IN_SAMPLE[case.key], abs=0.01)


def test_in_sample_the_fit_lands_within_the_factor_on_three_of_seven():
    inside = [c.key for c in FIT_CASES if 1 / FACTOR <= _ratio(c, ALL) <= FACTOR]
    assert inside == ["zimbabwe-30km", "jordan-north", "nicaragua"]


def test_the_minefield_condition_is_what_history_separates():
    """A single mine rate cannot hold Jordan's belt and South Korea's fields: 455 against 13 mines
    a deminer-year. The recorded rate is more than ten times the legacy one."""
    by_condition, _ = ALL
    assert by_condition["recorded"] / by_condition["legacy"] > 10
    jordan, korea = (next(c for c in CASES if c.key == k) for k in ("jordan-north", "korea-1998-2020"))
    assert jordan.mines / jordan.deminer_years > 10 * korea.mines / korea.deminer_years
    one = model.clearance.fit_productivities([(c.mines, c.cleared_m2, c.deminer_years, "one") for c in FIT_CASES])
    single = {c.key: _ratio(c, ({c.condition: one[0]["one"]}, one[1])) for c in FIT_CASES}
    assert single["jordan-north"] == pytest.approx(10.62, abs=0.01)  # docs/model.md: one rate misses both,
    assert single["korea-1998-2020"] == pytest.approx(0.30, abs=0.01)  # by 10.6 and by 3.3 the other way


def test_cases_without_a_workforce_show_the_workforce_the_model_implies():
    by_condition, m2 = ALL
    implied = {
        c.key: float(model.deminer_years(c.mines, c.cleared_m2, by_condition[c.condition], m2)) / c.years
        for c in CASES
        if c.deminers is None
    }
    assert set(implied) == {"falklands", "chile", "jordan-wadi-araba", "kuwait"}
    assert all(40 < v < 30_000 for v in implied.values()), implied
    # docs/model.md's table; the whole Falklands programme: fewer than the 100 of phase 5 over eleven years
    shown = {"falklands": 73, "chile": 44, "jordan-wadi-araba": 175, "kuwait": 9_215}
    assert implied == pytest.approx(shown, rel=0.02)
    assert implied["falklands"] < 100


@pytest.fixture(scope="module")
def dmz():
    from conftest import EXAMPLES

    sc = load_scenarios(EXAMPLES / "korea-dmz.toml")[0]
    assert sc.clearance.capacity_km2_per_year is None and sc.clearance.deminers is None  # the default path
    return estimate(sc, samples=20_000, seed=1).document


def test_dmz_default_path_lands_in_the_published_range(dmz):
    """South Korea's own force (about 200 at work) at the fitted productivities: 200-489 years at the point."""
    k = dmz["clearance"]
    assert k["workforce"]["preset"] == "kor-military" and k["workforce"]["deminers"] == "200"
    assert 200 <= k["calendar_years"] <= 489
    d = k["calendar_years_dist"]
    # the prediction interval for one new job (x/÷ 4.06) holds the whole published range
    assert d["p05"] < 200 and 489 < d["p95"]
    # the fitted rates' interval is nominal (its back-test coverage), sampled as on a point run
    assert k["headline"].startswith("about ") and " deminer-years (nominal 90 %: " in k["headline"]
    assert f"; {k['calendar_years']:,.0f} years (nominal 90 %: " in k["headline"]
    assert (
        "with a force of 200 deminers, the size of the workforce of South Korea's military mine clearance (2019)"
        in k["headline"]
    )
    assert k["condition"]["key"] == "legacy" and k["headline_assumes"].startswith(
        "No pattern to follow, every mine found by search"
    )


def test_dmz_shows_south_koreas_own_record_and_the_other_count_as_alternatives(dmz):
    k = dmz["clearance"]
    mine_rate = k["yardsticks"]["mine_rate"]
    assert "1998\u20132020: 2,609\u20136,700 mines" in mine_rate["condition"]
    assert 180 < mine_rate["years"] < 490
    assert k["alternative"]["mines"] == 1_500_000 and k["alternative"]["years"] > k["calendar_years"]
    assert any(r["value"] == 1_500_000 for r in k["dmz_reference"])


def test_eastern_flank_full_headline_interval_is_what_history_supports():
    """The issue asked for less than a factor of 5 between the ends; the honest prediction interval
    for one new job is x/÷ 4.06 on the effort (16.5 end to end), widened by the belt's spread. The miss is stated in docs/model.md ("Back-test of the clearance
    model"), not hidden."""
    from conftest import EXAMPLES

    sc = load_scenarios(EXAMPLES / "eastern-flank-full.toml")[0]
    k = estimate(sc, samples=2_000, seed=1).document["clearance"]
    d = k["calendar_years_dist"]
    assert PREDICTION_FACTOR**2 < d["p95"] / d["p05"] < 24  # the effort's own x/÷ 4.06, widened by the belt's spread
    e = k["deminer_years_dist"]
    assert e["p95"] / e["p05"] == pytest.approx(d["p95"] / d["p05"], rel=1e-6)  # one workforce: same spread
    assert (
        "with a force of 4,021 deminers, the size of the workforce of Ukraine's certified mine action operators (2024)"
        in k["headline"]
    )
    alt = k["condition_alternative"]
    assert alt["condition"] == "recorded" and alt["years"] < k["calendar_years"] / 5  # context, not the headline


def test_nicaragua_stands_at_its_one_count_and_says_why():
    """An operations officer read 39-47 mines a deminer-year in the Monitor's 2000s outputs
    against the fit's 29. The case's figures are its sources' (179,790 mines, 1990 to April
    2010: Landmine Monitor 2011; 306 sappers: Los Angeles Times 1997); a year's output at the one
    force on record is 26-38 (2004: 10,430 mines, 34), and 39-47 would need a force no source
    gives: the case keeps 29 and says so."""
    (nic,) = [c for c in CASES if c.key == "nicaragua"]
    assert (nic.mines, nic.deminers, nic.years) == (179_790, 306, 20.0)
    assert nic.mines / nic.deminer_years == pytest.approx(29.4, abs=0.05)
    assert round(10_430 / nic.deminers) == 34 and round(10_430 / 47) == 222 and round(10_430 / 39) == 267
    assert "programme's mean, not a year's pace" in nic.why and "10,430 mines, 34 a sapper" in nic.why
    keys = {c.key for c in nic.citations}
    assert {"lm-nicaragua-2011", "latimes-nicaragua-1997", "lm-nicaragua-2005"} <= keys
    (lm05,) = [c for c in nic.citations if c.key == "lm-nicaragua-2005"]
    assert "10,430" in lm05.locator and "not quoted" in lm05.locator
