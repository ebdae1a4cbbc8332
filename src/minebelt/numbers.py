"""Numbers as a reader reads them: the one rounding rule of every output.

Layer: foundation (so the pipeline's sentences, the terminal, the report, the PDF, the CSV
data dictionary and the web API all import it; ``web/static/js/format.js`` is the same rule
in JavaScript, tested against this module value by value in headless Chromium).

The rule
========

==========  =====================  ====================================================  ============================
kind        function               rule                                                  examples
==========  =====================  ====================================================  ============================
headline    :func:`sig`            ``n`` significant figures (3 unless the caller        ``125 million``, ``10,400``,
                                   states 2 for a wide estimate: clearance, cost)        ``USD 13 bn``, ``9,700``
detail      :func:`num`            whole units from 100 up, three significant figures    ``1,284``, ``58.4``, ``2.31``,
                                   below                                                 ``0.0462``
scaled      (both)                 from one million up, in millions or billions (``M``   ``27.7 M``, ``USD 6.31 bn``,
                                   and ``bn`` in tables, words in sentences), the rule   ``1.09 million``
                                   applied to the scaled value
range       :func:`span`,          rounded once: both ends by the same rule, in the one  ``USD 6.2–29 bn``,
            :func:`dist`           scale of the larger end; the unit and scale written   ``56.1–131 M``,
                                   once; ``""`` when both ends print alike (no spread);  ``35.2–76.8``,
                                   a point beside it in its scale (``like``)             ``0.853 bn``
count       :func:`count`          whole, thousands separators, never scaled             ``1,475,240``
year        :func:`year`           plain integer, no separator                           ``2097``
end year    :func:`year_near`      a year at the end of a rounded span of years, rounded ``2130``
                                   to the same step (104 years -> "100", end year to 10)
share       :func:`pct`            whole per cent                                        ``86 %``
ratio       :func:`ratio`          two significant figures                               ``4.2x``, ``44x``, ``130x``
==========  =====================  ====================================================  ============================

Rounding is half away from zero on the exact binary value of the float, as JavaScript's
``toFixed`` and ``toPrecision`` round, so the page and the files print the same digits.
Zeros that rounding leaves at the end are significant and kept (19.95 million reads ``20.0 M``,
1.098 million ``1.10 million``); a value that is already that short drops them (``2`` km,
``1.5`` km, not ``2.00`` and ``1.50``). A missing or non-finite value reads ``missing`` (``"not estimated"`` unless given).

Locales
=======
Every function takes ``locale``: one of :data:`minebelt.i18n.LANGS`, or None (the default) for
the current language of :mod:`minebelt.i18n` (English unless an output set it). The locale
changes the symbols, never the rule: separators are CLDR's (via Babel: ``1,284.5`` in English,
``1\u00a0284,5`` in the six others, thousands always grouped), the scales are CLDR's short
compact forms (``125 mln``, ``125 млн``, ``125 milj.``, ``6,2 mld``; in sentences too: the
abbreviation needs no plural form), a currency code stands where CLDR puts it (``USD 13 bn``,
``13 mld USD``), and a share follows CLDR's percent sign (``86 %``, ``86%``, ``86\u00a0%``). In the
six, a no-break space joins a number to its scale and currency so a line never breaks
inside a figure. ``tests/unit/foundation/test_numbers_locale.py`` holds these tables equal to
Babel's CLDR data; ``web/static/js/format.js`` carries the same tables.

Grouping, one rule for every language and surface: four digits and up are grouped (``1 000
mieszkańców``, ``6 000 min/km²``), in tables and running text alike, not CLDR's Polish minimum
grouping of two (``1000`` but ``12 000``): a column mixes four- and five-digit figures that must
align; a figure then prints alike on every surface whatever formats it (these functions,
Babel's ``format_decimal``, ``format.js``); and Polish typography accepts the grouped form and
asks above all for one convention. Figures inside translations follow it (U+00A0), held by
``tests/unit/foundation/test_grouping.py``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

from . import i18n
from .numbers_dates import as_of, date, dated, day, month, period

NOT_ESTIMATED = i18n.N_("not estimated")

#: Scales, largest first: (power of ten, word in sentences, short form in tables).
SCALES = ((9, "billion", "bn"), (6, "million", "M"))
NBSP = "\u00a0"
#: Scale words per locale, largest first as :data:`SCALES` (CLDR short compact decimal forms).
SCALE_WORDS = {
    "en": SCALES,
    "uk": ((9, "млрд", "млрд"), (6, "млн", "млн")),
    "pl": ((9, "mld", "mld"), (6, "mln", "mln")),
    "fi": ((9, "mrd.", "mrd."), (6, "milj.", "milj.")),
    "et": ((9, "mld", "mld"), (6, "mln", "mln")),
    "lv": ((9, "mljrd.", "mljrd."), (6, "milj.", "milj.")),
    "lt": ((9, "mlrd.", "mlrd."), (6, "mln.", "mln.")),
}
#: Separators per locale: (thousands, decimal) (CLDR's, as Babel gives them).
SYMBOLS = {"en": (",", "."), **{k: (NBSP, ",") for k in ("uk", "pl", "fi", "et", "lv", "lt")}}
#: What stands between a share and its per cent sign (CLDR's percent pattern; English keeps
#: minebelt's ``86 %``).
PERCENT_SPACE = {"en": " ", "uk": "", "pl": "", "fi": NBSP, "et": "", "lv": "", "lt": NBSP}
#: The minus sign per locale (CLDR's: U+2212 in Finnish, Estonian and Lithuanian).
MINUS = {"en": "-", "uk": "-", "pl": "-", "fi": "\u2212", "et": "\u2212", "lv": "-", "lt": "\u2212"}
#: Significant figures of a detail below 100, and of a headline unless stated.
DETAIL_SIG = 3
HEADLINE_SIG = 3


def finite(x: Any) -> float | None:
    """``x`` as a float when it is a finite real number (not a bool), else None."""
    if isinstance(x, bool) or x is None:
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _loc(locale: str | None) -> str:
    """``locale``, or the current language when None; a ValueError for an unknown one."""
    code = i18n.current() if locale is None else locale
    if code not in SYMBOLS:
        raise ValueError(f"locale {code!r}: numbers are formatted for {', '.join(sorted(SYMBOLS))} only")
    return code


def _symbols(locale: str | None) -> tuple[str, str]:
    return SYMBOLS[_loc(locale)]


def _missing(missing: str | None) -> str:
    """The text of a missing value: ``missing``, or "not estimated" in the current language."""
    return i18n.gettext(NOT_ESTIMATED) if missing is None else missing


def not_estimated() -> str:
    """ "not estimated" in the current language (what a missing figure reads)."""
    return i18n.gettext(NOT_ESTIMATED)


def _exp(v: float) -> int:
    """Exponent of the leading digit of ``v`` (> 0), exact: 999.9999 -> 2, 1000 -> 3."""
    return Decimal(v).adjusted()


def _step(v: float, n: int | None) -> int:
    """Exponent of the rounding step of ``v`` (> 0): ``n`` significant figures, or (None) the
    detail rule: whole units from 100 up, three significant figures below."""
    e = _exp(v)
    if n is None:
        return 0 if e >= 2 else e - DETAIL_SIG + 1
    return e - n + 1


def _round(v: float, e: int) -> Decimal:
    """``v`` (>= 0) rounded to a multiple of ``10**e``, half away from zero, exactly."""
    d = Decimal(v)
    with localcontext() as ctx:  # the default 28 digits cannot hold a huge figure rounded to units
        ctx.prec = max(ctx.prec, d.adjusted() - e + 2)
        return d.quantize(Decimal(1).scaleb(e), rounding=ROUND_HALF_UP)


def _scale(a: float, allowed: bool) -> int:
    if allowed:
        for p, _, _ in SCALES:
            if a >= 10.0**p:
                return p
    return 0


def _rounded(v: float, n: int | None) -> tuple[Decimal, int]:
    """``v`` (>= 0) rounded by the rule, and the step's exponent: taken again from the
    rounded value when rounding carries into the next power of ten (99.96 -> ``100``, not
    ``100.0``; 9.996 to 3 figures -> ``10.0``)."""
    if v == 0:
        return Decimal(0), 0
    e = _step(v, n)
    r = _round(v, e)
    if r and r.adjusted() > _exp(v):
        e = _step(float(r), n)
        r = _round(v, e)
    return r, e


def _plan(a: float, n: int | None, scaled: bool) -> int:
    """The scale power for a magnitude ``a`` >= 0, taken again when rounding carries the value
    into the next scale (999,999.9 -> 1 million)."""
    p = _scale(a, scaled)
    bigger = [q for q, _, _ in SCALES if q > p] if scaled else []
    if a and bigger and float(_rounded(a / 10.0**p, n)[0]) * 10.0**p >= 10.0 ** min(bigger):
        p = min(bigger)
    return p


def _digits(r: Decimal, e: int, v: float, locale: str | None) -> str:
    """A rounded magnitude ``r`` of ``v`` as text, with separators. Trailing zeros that
    rounding produced are significant and kept (19.95 -> ``20.0``); a value already at that
    precision drops them (2.0 -> ``2``, 1.5 -> ``1.5``, float noise such as 2.0000000001 too)."""
    group, dec = _symbols(locale)
    s = f"{r:,.{max(0, -e)}f}"
    if "." in s and abs(float(r) - v) <= 1e-9 * abs(v):
        s = s.rstrip("0").rstrip(".")
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", group)


def _one(x: float, p: int, n: int | None, locale: str | None, whole: bool = False) -> str:
    """``x`` in scale ``10**p`` by the rule (``n`` figures or the detail rule; ``whole``: to units)."""
    v = abs(x) / 10.0**p
    r, e = (_round(v, 0), 0) if whole else _rounded(v, n)
    text = _digits(r, e, v, locale)
    return f"{MINUS[_loc(locale)]}{text}" if x < 0 and r != 0 else text


def sign(x: float, *, locale: str | None = None) -> str:
    """The sign a signed change is printed with: the locale's plus or minus (``+``, ``\u2212``),
    ``""`` for zero."""
    return "+" if x > 0 else MINUS[_loc(locale)] if x < 0 else ""


def _decorate(core: str, p: int, words: bool, unit: str, currency: str, locale: str | None = None) -> str:
    loc = _loc(locale)
    space = " " if loc == "en" else NBSP
    word = next((w if words else s for q, w, s in SCALE_WORDS[loc] if q == p), "")
    out = f"{core}{space}{word}" if word else core
    if currency:
        out = f"{currency} {out}" if loc == "en" else f"{out}{space}{currency}"
    return f"{out} {unit}" if unit else out


def _format(
    x: Any,
    n: int | None,
    words: bool,
    scale: bool,
    unit: str,
    currency: str,
    missing: str | None,
    locale: str | None,
    like: Any = None,
) -> str:
    v = finite(x)
    if v is None:
        return _missing(missing)
    # a point beside a range ([lo, hi], or its larger end) takes the range's scale when larger
    ends = [finite(e) for e in (like if isinstance(like, (list, tuple)) else [like])]
    p = max([_plan(abs(v), n, scale)] + [_plan(abs(e), n, scale) for e in ends if e is not None])
    return _decorate(_one(v, p, n, locale), p, words, unit, currency, locale)


def num(
    x: Any,
    *,
    words: bool = False,
    scale: bool = True,
    unit: str = "",
    currency: str = "",
    missing: str | None = None,
    locale: str | None = None,
    like: Any = None,
) -> str:
    """A detail figure: whole units from 100 up, three significant figures below, scaled from
    one million up: ``num(1284.3) == "1,284"``, ``num(2.3125) == "2.31"``,
    ``num(27_740_000) == "27.7 M"``, ``num(6.31e9, currency="USD") == "USD 6.31 bn"``,
    ``num(1.09e6, words=True) == "1.09 million"``. ``like``: a range the figure stands beside
    (``[lo, hi]``, or its larger end), whose scale it takes when larger (``num(853e6, like=1.93e9) == "0.853 bn"``,
    beside ``0.428–1.93 bn``)."""
    return _format(x, None, words, scale, unit, currency, missing, locale, like)


def sig(
    x: Any,
    n: int = HEADLINE_SIG,
    *,
    words: bool = False,
    scale: bool = True,
    unit: str = "",
    currency: str = "",
    missing: str | None = None,
    locale: str | None = None,
    like: Any = None,
) -> str:
    """A headline figure to ``n`` significant figures: ``sig(124.93e6, words=True) ==
    "125 million"``, ``sig(10410.8) == "10,400"``, ``sig(9689, 2) == "9,700"``; ``like`` as
    :func:`num`'s."""
    return _format(x, int(n), words, scale, unit, currency, missing, locale, like)


