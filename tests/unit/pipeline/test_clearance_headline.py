"""The clearance headline as a mine-action officer reads it: effort first, the condition's weight in
the one line of assumptions, the cost's sources named for what they are, and the effort-based cost
from the effort at the wage level where the belt lies, with the per-m² outturns as a labelled
cross-check beside it."""

from __future__ import annotations

import pytest

from minebelt import estimate, load_scenarios
from minebelt import numbers as N
from minebelt.outputs.report.cards import sentences
from minebelt.outputs.report.clearance_view import clearance_view


@pytest.fixture(scope="module")
def flank():
    from conftest import EXAMPLES

    return estimate(load_scenarios(EXAMPLES / "eastern-flank-full.toml")[0], samples=2_000, seed=1).document


def test_the_headline_leads_with_the_effort_which_does_not_depend_on_the_workforce(flank):
    k = flank["clearance"]
    assert k["headline"].startswith(k["effort_headline"] + "; ")
    assert k["effort_headline"].startswith("about 3.8 million deminer-years (nominal 90 %: ")
    assert (
        "years (nominal 90 %: " in k["headline"].split("; ", 1)[1] and "with a force of 4,021 deminers" in k["headline"]
    )


def test_a_sampled_interval_with_the_fitted_rates_is_nominal_in_every_output(flank):
    """The fitted rates' 90 % interval held 9 of the 13 back-tested cases: a sampled run carries
    their spread, so its effort, years and effort-based cost say "nominal 90 %" as the point run
    does (the point run adds "the fitted rates alone"): the JSON's headlines, the cards the
    terminal, the report, the PDF and the page all show, in English and in the reader's language."""
    from minebelt.i18n import language
    from minebelt.outputs.report.cards import block_cards
    from minebelt.outputs.terminal.blocks import card_head

    k = flank["clearance"]
    assert k["productivity"]["fitted"]
    for text in (k["effort_headline"], k["headline"], k["cost_headline"]):
        assert "(nominal 90 %: " in text and "(90 %" not in text
    cards = {c.key: c for c in block_cards(flank)}
    head = card_head(cards["clearance"])
    assert head.count("(nominal 90 %: ") == 2 and "(90 %" not in head
    cost = next(c for c in block_cards(flank) if c.title == "Clearance cost")
    assert cost.range.startswith("nominal 90 %: USD ")
    with language("pl"):
        pl = {c.key: c for c in block_cards(flank)}["clearance"]
        assert card_head(pl).count("(nominalnie 90%: ") == 2


def test_the_assumptions_say_the_condition_moves_the_answer_and_what_decides_it(flank):
    a = flank["clearance"]["headline_assumes"]
    assert (
        "the minefield condition moves the answer about 13x (legacy: 952 years; recorded, on open ground only: 75 years (two cases, weak; no interval))"
        in a
    )
    assert "records and terrain decide it, not age" in a and "Jordan's 1970s belt" in a and "Cyprus's 1974 fields" in a


def test_cyprus_is_a_budget_not_an_outturn(flank):
    k = flank["clearance"]
    cyp = next(r for r in k["cost_outturns"] if r["key"] == "cyprus-2004-2005")
    assert cyp["kind"] == "budget" and cyp["certainty"] == "weak" and "budget announced at launch" in cyp["scope"]
    assert "1 outturn and 1 budget" in k["cost_per_m2"]


def test_the_headline_cost_follows_the_effort_at_the_wage_level_where_the_belt_lies(flank):
    k = flank["clearance"]
    assert k["cost_basis"] == "effort"
    by = {b["wage_level"]: b for b in k["cost_per_deminer_year"]["by_wage_level"]}
    assert set(by) == {"EU", "UKR"} and by["UKR"]["countries"] == ["UKR"]
    assert (by["EU"]["low"], by["EU"]["high"]) == pytest.approx((114_600, 142_150), rel=2e-3)  # Croatia 2021, 2020
    assert (by["UKR"]["low"], by["UKR"]["high"]) == pytest.approx(
        (20_170, 43_040), rel=2e-3
    )  # Ukraine 2024: won, expected
    # the point value: each country's effort (from the pipeline, whatever the fit) at its level's median
    expected = sum(
        k["by_country"][c]["deminer_years"] * (b["low"] + b["high"]) / 2 for b in by.values() for c in b["countries"]
    )
    assert k["cost"] == pytest.approx(expected, rel=1e-9)
    assert sum(b["deminer_years"] for b in by.values()) == pytest.approx(k["deminer_years"])
    assert k["cost_headline"].startswith(f"about {N.sig(k['cost'], 2, currency='USD')} (nominal 90 %: ")
    assert "USD at 2025 prices" in k["cost_headline"] and "a deminer-year in EU member states" in k["cost_headline"]
    assert (
        k["cost_price_years"] == "2025" and "survey of the wider suspected area is not estimated" in k["cost_assumes"]
    )
    assert (
        k["cost_from_effort"]["label"].startswith("the headline") and k["cost_from_effort"]["why_not_headline"] is None
    )
    assert k["vs_build"]["clearance_cost"] == k["cost"]


