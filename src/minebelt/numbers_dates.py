"""Dates as a reader reads them: a calendar date in words, and an ISO date in running text in
the reader's language (CLDR's formats through Babel). :mod:`minebelt.numbers` gives them as
``numbers.date`` and ``numbers.day``.

Layer: foundation.
"""

from __future__ import annotations

import re
from typing import Any

from . import i18n
from .i18n import pgettext


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


#: The languages whose "as of" line writes its date in figures: Finnish "Tilanne 14.1.2026"
#: (a state on a day reads in figures; "Tilanne 14. tammikuuta 2026" does not).
_AS_OF_FIGURES = frozenset({"fi"})


def as_of(text: Any, *, locale: str | None = None) -> str:
    """The date of an "as of" line (ISO ``YYYY-MM-DD``) as the reader writes it there: in
    figures where the language wants them (:data:`_AS_OF_FIGURES`; CLDR's numeric date, Babel's
    ``yMd`` skeleton: fi ``14.1.2026``), else in words as :func:`day` writes it."""
    import datetime as dt

    s, loc = str(text or ""), _loc(locale)
    if loc not in _AS_OF_FIGURES or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return day(s, locale=loc)
    from babel.dates import format_skeleton

    try:
        return format_skeleton("yMd", dt.date.fromisoformat(s), locale=loc)
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


#: A month's name in the case a date after "before"/"after" asks for, in the reader's
#: language: CLDR gives the nominative and one format form (Polish and Ukrainian genitive,
#: Finnish partitive), not the Polish instrumental ("przed kwietniem") and locative ("po
#: kwietniu"), the Estonian partitive ("enne aprilli") or the Latvian genitive ("pirms aprīļa"),
#: so the catalogue gives every form (a context per case).
_BEFORE_MONTH = (
    lambda: pgettext("month after 'before'", "January"), lambda: pgettext("month after 'before'", "February"),
    lambda: pgettext("month after 'before'", "March"), lambda: pgettext("month after 'before'", "April"),
    lambda: pgettext("month after 'before'", "May"), lambda: pgettext("month after 'before'", "June"),
    lambda: pgettext("month after 'before'", "July"), lambda: pgettext("month after 'before'", "August"),
    lambda: pgettext("month after 'before'", "September"), lambda: pgettext("month after 'before'", "October"),
    lambda: pgettext("month after 'before'", "November"), lambda: pgettext("month after 'before'", "December"),
)  # fmt: skip
_AFTER_MONTH = (
    lambda: pgettext("month after 'after'", "January"), lambda: pgettext("month after 'after'", "February"),
    lambda: pgettext("month after 'after'", "March"), lambda: pgettext("month after 'after'", "April"),
    lambda: pgettext("month after 'after'", "May"), lambda: pgettext("month after 'after'", "June"),
    lambda: pgettext("month after 'after'", "July"), lambda: pgettext("month after 'after'", "August"),
    lambda: pgettext("month after 'after'", "September"), lambda: pgettext("month after 'after'", "October"),
    lambda: pgettext("month after 'after'", "November"), lambda: pgettext("month after 'after'", "December"),
)  # fmt: skip
_DAY_MONTH = (
    lambda: pgettext("month of a day after 'before' or 'after'", "January"),
    lambda: pgettext("month of a day after 'before' or 'after'", "February"),
    lambda: pgettext("month of a day after 'before' or 'after'", "March"),
    lambda: pgettext("month of a day after 'before' or 'after'", "April"),
    lambda: pgettext("month of a day after 'before' or 'after'", "May"),
    lambda: pgettext("month of a day after 'before' or 'after'", "June"),
    lambda: pgettext("month of a day after 'before' or 'after'", "July"),
    lambda: pgettext("month of a day after 'before' or 'after'", "August"),
    lambda: pgettext("month of a day after 'before' or 'after'", "September"),
    lambda: pgettext("month of a day after 'before' or 'after'", "October"),
    lambda: pgettext("month of a day after 'before' or 'after'", "November"),
    lambda: pgettext("month of a day after 'before' or 'after'", "December"),
)
_DATED = {
    ("before", "year"): lambda: pgettext("date after a qualifier", "before %(year)s"),
    ("after", "year"): lambda: pgettext("date after a qualifier", "after %(year)s"),
    ("before", "month"): lambda: pgettext("date after a qualifier", "before %(month)s %(year)s"),
    ("after", "month"): lambda: pgettext("date after a qualifier", "after %(month)s %(year)s"),
    ("before", "day"): lambda: pgettext("date after a qualifier", "before %(day)s %(month)s %(year)s"),
    ("after", "day"): lambda: pgettext("date after a qualifier", "after %(day)s %(month)s %(year)s"),
}


def dated(qualifier: str, text: Any, *, locale: str | None = None) -> str | None:
    """``before``/``after`` and a date (ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as one
    phrase in the reader's language, the month in the case the preposition asks for: "przed
    kwietniem 2026 r.", "enne 2026. aasta aprilli", "7. heinäkuuta 2025 jälkeen", "po 2025 m.
    liepos 7 d."; None for another qualifier or text, and in English (its text keeps ISO)."""
    import datetime as dt

    s, loc = str(text or "").strip(), _loc(locale)
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", s)
    if loc == "en" or qualifier not in ("before", "after") or m is None:
        return None
    try:
        dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None
    kind = "day" if m[3] else "month" if m[2] else "year"
    with i18n.language(loc):
        kw = {"year": m[1]}
        if m[2]:
            table = _DAY_MONTH if m[3] else _BEFORE_MONTH if qualifier == "before" else _AFTER_MONTH
            kw["month"] = table[int(m[2]) - 1]()
        if m[3]:
            kw["day"] = str(int(m[3]))
        return _DATED[(qualifier, kind)]() % kw


#: The periods of the barriers' records (``1953-today``, ``1980s-today``) that name more than
#: years: a decade is written differently in every language ("lata 80. XX w.", "1980-ті").
_PERIODS = {
    "1980s-today": lambda: pgettext("a barrier's years", "1980s\u2013present"),
}


def period(text: Any, *, locale: str | None = None) -> str:
    """A record's period (``1961-1985``, ``1953-today``, ``1980s-today``) as the reader writes
    it: years joined by an en dash ("1961–1985"), "today" as "the present" in the reader's
    words (an open period as the language writes it: "od 1953 do dziś"), a decade in the
    reader's words; anything else as written."""
    s, loc = str(text or "").strip(), _loc(locale)
    with i18n.language(loc):
        if s in _PERIODS:
            return _PERIODS[s]()
        m = re.fullmatch(r"(\d{4})-(\d{4}|today)", s)
        if m is None:
            return s
        if m[2] == "today":
            return pgettext("a barrier's years", "%(start)s\u2013present") % {"start": m[1]}
        return f"{m[1]}\u2013{m[2]}"


__all__ = ["as_of", "date", "dated", "day", "month", "period"]
