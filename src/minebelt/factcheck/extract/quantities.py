"""The quantities of one sentence, in the units of the domain, with their qualifier.

Layer: outputs (fact-check: claim extraction).

Numbers, number words ("two thousand", "a million", "six months"), ranges ("200–300 km",
"from 4 to 48 hours") and the units it knows (km, miles, km², years, months, hours, %, €, $)
are read by **quantulum3** (offline, without its optional scikit-learn classifier: its
rule-based path disambiguates units from the bundled word lists and never downloads). What
quantulum3 has no unit for is read from the words right after the number: "mines", "mines per
square kilometre", "mines per km of front", "countries", "minefields", "shells"; money from a
currency code or sign before or after it ("PLN 10 bn", "EUR 1.1 billion", "€800 million").

"A few years" (months, decades) is read as 2 to 5 of them, a reading the reviewer can change.

Before parsing, a few spellings quantulum3 misreads are rewritten: "4–5 million" (read as a
range from 4 to 5 million, not 25.5 million), "10 bn"/"10 bln" (billion, not barns), "€1.8m"
(million, not metres).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import cache
from typing import Any

from .dates import MONTHS

#: Words before a figure and the claim qualifier they give (minebelt.factcheck.verdict.QUALIFIERS).
QUALIFIER_WORDS = (
    (re.compile(r"\b(?:more than|over|exceeding|in excess of|above|upwards of|greater than)\s*$", re.I), "over"),
    (re.compile(r"\b(?:less than|under|below|fewer than)\s*$", re.I), "under"),
    (re.compile(r"\b(?:up to|as many as|at most|no more than|a maximum of)\s*$", re.I), "up-to"),
    (re.compile(r"\b(?:at least|no fewer than|no less than|a minimum of)\s*$", re.I), "at-least"),
    (re.compile(r"\b(?:exactly|precisely)\s*$", re.I), "exact"),
)
#: Words a number names a document or a part of one after ("Article 5", "Law No. 2566-IV",
#: "Resolution 2231"): the number is its name, never a quantity, whatever word follows it.
NAME_BEFORE = re.compile(
    r"\b(?:Article|Art\.|Articles|Law|Laws|Resolution|Decree|Regulation|Directive|Protocol|Chapter|Section|Paragraph|"
    r"Annex|Rule|Order|Act|Bill|Decision)\s*(?:No\.?\s*|Nos?\.?\s*|number\s+)?$|\bNo\.\s*$",
    re.I,
)
#: Why such a number is not drafted.
NAME_REASON = "a number that is a name (an article, a law, a resolution), not a quantity"
_SCALE = r"(?:thousand|million|billion|trillion)"
_CURRENCY_CODES = {
    "EUR": "EUR",
    "USD": "USD",
    "PLN": "PLN",
    "GBP": "GBP",
    "KRW": "KRW",
    "SEK": "SEK",
    "NOK": "NOK",
    "UAH": "UAH",
    "CHF": "CHF",
}
_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "₩": "KRW", "zł": "PLN", "₴": "UAH"}
_CURRENCY_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "zloty": "PLN",
    "złoty": "PLN",
    "zlotys": "PLN",
    "złotys": "PLN",
    "hryvnia": "UAH",
    "won": "KRW",
    "pounds": "GBP",
}
_AFTER_UNITS = (
    (
        re.compile(
            r"^\s*(?:anti-personnel\s+|antipersonnel\s+|AP\s+|anti-tank\s+|land)?mines?\s+(?:per|/|a)\s*(?:square\s+kilomet(?:er|re)s?|km\s*²|km2|sq\.?\s*km)\b",
            re.I,
        ),
        "mines/km²",
    ),
    (re.compile(r"^\s*(?:mines?\s*)?/\s*km\s*(?:²|2)", re.I), "mines/km²"),
    (re.compile(r"^\s*(?:anti-personnel\s+|AP\s+)?mines?\s+(?:per|/|a)\s*(?:kilomet(?:er|re)|km)\b", re.I), "mines/km"),
    (
        re.compile(
            r"^\s*(?:[\w-]+\s+){0,2}?(?:anti-personnel\s+|antipersonnel\s+|AP\s+|anti-tank\s+|anti-vehicle\s+|land)?mines\b",
            re.I,
        ),
        "mines",
    ),
    (
        re.compile(r"^\s*(?:[A-Z]{2,5}\s+|EU\s+member\s+)?(?:countries|states|nations|member states|members|allies)\b"),
        "countries",
    ),
    (re.compile(r"^\s*(?:[\w-]+\s+){0,2}?minefields\b", re.I), "minefields"),
    (re.compile(r"^\s*(?:[\w()-]+\s+){0,5}?(?:shells|rounds|munitions|projectiles)\b", re.I), "shells"),
    (re.compile(r"^\s*(?:deminers|demining teams|teams)\b", re.I), "deminers"),
    (re.compile(r"^\s*(?:people|inhabitants|residents|civilians)\b", re.I), "people"),
    (
        re.compile(r"^\s*(?:[\w-]+\s+){0,2}?(?:casualties|victims|people\s+(?:killed|injured|maimed))\b", re.I),
        "casualties",
    ),
    (re.compile(r"^\s*(?:[\w-]+\s+){0,1}?(?:bunkers|pillboxes|fortifications)\b", re.I), "bunkers"),
    (re.compile(r"^\s*times\b", re.I), "times"),
)
_YEAR_CUE = re.compile(
    r"(?:\b(?:in|since|by|until|till|from|of|as of|before|after|early|late|mid|during|between|through|to|and)\s+|-)$",
    re.I,
)
_MONTHS = "|".join(MONTHS)


@dataclass(frozen=True)
class Quantity:
    """One figure of a sentence: ``value`` (or ``low``/``high`` for a range), its domain
    ``unit`` (``km``, ``km²``, ``mines``, ``mines/km²``, ``money``, ``years``, ...; ``currency``
    for money), the ``qualifier`` and where it stands in the (rewritten) sentence."""

    value: float
    unit: str
    surface: str
    start: int
    end: int
    qualifier: str = "about"
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    role: str = ""  # "depth" | "width" | "" (a length, an area, a count)
    before: str = ""  # the words just before the figure (up to 40 characters)

    @property
    def stated(self) -> Any:
        return [self.low, self.high] if self.low is not None and self.high is not None else self.value


@cache
def _parser() -> Any:
    """quantulum3's parser, without its classifier (see the module docstring)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": not used, on purpose
        from quantulum3 import classifier, parser

    classifier.USE_CLF = False  # the rule-based path even when scikit-learn happens to be installed
    return parser


