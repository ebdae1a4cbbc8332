"""Announced budgets beside the costed belt: ``cost.budgets`` of the estimate document.

Layer: pipeline (budgets from :mod:`minebelt.model.plans`, conversion by
:mod:`minebelt.model.currency`).

Each announced budget of a defending country (:data:`minebelt.model.plans.BUDGETS`) is converted
into the scenario's currency at the ECB reference rate of the day it was announced (not adjusted
for inflation) and set beside that country's costed parts: the share of the costed belt it would
pay for, and, where it buys the same kind of thing as a costed part (barriers beside the fence
part), the ratio to that part alone. A budget is a fact about a plan: the block shows it beside
the model, it never judges it. Its scope travels with it (what it pays for; which mines: the
belt's costed mines are anti-personnel).
"""

from __future__ import annotations

from typing import Any

from ...model import currency as fx
from ...model.plans import BUDGETS

#: The costed parts by the words a budget comparison uses.
PART_WORDS = {"mines_cost": "anti-personnel mines", "laying_cost": "laying", "fence_cost": "marking and fence"}


def budgets_block(cost: dict[str, Any], countries: list[str]) -> list[dict[str, Any]]:
    """The budgets of the defending ``countries`` beside the point values of ``cost`` (the cost
    block so far: ``currency``, ``by_country{c: mines_cost, laying_cost, fence_cost, total}``,
    ``fence_is_proxy``). Returns one entry per budget, in the order of
    :data:`~minebelt.model.plans.BUDGETS`; ``[]`` when no defending country has one on record."""
    cur = str(cost["currency"])
    words = dict(PART_WORDS, fence_cost="border-fence proxy" if cost.get("fence_is_proxy") else "marking and fence")
    out = []
    for b in BUDGETS:
        if b.country not in countries:
            continue
        conv = fx.conversion(b.currency, cur, b.announced)
        amount = b.amount * conv.factor
        row = (cost.get("by_country") or {}).get(b.country) or {}
        total = row.get("total")
        beside = [k for k in b.parts if row.get(k) is not None]
        part_cost = sum(float(row[k]) for k in beside) if beside else None
        if beside:
            note = f"set beside the {' and '.join(words[k] for k in beside)} part only, the nearest costed part to what it buys"
        elif b.mine_scope == "anti-tank":
            note = "no costed part of the belt buys the same thing: its mines are anti-tank, the belt's costed mines anti-personnel"
        else:
            note = "no costed part of the belt buys the same thing"
        out.append(
            {
                "key": b.key,
                "country": b.country,
                "programme": b.programme,
                "amount": b.amount,
                "currency": b.currency,
                "announced": b.announced,
                "period": b.period,
                "pays_for": b.pays_for,
                "mine_scope": b.mine_scope,
                "of_which": [{"what": w, "amount": a} for w, a in b.of_which],
                "converted": amount,
                "converted_currency": cur,
                "rate": conv.describe(),
                "costed_belt": total,
                "share_of_costed_belt": amount / total if total else None,
                "set_beside_parts": [words[k] for k in beside],
                "set_beside_cost": part_cost,
                "ratio_to_parts": amount / part_cost if part_cost else None,
                "scope_note": note,
                "certainty": b.certainty,
                "source": str(b.citation),
            }
        )
    return out
