"""The notes the article drafter writes itself (``minebelt factcheck --article``), in the reader's
language.

Layer: outputs (the fact-check's words in the reader's language, :mod:`.claim_notes`). The
drafter (:mod:`minebelt.factcheck.extract`) words a drafted claim's note once, in English, in the
claims file and the ``minebelt.factcheck/2`` document (a contract). Each note it writes has a
fixed form, read back here and worded again by key; the article's own words in it (a figure as
the article wrote it, a sentence it quotes) stay as written, marked as quoted
(:func:`minebelt.outputs.cited.cite`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import numbers as N
from ..i18n import gettext as _
from .cited import cite
from .claim_sentences import figure
from .claim_values import UNITS, value

#: A factor of the article's arithmetic (``1,000 km²``, ``2 km``, ``12 000 mines/km²``).
_TIMES = re.compile(r" x ")
_LAST = re.compile(r"(.+?) \(the (density|depth) it last stated: \u201c(.+)\u201d\)", re.S)


def _factor(text: str) -> str:
    """One factor in the reader's numbers; the article's own words (``1,000-kilometer``) quoted."""
    text = text.replace("\u00a0", " ")
    if m := re.fullmatch(r"(\d[\d,]*)\u2013(\d[\d,]*) (\S+)", text):  # a range the article gives: "200–300 km"
        if (unit := m[3]) in UNITS:
            return value((float(m[1].replace(",", "")), float(m[2].replace(",", ""))), unit)
    shown = figure(re.sub(r"(?<=\d) (?=\d{3}\b)", "", text))  # the drafter's "12 000"
    return shown if shown is not None else cite(text)


def _arithmetic(m: re.Match[str]) -> str:
    """``By the article's own arithmetic: 400 km x 2 km x 12 000 mines/km² (the density it last
    stated: "...").`` in the reader's words."""
    formula, last = m[1], None
    if (said := _LAST.fullmatch(formula)) is not None:
        formula, last = said[1], said
    shown = " \u00d7 ".join(_factor(x) for x in _TIMES.split(formula))
    if last is None:
        return _("By the article's own arithmetic: %(formula)s.") % {"formula": shown}
    kw = {"formula": shown, "quote": cite(last[3])}
    if last[2] == "density":
        return _("By the article's own arithmetic: %(formula)s (the density it last stated: %(quote)s).") % kw
    return _("By the article's own arithmetic: %(formula)s (the depth it last stated: %(quote)s).") % kw


def _before(m: re.Match[str]) -> str:
    shown = figure(m[2]) or m[2]
    return _("By the article's own figures: %(new)s over the %(before)s it gave before.") % {
        "new": cite(m[1]),
        "before": shown,
    }


#: The drafter's notes (:mod:`minebelt.factcheck.extract`): each English pattern and its words.
NOTES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"Read as: how many of the countries named are members of (\S+); the decision in the same "
                r"sentence is judged on its own, in the claim on their decision\."),
     lambda m: _("Read as: how many of the countries named are members of %(group)s; the decision in the same "
                 "sentence is judged on its own, in the claim on their decision.") % {"group": m[1]}),
    (re.compile(r"Read as: how many of the (\d+) have decided on a line along those borders that includes mines "
                r"\(the low end\) or any line \(the high end\), from minebelt's list of decided lines and their "
                r"stated plans \(minebelt's reading, not the article's words\); each decided on its own, not together\."),
     lambda m: _("Read as: how many of the %(n)s have decided on a line along those borders that includes mines "
                 "(the low end) or any line (the high end), from minebelt's list of decided lines and their "
                 "stated plans (minebelt's reading, not the article's words); each decided on its own, not "
                 "together.") % {"n": N.count(int(m[1]))}),
    (re.compile(re.escape("Measured land borders (bundled OpenStreetMap data), rivers and lakes included.")),
     lambda m: _("Measured land borders (bundled OpenStreetMap data), rivers and lakes included.")),
    (re.compile(re.escape("Measured land borders, rivers and lakes included, in miles.")),
     lambda m: _("Measured land borders, rivers and lakes included, in miles.")),
    (re.compile(re.escape("The article's own choice (a length, area, depth or density its model assumes), not a "
                          "figure it derives or a fact to measure.")),
     lambda m: _("The article's own choice (a length, area, depth or density its model assumes), not a figure "
                 "it derives or a fact to measure.")),
    (re.compile(re.escape("No bundled dated fact for this event.")),
     lambda m: _("No bundled dated fact for this event.")),
    (re.compile(re.escape("No bundled sourced figure, measured border or figure of the article's own arithmetic "
                          "to recompute it from.")),
     lambda m: _("No bundled sourced figure, measured border or figure of the article's own arithmetic to "
                 "recompute it from") + "."),
    (re.compile(r"By the article's own arithmetic: ((?!the area )[^\u201c]+?(?: \(the (?:density|depth) it last stated: "
                r"\u201c[^\u201d]*\u201d\))?)\.(?=\s|$)"), _arithmetic),
    (re.compile(r"By the article's own figures: (.+?) over the (.+?) it gave before\.(?=\s|$)"), _before),
)  # fmt: skip


def own_notes(text: str) -> tuple[list[str], str]:
    """The drafter's notes that open ``text``, in the reader's words, and the rest as written."""
    out: list[str] = []
    rest = text.strip()
    found = True
    while found and rest:
        found = False
        for pattern, words in NOTES:
            m = pattern.match(rest)
            if m is not None:
                out.append(words(m))
                rest, found = rest[m.end() :].strip(), True
                break
    return out, rest


__all__ = ["NOTES", "own_notes"]
