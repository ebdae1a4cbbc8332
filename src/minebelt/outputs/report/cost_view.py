"""What the report says about the ``cost`` block.

Layer: outputs (report). Pure functions of the ``minebelt.estimate/1`` document returning plain
text; see :mod:`.block_text` for the shared wording.
"""

from __future__ import annotations

from typing import Any

#: Capacity scopes (``production.capacity[].scope``) in words.
from .block_text import _dict, _interval, _money, _rng, _sentence
from .fmt import NOT_ESTIMATED, fmt_km, fmt_money, fmt_pct, fmt_plain
from .views import _num, country_name

COST_PARTS = (("mines_cost", "Mines"), ("laying_cost", "Laying"), ("fence_cost", "Marking and fence"))


def cost_view(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The build cost in words, or None without the block.

    Reads ``cost.``: ``currency``, ``mines_cost``, ``laying_cost``, ``fence_cost``, ``total``
    (each with ``_dist``; null = not costed), ``complete``, ``not_costed``, ``total_scope``,
    ``fence_km``, ``fence_basis``, ``exchange_rate{per_EUR, date, source}``, ``caveat``,
    ``by_country{c: same money fields, fence_km}``, ``method``.

    Returns ``{currency, total, total_range, complete, not_costed [str], scope, parts [{name,
    value, range, share, note}], total_label, fence_km, fence_basis, exchange, exchange_source,
    caveat, notes [str], countries [...], text, card_label, card_note, caveats, method}``.
    """
    c = doc.get("cost")
    if not isinstance(c, dict):
        return None
    cur = str(c.get("currency") or "")
    money = _money(cur)
    total = _num(c.get("total"))
    not_costed = [str(x) for x in c.get("not_costed") or []] if isinstance(c.get("not_costed"), list) else []
    if not not_costed:
        not_costed = [n.lower() for k, n in COST_PARTS if k in c and c.get(k) is None]
    complete = bool(c.get("complete", not not_costed)) and not not_costed
    fence_km = _num(c.get("fence_km"))
    parts = []
    for key, name in COST_PARTS:
        v = _num(c.get(key))
        note = ""
        if key == "fence_cost" and v is not None and fence_km is not None:
            note = f"{fmt_km(fence_km)} km of land front"
        if v is None:
            note = "no rate"
        share = fmt_pct(v / total) if v is not None and total and complete else ""
        parts.append({"name": name, "value": fmt_money(v, cur), "range": _rng(c.get(f"{key}_dist"), money), "share": share, "note": note, "costed": v is not None})
    costed = [p for p in parts if p["costed"]]
    scope = str(c.get("total_scope") or " + ".join(p["name"].lower() for p in costed))
    rate = _dict(c.get("exchange_rate"))
    per = _dict(rate.get("per_EUR")).get(cur)
    exchange = f"Figures sourced in euros are converted at the ECB euro reference rate of {rate.get('date')}: 1 EUR = {fmt_plain(per)} {cur}." if rate and per is not None and cur != "EUR" else ""
    if rate and not exchange:
        exchange = f"Converted at the ECB euro reference rates of {rate.get('date')}."

    def bits() -> str:
        return " and ".join(f"{p['name'].lower()} {p['value']}" + (f" along {p['note']}" if p["note"] else "") for p in costed)

    if total is None:
        text = "The build cost is not estimated."
    elif complete:
        text = f"Building it would cost {fmt_money(total, cur)}{_interval(c.get('total_dist'), money)}: " + ", ".join(
            f"{p['name'].lower()} {p['value']}" + (f" along {p['note']}" if p["note"] else "") for p in parts
        ) + "."
    else:
        missing = ", ".join(not_costed)
        text = (
            f"The costed parts come to {fmt_money(total, cur)}{_interval(c.get('total_dist'), money)}: {bits()}. "
            f"{_sentence(missing)} {'is' if len(not_costed) == 1 else 'are'} not estimated (no public rate), so building would cost more."
        )
    caveats = []
    if not complete and total is not None:
        caveats.append(f"{_sentence(', '.join(not_costed))} {'is' if len(not_costed) == 1 else 'are'} not costed (no public rate): the build cost is the costed parts only, and no clearance-to-build ratio is given.")
    countries = []
    for code, r in _dict(c.get("by_country")).items():
        if isinstance(r, dict):
            countries.append(
                {
                    "name": country_name(doc, code),
                    "parts": [fmt_money(r.get(k), cur) if r.get(k) is not None else NOT_ESTIMATED for k, _ in COST_PARTS],
                    "fence_km": fmt_km(r.get("fence_km")) if r.get("fence_km") is not None else "",
                    "total": fmt_money(r.get("total"), cur),
                    "total_range": _rng(r.get("total_dist"), money),
                }
            )
    return {
        "currency": cur,
        "total": fmt_money(total, cur),
        "total_range": _rng(c.get("total_dist"), money),
        "complete": complete,
        "not_costed": not_costed,
        "scope": scope,
        "parts": parts,
        "total_label": "Total" if complete else "Total, costed parts only",
        "fence_km": fmt_km(fence_km) if fence_km is not None else "",
        "fence_basis": str(c.get("fence_basis") or ""),
        "exchange": exchange,
        "exchange_source": str(rate.get("source") or ""),
        "caveat": str(c.get("caveat") or ""),
        "notes": [
            x
            for x in (
                exchange,
                f"Marking and fence are charged per km of land front ({fmt_km(fence_km)} km): stretches along rivers and lakes that carry no belt are not fenced." if fence_km is not None else "",
                str(c.get("caveat") or ""),
            )
            if x
        ],
        "countries": countries,
        "laying_costed": _num(c.get("laying_cost")) is not None,
        "text": text,
        "card_label": "to build: " + (" + ".join(p["name"].lower() for p in costed) if costed else "not estimated"),
        "card_note": f"{', '.join(not_costed)} not estimated: building costs more" if not complete and total is not None else "",
        "caveats": caveats,
        "method": str(c.get("method") or ""),
    }


# ============================================================================= clearance
