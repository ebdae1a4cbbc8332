"""A mine-action reviewer's wording points: the fitted rates' interval is called nominal on the
headline line itself, the other minefield condition's figure says it has no interval."""

from __future__ import annotations

import json
from pathlib import Path

GOLDEN = Path(__file__).resolve().parents[2] / "e2e" / "golden"


def _doc() -> dict:
    return json.loads((GOLDEN / "report-result.json").read_text(encoding="utf-8"))


def test_the_fitted_rates_interval_is_nominal_on_every_headline():
    from minebelt.outputs.report.briefing import summary

    doc = _doc()
    k = doc["clearance"]
    assert "(nominal 90 %, the fitted rates alone: " in k["headline"]
    assert "(nominal 90 %, the fitted rates alone: " in k["cost_headline"]
    cards = {c["label"].split(" ")[0]: c for c in summary(doc)["cards"]}
    text = " ".join(f"{c['value']} {c['label']} {c['range']}" for c in cards.values())
    assert "(90 %, the fitted rates alone" not in text and text.count("nominal 90 %, the fitted rates alone") >= 3


def test_the_other_condition_says_it_has_no_interval():
    from minebelt.i18n import language
    from minebelt.outputs.report.briefing import summary

    doc = _doc()
    assert "(two cases, weak; no interval" in doc["clearance"]["headline_assumes"]
    cost = next(c for c in summary(doc)["cards"] if c["label"].startswith("to clear it, USD"))
    assert "if recorded, on open ground only: about USD 24 bn, no interval" in cost["note"]
    with language("uk"):
        cards = summary(doc)["cards"]
    assert any("номінально 90%" in f"{c['label']} {c['range']}" for c in cards)


def test_the_civilians_count_says_what_it_counts_not_a_floor():
    from minebelt.outputs.report.briefing import summary

    doc = _doc()
    card = next(c for c in summary(doc)["cards"] if "on the defender's side" in c["label"])
    assert "(counts only places of 1,000 or more people, GeoNames figures)" in card["label"]
    assert "a floor" not in card["label"]


def test_the_edge_sentence_makes_no_claim_about_the_depth():
    """The 1 km line moves about 0.5 km between the depth's 5th and 95th percentiles, not 100 m."""
    from minebelt.geo.exposure_depth import edge_sentence

    rows = [{"name": "Voznesenivka", "country": "UKR", "population": 15218, "distance_km": 1.06, "counted": False}]
    text = edge_sentence(rows)
    assert "(the built-up area may reach inside it)" in text and "in or out of the count" not in text


def test_both_conditions_clear_every_m2_and_differ_in_how_mines_are_found():
    from minebelt.model.clearance_history import CONDITIONS
    from minebelt.outputs.report.local_words import _CONDITIONS

    assert CONDITIONS["legacy"].startswith("no pattern to follow, every mine found by search")
    assert "the rest of the area verified to IMAS 09.10" in CONDITIONS["recorded"]
    assert "every m\u00b2 searched" not in " ".join([*CONDITIONS.values(), *_CONDITIONS.values()])


def test_ukrainian_says_verified_not_surveyed_for_ground_searched():
    """обстеження is IMAS survey (08.10, 08.20); ground searched in clearance is перевірено."""
    from minebelt.i18n import gettext, language

    with language("uk"):
        assert gettext("m² searched per deminer-year") == "м² перевірених на сапера за рік"
        legacy = gettext(
            "legacy belt: no pattern to follow, every mine found by search (mines moved, eroded or unrecorded after "
            "decades in the ground)"
        )
    assert "обстеж" not in legacy


def test_the_workforce_is_a_size_not_a_plan():
    doc = _doc()
    assert (
        "with a force of 4,021 deminers, the size of the workforce of Ukraine's certified mine action operators (2024)"
        in doc["clearance"]["headline"]
    )


def test_the_occupied_count_prints_as_the_detail_does():
    """One count, one rounding: the card's line and the detail print the same exact people."""
    from minebelt.outputs.report.cards_clearance import _civilians_line
    from minebelt.outputs.report.local_civilians import occupied_short, occupied_text

    t = {"occupied": {"places": 3, "population": 8755, "by_region": [{"region": "Luhansk region", "places": 3}]}}
    assert "of the count, 8,755 in regions" in _civilians_line(t)
    assert "(8,755 people)" in occupied_text(t) and "8,755" in occupied_short(t)


def test_nicaragua_is_worded_by_what_its_sources_support():
    from minebelt.model.clearance_history import CASES

    doc = _doc()
    text = doc["clearance"]["cost_differs"]
    assert "Army engineer teams funded by donors through the OAS" in text and "ex-army" not in text
    assert "donor money, which may leave out army pay" in text
    keys = {c.key for c in next(c for c in CASES if c.key == "nicaragua").citations}
    assert {"lm-nicaragua-2005", "ap-nicaragua-2007", "latimes-nicaragua-1997"} <= keys
