"""The one rounding rule in the reader's locale: the same digits, CLDR's symbols (via Babel)."""

from __future__ import annotations

import datetime as dt

import pytest
from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol

from minebelt import i18n
from minebelt import numbers as n

OTHERS = [lang for lang in i18n.LANGS if lang != "en"]


@pytest.mark.parametrize("lang", OTHERS)
def test_tables_are_cldr_as_babel_gives_them(lang: str) -> None:
    assert n.SYMBOLS[lang] == (get_group_symbol(locale=lang), get_decimal_symbol(locale=lang))
    short = Locale.parse(lang).compact_decimal_formats["short"]["other"]
    for p, word, abbr in n.SCALE_WORDS[lang]:
        pattern = short["1" + "0" * p].pattern.replace("'", "")
        assert pattern == f"0\u00a0{abbr}" and word == abbr
    percent = Locale.parse(lang).percent_formats[None].pattern
    assert percent.replace("#,##0", "") == n.PERCENT_SPACE[lang] + "%"


def test_polish_figures_read_as_a_polish_reader_writes_them() -> None:
    assert n.num(10410.8, scale=False, locale="pl") == "10\u00a0411"
    assert n.sig(124.93e6, words=True, locale="pl") == "125\u00a0mln"
    assert n.span(6.24e9, 28.6e9, 2, currency="USD", locale="pl") == "6,2\u201329\u00a0mld\u00a0USD"
    assert n.num(2.3125, locale="pl") == "2,31" and n.pct(0.855, locale="pl") == "86%"
    assert n.span(-1, 2, locale="en") == "-1 to 2"


def test_the_current_language_is_the_default_locale() -> None:
    with i18n.language("uk"):
        assert n.sig(124.93e6, words=True) == "125\u00a0млн"
        assert n.count(1475240) == "1\u00a0475\u00a0240"
        assert n.num(None) != "" and n.num(None, missing="n/a") == "n/a"
    assert n.sig(124.93e6, words=True) == "125 million"


def test_digits_do_not_depend_on_the_locale() -> None:
    for x in (0.0462, 2.5, 99.96, 1234.5, 999_999.5, 6.24e9, -1234.5):
        en = n.num(x).replace(",", "").replace(" million", "M")
        for lang in OTHERS:
            text = n.num(x, locale=lang)
            digits = "".join(c for c in text if c.isdigit())
            assert digits == "".join(c for c in en if c.isdigit()), (x, lang, text)


def test_dates_in_words() -> None:
    assert n.date(dt.date(1999, 3, 1), locale="pl") == "1 marca 1999"
    assert n.date("1999-03-01", locale="en") == "1 March 1999"
    assert "березня 1999" in n.date("1999-03-01", locale="uk")


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_the_minus_sign_is_the_locale_s(lang: str) -> None:
    from babel.numbers import get_minus_sign_symbol

    minus = get_minus_sign_symbol(locale=lang)
    assert n.MINUS[lang] == minus and n.sign(-3, locale=lang) == minus
    assert n.num(-1234.5, locale=lang).startswith(minus) and n.count(-12, locale=lang) == f"{minus}12"
    assert n.sign(2, locale=lang) == "+" and n.sign(0, locale=lang) == ""
    with i18n.language(lang):
        assert n.span(-1, 2) == f"{minus}1 {i18n.pgettext('range', 'to')} 2"


def test_a_month_is_cldr_s_long_month_of_a_year() -> None:
    said = {lang: n.month("2025-06", locale=lang) for lang in i18n.LANGS}
    # English keeps the month as written (its reader reads ISO as recorded; the JSON and goldens too)
    assert said["en"] == "2025-06" and said["et"] == "juuni 2025" and said["pl"] == "czerwiec 2025"
    assert said["lv"] == "2025. gada jūnijs"  # not CLDR's "gada." before the month
    assert said["uk"].startswith("червень 2025") and n.month("June", locale="et") == "June"


def test_a_day_in_running_text_is_the_long_date_in_every_language() -> None:
    for lang in OTHERS:
        assert n.day("2025-06-27", locale=lang) == n.date("2025-06-27", locale=lang)
    assert n.day("2025-06-27", locale="lt") == "2025 m. birželio 27 d."
