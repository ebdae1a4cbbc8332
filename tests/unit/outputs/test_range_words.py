"""A range is written with its scale and unit once ("4–5 mln min", "5–6 million mines"), and
Polish says that two figures count different things, not that their ranges differ."""

from __future__ import annotations

import pytest

from minebelt.i18n import language
from minebelt.outputs.claim_words import value


@pytest.mark.parametrize(
    ("lang", "x", "unit", "want"),
    [
        ("en", [5e6, 6e6], "mines", "5–6 million mines"),
        ("pl", [4e6, 5e6], "mines", "4–5\u00a0mln min"),
        ("pl", [4.8e6, 7.2e6], "mines", "4,8–7,2\u00a0mln min"),
        ("pl", [3, 4], "countries", "3–4 kraje"),
        ("en", [1.5, 2], "km", "1.5–2 km"),
        ("en", [4.28e8, 1.93e9], "EUR", "EUR 0.428–1.93 bn"),
        ("en", [2025, 2026], "year", "2025–2026"),
    ],
)
def test_a_range_writes_its_scale_and_unit_once(lang, x, unit, want):
    with language(lang):
        assert value(x, unit) == want


def test_the_english_reason_gives_an_overlap_with_its_scale_once():
    from minebelt.factcheck.verdict import judge

    j = judge((4e6, 5e6), (4.8e6, 7.2e6), "about")
    assert "overlap on 4.8–5 million:" in j.reason


def test_polish_says_the_figures_count_different_things():
    from minebelt.outputs.claim_words import stated_computed

    row = {"unit": "mines", "stated": [4e6, 5e6], "computed": 6.8e6, "verdict": "stated", "scope_differs": True}
    with language("pl"):
        line = stated_computed(row)
    assert line == "podano 4–5\u00a0mln min; obok nie zestawiono żadnej liczby: liczby obejmują co innego"
