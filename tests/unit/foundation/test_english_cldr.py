"""English plural categories and dates are written out in minebelt (an English run reads no
Babel locale data): the same answers as Babel's CLDR data for every case the outputs print
and more."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel import Locale
from babel.dates import format_date

from minebelt import i18n
from minebelt.numbers_dates import date

PRINTED = ["0", "1", "1.0", "1.00", "01", "2", "3", "11", "21", "101", "1,001", "1,000,000", "0.5", "1.5",
           "2.0", "35.7", "1\u20132", "2\u20131", "3\u20134", "4.1 million", "1 million", "12 thousand"]  # fmt: skip


@pytest.mark.parametrize("printed", PRINTED)
def test_english_plural_category_is_babels(printed: str) -> None:
    rule = Locale.parse("en").plural_form
    last = printed.split("\u2013")[-1]
    if " " in last:
        want = rule(1_000_000)
    else:
        want = rule(Decimal(last.replace(",", "")))
    assert i18n.plural_of(printed, "en") == want


@pytest.mark.parametrize("category", ["zero", "one", "two", "few", "many", "other"])
def test_english_whole_number_of_a_category_is_babels(category: str) -> None:
    rule = Locale.parse("en").plural_form
    want = next((n for n in range(200) if rule(n) == category), None)
    assert i18n._integer_of("en", category) == want


def test_english_dates_are_babels() -> None:
    days = [dt.date(1999, 1, 1) + dt.timedelta(days=i) for i in range(0, 366 * 3, 7)]
    days += [dt.date(1953, 7, 27), dt.date(2000, 2, 29), dt.date(2026, 12, 31), dt.date(999, 3, 1)]
    for d in days:
        assert date(d, locale="en") == format_date(d, format="d MMMM y", locale="en")
    assert date("2025-02-28", locale="en") == "28 February 2025"