def rewrite(text: str) -> str:
    """Spellings quantulum3 misreads, rewritten (the module docstring lists them)."""
    text = re.sub(rf"(\d[\d,.]*)\s*(?:[–—-]|\bto\b|\band\b)\s*(\d[\d,.]*)\s+({_SCALE})\b", r"\1 \3 to \2 \3", text)
    text = re.sub(r"(\d)\s?(?:bn|bln)\b", r"\1 billion", text)
    text = re.sub(r"(\d)\s?(?:mln|mn)\b", r"\1 million", text)
    text = re.sub(r"([€$£]\s?\d[\d.,]*)\s?m\b", r"\1 million", text)
    return text


def _qualifier(before: str) -> str:
    for pat, q in QUALIFIER_WORDS:
        if pat.search(before):
            return q
    return "about"


def _currency(before: str, after: str) -> str | None:
    m = re.search(r"(?:\b([A-Z]{3})|([€$£₩₴]|zł))\s*$", before)
    if m:
        return _CURRENCY_CODES.get(m.group(1) or "") or _CURRENCY_SIGNS.get(m.group(2) or "")
    m = re.match(r"^\s*(?:([A-Z]{3})\b|(zł)|([a-złA-Z]+))", after)
    if m:
        return (
            _CURRENCY_CODES.get(m.group(1) or "")
            or _CURRENCY_SIGNS.get(m.group(2) or "")
            or _CURRENCY_WORDS.get((m.group(3) or "").lower())
        )
    return None


_UNITS = {"kilometre": "km", "mile": "miles", "square kilometre": "km²", "square metre": "m²", "hectare": "ha", "metre": "m",
          "year": "years", "month": "months", "day": "days", "hour": "hours", "week": "weeks", "decade": "decades", "gram": "grams",
          "kilogram": "kg", "percentage": "share"}  # fmt: skip


def _role(before: str, after: str) -> str:
    if re.match(r"^\s*(?:deep|in depth)\b", after, re.I) or re.search(
        r"\b(?:depth|deep)\s+(?:of\s+)?(?:about\s+|some\s+)?$", before, re.I
    ):
        return "depth"
    if re.match(r"^\s*wide\b", after, re.I) or re.search(r"\bwidth\s+of\s+$", before, re.I):
        return "width"
    return ""


def _domain_unit(q: Any, before: str, after: str, context: str) -> tuple[str | None, str | None]:
    """(unit, currency) of a quantulum3 quantity in the domain, or (None, None) to drop it."""
    name = q.unit.name
    entity = q.unit.entity.name
    if entity == "currency":
        code = getattr(q.unit, "currency_code", None) or _currency(before, after)
        return "money", code
    if name in _UNITS:
        return _UNITS[name], None
    if name not in ("dimensionless", "unk") and entity != "unknown":
        return None, None  # a unit of no use here (speed, mass flow, ...)
    cur = _currency(before, after)
    if cur and (re.search(rf"\b{_SCALE}\b", q.surface) or re.search(r"(?:[A-Z]{3}|[€$£₩₴]|zł)\s*$", before)):
        return "money", cur
    for pat, unit in _AFTER_UNITS:
        if pat.match(after):
            return unit, None
    if re.match(r"^\s*(?:per\s*cent|percent|%)", after, re.I):
        return "share", None
    if q.value >= 10_000 and re.search(r"\bmin(?:e|ing)", context, re.I):
        return "mines", None  # "would double this figure to 24 million", "the need drops to 4–5 million"
    return None, None


