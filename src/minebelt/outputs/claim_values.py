"""A fact-check row's stated and computed values in the reader's numbers and words: the units
after a number, a stated figure's qualifier, the reader's quotation marks.

Layer: outputs (the fact-check's words in the reader's language, :mod:`.claim_words`).
"""

from __future__ import annotations

import re
from typing import Any

from .. import numbers as N
from ..i18n import current, npprinted, pgettext
from ..i18n import gettext as _
from .claim_units import DEGREES, FLAGS, joined, named_number, stated_bound

#: Units of the claims files after a number, as a reader of the six languages reads them (as
#: written otherwise): each a function of the number as printed, a count's noun in the form
#: CLDR's plural rules give it ("3–4 kraje", "5 krajów", "35,7 roku"; :func:`minebelt.i18n.nprinted`).
UNITS = {
    "km": lambda n: pgettext("after a number", "km"), "km²": lambda n: pgettext("after a number", "km²"),
    "mines/km²": lambda n: pgettext("after a number", "mines/km²"),
    "mines per shell": lambda n: pgettext("after a number", "mines per shell"),
    "mines": lambda n: npprinted("after a number", "mine", "mines", n, pgettext("fraction", "mines")),
    "miles": lambda n: npprinted("after a number", "mile", "miles", n, pgettext("fraction", "miles")),
    "countries": lambda n: npprinted("after a number", "country", "countries", n, pgettext("fraction", "countries")),
    "years": lambda n: npprinted("after a number", "year", "years", n, pgettext("fraction", "years")),
    "hours": lambda n: npprinted("after a number", "hour", "hours", n, pgettext("fraction", "hours")),
    "months": lambda n: npprinted("after a number", "month", "months", n, pgettext("fraction", "months")),
    "shells": lambda n: npprinted("after a number", "shell", "shells", n, pgettext("fraction", "shells")),
    "grams": lambda n: npprinted("after a number", "gram", "grams", n, pgettext("fraction", "grams")),
    "minefields": lambda n: npprinted("after a number", "minefield", "minefields", n, pgettext("fraction", "minefields")),
    "times": lambda n: npprinted("after a number", "time", "times", n, pgettext("fraction", "times")),
    "times the next longest": lambda n: pgettext("after a number", "times the next longest"),
    "times the DMZ's mines per km of front": lambda n: pgettext("after a number", "times the DMZ's mines per km of front"),
    "NATO members not party": lambda n: npprinted("after a number", "NATO member not party", "NATO members not party", n, pgettext("fraction", "NATO members not party")),
    "EU members not party": lambda n: npprinted("after a number", "EU member not party", "EU members not party", n, pgettext("fraction", "EU members not party")),
    **DEGREES,
}  # fmt: skip
#: Ratios whose words go around the number ("у 3,77 раза довший за наступний найдовший"): each
#: a function of the number as printed.
RATIOS = {
    "times the next longest": lambda n: pgettext("a ratio", "%(n)s times the next longest") % {"n": n},
}
#: A stated figure's qualifier (``qualifier``) before it.
QUALIFIERS = {
    "over": lambda: pgettext("claim qualifier", "over"), "under": lambda: pgettext("claim qualifier", "under"),
    "at-least": lambda: pgettext("claim qualifier", "at least"), "up-to": lambda: pgettext("claim qualifier", "up to"),
    "before": lambda: pgettext("claim qualifier", "before"), "after": lambda: pgettext("claim qualifier", "after"),
}  # fmt: skip
#: The quotation marks of each language, CLDR's ``delimiters`` (quotationStart, quotationEnd;
#: unicode-cldr/cldr-misc-full ``main/<lang>/delimiters.json``, CLDR 32.0.1, read 2026-12-07):
#: Babel 2.x does not carry them. Latvian as its typesetting and minebelt's catalogue quote
#: („…”), not CLDR's English-style “…”: one style a language, wherever quotes are written.
QUOTES = {
    "en": ("\u201c", "\u201d"), "pl": ("\u201e", "\u201d"), "uk": ("\u00ab", "\u00bb"), "fi": ("\u201d", "\u201d"),
    "et": ("\u201e", "\u201c"), "lt": ("\u201e", "\u201c"), "lv": ("\u201e", "\u201d"),
}  # fmt: skip


