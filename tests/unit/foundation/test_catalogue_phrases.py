"""Phrases a native reader rejected: a scope given as a clause the verb governs (not a
nominative label after a colon), "the densest of the 5 barriers" with the count before the
noun, the Estonian production line with its verb, one treatment of the Finnish Army's quoted
words (as published, with a translation in brackets), and minebelt's own summary of what a
budget pays for in the reader's language."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from minebelt import i18n
from minebelt.model.plans import BUDGETS
from minebelt.pipeline.blocks.calibration import scope_phrase, verdict_text

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]
SCOPES = [
    "all mine types, mostly anti-personnel",
    "anti-personnel mines",
    "anti-personnel and anti-tank mines, not broken down",
]


def _catalogue(lang: str):
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        return read_po(f)


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("scope", SCOPES)
def test_the_calibration_scope_is_a_clause_not_a_label(lang: str, scope: str) -> None:
    with i18n.language(lang):
        phrase = scope_phrase(scope)
        text = verdict_text(2.9, 1.0, "Korean DMZ (South)", scope, 5)
    assert phrase and ":" not in phrase and f"({phrase})" in text, (lang, text)


@pytest.mark.parametrize(
    ("lang", "words"),
    # "the densest" as a noun phrase of its own ("blīvākā barjera"), right whatever the gender of
    # the barrier's name it stands beside (lv "kordons", pl "kordon", lt "kordonas" are masculine)
    [("lv", ["(skaitot kājnieku mīnas)", "blīvākā barjera no 5 minebelt tabulā"]),
     ("lt", ["(skaičiuojant priešpėstines minas)", "tankiausia užtvara iš 5"]),
     ("uk", ["(рахуючи протипіхотні міни)"]), ("et", ["(arvestades jalaväemiine)"]),
     ("pl", ["(licząc miny przeciwpiechotne)", "najgęstsza bariera spośród 5"])],
)  # fmt: skip
def test_the_reported_calibration_phrases(lang: str, words: list[str]) -> None:
    with i18n.language(lang):
        text = verdict_text(2.9, 1.0, "Korean DMZ (South)", "anti-personnel mines", 5)
    assert all(w in text for w in words), text


def test_the_estonian_last_mine_has_its_verb() -> None:
    with i18n.language("et"):
        text = i18n.gettext("to make the mines; the last in %(year)s") % {"year": 2097}
    assert "viimane miin valmib aastal 2097" in text


@pytest.mark.parametrize("lang", OTHERS)
def test_the_finnish_armys_words_as_published_with_a_translation(lang: str) -> None:
    quoted = [m.string for m in _catalogue(lang) if m.id and "only in emergency conditions" in str(m.id)]
    assert quoted
    for text in quoted:
        assert "only in emergency conditions" in text and "[" in text.split("only in emergency conditions", 1)[1], text


@pytest.mark.parametrize("lang", OTHERS)
def test_what_a_budget_pays_for_is_in_the_readers_language(lang: str) -> None:
    with i18n.language(lang):
        assert all(i18n.gettext(b.pays_for) != b.pays_for for b in BUDGETS), lang
        label = i18n.gettext("It pays for: %(what)s.")
    assert "minebelt" in label, label
