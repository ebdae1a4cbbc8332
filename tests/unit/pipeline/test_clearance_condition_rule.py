"""The minefield-condition rule (``minebelt.model.clearance_condition``): one share threshold on
sourced counts, applied to every case by code; which cases change class, and the refit under it
with its back-test (docs/model.md, "The condition by rule")."""

from __future__ import annotations

import math

import pytest

from minebelt import model
from minebelt.model.clearance_condition import (
    RECORDED_SHARE_MIN,
    RULE_FIT,
    SHARES,
    by_rule,
    changes,
    classify,
    threshold_span,
)
from minebelt.model.clearance_history import CASES, FIT_CASES
from minebelt.model.student_t import t_quantile

RULE = {r["case"]: r["rule"] for r in by_rule(CASES)}


def _rows(cases):
    return [(c.mines, c.cleared_m2, c.deminer_years, RULE[c.key]) for c in cases]


def _ratio(case, rates) -> float:
    by_condition, m2 = rates
    return (
        float(model.deminer_years(case.mines, case.cleared_m2, by_condition[RULE[case.key]], m2)) / case.deminer_years
    )


@pytest.fixture(scope="module")
def refit():
    return model.clearance.fit_productivities(_rows(FIT_CASES))


def test_the_rule_classes_by_the_share_when_counted_and_by_the_words_otherwise():
    assert classify(0.91, "legacy") == ("recorded", "share")
    assert classify(0.2, "recorded") == ("legacy", "share")
    assert classify(None, "legacy") == ("legacy", "words")
    assert RECORDED_SHARE_MIN == 0.5


def test_nicaragua_is_about_91_percent_recorded_and_the_only_case_that_changes_class():
    nic = SHARES["nicaragua"]
    assert nic.share == pytest.approx(0.908, abs=0.001)
    assert "11,092 unrecorded" in nic.citation.quote and "120,568" in nic.citation.quote
    assert [(c["case"], c["published"], c["rule"]) for c in changes(CASES)] == [("nicaragua", "legacy", "recorded")]
    assert {r["basis"] for r in by_rule(CASES) if r["case"] != "nicaragua"} == {"words"}


def test_the_classes_do_not_depend_on_the_threshold_up_to_the_share_counted():
    low, high = threshold_span()
    assert low == 0.0 and high == pytest.approx(SHARES["nicaragua"].share)


def test_the_refit_under_the_rule_is_the_published_study(refit):
    by_condition, m2 = refit
    assert by_condition["legacy"] == pytest.approx(RULE_FIT["mines_per_deminer_year"]["legacy"], rel=0.005)
    assert by_condition["recorded"] == pytest.approx(RULE_FIT["mines_per_deminer_year"]["recorded"], rel=0.005)
    assert m2 == math.inf and RULE_FIT["m2_per_deminer_year"] is None  # the ground term is unbounded


def test_the_refit_widens_the_interval_and_its_back_test_is_shown_miss_by_miss(refit):
    n, k = len(FIT_CASES), 3
    s = math.sqrt(sum(math.log(_ratio(c, refit)) ** 2 for c in FIT_CASES) / (n - k))
    factor = math.exp(t_quantile(n - k, 0.95) * s * math.sqrt(1 + 1 / n))
    assert factor == pytest.approx(RULE_FIT["prediction_factor"], abs=0.01)
    inside = 0
    for c in FIT_CASES:
        loo = model.clearance.fit_productivities(_rows([d for d in FIT_CASES if d is not c]))
        r = _ratio(c, loo)
        assert r == pytest.approx(RULE_FIT["left_out"][c.key], abs=0.01)
        inside += 1 / factor <= r <= factor
    for c in CASES:
        if c.role == "test":
            r = _ratio(c, refit)
            assert r == pytest.approx(RULE_FIT["held_out"][c.key], abs=0.01)
            inside += 1 / factor <= r <= factor
    assert (inside, len(RULE_FIT["left_out"]) + len(RULE_FIT["held_out"])) == RULE_FIT["coverage"]
