"""Mine-action wording a specialist signs: a place on the belt is inside it as drawn (a place is a
point), the places at the edge are said to be measured by their point, survey beyond the belt
would add to the effort (not called a floor), the web cost card says what the report says, and the
other minefield condition's recorded rate is marked as resting on two cases."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def test_the_belt_passes_through_or_around_a_place():
    from minebelt.geo.exposure import headline

    row = {"name": "Narva", "country": "EST", "population": 54409, "inside": True, "distance_km": 0.0}
    text = headline(
        [row], {"places": 1, "population": 54409}, {"places": 0, "population": 0}, {"places": 0, "population": 0}, []
    )
    assert text.startswith("Inside the belt as drawn: Narva, EST, 54,409 people")
    assert "would cross" not in text


def test_the_edge_sentence_says_it_measures_a_point():
    from minebelt.geo.exposure_depth import edge_sentence

    rows = [{"name": "Voznesenivka", "country": "UKR", "population": 15218, "distance_km": 1.06, "counted": False}]
    text = edge_sentence(rows)
    assert "places whose point lies within 100 m of the 1 km line" in text
    assert "the built-up area may reach inside it" in text


def test_survey_beyond_the_belt_would_add_to_the_effort_and_is_not_called_a_floor():
    """'a floor' read as the lower end of the interval: the text says the survey would add to it."""
    from minebelt.i18n import language
    from minebelt.outputs.report.local_words import clearance_details
    from minebelt.pipeline.blocks.clearance_text import SURVEY_BEYOND_BELT

    assert SURVEY_BEYOND_BELT["why"].endswith(": this survey would add to it")
    doc = {"clearance": {"survey_beyond_belt": dict(SURVEY_BEYOND_BELT)}}
    assert any("would add to it" in x and "floor" not in x for x in clearance_details(doc))
    with language("pl"):
        assert any("zwiększyłoby go" in x and "dolną granic" not in x for x in clearance_details(doc))


def test_the_web_cost_card_says_what_the_report_says():
    """The page builds no card of its own: it shows the server's (the report's) words."""
    js = (ROOT / "src" / "minebelt" / "web" / "static" / "js" / "blocks.js").read_text(encoding="utf-8")
    assert "machines, survey and management are in that cost" not in js
    assert "deminer-year" not in js and "doc.text.cards" in js


def test_the_recorded_condition_is_marked_as_two_cases():
    from minebelt.outputs.report.local_words import clearance_details

    doc = {"clearance": {"calendar_years": 270, "condition_alternative": {"condition": "recorded", "years": 18.4}}}
    assert any("(two cases, weak; no interval)" in x for x in clearance_details(doc))


def test_an_area_based_cost_on_a_point_run_carries_the_per_m2_interval():
    """The korea-dmz KRW cost (the cleared area at a range of cost per m²) has an interval on a
    point run: the cleared m² times the range's 5th and 95th percentiles. On the default costs that
    is the spread of two programmes' outturns, and it is labelled so: never "90 %"."""
    from minebelt import estimate, load_scenario
    from minebelt.outputs.report.cards_clearance import clearance_cost_card

    doc = estimate(load_scenario(ROOT / "examples" / "korea-dmz.toml")).document
    doc = doc[0] if isinstance(doc, list) else doc
    k = doc["clearance"]
    lo, hi = k["cost_per_m2_90"]
    assert k["cost_basis"] == "area" and lo < k["cost"] < hi and hi / lo < 1.3
    span = "the spread of two programmes' cost per m\u00b2, not a 90 % probability range"
    assert f"({span}: " in k["cost_headline"] and "(90 %" not in k["cost_headline"]
    card = clearance_cost_card(doc).range
    assert card.startswith(span + ": ") and "90 %:" not in card and "90 %," not in card


def test_the_dmz_cost_block_checks_its_per_m2_headline_against_the_effort_not_itself():
    """korea-dmz's headline is the cleared area at the default per-m² costs: the cross-check is
    the effort's cost, labelled as other countries' wage levels (South Korea has none on record),
    never the per-m² figure against itself; the JSON keeps USD in ``usd_per_deminer_year`` and
    the KRW in ``per_deminer_year``; the National Defense Committee's KRW 1 trillion is a
    yardstick with its scope (the whole peninsula)."""
    from minebelt import estimate, load_scenario
    from minebelt.model import clearance_labour as lab
    from minebelt.outputs.report.cards_clearance import clearance_cost_card

    doc = estimate(load_scenario(ROOT / "examples" / "korea-dmz.toml")).document
    doc = doc[0] if isinstance(doc, list) else doc
    k = doc["clearance"]
    assert k["cost_basis"] == "area" and k["cost_from_area"]["stated"] is False
    assert k["cost_assumes"] == "the cleared area at the default cost per m\u00b2 cleared"
    other = "at other countries' wage levels (Croatia, Ukraine), not South Korea's"
    assert k["cost_differs"].startswith(
        f"Cross-check, not the estimate: the effort x the cost per deminer-year {other}, gives KRW "
    )
    assert "per-m\u00b2 cross-check" not in k["cost_differs"] and other in k["cost_from_effort"]["label"]
    e = k["cost_from_effort"]
    assert e["currency"] == "KRW" and e["usd_per_deminer_year"] == pytest.approx(list(lab.level_span("other")))
    assert e["per_deminer_year"][0] > 1000 * e["usd_per_deminer_year"][0]  # KRW, about 1,440 to the dollar
    card = clearance_cost_card(doc)
    assert card is not None
    assert any(
        "other countries' wage levels (Croatia, Ukraine), not the cost of a deminer-year in South Korea" in d
        for d in card.details
    )
    assert not any("where the belt lies" in d for d in card.details)
    y = k["cost_yardstick"]
    assert (
        y["value"] == 1e12
        and y["currency"] == "KRW"
        and "North and South" in y["scope"]
        and "Asia Economy" in y["source"]
    )
    assert any(
        d.startswith("Yardstick, not the estimate: about KRW 1,000 bn to remove all mines on the Korean peninsula")
        for d in card.details
    )
