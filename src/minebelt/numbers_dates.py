"""Dates as a reader reads them: a calendar date in words, and an ISO date in running text in
the reader's language (CLDR's formats through Babel). :mod:`minebelt.numbers` gives them as
``numbers.date`` and ``numbers.day``.

Layer: foundation.
"""

from __future__ import annotations

import re
from typing import Any

from . import i18n


def _loc(locale: str | None) -> str:
    """``locale``, or the current language when None; a ValueError for an unknown one."""
    code = i18n.current() if locale is None else locale
    if code not in i18n.LANGS:
        raise ValueError(f"locale {code!r}: dates are formatted for {', '.join(sorted(i18n.LANGS))} only")
    return code


def date(d: Any, *, locale: str | None = None) -> str:
    """A calendar date in words, CLDR's long format through Babel: ``1 March 1999``,
    ``1 marca 1999``, ``1 березня 1999 р.``; ``d`` a :class:`datetime.date` or ISO text."""
    import datetime as dt

    day = dt.date.fromisoformat(d) if isinstance(d, str) else d
    loc = _loc(locale)
    if loc == "en":  # CLDR's English month names, "d MMMM y" written out (the same text as Babel's, tested)
        return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
    from babel.dates import format_date

    return format_date(day, format="long", locale=loc)


#: CLDR's English month names (format context, wide): English dates need no locale data.
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")  # fmt: skip


def day(text: Any, *, locale: str | None = None) -> str:
    """A date in running text for a reader of another language: ISO ``YYYY-MM-DD`` in CLDR's
    long format, as :func:`date` writes it (``19 lutego 2026``, ``19. helmikuuta 2026``,
    ``2026 m. vasario 19 d.``), so a text never mixes two ways of writing a day; English, and
    anything not an ISO date, as written (the documents and their English text keep ISO)."""
    import datetime as dt

    s, loc = str(text or ""), _loc(locale)
    if loc == "en" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return s
    try:
        return date(dt.date.fromisoformat(s), locale=loc)
    except ValueError:
        return s


def month(text: Any, *, locale: str | None = None) -> str:
    """A month ``YYYY-MM`` standing alone (a citation's date in brackets) in words, CLDR's
    ``yMMMM`` skeleton through Babel (``styczeń 2026``, ``tammikuu 2026``): the nominative, so
    only where a nominative is right, never after a preposition ("przed" takes another case);
    a full ISO date as :func:`day` writes it; English, and anything else, as written."""
    import datetime as dt

    from babel.dates import format_skeleton

    s, loc = str(text or ""), _loc(locale)
    if loc == "en" or not re.fullmatch(r"\d{4}-\d{2}", s):
        return day(s, locale=loc)
    try:
        # CLDR's Latvian pattern ends "gada" with a full stop before the month: "2025. gada. jūnijs"
        return format_skeleton("yMMMM", dt.date.fromisoformat(s + "-01"), locale=loc).replace("gada. ", "gada ")
    except ValueError:
        return s


__all__ = ["date", "day", "month"]
