"""The checker's own sentences (why a claim is not checked, the figure set beside a judgement)
are minebelt's words: translated like the rest, never printed as "[in English]"; the claims
file's own note after them stays as written. Also the other English left in the report and the
error lines: a block named as a label, a suggested code's country in the reader's language."""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.outputs import claim_words as CW
from minebelt.outputs import local_plans as LP
from minebelt.outputs.error_words import localise
from minebelt.outputs.report.claim_cells import why

ROWS = [
    {
        "verdict": "not-checked",
        "explanation": "Not checked: munition deliveries are outside minebelt's strategic scope.",
    },
    {
        "verdict": "not-checked",
        "explanation": "Not checked: munition types are outside minebelt's strategic scope; the type supplied is not confirmed.",
    },
    {
        "verdict": "not-checked",
        "computed": 2828.0,
        "unit": "km",
        "explanation": "The stated figure is a choice of stretches; for context minebelt measures 2,828 km. That is the land length.",
    },
    {
        "verdict": "not-checked",
        "explanation": "Not checked: Munition specifications and deliveries are outside minebelt's strategic scope (km, km², millions, years, money).",
    },
]


@pytest.mark.parametrize("lang", [x for x in i18n.LANGS if x != "en"])
def test_the_checkers_own_sentences_are_translated(lang: str) -> None:
    with i18n.language(lang):
        parts = [LP.explanation_parts(c) for c in ROWS]
        leads = [why(c) for c in ROWS]
    for (generated, note, _closing), (lead, rest), row in zip(parts, leads, ROWS, strict=True):
        assert generated and "Not checked" not in " ".join(generated) and "for context" not in " ".join(generated), (
            generated
        )
        assert lead == " ".join(generated) and rest == note
        assert note in ("", "the type supplied is not confirmed.", "That is the land length."), note
        assert note in row["explanation"]
    assert "2" in parts[2][0][0] and "828" in parts[2][0][0]


def test_english_is_unchanged() -> None:
    with i18n.language("en"):
        for c in ROWS:
            own, rest = CW.own_sentences(c)
            assert " ".join([*own, rest]).strip() == c["explanation"]


def test_a_suggested_code_names_its_country_in_the_readers_language() -> None:
    line = "country: unknown ISO 3166-1 alpha-3 code 'PLN' (did you mean 'POL' (Poland)?)"
    with i18n.language("pl"):
        assert "'POL' (Polska)" in localise(line)
    with i18n.language("uk"):
        assert "'POL' (Польща)" in localise(line)
    with i18n.language("en"):
        assert localise(line) == line


def test_a_block_is_named_as_a_label() -> None:
    """ "blok: produkcja", not "blok produkcja" (a noun before a name needs a case)."""
    for lang in ("pl", "uk", "fi", "et", "lv", "lt"):
        with i18n.language(lang):
            one = i18n.ngettext("%(names)s block", "%(names)s blocks", 1) % {"names": "X"}
            many = i18n.ngettext("%(names)s block", "%(names)s blocks", 2) % {"names": "X"}
        assert one.endswith(": X") and many.endswith(": X"), (lang, one, many)
