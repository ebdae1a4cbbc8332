"""Mechanical rules a reader of the six languages reported: no English unit, "x" or "via" in a
translation; a verdict label before its count in the nominative plural; a latitude in degrees
with the reader's words; a ratio bounded by 1 as a comparison; "not estimated" never after
"computed"; a gap under 1 % never "0 %"; a deminer count's noun in the form its number takes."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from minebelt import i18n
from minebelt import numbers as N
from minebelt.outputs import claim_words as W
from minebelt.outputs.report.assumptions import _workforce_rows
from minebelt.outputs.report.local_names import report_words, section_name
from minebelt.outputs.verdicts import VERDICT_HEADINGS, verdict_heading, verdict_words

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]


def _forms(lang: str) -> list[tuple[str, str]]:
    """(English msgid, each translated form) of a catalogue."""
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        cat = read_po(f)
    out = []
    for m in cat:
        if m.id:
            english = m.id[0] if isinstance(m.id, tuple) else m.id
            out += [(english, s) for s in (m.string if isinstance(m.string, tuple) else (m.string,)) if s]
    return out


@pytest.mark.parametrize("lang", OTHERS)
def test_a_multiple_is_words_not_an_x(lang: str) -> None:
    # "2,7x tyle min": the translation says "razy", "раза", "karto", never a bare x after the number
    assert [s for _, s in _forms(lang) if re.search(r"%\((times|ratio)\)sx\b|, x \w", s)] == []


@pytest.mark.parametrize("lang", OTHERS)
def test_no_english_via_and_no_never_mind(lang: str) -> None:
    assert [s for e, s in _forms(lang) if "%(relay)s" in e and "via" in s] == []
    assert [s for _, s in _forms(lang) if "ei väliä" in s] == []


@pytest.mark.parametrize("lang", OTHERS)
def test_a_verdict_label_is_the_nominative_plural(lang: str) -> None:
    with i18n.language(lang):
        heads = {v: verdict_heading(v) for v in VERDICT_HEADINGS}
        # "Nieweryfikowalnych (5)" was the form 5 governs; the label is the one 2 (or any count) takes
        assert all(heads.values()) and len(set(heads.values())) >= 6
    expected = {"pl": ("unverifiable", "nieweryfikowalne"), "uk": ("not-checked", "неперевірені"),
                "fi": ("imprecise", "epätarkat"), "lt": ("not-checked", "nepatikrinti")}  # fmt: skip
    if lang in expected:
        verdict, words = expected[lang]
        assert heads[verdict] == words
        with i18n.language(lang):
            assert verdict_words(verdict, 5) != words or lang == "lt"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "38.2 degrees north"),
        ("uk", "38,2° пн. ш."),
        ("pl", "38,2° szer. płn."),
        ("fi", "38,2° pohjoista leveyttä"),
    ],
)
def test_a_latitude_in_the_reader_s_words(lang: str, text: str) -> None:
    with i18n.language(lang):
        assert W.value(38.2, "degrees north") == text


def test_over_one_times_is_a_comparison() -> None:
    c = {"stated": 1, "qualifier": "over", "unit": "times the next longest", "computed": 3.77, "verdict": "holds"}
    with i18n.language("en"):
        assert "over 1" not in W.stated_computed(c)
        assert "more than the next longest" in W.stated_computed(c)
    with i18n.language("pl"):
        assert "dłuższa niż kolejna najdłuższa" in W.stated_computed(c)


@pytest.mark.parametrize("lang", ["en", "pl", "uk"])
def test_not_estimated_is_not_computed(lang: str) -> None:
    c = {"stated": 500, "qualifier": "over", "unit": "minefields", "computed": None, "verdict": "unverifiable"}
    with i18n.language(lang):
        line = W.stated_computed(c)
        computed = i18n.gettext("stated %(stated)s; computed %(computed)s").split(";")[1].split("%")[0].strip()
        assert N.not_estimated() in line and computed not in line.split(";")[1]


@pytest.mark.parametrize(("dev", "text"), [(0.004, "0.4 %"), (0.0004, "0.04 %"), (0.12, "12 %"), (0.005, "1 %")])
def test_a_small_gap_keeps_a_significant_figure(dev: float, text: str) -> None:
    with i18n.language("en"):
        assert N.pct(dev, small=True) == text
        assert N.pct(0.004) == "0 %"  # a share, not a gap: whole per cents as before


@pytest.mark.parametrize(("lang", "noun"), [("uk", "сапер "), ("lv", "atmīnētājs "), ("lt", "išminuotojas ")])
def test_deminers_at_work_takes_the_form_of_its_number(lang: str, noun: str) -> None:
    cap = {"workforce": {"deminers": 4021, "preset": "ukraine-2024", "programme": "Ukraine", "year": 2024}}
    with i18n.language(lang):
        row = _workforce_rows({}, cap, None, "EUR")[0]
        assert row["unit"].startswith(noun), row["unit"]


def test_a_relay_and_a_section_in_the_reader_s_words() -> None:
    with i18n.language("pl"):
        assert report_words("Landmine Monitor 2024, via wom.ch") == "Landmine Monitor 2024, za wom.ch"
        assert "\u2013" in section_name({"name": "Finland - Russia", "country": "FIN", "border": "RUS"})
    with i18n.language("en"):
        assert report_words("Landmine Monitor 2024, via wom.ch") == "Landmine Monitor 2024, via wom.ch"
        assert report_words("Landmine Monitor 2023") == "Landmine Monitor 2023"


@pytest.mark.parametrize(("lang", "text"), [("en", "No. 2566-IV"), ("uk", "№ 2566-IV"), ("pl", "nr 2566-IV")])
def test_a_law_s_number_in_the_reader_s_words(lang: str, text: str) -> None:
    with i18n.language(lang):
        assert W.value(2566, "law number (No. 2566-IV)") == text