#: Dates and times that are not figures of a claim (a page's time stamp, "07 Jul", "2022–2023"):
#: read with the figures they go with, never listed as skipped.
DATE_OR_TIME = re.compile(
    rf"\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b|[+-]\d{{4}}\b|\b\d{{1,2}}\s+(?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    rf"|\b(?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{{1,2}}\b|\b(?:1[89]|20|21)\d\d\s*[–—-]\s*(?:(?:1[89]|20|21)\d\d|\d\d)\b"
)
#: A figure worth listing when skipped: digits or a number word ("a", "third" are not).
_LISTED = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred|thousand|million|billion)\b",
    re.I,
)


def worth_listing(text: str, start: int, end: int, surface: str) -> bool:
    """Whether a figure left out at ``text[start:end]`` is listed as skipped: not a date or a
    time, and written with digits or a number word."""
    if not _LISTED.search(surface):
        return False
    return not any(m.start() < end and start < m.end() for m in DATE_OR_TIME.finditer(text))


#: Why a figure with a unit minebelt does not read is skipped (named placeholder: translatable).
OTHER_UNIT = "a unit outside minebelt's scope ({unit})"


def _dropped(q: Any, surface: str, after: str) -> tuple[str, str]:
    """A figure left out and why, in the reader's words."""
    word = re.match(r"^\s*([^\W\d][\w-]*)", after)
    shown = (
        f"{surface.strip()} {word.group(1)}" if word and q.unit.name in ("dimensionless", "unk") else surface.strip()
    )
    if q.unit.name in ("dimensionless", "unk"):
        return shown, "no unit minebelt reads after the number (mines, km, km², years, money, casualties, ...)"
    return shown, OTHER_UNIT.format(unit=q.unit.name)


def quantities(sentence: str, context: str = "", dropped: list[tuple[str, str]] | None = None) -> list[Quantity]:
    """The domain quantities of one (masked) sentence, in order. Calendar years and dates are
    left to :mod:`.dates`; a bare number with no unit of the domain is left out, except a
    large one in a sentence (or ``context``, the sentences before) about mines: a number of
    mines ("Poland – about 3.6 million for 600 km²"). Each figure left out (not a year or an
    ordinal) is appended to ``dropped``, when given, as ``(figure as written, reason)``."""
    text = rewrite(sentence)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = _parser().parse(text)
    out: list[Quantity] = []
    for q in parsed:
        start, end = q.span
        before, after = text[max(0, start - 40) : start], text[end : end + 80]
        surface = q.surface
        if q.unit.name in ("dimensionless", "unk") and re.fullmatch(r"(?:1[89]|20|21)\d\d", surface.strip()):
            continue  # a calendar year (.dates reads it)
        if re.match(r"^(?:st|nd|rd|th)\b", after):
            continue  # an ordinal ("38th parallel": .dates)
        if NAME_BEFORE.search(before) or re.match(r"^-[IVXLC]+\b|^/\d", after):
            if dropped is not None:
                dropped.append((surface.strip(), NAME_REASON))
            continue  # "Article 5 mines", "Law No. 2566-IV": a number that names, not a quantity
        unit, currency = _domain_unit(q, before, after, f"{context} {text}")
        if unit is None:
            if dropped is not None and worth_listing(text, start, end, surface):
                dropped.append(_dropped(q, surface, after))
            continue
        value = float(q.value)
        low = high = None
        if q.uncertainty:
            low, high = value - float(q.uncertainty), value + float(q.uncertainty)
        if unit == "share":
            value, low, high = value / 100, (None if low is None else low / 100), (None if high is None else high / 100)
        qual = "about" if low is not None else _qualifier(before)
        out.append(Quantity(value, unit, surface, start, end, qual, low, high, currency, _role(before, after), before))
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)\s+parallel\b", text):
        out.append(Quantity(float(m.group(1)), "degrees north", m.group(0), m.start(), m.end(), "about"))
    for m in re.finditer(r"\ba few\s+(years|months|decades)\b", text, re.I):
        unit = _UNITS.get(m.group(1).lower().rstrip("s"), m.group(1).lower())
        out.append(Quantity(3.5, unit, m.group(0), m.start(), m.end(), "about", 2.0, 5.0))  # "a few": read as 2 to 5
    for m in re.finditer(r"\b(double|triple|halve|halved)\b", text, re.I):
        factor = {"double": 2.0, "triple": 3.0}.get(m.group(1).lower(), 0.5)
        out.append(Quantity(factor, "times", m.group(0), m.start(), m.end(), "about"))
    out.sort(key=lambda x: x.start)
    return out


__all__ = ["DATE_OR_TIME", "QUALIFIER_WORDS", "worth_listing", "Quantity", "quantities", "rewrite"]
