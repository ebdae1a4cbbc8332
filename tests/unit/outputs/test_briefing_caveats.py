"""The briefing's "read with care" list: the same caveats, as hedged, in every language."""

from __future__ import annotations

from pathlib import Path

import pytest

from minebelt import estimate, load_scenario
from minebelt.i18n import language
from minebelt.outputs.report.briefing import caveats

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


@pytest.fixture(scope="module")
def doc():
    return estimate(load_scenario(EXAMPLES / "eastern-flank-full.toml")).document


def test_the_recorded_alternative_keeps_its_hedge_in_every_language(doc):
    english = " ".join(caveats(doc))
    assert "two cases, weak; no interval" in english and "open ground" in english
    hedge = {"pl": "dwa przypadki, słaba podstawa", "uk": "два випадки, слабка основа", "fi": "kaksi tapausta"}
    for lang, words in hedge.items():
        with language(lang):
            assert words in " ".join(caveats(doc)), lang


def test_the_unrecorded_alternatives_are_given_as_shares_of_mines(doc):
    with language("pl"):
        text = " ".join(caveats(doc))
    assert "2,5–5,6%" in text and "nie powierzchni" in text  # the locale's per-cent pattern, as "46%"


def test_no_caveat_is_cut(doc):
    """The list is never silently shortened: a translated briefing has every caveat the
    overlap of belts included (the English list's last one)."""
    with language("pl"):
        text = " ".join(caveats(doc))
    assert doc["totals"]["overlap_km2"] > 0
    assert "nakładają się" in text


def test_a_cards_range_stays_on_one_line():
    from minebelt.outputs.report.fmt import nowrap_ranges

    html = str(nowrap_ranges("90 %, tylko głębokość pasa: 46\u00a0200–86\u00a0200 <b>"))
    assert '<span class="nw">46\u00a0200–86\u00a0200</span>' in html and "&lt;b&gt;" in html
