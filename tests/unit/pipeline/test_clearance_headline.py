"""The clearance headline as a mine-action officer reads it: effort first, the condition's weight in
the one line of assumptions, the cost's sources named for what they are, and the effort-based cost
as a labelled cross-check beside the headline cost."""

from __future__ import annotations

import pytest

from minebelt import estimate, load_scenarios
from minebelt.outputs.report.cards import sentences
from minebelt.outputs.report.clearance_view import clearance_view


@pytest.fixture(scope="module")
def flank():
    from conftest import EXAMPLES

    return estimate(load_scenarios(EXAMPLES / "eastern-flank-full.toml")[0], samples=2_000, seed=1).document


def test_the_headline_leads_with_the_effort_which_does_not_depend_on_the_workforce(flank):
    k = flank["clearance"]
    assert k["headline"].startswith(k["effort_headline"] + "; ")
    assert k["effort_headline"].startswith("about 3.7 million deminer-years (90 %: ")
    assert "years (90 %: " in k["headline"].split("; ", 1)[1] and "with 4,021 deminers" in k["headline"]


def test_the_assumptions_say_the_condition_moves_the_answer_and_what_decides_it(flank):
    a = flank["clearance"]["headline_assumes"]
    assert "the minefield condition moves the answer about 12x (legacy 917 years, recorded 75)" in a
    assert "records and terrain decide it, not age" in a and "Jordan's 1970s belt" in a and "Cyprus's 1974 fields" in a


def test_cyprus_is_a_budget_not_an_outturn(flank):
    k = flank["clearance"]
    cyp = next(r for r in k["cost_outturns"] if r["key"] == "cyprus-2004-2005")
    assert cyp["kind"] == "budget" and cyp["certainty"] == "weak" and "budget announced at launch" in cyp["scope"]
    assert "1 outturn and 1 budget" in k["cost_per_m2"]


def test_the_cost_from_effort_is_a_labelled_cross_check_beside_the_headline_cost(flank):
    k = flank["clearance"]
    c = k["cost_from_effort"]
    assert c["label"].startswith("cross-check, not the headline")
    assert c["usd_per_deminer_year"] == pytest.approx([48_800, 150_700], rel=0.01)
    assert c["cost_low"] == pytest.approx(k["deminer_years"] * c["usd_per_deminer_year"][0])
    assert 1.5 * k["cost"] < c["cost_low"] < c["cost_high"]  # the disagreement is shown, the headline kept
    assert any("budget" in f for f in c["from"]) and len(c["sources"]) >= 2


def test_the_detail_keeps_the_cost_out_of_the_assumptions_and_initials_in_their_sentence(flank):
    v = clearance_view(flank)
    parts = sentences(v["text"])
    assumes = next(p for p in parts if p.startswith("It assumes: "))
    assert "costs" not in assumes
    assert any(p.startswith("Clearing it costs USD 97") for p in parts)
    assert any("(B. French, EPS Journal)" in p for p in parts)
    assert any(p.startswith("Cross-check, not the estimate: ") and "USD 180\u2013560 bn" in p for p in parts)
    # the inflation caveat is the build cost's (mixed price years), never after the clearance cost at one price year
    assert "Different price years, not adjusted for inflation" not in v["text"]
