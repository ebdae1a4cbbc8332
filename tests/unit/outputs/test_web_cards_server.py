"""The cards the web page shows in every language, English too, are the server's (the
terminal's, the report's and the PDF's): the production card with some groups without capacity
("at least ... (without Norway)"), the cost card of the costed parts with the budgets'
programmes, and the civilians card naming the places inside the belt and within 1 km of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from minebelt import i18n
from minebelt.outputs.report.cards import block_cards, cost_card, production_card
from minebelt.outputs.report.cards_clearance import civilians_card
from minebelt.outputs.report.local_names import place

ROOT = Path(__file__).resolve().parents[3]

#: Norway beside the pooled eastern flank: one group has a capacity, Norway's has none.
PARTIAL = {
    "years_to_fill": None, "year_complete": None, "years_to_fill_is": "not estimated",
    "not_estimated": "no production capacity on record for NOR", "pooled_by": ["FIN", "EST", "LVA", "LTU", "POL", "UKR"],
    "capacity": [{"producer": "Belma", "country": "POL", "mines_per_year": 1200000, "scope": "all-types", "year": 2026, "used": True}],
    "groups": [
        {"group": "FIN+EST+LVA+LTU+POL+UKR", "countries": ["FIN", "EST", "LVA", "LTU", "POL", "UKR"], "pooled": True,
         "years_to_fill": 71.31, "year_complete": 2097.3, "years_to_fill_is": "lower bound",
         "years_to_fill_dist": {"p05": 46.7, "p50": 70, "p95": 109}},
        {"group": "NOR", "countries": ["NOR"], "pooled": False, "years_to_fill": None, "year_complete": None,
         "years_to_fill_is": "not estimated", "not_estimated": "no production capacity on record for NOR"},
    ],
}  # fmt: skip


def test_a_partial_production_reads_at_least_the_longest_group_in_every_language() -> None:
    with i18n.language("en"):
        c = production_card({"production": PARTIAL})
    assert c is not None
    assert c.title == "Production (without Norway)"
    assert c.figure == "at least 71.3 years"  # the production time's rule: three significant figures
    assert c.label == "to make the mines of Finland, Estonia, Latvia, Lithuania, Poland, Ukraine; the last in 2097"
    assert c.range == "90 %: 46.7\u2013109 years"
    assert c.assumes == "no production capacity on record for Norway"
    with i18n.language("pl"):
        pl = production_card({"production": PARTIAL})
    assert pl is not None and pl.title == "Produkcja (bez: Norwegia)" and pl.figure == "co najmniej 71,3 roku"
    assert "ostatnia mina będzie gotowa w 2097 r." in pl.label and "Norwegia" in pl.assumes
    assert not any("not estimated" in d or "capacity on record" in d for d in pl.details)


def test_a_partial_production_ends_around_a_year_from_a_thousand_years() -> None:
    long = {
        **PARTIAL,
        "groups": [{**PARTIAL["groups"][0], "years_to_fill": 1044.4, "year_complete": 3070.4}, PARTIAL["groups"][1]],
    }
    with i18n.language("en"):
        c = production_card({"production": long})
    assert c is not None and c.figure == "at least 1,040 years" and c.label.endswith("the last around 3070")


def test_a_production_card_with_one_time_is_unchanged() -> None:
    with i18n.language("en"):
        c = production_card({"production": {**PARTIAL, "groups": [PARTIAL["groups"][1]]}})
    assert c is not None and c.title == "Production" and c.figure == "not estimated"


@pytest.fixture(scope="module")
def flank() -> dict:
    from minebelt import estimate, load_scenario
    from minebelt.web._data import data_available

    if not data_available():
        pytest.skip("needs the bundled border data")
    doc = estimate(load_scenario(ROOT / "examples" / "eastern-flank-full.toml")).document
    return doc[0] if isinstance(doc, list) else doc


@pytest.mark.slow
def test_the_costed_parts_and_the_places_near_the_belt_in_every_language(flank) -> None:
    """The build cost without laying is the costed parts' (its title says so), the budgets are
    named by programme, and the civilians card names the largest places inside the belt and
    within 1 km of it, the rest counted, in every language."""
    assert flank["cost"]["complete"] is False
    for lang in i18n.LANGS:
        with i18n.language(lang):
            cost, civ = cost_card(flank), civilians_card(flank)
            title = i18n.gettext("Build cost (costed parts)")
            inside = i18n.gettext("Inside the belt as drawn: %(places)s.").split("%")[0]
        assert cost is not None and cost.title == title, lang
        assert any("Tarcza Wschód" in d for d in cost.details), (lang, cost.details)
        assert civ is not None and any(d.startswith(inside) for d in civ.details), (lang, civ.details)
        named = next(d for d in civ.details if d.startswith(inside))
        first = flank["exposure"]["total"]["in_or_near_belt"][0]
        # a place in Ukraine is named in Cyrillic in Ukrainian text (name_uk), in the reader's form
        # elsewhere (locale/exonyms.tsv: Seredyna-Buda, lt and fi Seredyna-Buda, et Seredõna-Buda)
        with i18n.language(lang):
            expected = first["name_uk"] if lang == "uk" else place(first)
        assert expected in named, (lang, named)
    assert [c.key for c in block_cards(flank)] == ["production", "cost", "clearance", "clearance_cost", "civilians"]


@pytest.mark.slow
def test_the_sources_of_the_other_figures_in_the_readers_words(flank) -> None:
    """The web page's "Sources of the other figures": what each source gave in the reader's
    words and numbers, the citation as published (its title a name): no "default 7.532 to
    81.39" left in English."""
    from minebelt.web.reader_text import sources_text

    for lang in i18n.LANGS:
        with i18n.language(lang):
            entries = sources_text(flank)
            mines = i18n.gettext("Mines found and destroyed per deminer-year")
        assert entries and all(e["cite"] for e in entries), lang
        whats = " ".join(e["what"] for e in entries)
        assert " default " not in whats and "production.capacity" not in whats, (lang, whats)
        assert mines in whats, (lang, mines)
        assert any("“Finland begins mine training" in e["cite"] for e in entries)  # a title as published
    with i18n.language("pl"):
        # the fitted rate's prediction interval (model/clearance_workforce.py), in Polish numbers
        assert "5,85–96,6" in " ".join(e["what"] for e in sources_text(flank))


@pytest.mark.slow
def test_a_source_minebelt_describes_in_the_readers_words_marks_only_its_title_english(flank) -> None:
    """The clearance model's fit and the default minefield condition are minebelt's own words,
    translated: the page marks only the title they quote ('Back-test of the clearance model')
    as English, as the report does; a citation as published stays English whole."""
    from minebelt.web.reader_text import sources_text

    with i18n.language("pl"):
        entries = sources_text(flank)
    own = [e for e in entries if e.get("own_words")]
    assert len(own) == 2 and all(e["english"] == ["'Back-test of the clearance model'"] for e in own), own
    assert any(e["cite"].startswith("domyślnie: dokumentacja modelu minebelt") for e in own)
    assert all("english" not in e for e in entries if not e.get("own_words"))
    with i18n.language("en"):
        assert not any(e.get("own_words") for e in sources_text(flank))
