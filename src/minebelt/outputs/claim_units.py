"""The units of a fact-check row that are not plain quantities: the question a yes/no figure
answers, a number that is a name, and a border length at the precision of its sources.

Layer: outputs (the fact-check's words in the reader's language, :mod:`.claim_words`).
"""

from __future__ import annotations

import re
from typing import Any

from .. import numbers as N
from ..i18n import gettext as _
from ..i18n import pgettext

#: The questions of the yes/no units of the bundled claims files (``unit = "... (1 = yes)"``),
#: each with its answers as statements: "nie jest stroną", never "nie jest stroną: tak".
FLAGS = {
    "withdrawal in effect": (lambda: _("withdrawal in effect"), lambda: _("withdrawal not in effect")),
    "not party": (lambda: _("not party"), lambda: _("a party")),
    "Art. 1(1)(c) prohibits assisting": (
        lambda: _("Art. 1(1)(c) prohibits assisting"),
        lambda: _("Art. 1(1)(c) does not prohibit assisting"),
    ),
}

#: Units of a latitude or longitude after a number ("38° пн. ш.", "38° szer. płn."): words that
#: open with a degree sign follow the number without a space (:func:`joined`).
DEGREES = {
    "degrees north": lambda n: pgettext("after a number", "degrees north"),
    "degrees south": lambda n: pgettext("after a number", "degrees south"),
    "degrees east": lambda n: pgettext("after a number", "degrees east"),
    "degrees west": lambda n: pgettext("after a number", "degrees west"),
    "degrees": lambda n: pgettext("after a number", "degrees"),
}
#: A ratio stated as "over 1" is a comparison, not a figure ("more than the next longest"), as
#: the English row words it (``minebelt.factcheck.check``).
RATIO_BOUNDS = {
    "times the next longest": lambda: _("more than the next longest"),
    "times the DMZ's mines per km of front": lambda: _("more than the DMZ's mines per km of front"),
}


def joined(printed: str, words: str) -> str:
    """A number and its unit's words: a space between, none before a degree sign ("38°")."""
    return f"{printed}{words}" if words.startswith("\u00b0") else f"{printed} {words}".strip()


def stated_bound(c: dict[str, Any], stated: str, q: Any) -> str:
    """The stated figure after its qualifier's words ``q`` ("over 114 km²"); a ratio over 1 as
    the comparison it states ("more than the next longest", never "over 1 times ..."); a date
    after "before"/"after" as one phrase (:func:`minebelt.numbers.dated`)."""
    unit = str(c.get("unit") or "").strip()
    if unit in RATIO_BOUNDS and c.get("qualifier") in ("over", "at-least") and c.get("stated") == 1:
        return RATIO_BOUNDS[unit]()
    if unit in ("date", "year") and (phrase := N.dated(str(c.get("qualifier") or ""), c.get("stated"))):
        return phrase  # "przed kwietniem 2026 r.": the month in the case the preposition asks for
    return f"{q()} {stated}" if q else stated


def gap_pct(dev: float) -> str:
    """A relative gap (a share, sign dropped) as a per cent, under 1 % to one significant figure
    ("0.4 %", never "0 %")."""
    return N.pct(abs(dev), small=True)


def named_number(unit: str) -> str | None:
    """The name a number is, from its unit ("law number (No. 2566-IV)" -> "No. 2566-IV"; "№ 2566-IV",
    "nr 2566-IV" in the reader's words), or None for a unit of a quantity."""
    m = re.fullmatch(r"[\w ]*\bnumber \(No\. ([^()]+)\)", unit.strip())
    return pgettext("a law's number", "No. %(number)s") % {"number": m[1]} if m else None


def computed_figure(c: dict[str, Any]) -> Any:
    """A row's computed figure as its English text rounds it: a length measured on the bundled
    borders (``method`` names a ``border:`` ref) to three significant figures from 1,000 up, the
    precision of the official lengths beside it, unless that would print it like the stated
    figure it differs from (as ``minebelt.factcheck.context.measured_length``)."""
    x, unit = c.get("computed"), str(c.get("unit") or "").strip()
    if unit not in ("km", "miles") or "border:" not in str(c.get("method") or ""):
        return x
    if isinstance(x, bool) or not isinstance(x, (int, float)) or abs(x) < 1000:
        return x
    r = float(f"{x:.3g}")
    st = c.get("stated")
    return x if isinstance(st, (int, float)) and r == st and x != st else r


__all__ = ["DEGREES", "FLAGS", "RATIO_BOUNDS", "computed_figure", "gap_pct", "joined", "named_number", "stated_bound"]
