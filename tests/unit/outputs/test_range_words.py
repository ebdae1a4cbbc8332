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


def test_a_figure_derived_from_a_round_stated_one_keeps_its_precision():
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file
    from minebelt.factcheck.context import carried

    assert carried(1e6 / 438, 1e6) == 2300 and carried(303e6 / 5, 303e6) == 60.6e6 and carried(5.0, (5e6, 6e6)) == 5
    rows = {r["id"]: r for r in check_file(EXAMPLES / "national-plans-claims.toml")["claims"]}
    assert "mines per km of that front, about 2,300 mines" in rows["pol-ap-mines-up-to-1m"]["explanation"]
    seed = {r["id"]: r for r in check_file(EXAMPLES / "seed-claims.toml")["claims"]}
    assert "2,000 miles is about 3,220 km" in seed["s0-2000-mile-line"]["explanation"]


def test_no_repository_path_in_a_rows_words():
    """A reader is pointed to a guide in words ("see the claims guide"), never to a file path."""
    import re

    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    for name in ("seed-claims.toml", "national-plans-claims.toml"):
        for r in check_file(EXAMPLES / name)["claims"]:
            assert not re.search(r"\bdocs/\S+\.md", f"{r['explanation']} {r.get('note', '')}"), (name, r["id"])
