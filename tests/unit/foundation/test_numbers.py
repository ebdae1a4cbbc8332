"""The one rounding rule (``minebelt.numbers``): headline, detail, ranges, counts, years, shares."""

from __future__ import annotations

import math

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from minebelt import numbers as n


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        (1284.3, "1,284"),
        (100.0, "100"),
        (99.96, "100"),
        (58.44, "58.4"),
        (2.3125, "2.31"),
        (2.0, "2"),
        (2.5, "2.5"),
        (0.04621, "0.0462"),
        (0.0, "0"),
        (-1234.5, "-1,235"),
        (27_740_000, "27.7 M"),
        (124_930_000, "125 M"),
        (999_999.9, "1.00 M"),  # rounding carried it into millions: three figures there
        (999.96e6, "1.00 bn"),
        (19.96e6, "20.0 M"),  # the zero rounding produced is significant
        (20e6, "20 M"),
        (1_475_240, "1.48 M"),
    ],
)
def test_detail(x: float, expected: str) -> None:
    assert n.num(x) == expected


def test_headline_scales_words_and_money() -> None:
    assert n.sig(124.93e6, words=True) == "125 million"
    assert n.sig(10_410.8) == "10,400"
    assert n.sig(9689, 2) == "9,700"
    assert n.sig(12.98e9, 2, currency="USD") == "USD 13 bn"
    assert n.num(6.31e9, currency="USD") == "USD 6.31 bn"
    assert n.num(1.09e6, words=True, unit="people") == "1.09 million people"
    assert n.num(1.09e6, scale=False) == "1,090,000"


def test_a_range_is_rounded_once() -> None:
    assert n.span(6.24e9, 28.6e9, 2, currency="USD") == "USD 6.2\u201329 bn"
    assert n.span(56.1e6, 130.52e6) == "56.1\u2013131 M"
    assert n.span(7938.33, 12836.42, unit="km\u00b2") == "7,938\u201312,836 km\u00b2"
    assert n.span(52.4, 14_137, 2, unit="years") == "52\u201314,000 years"
    assert n.span(0.3e9, 29e9, 2) == "0.3\u201329 bn"
    assert n.span(5, 5.001) == ""  # no spread at this precision (5 and 5.00 are one value)
    assert n.span(-3, 5) == "-3 to 5"
    assert n.span(None, 5) == "" and n.dist({"p05": 1.0}) == ""
    assert n.dist({"p05": 35.21, "p95": 76.84}, unit="years") == "35.2\u201376.8 years"


def test_counts_years_shares_ratios_missing() -> None:
    assert n.count(1_475_240) == "1,475,240"
    assert n.year(2097.0) == "2097"
    assert n.pct(0.855) == "86 %"
    assert (n.ratio(4.214), n.ratio(131.2), n.ratio(0.46)) == ("4.2x", "130x", "0.46x")
    for f in (n.num, n.sig, n.count, n.year, n.pct, n.ratio):
        assert f(None) == "not estimated" and f(math.nan) == "not estimated" and f(True) == "not estimated"
    assert n.num(None, missing="n/a") == "n/a"


def test_half_away_from_zero_on_the_exact_value() -> None:
    # 2.5 and 0.125 are exact binary ties: away from zero (as JavaScript's toFixed)
    assert n.count(2.5) == "3" and n.count(-2.5) == "-3"
    assert n.decimals(0.125, 2) == 0.13 and n.decimals(-0.125, 2) == -0.13
    # 1.005 is 1.00499999999999989... in binary: down, whatever the decimal text suggests
    assert n.decimals(1.005, 2) == 1.0
    assert n.decimals(1283.8372, 1) == 1283.8 and n.decimals(12000.000000000015, 0) == 12000
    assert n.decimals("text", 2) == "text" and n.decimals(None, 2) is None


def test_an_unknown_locale_is_a_value_error() -> None:
    assert n.num(1234.5, locale="en") == "1,235"
    with pytest.raises(ValueError, match="locale 'de'"):
        n.num(1234.5, locale="de")


@settings(max_examples=200, deadline=None)
@given(
    x=st.floats(allow_nan=False, allow_infinity=False),
    k=st.one_of(st.none(), st.integers(1, 6)),
    locale=st.sampled_from(["en", "pl", "uk", "fi", "et", "lv", "lt"]),
)
@example(x=1.7976931348623157e308, k=None, locale="pl")
@example(x=5e-324, k=2, locale="en")
def test_every_finite_float_formats_in_every_locale(x: float, k: int | None, locale: str) -> None:
    """A stated value may be any float a user types (1e308 reached /api/factcheck once and
    overflowed decimal's default 28 digits): every formatter answers with text, never raises."""
    for text in (
        n.num(x, locale=locale),
        n.sig(x, k or 3, words=True, currency="USD", locale=locale),
        n.span(x / 2, x, k, locale=locale),
    ):
        assert isinstance(text, str)
    assert n.num(x, locale=locale)
