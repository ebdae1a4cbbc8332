"""Dates, cases and typography a reader of each language reported: no English or ISO date in
Estonian and Latvian running text, a Latvian or Estonian date in the nominative only where the
nominative is right (after a colon or in brackets, not after a verb or a preposition), the per
cent sign spaced as the locale's number format spaces it, and one term per notion."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from minebelt import i18n
from minebelt import numbers as N

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _strings(lang: str) -> list[str]:
    with open(i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "minebelt.po", "rb") as f:
        cat = read_po(f)
    return [s for m in cat if m.id for s in (m.string if isinstance(m.string, tuple) else (m.string,)) if s]


@pytest.mark.parametrize("lang", ["et", "lv", "lt"])
def test_no_iso_date_in_estonian_latvian_or_lithuanian_running_text(lang: str) -> None:
    # Lithuanian: CLDR's short and medium dates are ISO; the long one ("2026 m. sausio 14 d.") is written
    assert [s for s in _strings(lang) if re.search(r"\b\d{4}-\d{2}-\d{2}\b", s)] == []


@pytest.mark.parametrize("lang", OTHERS)
def test_the_per_cent_sign_is_spaced_as_the_locale_spaces_it(lang: str) -> None:
    # N.pct's spacing is Babel's (CLDR): a no-break space in fi and lt, none in uk, pl, et, lv
    # (a figure written by the code before the sign, "%(range)s %%", as much as a digit)
    space = N.pct(0.9, locale=lang)[len("90") : -1]
    bad = r"(\d|\)s) ?%(?!\()" if space else r"(\d|\)s)[ \u00a0]%(?!\()"
    assert [s for s in _strings(lang) if re.search(bad, s)] == []
    assert N.per_cent("2,5\u20135,6", locale=lang) == f"2,5\u20135,6{space}%"


@pytest.mark.parametrize(
    ("lang", "nominative_after"),
    [("lv", r"(Dati uz|paziņots|kurss) %\(date\)s"), ("et", r"(teatatud|viitekurss) %\(date\)s")],
)
def test_a_date_in_the_nominative_stands_where_the_nominative_is_right(lang: str, nominative_after: str) -> None:
    assert [s for s in _strings(lang) if re.search(nominative_after, s)] == []


@pytest.mark.parametrize(
    ("lang", "word"),
    [
        ("lt", "pastang"),
        ("et", "puhasta"),
        ("lv", "attīrīt"),
        ("lv", "spriedum"),
        ("lv", "aizsprost"),
        ("lv", "neapstiprinās"),
    ],
)
def test_one_term_per_notion(lang: str, word: str) -> None:
    assert [s for s in _strings(lang) if word in s.lower()] == []


def test_a_citations_month_is_in_words_beside_its_full_dates() -> None:
    assert N.month("2026-01", locale="pl") == "styczeń 2026"
    assert N.month("2026-01", locale="en") == "2026-01"
    assert N.month("2026-01-14", locale="fi") == N.day("2026-01-14", locale="fi")
    assert N.month("1990-2010", locale="lv") == "1990-2010"
    # N.day leaves a month alone: after a preposition N.dated writes it in its case ("przed kwietniem")
    assert N.day("2026-04", locale="pl") == "2026-04"


#: "before April 2026" and "after 7 July 2025" as a reader writes them: the month in the case
#: the preposition asks for (Polish instrumental after "przed", locative after "po"; Estonian
#: partitive; Latvian genitive; Finnish partitive after "ennen", genitive before "jälkeen"); a
#: Polish full date without "r.", as the formatter's long date.
DATED = {
    "pl": ("przed kwietniem 2026 r.", "po 7 lipca 2025", "po kwietniu 2026 r."),
    "uk": ("до квітня 2026 р.", "після 7 липня 2025 р.", "після квітня 2026 р."),
    "fi": ("ennen huhtikuuta 2026", "7. heinäkuuta 2025 jälkeen", "huhtikuun 2026 jälkeen"),
    "et": ("enne 2026. aasta aprilli", "pärast 7. juulit 2025", "pärast 2026. aasta aprilli"),
    "lv": ("pirms 2026. gada aprīļa", "pēc 2025. gada 7. jūlija", "pēc 2026. gada aprīļa"),
    "lt": ("iki 2026 m. balandžio", "po 2025 m. liepos 7 d.", "po 2026 m. balandžio"),
}


@pytest.mark.parametrize("lang", OTHERS)
def test_a_date_after_before_or_after_is_in_the_case_the_preposition_asks_for(lang: str) -> None:
    before, after, after_month = DATED[lang]
    assert N.dated("before", "2026-04", locale=lang) == before
    assert N.dated("after", "2025-07-07", locale=lang) == after
    assert N.dated("after", "2026-04", locale=lang) == after_month
    assert re.search(r"\d{4}-\d{2}|" + MONTHS, N.dated("before", "2026", locale=lang) or "-") is None
    # English keeps its ISO text (the documents' and the English report's), and no date is no date
    assert N.dated("before", "2026-04", locale="en") is None
    assert N.dated("over", "2026-04", locale=lang) is None
    assert N.dated("before", "2026-13", locale=lang) is None


@pytest.mark.parametrize("lang", OTHERS)
def test_a_period_has_an_en_dash_and_no_english_decade_or_present(lang: str) -> None:
    assert N.period("1961-1985", locale=lang) == "1961\u20131985"
    for text in ("1953-today", "1980s-today"):
        shown = N.period(text, locale=lang)
        assert re.search(r"\d{4}s|today|present|\d-\d", shown) is None, shown
    assert N.period("1953-today", locale="en") == "1953\u2013present"
    assert N.period("1980s-today", locale="en") == "1980s\u2013present"


@pytest.mark.parametrize(
    ("lang", "since", "since_decade"),
    [("pl", "od 1953 do dziś", "od lat 80. XX w. do dziś"), ("uk", "з 1953 року донині", "з 1980-х років донині")],
)
def test_an_open_period_reads_from_then_until_now(lang: str, since: str, since_decade: str) -> None:
    # "1953–obecnie" reads as a range with a word for an end: a Polish or Ukrainian reader
    # writes an open period "from … until today", as the other four languages already do
    assert N.period("1953-today", locale=lang) == since
    assert N.period("1980s-today", locale=lang) == since_decade


def test_a_finnish_as_of_line_writes_its_date_in_figures() -> None:
    # "Tilanne 14.1.2026", not "Tilanne 14. tammikuuta 2026"; every other language in words
    assert N.as_of("2026-01-14", locale="fi") == "14.1.2026"
    assert N.as_of("2026-01-14", locale="pl") == N.day("2026-01-14", locale="pl") == "14 stycznia 2026"
    assert N.as_of("2026-01-14", locale="en") == "2026-01-14"
    assert N.as_of("not a date", locale="fi") == "not a date"
