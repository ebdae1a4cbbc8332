"""A plan's explanation, the article's skipped figures and the bundled examples' names in the
reader's language: every sentence minebelt generates worded by key, every figure of the English
row kept, the claims file's own note as written."""

from __future__ import annotations

import functools
import re
import tomllib

import pytest

from minebelt import i18n
from minebelt.outputs import claim_words as CW
from minebelt.outputs import local_plans as LP
from minebelt.outputs.local_examples import NAMES, scenario_name
from minebelt.outputs.local_skipped import reason_words, skipped_lines


@functools.cache
def _plans() -> list[dict]:
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file

    return [r for r in check_file(EXAMPLES / "national-plans-claims.toml")["claims"] if r["verdict"] == "stated"]


def _digits(text: str) -> set[str]:
    """The figures of ``text`` without separators and leading zeros (``2,284`` and ``2 284``,
    ``EUR 0.715 bn`` and ``715 mln EUR`` alike)."""
    return {re.sub(r"[\s\u00a0\u202f,.]", "", m).lstrip("0") for m in re.findall(r"\d[\d\s\u00a0\u202f,.]*\d|\d", text)}


@pytest.mark.parametrize("lang", [x for x in i18n.LANGS if x != "en"])
def test_a_plans_generated_sentences_are_worded_again_and_the_note_kept(lang: str) -> None:
    for row in _plans():
        with i18n.language(lang):
            said, note, closing = LP.plan_parts(row)
        english = row["explanation"]
        assert closing and closing != LP.NOT_REFUTED
        assert note and note in english  # the claims file's note, as written
        text = " ".join(said)
        for head in ("What it implies", "Beside it,", "No ratio is given", "Costed in", "Converted at"):
            assert head not in text, (lang, head, text)
        # every figure of the generated English (dates aside) is still there
        generated = english.replace(note, "").replace(LP.NOT_REFUTED, "")
        generated = re.sub(r"\d{4}-\d{2}-\d{2}", "", generated)
        missing = {
            d
            for d in _digits(generated)
            if len(d) > 1 and d not in _digits(text) and d not in _digits(row["stated_text"])
        }
        assert not missing, (lang, row["id"], missing, text)


def test_the_english_sentences_read_back_are_the_checkers() -> None:
    from minebelt.factcheck import plans

    assert plans.NOT_REFUTED == LP.NOT_REFUTED
    assert plans.AT_MEDIANS == LP.AT_MEDIANS.strip()


def test_relation_and_rates_in_polish() -> None:
    with i18n.language("pl"):
        assert LP.relation_words(
            "the stated figure is 0.15 times that (0.096 to 0.23 times across the model's 90 % range)"
        ) == ("stosunek podanej wartości do niej: 0,15 (0,096–0,23 w przedziale 90% modelu)")
        assert LP.rates_words(
            "Converted at 0.2345 EUR/PLN, ECB reference rate of 2024-05-17 (the last before 2024-05-18)."
        ) == (
            "Przeliczono po kursie: 0,2345 EUR/PLN, kurs referencyjny EBC z 17 maja 2024 (ostatni przed 18 maja 2024)."
        )
        assert CW.gap_words("2 years later") == "2 lata później"


@pytest.mark.parametrize(
    ("lang", "marks"),
    [
        ("pl", "\u201e\u201d"),
        ("uk", "\u00ab\u00bb"),
        ("fi", "\u201d\u201d"),
        ("et", "\u201e\u201c"),
        ("lt", "\u201e\u201c"),
        ("en", "\u201c\u201d"),
    ],
)
def test_quotes_are_the_readers(lang: str, marks: str) -> None:
    with i18n.language(lang):
        assert CW.quoted("x") == f"{marks[0]}x{marks[1]}"


def test_every_bundled_scenario_name_has_a_message() -> None:
    from conftest import EXAMPLES

    names = set()
    for path in EXAMPLES.glob("*.toml"):
        doc = tomllib.loads(path.read_text("utf-8"))
        names |= {s["name"] for s in [doc, *doc.get("scenarios", [])] if isinstance(s.get("name"), str)}
    assert names == set(NAMES)
    with i18n.language("pl"):
        assert (
            scenario_name("Eastern flank, full picture (uncertain)") == "Wschodnia flanka, pełny obraz (z niepewnością)"
        )
        assert scenario_name("My own scenario") == "My own scenario"  # a user's name, as written
        assert "\u201eWschodnia flanka" in CW.by_words(
            "minebelt's model of \u201cEastern flank, full picture (uncertain)\u201d"
        )


def test_skipped_figures_in_polish_with_cldr_plurals() -> None:
    rows = [{"figure": "five", "reason": 'a figure said again ("these", "the same")'}]
    with i18n.language("pl"):
        assert skipped_lines(rows)[0] == "1 liczba z artykułu nieujęta jako twierdzenie:"
        assert skipped_lines(rows * 3)[0] == "3 liczby z artykułu nieujęte jako twierdzenia:"
        assert skipped_lines(rows * 5)[0] == "5 liczb z artykułu nieujętych jako twierdzenia:"
        assert skipped_lines(rows)[1] == "  pominięto: five: liczba powtórzona („te”, „ta sama”)"
        assert (
            reason_words("the same figure as \u201cOctober 7th\u201d") == "ta sama liczba co w \u201eOctober 7th\u201d"
        )
    with i18n.language("en"):
        assert skipped_lines(rows * 3)[0] == "3 figures of the article not drafted as claims:"


def test_every_state_media_outlet_has_a_message() -> None:
    from minebelt.model.sourcing import STATE_MEDIA
    from minebelt.outputs.local_state_media import OUTLETS, split_state_media

    assert set(OUTLETS) == set(STATE_MEDIA.values())
    with i18n.language("pl"):
        rest, said = split_state_media(
            "A note. The claim is reported by TASS, the Russian state news agency (\u201cX 2025\u201d, 2025-01-02): "
            "state or state-aligned media."
        )
    assert rest == "A note."
    assert said == [
        "Twierdzenie podaje TASS, rosyjska państwowa agencja informacyjna (\u201eX 2025\u201d, 2 stycznia 2025): "
        "media państwowe lub z państwem powiązane."
    ]
