"""A multiple's word agrees with its number (CLDR plural categories), and the PDF marks the
English citations of its assumptions tables as its source list does."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.outputs.report import local_ratios as R

_COST = ("%(share)s of its costed belt", "%(times)s times the cost of its costed belt")


@pytest.mark.parametrize(
    ("ratio", "words"),
    [(2.0, "у 2 рази більше"), (3.0, "у 3 рази"), (2.5, "у 2,5 раза більше"), (5.0, "у 5 разів"),
     (21.0, "у 21 раз "), (12.0, "у 12 разів"), (1.4, "у 1,4 раза")],
)  # fmt: skip
def test_ukrainian_times_agree_with_the_number(ratio: float, words: str) -> None:
    with i18n.language("uk"):
        assert words in R.ratio_words(*_COST, ratio)


@pytest.mark.parametrize(
    ("lang", "ratio", "words"),
    [("lv", 2.0, "2 reizes"), ("lv", 10.0, "10 reižu"), ("lv", 2.5, "2,5 reizes"),
     ("lt", 2.0, "2 kartus"), ("lt", 10.0, "10 kartų"), ("lt", 2.5, "2,5 karto"), ("pl", 2.5, "2,5 razy")],
)  # fmt: skip
def test_latvian_and_lithuanian_times_agree_with_the_number(lang: str, ratio: float, words: str) -> None:
    with i18n.language(lang):
        assert words in R.ratio_words(*_COST, ratio)


@pytest.mark.parametrize("lang", ["en", "pl", "fi", "et"])
def test_other_languages_keep_the_sentence_as_translated(lang: str) -> None:
    with i18n.language(lang):
        expected = i18n.gettext(_COST[1]) % {"times": R.times_text(2.0)}
        assert R.ratio_words(*_COST, 2.0) == expected


def test_a_range_agrees_with_its_last_number() -> None:
    with i18n.language("uk"):
        assert "у 2–3 рази" in R.ratio_words(*_COST, 2.0, 3.0)
        assert "у 1,5–2,5 раза" in R.ratio_words(*_COST, 1.5, 2.5)


def test_the_pdf_assumptions_mark_english_citations() -> None:
    from minebelt.outputs.report.pdf_tables import EN_MARK, _cited

    cited = {"source": "Finnish Army, January 2026", "kind": "cited"}
    with i18n.language("pl"):
        assert _cited(cited) == EN_MARK + cited["source"]
        assert _cited({"source": "the scenario file", "kind": "scenario"}) == "the scenario file"
        assert _cited({"source": "", "kind": "cited"}) == ""
    with i18n.language("en"):
        assert _cited(cited) == cited["source"]
