"""The report's fact-check cells in the reader's language: the stated and computed figures and
the explanation's lead, worded by :mod:`minebelt.outputs.claim_words` and
:mod:`minebelt.outputs.local_plans` as the terminal words them.

Layer: outputs. English keeps the checker's own ``stated_text``, ``computed_text`` and
``explanation`` (the ``minebelt.factcheck/2`` contract); another language rewords the figures
from the row's fields (``stated``, ``computed``, ``computed_range``, ``qualifier``, ``unit``) and
the sentences minebelt generates (a plan's too) from its explanation, and shows the rest (the
claims file's English note) as written, marked English.
"""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape

from ... import i18n
from .. import cite_remarks
from .. import claim_words as CW
from .. import local_plans as LP
from ..cited import pieces
from ..claim_values import bounded, stated_words
from .fmt import AS_WRITTEN


def stated(c: dict[str, Any]) -> str:
    """``ponad 500 pól minowych``: the stated figure, its qualifier before it; a judgement in
    words (a string) as written."""
    r = c.get("reading")
    if (
        i18n.current() != "en"
        and isinstance(c.get("stated"), str)
        and isinstance(r, dict)
        and c.get("verdict") == "stated"
    ):
        # a forecast's own words are in the quote: the cell gives minebelt's reading of them, in the reader's words
        return bounded(r.get("qualifier"), r.get("value"), str(c.get("unit") or ""))
    if i18n.current() == "en" or c.get("stated") is None:
        return str(c.get("stated_text") or "")
    if isinstance(c.get("stated"), str) and c.get("unit") not in ("date", "year"):
        return str(c.get("stated_text") or "")  # the claim's own words, as written
    return stated_words(c)  # the terminal's words for it (a ratio over 1 as the comparison it states)


def stated_as_written(c: dict[str, Any]) -> bool:
    """Whether :func:`stated` shows the claims file's own words for the stated value as written
    (``"lack natural barriers"``, ``"ADAM M692/M731"``: English words a reader of another
    language is told are English), not a figure, a date or minebelt's reading in the reader's
    words."""
    text = str(c.get("stated_text") or "")
    return (
        i18n.current() != "en"
        and isinstance(c.get("stated"), str)
        and text == c["stated"]
        and stated(c) == text
        and re.search(r"[A-Za-z]{2,}", text) is not None
    )


def stated_html(c: dict[str, Any]) -> Markup:
    """:func:`stated` for the page: the claims file's words as written marked English
    (:func:`as_written`), as the claim's quotation beside it is."""
    return as_written(stated(c)) if stated_as_written(c) else escape(stated(c))


def computed(c: dict[str, Any]) -> str:
    """``3–4 kraje`` or ``85,4 mln min (90%: 56,0–130 mln min)``: the computed figure and the
    model's 90 % range; the checker's own dash when nothing is computed. A plan whose figure and
    the one beside it differ in scope (``scope_differs``) sets none beside it."""
    if c.get("verdict") == "stated" and c.get("scope_differs"):
        return i18n.gettext("no figure set beside it: the scopes differ")
    if i18n.current() == "en" or c.get("computed") is None:
        return str(c.get("computed_text") or "")
    unit = str(c.get("unit") or "")
    rng = c.get("computed_range")
    text = CW.value(CW.computed_figure(c), unit, rng)
    if isinstance(rng, (list, tuple)) and len(rng) == 2 and not isinstance(c.get("computed"), (list, tuple)):
        text += " (" + i18n.gettext("90 %%: %(range)s") % {"range": CW.value(tuple(rng), unit)} + ")"
    return text


def why(c: dict[str, Any]) -> tuple[str, str]:
    """``(lead, note)``: the verdict's sentence and what else minebelt generates (a plan's
    sentences, exchange rates, state media), in the reader's words as the terminal words them,
    the claims file's words they quote marked as quoted (:func:`minebelt.outputs.cited.pieces`);
    and the claims file's note as written (English). In English ``("", explanation)``, the
    checker's text unchanged."""
    if i18n.current() == "en":
        return "", str(c.get("explanation") or "")
    generated, note, closing = LP.explanation_parts(c, marked=True)
    return " ".join(x for x in (CW.lead(c, marked=True), *generated, closing) if x), note


def why_html(lead: str) -> Markup:
    """``lead`` (:func:`why`) for the page, escaped: each quoted piece in ``<q>``, the claims
    file's words as written, marked as an English citation (:func:`as_written`; the page sets
    ``q``'s marks to the reader's)."""
    return Markup("").join(
        as_written(Markup("<q>%s</q>") % text) if is_quoted else escape(text) for text, is_quoted in pieces(lead)
    )


def quote_css() -> str:
    """The page's rules giving ``q`` the reader's quotation marks (CLDR's, as the terminal's)
    and a citation shown as written in English (:func:`as_written`) a visible "EN" mark; none
    in English (its page quotes nothing in ``q`` and marks nothing)."""
    if i18n.current() == "en":
        return ""
    start, end = CW.QUOTES.get(i18n.current(), CW.QUOTES["en"])
    mark = ".as-written::before{content:'EN';font-size:.7em;vertical-align:super;margin-right:.2em;opacity:.7}"
    return f'\nq{{quotes:"{start}" "{end}"}}\n{mark}\n'


def as_written(html: Any) -> Markup:
    """A citation (``html``, escaped unless Markup) shown as written: for a reader of another
    language in ``<span lang="en" class="as-written" data-cite>`` (the page marks it "EN"); in
    English as it is. Every English citation on a translated page goes through here (the page's
    English guard fails on one it finds unmarked); empty ``html`` stays empty (no lone mark).
    minebelt's own remarks inside a citation record ("the Reuters page itself was not
    retrieved") follow it in the reader's words, unmarked (:mod:`minebelt.outputs.cite_remarks`)."""
    if i18n.current() == "en" or not str(html).strip():
        return html if isinstance(html, Markup) else escape(html)
    cited, found = cite_remarks.split(str(html if isinstance(html, Markup) else escape(html)))
    return Markup(AS_WRITTEN) % Markup(cited) + escape(cite_remarks.remarks(found))