def test_the_per_m2_cost_is_a_labelled_cross_check_and_the_difference_is_explained(flank):
    k = flank["clearance"]
    a = k["cost_from_area"]
    assert a["label"].startswith("cross-check, not the headline") and a["stated"] is False
    assert a["cost"] == pytest.approx(k["cleared_km2"] * 1e6 * (8.756 + 10.59) / 2, rel=2e-3)
    assert a["cost"] < k["cost"]  # the per-m\u00b2 outturns were paid at Nicaraguan sappers' and contractor wages
    implied = N.sig(a["cost"] / k["deminer_years"], 2, currency="USD")
    assert k["cost_differs"].startswith(f"The per-m\u00b2 cross-check gives {N.sig(a['cost'], 2, currency='USD')} (")
    assert (
        f"it pays {implied} a deminer-year" in k["cost_differs"]
        and "Nicaragua's demining force (306 sappers over 20 years; Army engineer teams funded by donors through the OAS)"
        in k["cost_differs"]
        and "donor money, which may leave out army pay" in k["cost_differs"]
    )


def test_every_cost_per_deminer_year_is_shown_with_its_division(flank):
    figs = {r["key"]: r for r in flank["clearance"]["cost_per_deminer_year"]["figures"]}
    assert {r["key"] for r in figs.values() if r["use"] == "default"} == {
        "croatia-2021",
        "croatia-2020",
        "ukraine-2024",
        "ukraine-2024-expected",
    }
    assert figs["croatia-2021"]["per_deminer_year"] == pytest.approx(385e6 / 600)
    assert figs["ukraine-2024"]["deminer_years"] == pytest.approx(78 * 85 / 365.25)
    assert figs["cyprus-2004-2005"]["deminer_years"] == pytest.approx(32 * 0.76)  # the fit's unit: deminers
    for r in figs.values():
        assert r["division"] and r["sources"] and r["usd_price_year"] == 2025


def test_the_detail_keeps_the_cost_out_of_the_assumptions_and_initials_in_their_sentence(flank):
    k = flank["clearance"]
    v = clearance_view(flank)
    parts = sentences(v["text"])
    assumes = next(p for p in parts if p.startswith("It assumes: "))
    assert "costs" not in assumes
    assert any(p.startswith(f"Clearing it costs {k['cost_headline']}") for p in parts)
    assert any("(B. French, EPS Journal)" in p for p in parts)
    assert any(p.startswith("The per-m\u00b2 cross-check gives ") for p in parts)
    # the inflation caveat is the build cost's (mixed price years), never after the clearance cost at one price year
    assert "Different price years, not adjusted for inflation" not in v["text"]


def test_a_legacy_belt_says_the_survey_of_the_wider_suspected_area_is_not_estimated(flank, tmp_path):
    """Under the legacy condition the hazardous area is wider than the belt's mapped extent: its
    survey (NTS/TS) is left out of the effort, and the headline's detail says so in every output
    language; a belt cleared from its records has no such caveat."""
    from minebelt import i18n, load_scenario
    from minebelt.outputs.report.cards import block_cards

    k = flank["clearance"]
    assert k["condition"]["key"] == "legacy"
    s = k["survey_beyond_belt"]
    assert s["estimated"] is False
    assert s["text"] == "not estimated: survey of suspected land beyond the belt's mapped extent"
    assert "IMAS 08.10, 08.20" in s["why"] and "would add to it" in s["why"] and "floor" not in s["why"]
    assert "Not estimated: survey of suspected land beyond the belt's mapped extent (" in clearance_view(flank)["text"]
    for lang in ("en", "pl", "uk"):
        with i18n.language(lang):
            (card,) = [c for c in block_cards(flank) if c.key == "clearance"]
        hit = [d for d in card.details if "IMAS" in d or "08.10" in d or lang != "en"]
        assert any(d.startswith(("Not estimated: survey", "Nie oszacowano", "Не оцінено")) for d in hit), lang
    p = tmp_path / "recorded.toml"
    p.write_text(
        'name = "recorded"\n[defaults]\ndensity = 6000\ndepth_km = 1\n[[sections]]\nname = "x"\ncountry = "POL"\nborder = "BLR"\nlength_km = 100\n'
        '[clearance]\nminefield_condition = "recorded"\n',
        encoding="utf-8",
    )
    rec = estimate(load_scenario(p)).document["clearance"]
    assert rec["condition"]["key"] == "recorded" and "survey_beyond_belt" not in rec
