"""Wording of a ``plan`` claim (verdict ``stated``): what the plan implies first, the figure set
beside it with its statistic and interval, the ratio only when both measure the same things,
the price years of a costed figure, and the rule that no model refutes a plan once, last.

Layer: outputs (fact-check).
"""

from __future__ import annotations

from typing import Any

from .context import date_gap

#: The one line every plan's explanation ends with (the brief: a stated plan is a fact about an
#: intention; our model shows what it implies and cannot refute it).
NOT_REFUTED = "A stated plan, target, budget or forecast cannot be refuted by our model: it is recorded as stated."

#: What a scenario figure set beside a plan is: the model run once at its inputs' medians (the
#: product of the median depth and density with the measured front, not the median of the
#: sampled outputs, which is why the two may differ slightly).
AT_MEDIANS = "at its inputs' medians"


#: Words that would judge a plan or a forecast ("as forecast", "not after"): never in a plan's row.
JUDGING_WORDS = ("as forecast", "as stated", "not after", "not before", "holds", "does not hold", "came true", "wrong")


def date_beside(stated: str, computed: str) -> str:
    """``the forecast's date (2026-04) is 4 months later``: where the date a forecast names lies
    from the sourced date set beside it (in months, or in years for a stated year), in words
    that judge nothing: a forecast is recorded as stated, and its outcome is a date, not a
    verdict."""
    year = len(stated) == 4
    gap = date_gap(computed[:4] if year else computed, stated)
    return f"the forecast's date ({stated}) is {gap or ('the same year' if year else 'the same month')}"


def ratio_span(stated_lo: float, stated_hi: float, spread: tuple[float, float] | None) -> str:
    """``0.096 to 0.23 times across the model's 90 % range``: the stated figure (a range's low
    end against the model's high end, its high end against the low end) over the model's
    90 % range; "" without a range."""
    if spread is None or not spread[0] or not spread[1]:
        return ""

    def shown(r: float) -> str:
        return f"{float(f'{r:.2g}'):g}" if r < 10 else f"{r:,.0f}"

    lo, hi = stated_lo / max(spread), stated_hi / min(spread)
    return f"{shown(lo)} to {shown(hi)} times across the model's 90 % range"


def scope_differs(claim: dict[str, Any]) -> str:
    """The claim's ``scope_differs`` (why its figure and the model's measure different things), or ""."""
    return str(claim.get("scope_differs") or "").strip()


def price_words(docs: list[dict[str, Any]], fields: list[str]) -> str:
    """``Costed in USD: mines at 2026 prices, border-fence proxy at 2022 prices; ...``: the
    price years of the estimates a money figure reads (``fields`` under ``cost``), "" when it
    reads none."""
    if not any(f.startswith("cost") for f in fields):
        return ""
    said = []
    for d in docs:
        cost = d.get("cost") or {}
        basis = str(cost.get("price_basis") or "").strip()
        if basis:
            said.append(f"{cost.get('currency', 'USD')}: {basis}")
    return f"Costed in {'; '.join(dict.fromkeys(said))}." if said else ""


def plan_explanation(
    stated_text: str,
    computed_text: str | None,
    beside: str,
    relation: str,
    implies: str,
    note: str,
    reason: str = "",
    scope: str = "",
    prices: str = "",
    read: str = "",
) -> str:
    """The explanation of a ``plan`` claim: what it implies, the figure beside it (with the
    ratio, or why none is given when the scopes differ), the price years, the claim's note,
    then :data:`NOT_REFUTED` once; ``read``, minebelt's reading of a forecast's own words, right
    after them."""
    out = [f"Stated: {stated_text}."] + ([read] if read else [])
    if implies:
        out.append(f"What it implies: {implies}")
    if computed_text:
        out.append(f"Beside it, {beside}: {computed_text}" + (f"; {relation}." if relation else "."))
    elif reason:
        out.append(f"Nothing to set beside it: {reason.rstrip('.')}.")
    if scope and computed_text:
        out.append(f"No ratio is given: the scopes differ ({scope.rstrip('.')}).")
    if prices:
        out.append(prices)
    if note:
        out.append(note)
    out.append(NOT_REFUTED)
    return " ".join(out)