def span(
    lo: Any,
    hi: Any,
    n: int | None = None,
    *,
    words: bool = False,
    scale: bool = True,
    unit: str = "",
    currency: str = "",
    locale: str | None = None,
) -> str:
    """A range rounded once: both ends by the same rule (``n`` significant figures, or the
    detail rule when None) in the one scale of the larger end, unit and scale written once:
    ``span(6.24e9, 28.6e9, 2, currency="USD") == "USD 6.2–29 bn"``, never ``6.24 bn – 29 bn``.
    ``""`` when an end is missing or both print alike (no spread). Ends of opposite signs
    read ``a to b``."""
    a, b = finite(lo), finite(hi)
    if a is None or b is None:
        return ""
    p = _plan(max(abs(a), abs(b)), n, scale)
    x, y = (_one(v, p, n, locale) for v in (a, b))
    neg = MINUS[_loc(locale)]
    if x == y or (
        x.startswith(neg) == y.startswith(neg) and _rounded(abs(a) / 10.0**p, n)[0] == _rounded(abs(b) / 10.0**p, n)[0]
    ):
        return ""
    to = i18n.pgettext("range", "to")
    sep = f" {to} " if x.startswith(neg) or y.startswith(neg) else "\u2013"
    return _decorate(f"{x}{sep}{y}", p, words, unit, currency, locale)


