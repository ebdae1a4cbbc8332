"""The article's figures not drafted as claims (``minebelt factcheck --article``), in the reader's
language.

Layer: outputs. The drafter gives each figure it leaves out a reason in English (the ``skipped``
list of the document); a reader of another language gets each reason by key, the article's words
(a figure, a quote) as written, in the reader's quotation marks.
"""

from __future__ import annotations

import re
from typing import Any

from ..i18n import gettext as _
from ..i18n import nprinted
from ..numbers import count
from .claim_sentences import figure
from .claim_words import quoted

#: The drafter's fixed reasons (:mod:`minebelt.factcheck.extract`), in the reader's words.
REASONS = {
    "the sentence is not about mines, borders, barriers, clearance or the Convention": lambda: _(
        "the sentence is not about mines, borders, barriers, clearance or the Convention"
    ),
    'a figure said again ("these", "the same")': lambda: _('a figure said again ("these", "the same")'),
    "no unit minebelt reads after the number (mines, km, km², years, money, casualties, ...)": lambda: _(
        "no unit minebelt reads after the number (mines, km, km², years, money, casualties, ...)"
    ),
    "a claim in words, not a figure: not drafted; check it by hand": lambda: _(
        "a claim in words, not a figure: not drafted; check it by hand"
    ),
    "the same figure as another claim": lambda: _("the same figure as another claim"),
    "a number that is a name (an article, a law, a resolution), not a quantity": lambda: _(
        "a number that is a name (an article, a law, a resolution), not a quantity"
    ),
}


def reason_words(reason: str) -> str:
    """One drafter's reason in the reader's words (as written when it is none of the known ones)."""
    if reason in REASONS:
        return REASONS[reason]()
    if m := re.fullmatch("the same figure as \u201c(.+)\u201d", reason, re.S):
        return _("the same figure as %(words)s") % {"words": quoted(m[1])}
    if m := re.fullmatch(r"a unit outside minebelt's scope \((.+)\)", reason):
        return _("a unit outside minebelt's scope (%(unit)s)") % {"unit": m[1]}
    return reason


def _figure(text: str) -> str:
    """A number with a unit minebelt read (``5 countries``) in the reader's numbers and words;
    anything else (a bare number, words) as the article wrote it."""
    return (figure(text) if " " in text.strip() else None) or text


def skipped_lines(skipped: list[dict[str, Any]]) -> list[str]:
    """The heading (``3 figures of the article not drafted as claims:``, CLDR's plural of the
    count) and one ``skipped: FIGURE: REASON`` line each, a figure minebelt read (``5 countries``)
    in the reader's numbers and words."""
    if not skipped:
        return []
    n = count(len(skipped))
    head = nprinted(
        "%(count)s figure of the article not drafted as claims:",
        "%(count)s figures of the article not drafted as claims:",
        n,
    ) % {"count": n}
    rows = [
        "  "
        + _("skipped: %(figure)s: %(reason)s")
        % {"figure": _figure(str(x["figure"])), "reason": reason_words(str(x["reason"]))}
        for x in skipped
    ]
    return [head, *rows]


__all__ = ["REASONS", "reason_words", "skipped_lines"]
