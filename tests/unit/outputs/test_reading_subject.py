"""A forecast's reading keeps its subject in every language: "Read as before 2026-04 (Estonia's
withdrawal in effect by then; ...)" is never "Odczytano jako przed 2026-04" alone, and a yes/no
figure says what it answers ("withdrawal in effect"), never a bare "tak"."""

from __future__ import annotations

import re

import pytest

from minebelt.i18n import language

EST = {
    "verdict": "stated", "unit": "date", "stated": "at the beginning of 2026",
    "reading": {"qualifier": "before", "value": "2026-04", "as": "Estonia's withdrawal in effect by then"},
}  # fmt: skip
UKR = {
    "verdict": "stated", "unit": "withdrawal in effect (1 = yes)", "stated": "at the beginning of 2026",
    "reading": {"qualifier": "about", "value": 1.0, "as": "by the beginning of 2026"},
}  # fmt: skip
OWN = {
    "verdict": "stated", "unit": "years", "stated": "within a few years",
    "reading": {"qualifier": "about", "value": [2.0, 5.0], "as": "the months my newsroom counts to make them"},
}  # fmt: skip


def _read(row: dict) -> str:
    from minebelt.factcheck.reading import plan_reading_words
    from minebelt.outputs.local_plans import _segment

    r = row["reading"]  # the English sentence the check writes, read back in the reader's words
    return _segment(plan_reading_words((r["qualifier"], r["value"], r["as"]), row["unit"]), row)


@pytest.mark.parametrize("lang", ["pl", "uk", "fi", "et", "lv", "lt"])
def test_a_reading_keeps_its_subject(lang):
    from minebelt.outputs.report.local_names import country

    with language(lang):
        est, ukr, own, estonia = _read(EST), _read(UKR), _read(OWN), country("EST")
    assert "2026" in est and estonia in est
    assert re.search(r"\d{4}-\d{2}", est) is None  # the month in words, in the case its preposition asks for
    assert "withdrawal" not in est and "by then" not in est  # minebelt's own words, translated
    assert "2026" in ukr and "beginning" not in ukr
    # a claims file's own reading stays as written, in the reader's quotation marks
    assert "the months my newsroom counts to make them" in own


def test_a_yes_no_figure_says_what_it_answers():
    from minebelt.outputs.claim_words import value

    with language("pl"):
        said = value(1.0, "withdrawal in effect (1 = yes)")
        party = value(1.0, "not party (1 = yes)")
    # the answer as a statement: "nie jest stroną", never "nie jest stroną: tak" nor a bare "tak"
    assert "tak" not in said and "withdrawal" not in said and party == "nie jest stroną"
    assert value(0.0, "withdrawal in effect (1 = yes)") == "withdrawal not in effect"


UKR_OWN = {
    **UKR,
    "reading": {"qualifier": "about", "value": 1.0, "as": "Ukraine's withdrawal in effect by the beginning of 2026"},
}


def test_a_yes_reading_keeps_whose_withdrawal_it_is():
    """Never "Read as withdrawal in effect: yes (by the beginning of 2026 ...)", which loses its
    subject: the reading names Ukraine, in English and in the reader's language."""
    from minebelt.factcheck.reading import plan_reading_words

    en = plan_reading_words(("about", 1, UKR_OWN["reading"]["as"]), UKR_OWN["unit"])
    assert en == (
        "Read as Ukraine's withdrawal in effect by the beginning of 2026 (minebelt's reading, not the article's words)."
    )
    with language("pl"):
        pl = _read(UKR_OWN)
    # minebelt's own reading, in the reader's words: never in the article's quotation marks
    assert pl.startswith("Odczytano jako Ukraina: wystąpienie skuteczne do początku 2026 r. (")
    assert "tak" not in pl


def test_the_seed_and_article_readings_name_ukraine():
    from conftest import EXAMPLES

    from minebelt.factcheck import check_file
    from minebelt.factcheck.extract.readings import leaving_forecasts

    row = {r["id"]: r for r in check_file(EXAMPLES / "seed-claims.toml")["claims"]}["s1-coalition-ukr"]
    assert "Read as Ukraine's withdrawal in effect by the beginning of 2026 (" in row["explanation"]
    (drafted,) = leaving_forecasts(
        "At the beginning of 2026, Ukraine may find themselves in an anti-personnel mine coalition.", "", ["UKR"]
    )
    assert drafted["reading"]["as"] == "Ukraine's withdrawal in effect by the beginning of 2026"


def test_a_stated_judgement_in_english_is_given_with_its_translation() -> None:
    # the claims file's English words stay as written, marked, with the catalogue's translation
    from minebelt.outputs.claim_words import stated_computed

    row = {"stated": "lack natural barriers", "unit": "", "computed": 0.6, "verdict": "holds"}
    with language("pl"):
        line = stated_computed({**row, "unit": "share"})
    assert line.startswith("podano „lack natural barriers” [ang.; tłum.: „brak naturalnych barier”]; "), line
    assert stated_computed({**row, "unit": "share"}).startswith("stated “lack natural barriers”; ")
