"""Verdict words for prose: the fact-checker's codes (``does-not-hold``) as a reader says them.

Layer: outputs. One order and one set of words for the terminal, the report and the PDF (the web
page keeps the same list in ``web/static/js/views.js``): worst first, and "checked" only for the
claims minebelt recomputed (``stated`` and ``not-checked`` claims were not).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from .. import numbers as N
from ..i18n import ngettext, pgettext
from .claim_words import by_words

#: Verdicts in the order a reader wants them, with their words for ``n`` claims (in the current language).
VERDICT_WORDS: dict[str, Callable[[int], str]] = {
    "does-not-hold": lambda n: ngettext("does not hold", "do not hold", n),
    "error": lambda n: ngettext("error", "errors", n),
    "imprecise": lambda n: ngettext("imprecise", "imprecise", n),
    "unverifiable": lambda n: ngettext("unverifiable", "unverifiable", n),
    "holds": lambda n: ngettext("holds", "hold", n),
    "stated": lambda n: ngettext("stated", "stated", n),
    "not-checked": lambda n: ngettext("not checked", "not checked", n),
    "out-of-scope": lambda n: ngettext("out of scope", "out of scope", n),
}
#: Verdicts as a heading or a label before a count in parentheses ("Unverifiable (5):"): the
#: nominative plural, not the form a number governs ("5 nieweryfikowalnych").
VERDICT_HEADINGS: dict[str, Callable[[], str]] = {
    "does-not-hold": lambda: pgettext("verdict heading", "do not hold"),
    "error": lambda: pgettext("verdict heading", "errors"),
    "imprecise": lambda: pgettext("verdict heading", "imprecise"),
    "unverifiable": lambda: pgettext("verdict heading", "unverifiable"),
    "holds": lambda: pgettext("verdict heading", "hold"),
    "stated": lambda: pgettext("verdict heading", "stated"),
    "not-checked": lambda: pgettext("verdict heading", "not checked"),
    "out-of-scope": lambda: pgettext("verdict heading", "out of scope"),
}
#: Verdicts of claims minebelt did not recompute: a stated plan or forecast, or a quantity it does not model.
NOT_RECOMPUTED = frozenset({"stated", "not-checked", "out-of-scope"})


def verdict_words(verdict: str, n: int) -> str:
    """The words of ``verdict`` for ``n`` claims (an unknown code with its hyphens as spaces)."""
    words = VERDICT_WORDS.get(verdict)
    return words(n) if words else verdict.replace("-", " ")


def verdict_heading(verdict: str) -> str:
    """The words of ``verdict`` as a label before a count ("unverifiable" in "Unverifiable (5):")."""
    words = VERDICT_HEADINGS.get(verdict)
    return words() if words else verdict.replace("-", " ")


def verdict_counts(verdicts: Iterable[str]) -> list[tuple[str, int]]:
    """``[(verdict, count)]``, worst first (does not hold, error, imprecise, ...), unknown codes last."""
    counts = Counter(verdicts)
    order = list(VERDICT_WORDS)
    return sorted(counts.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))


def _listed(counts: list[tuple[str, int]]) -> str:
    return ", ".join(f"{N.num(n, scale=False)} {verdict_words(v, n)}" for v, n in counts)


def _holds_part(kind: str, by: str, n: int) -> str:
    """One group of the claims that hold ("27 facts hold", "18 hold by the article's own
    arithmetic"), a message per kind in the reader's language; whose model (``by``) is the
    claims file's own words, shown as written unless it is the article's own arithmetic."""
    kw = {"n": N.num(n, scale=False), "by": by_words(by), "kind": kind}
    if kind == "fact":
        return ngettext("%(n)s fact holds", "%(n)s facts hold", n) % kw
    if by == "the article's own arithmetic":
        return (
            ngettext("%(n)s holds by the article's own arithmetic", "%(n)s hold by the article's own arithmetic", n)
            % kw
        )
    if by:
        return ngettext("%(n)s holds by %(by)s", "%(n)s hold by %(by)s", n) % kw
    return ngettext("%(n)s %(kind)s claim holds", "%(n)s %(kind)s claims hold", n) % kw


def holds_by_kind(claims: Iterable[dict]) -> str:
    """One sentence splitting the claims that hold by kind and whose model, e.g. "Of the 46
    that hold: 27 facts hold; 18 hold by the article's own arithmetic." ("" when none holds),
    in the reader's language: a fact that holds and a figure that holds by a model's own
    arithmetic are not the same news."""
    groups: Counter[tuple[str, str]] = Counter()
    for c in claims:
        if c.get("verdict") == "holds":
            kind = str(c.get("kind") or "fact")
            groups[(kind, str(c.get("by") or "") if kind == "model" else "")] += 1
    total = sum(groups.values())
    if not total:
        return ""
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][0] != "fact", -kv[1], kv[0][1]))
    parts = "; ".join(_holds_part(kind, by, n) for (kind, by), n in ordered)
    return ngettext("Of the %(n)s that holds: %(parts)s.", "Of the %(n)s that hold: %(parts)s.", total) % {
        "n": N.num(total, scale=False),
        "parts": parts,
    }


def verdict_summary(verdicts: Iterable[str]) -> str:
    """One sentence of the verdicts, e.g. "74 claims: 60 checked (4 do not hold, 46 hold);
    14 not recomputed (7 stated, 7 not checked)." ("" for no claim)."""
    counts = verdict_counts(verdicts)
    total = sum(n for _, n in counts)
    if not total:
        return ""
    checked = [(v, n) for v, n in counts if v not in NOT_RECOMPUTED]
    other = [(v, n) for v, n in counts if v in NOT_RECOMPUTED]
    parts = []
    if checked:
        n = sum(k for _, k in checked)
        parts.append(
            ngettext("%(n)s checked (%(verdicts)s)", "%(n)s checked (%(verdicts)s)", n)
            % {"n": N.num(n, scale=False), "verdicts": _listed(checked)}
        )
    if other:
        n = sum(k for _, k in other)
        parts.append(
            ngettext("%(n)s not recomputed (%(verdicts)s)", "%(n)s not recomputed (%(verdicts)s)", n)
            % {"n": N.num(n, scale=False), "verdicts": _listed(other)}
        )
    return ngettext("%(n)s claim: %(parts)s.", "%(n)s claims: %(parts)s.", total) % {
        "n": N.num(total, scale=False),
        "parts": "; ".join(parts),
    }
