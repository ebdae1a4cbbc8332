"""Plural forms of a counted noun after a printed number, by CLDR's rules (Babel).

gettext's plural rule takes a whole number only; a reader of Polish reads "35,7 roku" (a
fraction takes the genitive singular, CLDR "other" with v > 0), "3–4 kraje" (a range agrees
with its last number), and a Latvian reader "35,1 gads" (CLDR "one" for a fraction ending in 1)
and "10 gadu" (the zero form). These are the exact cases the outputs print.
"""

from __future__ import annotations

import pytest

from minebelt import i18n
from minebelt.outputs import claim_words
from minebelt.outputs.report.local_names import years_text


@pytest.mark.parametrize(
    ("lang", "printed", "category"),
    [
        ("pl", "35,7", "other"),  # v > 0: a fraction
        ("pl", "3\u20134", "few"),  # a range reads by its last number
        ("pl", "2\u20135", "many"),
        ("pl", "1\u00a0020", "many"),
        ("pl", "4,1\u00a0mln", "many"),  # a scale word governs the noun as a round million
        ("uk", "21", "one"),
        ("uk", "35,7", "other"),
        ("lt", "35,7", "many"),
        ("lt", "11", "other"),
        ("lv", "35,1", "one"),  # f ends in 1
        ("lv", "10", "zero"),
        ("lv", "0", "zero"),
        ("fi", "1,5", "other"),
        ("et", "1", "one"),
        ("en", "1,020", "other"),
        ("en", "1", "one"),
    ],
)
def test_plural_of_a_printed_number_is_cldr_s(lang: str, printed: str, category: str) -> None:
    assert i18n.plural_of(printed, lang) == category


@pytest.mark.parametrize(
    ("lang", "years", "n", "text"),
    [
        ("pl", 35.68, 3, "35,7\u00a0roku"),
        ("pl", 1022.0, 3, "1\u00a0020 lat"),
        ("pl", 532.0, 3, "532 lata"),
        ("pl", 1.0, 3, "1 rok"),
        ("uk", 35.68, 3, "35,7 року"),
        ("uk", 21.0, 3, "21 рік"),
        ("uk", 24.0, 3, "24 роки"),
        ("lt", 35.68, 3, "35,7 metų"),
        ("lt", 3.0, 3, "3 metai"),
        ("lv", 35.1, 3, "35,1 gads"),
        ("lv", 10.0, 3, "10 gadu"),
        ("lv", 35.7, 3, "35,7 gadi"),
        # Latvian declines a decimal by its last word and the noun agrees with that word
        # ("divi, komats, pieci kilogrami": uzdevumi.lv, Skola2030 grade 6, "Skaitļa vārdi",
        # read 2026-12-07), which is what CLDR's lv rules on the fraction digits encode:
        # 0,83 ("... trīs") other -> gadi, 71,1 ("... viens") one -> gads, 0,11 zero -> gadu
        ("lv", 0.8333, 2, "0,83 gadi"),
        ("lv", 71.1, 3, "71,1 gads"),
        ("lv", 0.1111, 2, "0,11 gadu"),
        ("fi", 1.0, 3, "1 vuosi"),
        ("fi", 35.7, 3, "35,7 vuotta"),
        ("et", 35.7, 3, "35,7 aastat"),
        ("en", 35.7, 3, "35.7 years"),
        ("en", 1.0, 3, "1 year"),
    ],
)
def test_years_take_the_form_of_the_number_printed(lang: str, years: float, n: int, text: str) -> None:
    with i18n.language(lang):
        assert years_text(years, n).replace("\u00a0", " ") == text.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("lang", "value", "unit", "text"),
    [
        ("pl", [3, 4], "countries", "3\u20134 kraje"),
        ("pl", 5, "countries", "5 krajów"),
        ("pl", 1, "countries", "1 kraj"),
        ("pl", 2.7, "times", "2,7 razy"),
        ("pl", 22, "mines", "22 miny"),
        ("uk", [3, 4], "countries", "3\u20134 країни"),
        ("lt", [3, 4], "countries", "3\u20134 šalys"),
        ("lv", [3, 4], "countries", "3\u20134 valstis"),
        ("lv", 1, "countries", "1 valsts"),
        ("fi", [3, 4], "countries", "3\u20134 maata"),
        ("et", 1, "countries", "1 riik"),
    ],
)
def test_a_claim_s_counted_unit_agrees_with_its_number(lang: str, value: object, unit: str, text: str) -> None:
    with i18n.language(lang):
        assert claim_words.value(value, unit) == text


@pytest.mark.parametrize(
    ("lang", "printed", "form"),
    [("pl", "2,7", "razy"), ("pl", "5", "razy"), ("pl", "1", "raz"),
     ("lv", "2,7", "reizes"), ("lv", "2", "reizes"), ("lv", "10", "reižu"), ("lv", "16", "reižu"), ("lv", "21", "reizi"),
     ("lt", "2,7", "karto"), ("lt", "2", "kartus"), ("lt", "10", "kartų"), ("lt", "21", "kartą")],
)  # fmt: skip
def test_a_multiple_in_a_sentence_takes_the_form_of_its_number(lang: str, printed: str, form: str) -> None:
    # CLDR's plural category of the number printed picks the form ("ratio in a sentence"); a
    # sentence is translated with the fraction's form ("2,7 reizes tik daudz")
    with i18n.language(lang):
        fraction = i18n.pgettext("fraction", "times")
        assert i18n.times_agree(f"{printed} {fraction} x", printed) == f"{printed} {form} x"
