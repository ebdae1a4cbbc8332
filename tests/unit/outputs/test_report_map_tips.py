"""The report map's tooltips (``data-tip``) in the reader's words; English as it was."""

from __future__ import annotations

import re

import pytest

from minebelt import i18n
from minebelt.outputs.report.geo import _place_tip, _section_tip

ROW = {
    "name": "Poland – Belarus",
    "country": "POL",
    "border": "BLR",
    "length_km": 417.0,
    "land_km": 245.0,
    "water_km": 172.0,
    "area_km2": 433.0,
    "depth_km": 1.94,
    "mines": 3.68e6,
    "mines_dist": {"p05": 2.0e6, "p95": 6.0e6},
    "mines_per_km_front": 14989.0,
}
PLACE = {"name": "Krynki", "country": "POL", "population": 2700, "distance_km": 0.07}
#: Words of the English tooltips that would show one left untranslated.
ENGLISH = re.compile(r"\b(length|land|water|belt|deep|mines|per|front|population|from|line|place)\b")


def test_english_tooltips_read_as_before() -> None:
    with i18n.language("en"):
        assert _section_tip(ROW).split("\n")[1:] == [
            "POL \u2192 BLR",
            "length 417 km (245 land, 172 water)",
            "belt 433 km\u00b2 at 1.94 km deep",
            "mines 3.68 M (90 %: 2\u20136 M)",
            "14,989 mines per km of front",
        ]
        assert _place_tip(PLACE) == "Krynki (POL)\npopulation 2,700\n0.07 km from the belt"
        assert "line" in _section_tip({**ROW, "border": None})


@pytest.mark.parametrize("lang", i18n.LANGS[1:])
def test_tooltips_hold_no_english_word(lang: str) -> None:
    with i18n.language(lang):
        section = _section_tip({**ROW, "border": None}).split("\n", 1)[1]  # the name line is the section's own
        place = _place_tip({**PLACE, "name": None})
    assert ENGLISH.findall(section) == [] and ENGLISH.findall(place) == [], (section, place)