def dist(d: Any, n: int | None = None, **kw: Any) -> str:
    """The 90 % interval (``p05``–``p95``) of a ``*_dist`` summary by :func:`span`, or ``""``."""
    if not isinstance(d, Mapping):
        return ""
    return span(d.get("p05"), d.get("p95"), n, **kw)


def count(x: Any, *, unit: str = "", missing: str | None = None, locale: str | None = None) -> str:
    """A whole count, never scaled: ``count(1475240) == "1,475,240"``."""
    v = finite(x)
    if v is None:
        return _missing(missing)
    text = _one(v, 0, None, locale, whole=True)
    return f"{text} {unit}" if unit else text


def year(x: Any, *, missing: str | None = None) -> str:
    """A calendar year, no separator: ``year(2097.0) == "2097"``."""
    v = finite(x)
    if v is None:
        return _missing(missing)
    r = _round(abs(v), 0)
    return f"-{r:f}" if v < 0 and r != 0 else f"{r:f}"


def year_near(x: Any, span: Any, n: int = 2, *, missing: str | None = None) -> str:
    """The calendar year ``x`` at the end of ``span`` years printed to ``n`` significant figures,
    rounded to the same step (never finer than a year), so that the two agree:
    ``year_near(2130.4, 104.4) == "2130"`` beside "100 years" (both to tens);
    ``year_near(2097.1, 71.1) == "2097"``. Without a span, :func:`year`."""
    v, s = finite(x), finite(span)
    if v is None:
        return _missing(missing)
    if s is None or s == 0:
        return year(v, missing=missing)
    e = max(_rounded(abs(s), n)[1], 0)
    r = _round(abs(v), e)
    return f"-{r:f}" if v < 0 and r != 0 else f"{r:f}"


