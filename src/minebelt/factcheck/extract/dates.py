"""Dates in a sentence: "In June 2025", "in 1997", "18.05.2005", "in June" (the year from the
text before), as ISO 8601 text ("2025-06", "1997", "2005-05-18").

Layer: outputs (fact-check: claim extraction). A year range ("In 2022–2023") and a day without
a year ("October 7th") are not dates a claim can be checked on and are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from babel.dates import get_month_names

#: English month names, January first (CLDR via Babel): the article language the extractor reads.
MONTHS: tuple[str, ...] = tuple(get_month_names("wide", locale="en").values())
_M = "|".join(MONTHS)
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
_MONTH_YEAR = re.compile(rf"\b({_M})\s+((?:19|20)\d\d)\b")
_CUE_YEAR = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Aa]s of|[Bb]efore|[Aa]fter|[Dd]uring|[Ff]rom)\s+((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)"
)
_MONTH_ONLY = re.compile(rf"\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil)\s+(?:early\s+|late\s+|mid-)?({_M})\b(?!\s+\d)")
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class DateMention:
    """A date of a sentence: ``stated`` as ISO text, where it stands, and its words."""

    stated: str
    start: int
    end: int
    surface: str


def dates(sentence: str, year_before: int | None = None) -> list[DateMention]:
    """The dates of ``sentence`` (the original text, not the masked one), in order;
    ``year_before`` is the last year the article named before it (for "in June")."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(stated: str, m: re.Match[str]) -> None:
        if any(a < m.end() and m.start() < b for a, b in taken):
            return
        taken.append((m.start(), m.end()))
        out.append(DateMention(stated, m.start(), m.end(), m.group(0)))

    for m in _DOTTED.finditer(sentence):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if 1 <= day <= 31 and 1 <= month <= 12:
            add(f"{year}-{month:02d}-{day:02d}", m)
    for m in _MONTH_YEAR.finditer(sentence):
        add(f"{m.group(2)}-{MONTHS.index(m.group(1)) + 1:02d}", m)
    for m in _CUE_YEAR.finditer(sentence):
        add(m.group(1), m)
    if year_before is not None:
        for m in _MONTH_ONLY.finditer(sentence):
            add(f"{year_before}-{MONTHS.index(m.group(1)) + 1:02d}", m)
    out.sort(key=lambda d: d.start)
    return out


def last_year(text: str) -> int | None:
    """The last year (1900-2099) written in ``text``, or None."""
    years = _ANY_YEAR.findall(text)
    return int(years[-1]) if years else None


__all__ = ["MONTHS", "DateMention", "dates", "last_year"]
