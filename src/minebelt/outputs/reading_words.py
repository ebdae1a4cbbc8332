"""What a reading of words that state no figure is of (its ``as``), in the reader's words.

Layer: outputs (the fact-check's words in the reader's language, :mod:`.claim_words`).
"""

from __future__ import annotations

import re

from ..i18n import current
from ..i18n import gettext as _
from .cited import cite
from .claim_notes import translated
from .claim_values import value

#: Readings minebelt drafts itself (:mod:`minebelt.factcheck.extract.readings`), in the reader's words.
_WITHDRAWAL_BY_THEN = re.compile(r"(.+)'s withdrawal in effect (by then|by the beginning of \d{4})")
_BY_BEGINNING = re.compile(r"by the beginning of (\d{4})")
_TIME_TO_MAKE = re.compile(r"the time to make the article's ([\d.]+) million mines")


def reading_subject(said: str) -> str:
    """What a reading is of (its ``as``) in the reader's words: minebelt's own readings
    translated ("Estonia's withdrawal in effect by then" -> "Estonia: withdrawal in effect by
    then", the country in CLDR's name; a bundled claims file's reading from the catalogue), a
    user's claims file's own words as written, marked as quoted
    (:func:`minebelt.outputs.cited.cite`)."""
    from ..data.iso import country_names
    from .report.local_names import country

    if current() == "en":
        return said
    if m := _WITHDRAWAL_BY_THEN.fullmatch(said):
        code = next((k for k, v in country_names().items() if v == m[1]), None)
        if code is not None and m[2] == "by then":
            return _("%(country)s: withdrawal in effect by then") % {"country": country(code)}
        if code is not None:  # "Ukraina: wystąpienie skuteczne do początku 2026 r."
            return _("%(country)s: withdrawal in effect %(when)s") % {
                "country": country(code),
                "when": reading_subject(m[2]),
            }
    if m := _BY_BEGINNING.fullmatch(said):
        return _("by the beginning of %(year)s") % {"year": m[1]}
    if m := _TIME_TO_MAKE.fullmatch(said):
        return _("the time to make the article's %(mines)s") % {"mines": value(float(m[1]) * 1e6, "mines")}
    if said == "a few: 2 to 5, minebelt's usual reading":
        return _("a few: 2 to 5, minebelt's usual reading")
    if (own := translated(said)) is not None:  # a bundled claims file's reading: minebelt's words
        return own
    return cite(said) if said else ""


__all__ = ["reading_subject"]
