"""The map's subtitle names the belt's front (the headline's km), not the whole border."""

from __future__ import annotations

from minebelt.i18n import language
from minebelt.outputs.report.map_png import front_words


def _doc(front: float | None, length: float, water: str = "skip") -> dict:
    return {
        "totals": {"belt_front_km": front, "length_km": length},
        "sections": [{"along_water": water, "length_km": length}],
    }


def test_land_front_not_border():
    doc = _doc(5820.0, 6700.0)
    assert front_words(doc) == "5,820 km of land front"
    with language("pl"):
        assert front_words(doc).replace("\xa0", " ") == "5 820 km linii lądowej"


def test_front_equals_border():
    assert front_words(_doc(248.0, 248.0, water="follow")) == "248 km of front"
    assert front_words(_doc(None, 248.0)) == "248 km of front"