def quoted(text: str) -> str:
    """``text`` in the reader's quotation marks: „…” in Polish, «…» in Ukrainian, ”…” in Finnish."""
    start, end = QUOTES.get(current(), QUOTES["en"])
    return f"{start}{text}{end}"


def value(x: Any, unit: str, like: Any = None) -> str:
    """One stated or computed value in the reader's numbers and words (in the scale of ``like``, a range beside it)."""
    unit = str(unit or "").strip()
    if isinstance(x, str):  # a day as the reader's header writes it (19 lutego 2026); other text as written
        return N.day(x) if unit in ("date", "year") else x
    if (name := named_number(unit)) is not None:  # a law's number is its name
        return name
    if isinstance(x, (list, tuple)) and len(x) == 2:  # "3–4 kraje", "4–5 mln min": scale and unit once
        return _span(x, unit) or f"{value(x[0], unit)}\u2013{value(x[1], unit)}"
    v = N.finite(x)
    if v is None:
        return N.not_estimated()
    if unit == "share":
        return N.pct(v)
    if unit in ("year", "date"):
        return str(int(v)) if float(v).is_integer() else str(v)
    if len(unit) == 3 and unit.isupper():
        return N.sig(v, 3, currency=unit, like=like)
    if unit.endswith("(1 = yes)"):  # the answer as a statement ("not party"), else "question: yes"
        answer = _("yes") if v == 1 else _("no")
        stem = unit.removesuffix("(1 = yes)").strip()
        if stem in FLAGS:
            return FLAGS[stem][0 if v == 1 else 1]()
        subject = stem if current() == "en" else quoted(stem)
        return _("%(subject)s: %(answer)s") % {"subject": subject, "answer": answer} if stem else answer
    printed = N.num(v, words=True, like=like)
    if unit in RATIOS:
        return RATIOS[unit](printed)
    return joined(printed, UNITS[unit](printed) if unit in UNITS else unit)


def bounded(qualifier: Any, x: Any, unit: str, shown: str | None = None) -> str:
    """A stated or read value after its qualifier's words ("over 114 km²"); a date after
    "before"/"after" as one phrase with the month in the case it asks for ("przed kwietniem
    2026 r.", :func:`minebelt.numbers.dated`); ``shown`` the value as already printed."""
    if (phrase := N.dated(str(qualifier or ""), x)) is not None and str(unit or "").strip() in ("date", "year"):
        return phrase
    q = QUALIFIERS.get(str(qualifier or ""))
    text = value(x, unit) if shown is None else shown
    return f"{q()} {text}" if q else text


def stated_words(c: dict[str, Any]) -> str:
    """A fact-check row's stated figure in the reader's words, after its qualifier, as the
    terminal and the report's cell both give it: a ratio stated as "over 1" as the comparison
    ("dłuższa niż kolejna najdłuższa"), a month alone in its long form, a date after
    "before"/"after" in the case it asks for, a stated judgement (a string) in quotation marks.
    """
    unit = str(c.get("unit") or "").strip()
    x = c.get("stated")
    dated = unit in ("date", "year") and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", str(x))
    if dated and re.fullmatch(r"\d{4}-\d{2}", str(x)) and c.get("qualifier") not in ("before", "after"):
        return N.month(str(x))
    text = value(x, unit) if dated or not isinstance(x, str) else quoted(x)
    return stated_bound(c, text, QUALIFIERS.get(str(c.get("qualifier") or "")))


def _span(x: Any, unit: str) -> str:
    """A range of a quantity rounded once, scale and unit once (:func:`minebelt.numbers.span`), else ""."""
    a, b = N.finite(x[0]), N.finite(x[1])
    if a is None or b is None or unit in ("year", "date", "share") or unit.endswith("(1 = yes)"):
        return ""
    if len(unit) == 3 and unit.isupper():
        return N.span(a, b, 3, currency=unit)
    both, words = N.span(a, b, words=True), UNITS[unit](N.num(b, words=True)) if unit in UNITS else unit
    return joined(both, words) if both else value(a, unit)  # ends printed alike: one figure


__all__ = ["QUALIFIERS", "QUOTES", "RATIOS", "UNITS", "bounded", "quoted", "stated_words", "value"]
