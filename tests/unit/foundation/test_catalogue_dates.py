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


@pytest.mark.parametrize("lang", ["et", "lv"])
def test_no_iso_date_in_estonian_or_latvian_running_text(lang: str) -> None:
    assert [s for s in _strings(lang) if re.search(r"\b\d{4}-\d{2}-\d{2}\b", s)] == []


@pytest.mark.parametrize("lang", OTHERS)
def test_the_per_cent_sign_is_spaced_as_the_locale_spaces_it(lang: str) -> None:
    # N.pct's spacing is Babel's (CLDR): a no-break space in fi and lt, none in uk, pl, et, lv
    space = N.pct(0.9, locale=lang)[len("90") : -1]
    bad = r"\d ?%(?!\()" if space else r"\d[ \u00a0]%(?!\()"
    assert [s for s in _strings(lang) if re.search(bad, s)] == []


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
    # a month after a preposition keeps ISO: the nominative would be wrong there ("przed")
    assert N.day("2026-04", locale="pl") == "2026-04"
