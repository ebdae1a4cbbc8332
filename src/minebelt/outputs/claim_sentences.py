"""The checker's sentences around a claim's note, in the reader's language: a verdict's reason
(:func:`minebelt.factcheck.verdict.judge`), a yes-or-no fact's sourced answer and the closing
``Measured:``/``For context:`` sentence of a claim's ``context`` table.

Layer: outputs (the fact-check's words in the reader's language, :mod:`.claim_words`). The
checker words them once, in English, in the ``minebelt.factcheck/2`` document (a contract);
each has a fixed form, read back here and worded again by key, every figure in the reader's
numbers. A context label is the claims file's words: a bundled file's translated (a catalogue
message), a user's marked as quoted (:func:`minebelt.outputs.cited.cite`), as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from .. import numbers as N
from ..data.claim_notes import CONTEXT, bundled_notes
from ..i18n import current, pgettext
from ..i18n import gettext as _
from .cited import cite
from .claim_values import UNITS, value

_SCALES = {"million": 1e6, "billion": 1e9}
_NUM = r"-?\d[\d,]*(?:\.\d+)?"
#: One figure as the checker prints it: ``1,330 km``, ``62.4 million mines``, ``60 %``, ``EUR 2.34 bn``.
_FIG = re.compile(
    rf"(?:(?P<cur>[A-Z]{{3}}) )?(?P<num>{_NUM})(?: (?P<scale>million|billion|bn|M))?(?: ?(?P<unit>%|[^\d\s;][^;]*))?"
)
#: A range as the verdict's reason prints it (``4.8–5 million``, ``113–118``).
_SPAN = re.compile(rf"(?P<a>{_NUM})(?: (?P<sa>million|billion))?\u2013(?P<b>{_NUM})(?: (?P<sb>million|billion))?")


def _number(text: str, scale: str | None) -> float:
    return float(text.replace(",", "")) * _SCALES.get(scale or "", 1.0)


def figure(text: str) -> str | None:
    """``1,330 km``, ``62.4 million mines``, ``60 %`` (a figure of the checker's English) in the
    reader's numbers and words; None when ``text`` is not one figure."""
    m = _FIG.fullmatch(text.strip())
    if m is None:
        return None
    scale = {"bn": "billion", "M": "million"}.get(m["scale"] or "", m["scale"])
    x, unit = _number(m["num"], scale), (m["unit"] or "").strip()
    if unit == "%":
        return N.pct(x / 100)
    if m["cur"]:
        return value(x, m["cur"]) if not unit else None
    if unit and unit not in UNITS:
        return None
    return value(x, unit)


def span(text: str) -> str:
    """``4.8–5 million`` (a range of the verdict's reason) in the reader's numbers; as written
    when it is not one."""
    m = _SPAN.fullmatch(text.strip())
    if m is None:
        return figure(text) or text
    scale = m["sb"] or m["sa"]
    return N.span(_number(m["a"], m["sa"] or scale), _number(m["b"], scale), words=True)


@cache
def _valued_labels() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The bundled labels that place their figure inside their words (``{value}``), each with
    the pattern that reads the figure back from the English the checker wrote."""
    out = []
    for text in bundled_notes():
        if "{value}" in text:
            before, _sep, after = text.partition("{value}")
            out.append((text, re.compile(re.escape(before) + r"(?P<fig>.+?)" + re.escape(after))))
    return tuple(out)


def valued(part: str) -> str | None:
    """``3.84 million mines a year to make them in 5 years`` (a bundled label with its figure
    inside its words, as the checker wrote it) in the reader's words: the translated label with
    the figure in the reader's numbers where the translation puts ``{value}``; None when
    ``part`` is no such label or the catalogue lacks it."""
    for text, pattern in _valued_labels():
        m = pattern.fullmatch(part.strip())
        if m is None or (shown := figure(m["fig"])) is None:
            continue
        local = pgettext(CONTEXT, text) if current() != "en" else text
        if local.count("{value}") == 1 and (local != text or current() == "en"):
            return local.replace("{value}", shown)
    return None


def _part(part: str) -> str:
    """``land segments only 2,990 km`` -> the label (the claims file's, quoted) and the figure
    in the reader's numbers; the whole part quoted when no figure ends it."""
    if (local := valued(part)) is not None:
        return local
    words = part.split(" ")
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if re.match(rf"(?:[A-Z]{{3}} )?{_NUM}", tail) and (shown := figure(tail)) is not None:
            return f"{label(' '.join(words[:i]))} {shown}"
    return cite(part)


def label(text: str) -> str:
    """A claims file's label: a bundled file's in the reader's words (a catalogue message), a
    user's as written, marked as quoted."""
    if current() != "en" and text in bundled_notes():
        local = pgettext(CONTEXT, text)
        if local and local != text:
            return local
    return cite(text)


def context_words(text: str) -> str | None:
    """A claim's closing ``Measured: ...`` or ``For context: ...`` sentence
    (:func:`minebelt.factcheck.context.context_sentence`) in the reader's words, or None when
    ``text`` is not one."""
    m = re.fullmatch(r"(Measured|For context): (.+)\.", text.strip(), re.S)
    if m is None:
        return None
    figures = "; ".join(_part(p) for p in m[2].split("; "))
    if m[1] == "Measured":
        return _("Measured: %(figures)s.") % {"figures": figures}
    return _("For context: %(figures)s.") % {"figures": figures}


def split_context(rest: str) -> tuple[str, str]:
    """``rest`` without its closing context sentence, and that sentence in the reader's words
    ("" without one)."""
    for lead in ("Measured: ", "For context: "):
        i = rest.rfind(lead)
        if i == 0 or (i > 0 and rest[i - 1] == " "):
            local = context_words(rest[i:])
            if local is not None:
                return rest[:i].strip(), local
    return rest, ""


#: A yes-or-no fact's verdict sentence (:func:`minebelt.factcheck.verdict.explain`): its subject
#: may hold full stops ("Art. 1(1)(c) prohibits assisting").
SOURCED = re.compile(r"Sourced: .+?(?:, as stated|; the claim says (\S+?))\.(?=\s|$)")


def sourced(c: dict[str, Any]) -> str:
    """A yes-or-no fact's verdict sentence in the reader's words; "" when the row's English
    explanation does not open with one."""
    m = SOURCED.match(str(c.get("explanation") or ""))
    if m is None:
        return ""
    unit = str(c.get("unit") or "")
    kw = {"computed": value(c.get("computed"), unit)}
    if m[1] is None:
        return _("Sourced: %(computed)s, as stated.") % kw
    kw["stated"] = _("yes") if m[1] == "yes" else _("no") if m[1] == "no" else m[1]
    return _("Sourced: %(computed)s; the claim says %(stated)s.") % kw


#: The checker's reasons after its verdict sentence that carry a figure, and their words.
REASONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], dict[str, Any]], str]], ...] = (
    (re.compile(rf"The computed range straddles ({_NUM}(?: million| billion)?)\."),
     lambda m, c: _("The computed range straddles %(figure)s.") % {"figure": span(m[1])}),
    (re.compile(r"The ranges overlap on (\S+(?: million| billion)?): not refuted, yet not the same range\."),
     lambda m, c: _("The ranges overlap on %(range)s: not refuted, yet not the same range.") % {"range": span(m[1])}),
    (re.compile(r"The stated range lies inside the computed (\S+(?: million| billion)?): it hides the spread\."),
     lambda m, c: _("The stated range lies inside the computed %(range)s: it hides the spread.") % {"range": span(m[1])}),
    (re.compile(r"The stated figure is one point of the computed range (\S+(?: million| billion)?)\."),
     lambda m, c: _("The stated figure is one point of the computed range %(range)s.") % {"range": span(m[1])}),
    (re.compile(r"The ranges do not overlap: the gap between them compared\."),
     lambda m, c: _("The ranges do not overlap: the gap between them compared.")),
)  # fmt: skip


__all__ = ["REASONS", "SOURCED", "context_words", "figure", "label", "sourced", "span", "split_context", "valued"]
