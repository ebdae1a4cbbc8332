"""What the report says about the ``cost`` block.

Layer: outputs (report). Pure functions of the ``minebelt.estimate/1`` document returning plain
text; see :mod:`.block_text` for the shared wording.
"""

from __future__ import annotations

from typing import Any

from ...i18n import N_

#: Capacity scopes (``production.capacity[].scope``) in words.
from .block_text import _dict, _interval, _money, _rng, _sentence
from .fmt import NOT_ESTIMATED, fmt_km, fmt_money, fmt_pct, fmt_plain, fmt_sig
from .views import _num, country_name

COST_PARTS = (("mines_cost", N_("Mines")), ("laying_cost", N_("Laying")), ("fence_cost", N_("Marking and fence")))


def budgets(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``cost.budgets`` in words: ``[{country, programme, amount, converted, share, parts, pays_for,
    scope_note, source, text}]``: each announced budget beside the costed belt of its country."""
    c = doc["cost"] if isinstance(doc.get("cost"), dict) else {}
    out = []
    for b in c.get("budgets") or []:
        if not isinstance(b, dict):
            continue
        cur = str(b.get("converted_currency") or c.get("currency") or "")
        own = fmt_money(b.get("amount"), str(b.get("currency") or ""))
        conv = fmt_money(b.get("converted"), cur) if b.get("currency") != cur else own
        share = _num(b.get("share_of_costed_belt"))
        scale = NOT_ESTIMATED if share is None else (fmt_pct(share) if share < 1 else f"{fmt_sig(share, 2)} times")
        name = country_name(doc, b.get("country"))
        belt = f"{scale}{' of' if share is not None and share < 1 else ''} {name}'s costed belt ({fmt_money(b.get('costed_belt'), cur)})"
        ratio = _num(b.get("ratio_to_parts"))
        parts = (
            f"{fmt_pct(ratio) + ' of' if ratio < 1 else fmt_sig(ratio, 2) + ' times'} its {' and '.join(b.get('set_beside_parts') or [])} part alone"
            if ratio is not None
            else ""
        )
        of_which = "; ".join(
            f"of it {fmt_money(w.get('amount'), str(b.get('currency') or ''))} for {w.get('what')}"
            for w in b.get("of_which") or []
            if isinstance(w, dict)
        )
        when = f"announced {b.get('announced')}, {b.get('period')}"
        rate = f" at {b.get('rate')}" if b.get("currency") != cur else ""
        text = (f"{name}, {b.get('programme')}: {own} ({when}" + (f"; {of_which}" if of_which else "") + f") = {conv}{rate}: "
                f"{belt}" + (f", {parts}" if parts else "") + f". It pays for {b.get('pays_for')}; {b.get('scope_note')}.")  # fmt: skip
        kind = "; anti-tank mines" if b.get("mine_scope") == "anti-tank" else ""
        programme = f" {b.get('programme')}" if b.get("programme") else ""  # the plan by its name
        short = f"{name}{programme} {own} ({scale}{kind})"
        out.append({"short": short, "country": name, "programme": str(b.get("programme") or ""), "amount": own, "converted": conv, "share": scale, "parts": parts,
                    "pays_for": str(b.get("pays_for") or ""), "scope_note": str(b.get("scope_note") or ""), "source": str(b.get("source") or ""), "text": text})  # fmt: skip
    return out


def cost_view(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The build cost in words, or None without the block.

    Reads ``cost.``: ``currency``, ``mines_cost``, ``laying_cost``, ``fence_cost``, ``total``
    (each with ``_dist``; null = not costed), ``complete``, ``not_costed``, ``total_scope``,
    ``fence_km``, ``fence_basis``, ``fence_label``, ``fence_is_proxy``, ``fence_note``,
    ``price_years``, ``price_basis``, ``exchange_rate{conversions, source}``, ``caveat``,
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
    fence_name = N_("Border-fence proxy") if c.get("fence_is_proxy") else N_("Marking and fence")
    years = _dict(c.get("price_years"))
    parts: list[dict[str, Any]] = []
    for key, name in COST_PARTS:
        name = fence_name if key == "fence_cost" else name
        v = _num(c.get(key))
        note = ""
        if key == "fence_cost" and v is not None and fence_km is not None:
            note = f"{fmt_km(fence_km)} km of land front"
        price = f"{years[key]} prices" if v is not None and years.get(key) else ""
        if v is None:
            note = "no rate"
        share = fmt_pct(v / total) if v is not None and total and complete else ""
        parts.append({"name": name, "value": fmt_money(v, cur), "range": _rng(c.get(f"{key}_dist"), money), "share": share,
                      "note": "; ".join(x for x in (price, note) if x), "km": note if key == "fence_cost" and v is not None else "", "price": price, "costed": v is not None})  # fmt: skip
    costed = [p for p in parts if p["costed"]]
    scope = str(c.get("total_scope") or " + ".join(p["name"].lower() for p in costed))
    rate = _dict(c.get("exchange_rate"))
    convs = [x for x in rate.get("conversions") or [] if isinstance(x, dict)]
    pairs = list(
        dict.fromkeys(
            f"1 {x.get('from')} = {fmt_plain(x.get('rate'))} {x.get('to')} on {x.get('rate_date')}" for x in convs
        )
    )
    exchange = (
        (
            "Each sourced figure is converted at the ECB euro reference rate of its own price date (Source: ECB statistics): "
            + "; ".join(pairs)
            + "."
        )
        if pairs
        else ""
    )
    basis = str(c.get("price_basis") or "")

    def bit(p: dict[str, Any]) -> str:
        return (
            f"{p['name'].lower()} {p['value']}"
            + (f" ({p['price']})" if p["price"] else "")
            + (f" along {p['km']}" if p["km"] else "")
        )

    def bits() -> str:
        return " and ".join(bit(p) for p in costed)

    priced = f" ({basis})" if basis else ""
    bud = budgets(doc)
    bud_text = (
        (
            " Announced budgets, as a share of each country's costed belt (plans: shown, not judged): "
            + ", ".join(b["short"] for b in bud)
            + "."
        )
        if bud
        else ""
    )
    if total is None:
        text = "The build cost is not estimated."
    elif complete:
        text = (
            f"Building it would cost {fmt_money(total, cur)}{priced}{_interval(c.get('total_dist'), money)}: "
            + ", ".join(bit(p) for p in parts)
            + "."
        )
    else:
        missing = ", ".join(not_costed)
        text = (
            f"The costed parts come to {fmt_money(total, cur)}{priced}{_interval(c.get('total_dist'), money)}: {bits()}. "
            f"{_sentence(missing)} {'is' if len(not_costed) == 1 else 'are'} not estimated (no public rate), so building would cost more."
        )
    text += bud_text
    caveats = []
    if not complete and total is not None:
        caveats.append(
            f"{_sentence(', '.join(not_costed))} {'is' if len(not_costed) == 1 else 'are'} not costed (no public rate): the build cost is the costed parts only, and no clearance-to-build ratio is given."
        )
    countries = []
    for code, r in _dict(c.get("by_country")).items():
        if isinstance(r, dict):
            countries.append(
                {
                    "name": country_name(doc, code),
                    "parts": [
                        fmt_money(r.get(k), cur) if r.get(k) is not None else NOT_ESTIMATED for k, _ in COST_PARTS
                    ],
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
        "price_basis": basis,
        "fence_name": fence_name,
        "caveat": str(c.get("caveat") or ""),
        "notes": [
            x
            for x in (
                exchange,
                f"{fence_name} charged per km of land front ({fmt_km(fence_km)} km): stretches along rivers and lakes that carry no belt are not fenced."
                if fence_km is not None
                else "",
                str(c.get("fence_note") or ""),
                str(c.get("caveat") or ""),
            )
            if x
        ],
        "countries": countries,
        "laying_costed": _num(c.get("laying_cost")) is not None,
        "text": text,
        "card_label": "to build: " + (" + ".join(p["name"].lower() for p in costed) if costed else "not estimated"),
        "card_note": "; ".join(
            x
            for x in (
                basis,
                f"{', '.join(not_costed)} not estimated: building costs more"
                if not complete and total is not None
                else "",
            )
            if x
        ),
        "caveats": caveats,
        "budgets": bud,
        "method": str(c.get("method") or ""),
    }


# ============================================================================= clearance
