"""Plans beside the model (stated mine needs, announced budgets) and civilians by side of the border."""

from __future__ import annotations

import pytest

SCENARIO = """
name = "Poland and Estonia"
[defaults]
density = 6000
depth_km = 2
along_water = "include"  # the Narva river carries the belt: Narva town lies in it
[[sections]]
name = "Estonia - Russia"
country = "EST"
border = "RUS"
[[sections]]
name = "Poland - Belarus"
country = "POL"
border = "BLR"
[production]
pooled_by = ["EST", "POL"]
[cost]
currency = "EUR"
"""


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    from minebelt import estimate, load_scenario

    p = tmp_path_factory.mktemp("plans") / "s.toml"
    p.write_text(SCENARIO, encoding="utf-8")
    return estimate(load_scenario(p)).document


def test_stated_needs_sit_beside_the_model_with_years_at_capacity(doc):
    needs = doc["production"]["stated_needs"]
    pol = [n for n in needs if n["country"] == "POL"]
    assert [n["scope"] for n in pol] == ["anti-personnel", "all-types"] and not [
        n for n in needs if n["country"] == "FIN"
    ]
    ap = pol[0]
    assert (
        ap["mines"] == 1e6 and ap["reading"] == "up to" and "Bejda" in ap["said_by"] and "pravda.com.ua" in ap["source"]
    )
    assert ap["model_mines"] == pytest.approx(doc["by_country"]["POL"]["mines"])
    assert ap["ratio_to_model"] == pytest.approx(1e6 / doc["by_country"]["POL"]["mines"])
    # Belma's 1.2 M a year of all types, no ramp: a million in 0.83 years, on the block's own condition
    assert ap["years_at_capacity"] == pytest.approx(1e6 / 1.2e6)
    assert ap["years_condition"].endswith("if all of it were anti-personnel")
    # an all-types need at an all-types capacity carries no "if all of it were anti-personnel"
    assert pol[1]["years_at_capacity"] == pytest.approx(5.0) and "if all of it" not in pol[1]["years_condition"]


def test_budgets_are_set_beside_the_costed_belt_with_their_scope(doc):
    from minebelt.data.ecb import ecb_rates

    b = {x["key"]: x for x in doc["cost"]["budgets"]}
    assert set(b) == {"EAST_SHIELD_PLN", "EST_BUNKERS_EUR"}
    es = b["EAST_SHIELD_PLN"]
    rate, day = ecb_rates().on_or_before("PLN", "2024-05-18")
    assert day == "2024-05-17" and es["converted"] == pytest.approx(10e9 / rate)
    row = doc["cost"]["by_country"]["POL"]
    assert es["share_of_costed_belt"] == pytest.approx(es["converted"] / row["total"])
    assert es["set_beside_parts"] == ["border-fence proxy"] and es["ratio_to_parts"] == pytest.approx(
        es["converted"] / row["fence_cost"]
    )
    assert "mines not itemised" in es["pays_for"] and "gov.pl" in es["source"]
    assert (
        b["EST_BUNKERS_EUR"]["ratio_to_parts"] is None
        and b["EST_BUNKERS_EUR"]["scope_note"] == "no costed part of the belt buys the same thing"
    )


def test_civilians_on_the_defenders_side_are_named_first_and_the_other_side_counted_apart(doc):
    t = doc["exposure"]["total"]
    # the old fields stay: both sides together
    for r in (1, 5, 10):
        both, mine, other = t[f"within_{r}km"], t["defender_side"][f"within_{r}km"], t["other_side"][f"within_{r}km"]
        assert (
            both["places"] == mine["places"] + other["places"]
            and both["population"] == mine["population"] + other["population"]
        )
    assert set(t["defender_side"]["countries"]) <= {"EST", "POL"} and set(t["other_side"]["countries"]) <= {
        "RUS",
        "BLR",
    }
    first = t["in_or_near_belt"][0]
    assert (first["name"], first["country"], first["population"], first["inside"]) == ("Narva", "EST", 54409, True)
    assert all(p["country"] in ("EST", "POL") and p["distance_km"] <= 1 for p in t["in_or_near_belt"])
    assert t["headline"].startswith("Inside the belt as drawn: Narva, EST, 54,409 people")
    assert "Across the border, counted apart:" in t["headline"] and "(RUS" in t["headline"]
    est = doc["exposure"]["by_country"]["EST"]
    assert "Ivangorod" not in est["headline"] and est["in_belt"]["places"] >= 1
    assert {p["name"] for p in est["largest_places"]} >= {"Narva", "Ivangorod"}  # the old list mixes both sides


def test_outputs_word_needs_budgets_and_civilians(doc):
    from minebelt.outputs.report.briefing import summary
    from minebelt.outputs.report.cost_view import budgets
    from minebelt.outputs.report.production_view import stated_needs

    needs = stated_needs(doc)
    assert needs[0]["text"].startswith(
        "Poland: up to 1 M anti-personnel mines (Deputy Defence Minister P. Bejda, 2025-03-18): "
    )
    assert (
        "% of the model's" in needs[0]["text"] and "0.833 years at Belma's stated 2026 capacity" in needs[0]["text"]
    )  # the detail rule: 3 significant figures
    east = budgets(doc)[0]["text"]
    assert east.startswith(
        "Poland, East Shield (Tarcza Wsch\u00f3d): PLN 10 bn (announced 2024-05-18, 2024-2028) = EUR 2.34 bn at "
    )
    card = next(c for c in summary(doc)["cards"] if "defender's side" in c["label"])
    assert (
        card["note"].startswith("inside the belt as drawn: Narva, EST, 54,409 people")
        and "across the border, counted apart" in card["note"]
    )


def test_the_production_headline_carries_its_scope_and_the_stated_needs_beside_it(doc):
    """A time at all-types capacity says so in its own line ("at Belma's stated 2026 capacity
    alone, all types counted as anti-personnel"), and the one line under it sets the stated
    national needs beside it (plans, shown, not judged): in every language."""
    from minebelt import i18n
    from minebelt.outputs.report.cards import block_cards

    p = doc["production"]
    assert p["years_to_fill_is"] == "all-types capacity"
    assert p["years_to_fill_scope"] == "at Belma's stated 2026 capacity alone, all types counted as anti-personnel"
    (card,) = [c for c in block_cards(doc) if c.key == "production"]
    assert card.label.startswith(f"to make the mines {p['years_to_fill_scope']}; the last ")
    assert card.assumes.startswith(
        "stated needs beside it (plans, not judged): Poland up to 1 million anti-personnel mines, "
    )
    assert (
        "0.83 years at that capacity" in card.assumes
        and "Poland 5–6 million mines of all types, 4.2–5 years" in card.assumes
    )
    for lang in ("pl", "uk", "fi", "et", "lv", "lt"):
        with i18n.language(lang):
            (local,) = [c for c in block_cards(doc) if c.key == "production"]
        assert "Belma" in local.label and "counted as" not in local.label, lang
        assert "stated needs" not in local.assumes and "at that capacity" not in local.assumes, lang