def pct(x: Any, *, missing: str | None = None, locale: str | None = None, small: bool = False) -> str:
    """A share (0–1) as a whole per cent: ``pct(0.855) == "86 %"``; ``small``: a gap under 1 %
    to one significant figure (``pct(0.004, small=True) == "0.4 %"``), never "0 %"."""
    v = finite(x)
    if v is None:
        return _missing(missing)
    if small and 0 < abs(v) < 0.005:
        return f"{sig(100 * v, 1, scale=False, locale=locale)}{PERCENT_SPACE[_loc(locale)]}%"
    return f"{_one(100 * v, 0, None, locale, whole=True)}{PERCENT_SPACE[_loc(locale)]}%"


def per_cent(text: str, *, locale: str | None = None) -> str:
    """A figure already written (``"2,5–5,6"``) with the per cent sign as the locale sets it
    (:data:`PERCENT_SPACE`): pl ``"2,5–5,6%"``, fi ``"2,5–5,6\u00a0%"``, en ``"2.5–5.6 %"``."""
    return f"{text}{PERCENT_SPACE[_loc(locale)]}%"


def ratio(x: Any, *, missing: str | None = None, locale: str | None = None) -> str:
    """A ratio to two significant figures: ``ratio(4.214) == "4.2x"``, ``ratio(131.2) == "130x"``."""
    v = finite(x)
    return _missing(missing) if v is None else f"{sig(v, 2, scale=False, locale=locale)}x"


def decimals(x: Any, d: int) -> Any:
    """A value at a CSV column's precision: ``d`` decimals, half away from zero on the exact
    value (an int for ``d == 0``); anything not a finite number is returned unchanged."""
    v = finite(x)
    if v is None or isinstance(x, bool):
        return x
    r = float(_round(abs(v), -d))
    r = math.copysign(r, v) if r else 0.0
    return int(r) if d == 0 else r


__all__ = ["MINUS", "NOT_ESTIMATED", "SCALES", "SCALE_WORDS", "SYMBOLS", "as_of", "count", "date", "dated", "day", "decimals", "dist", "finite", "month", "period",
           "not_estimated", "num", "pct", "per_cent", "ratio", "sig", "sign", "span", "year", "year_near"]  # fmt: skip
