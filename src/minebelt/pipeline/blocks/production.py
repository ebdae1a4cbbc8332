"""The ``production`` block: years to make the mines, by producing group, with scope.

Layer: pipeline.

Each defending country fills its own sections from the producers of its own country, unless
``pooled_by`` names countries that pool their producers and stocks for all their sections.
Only anti-personnel capacity makes an estimate of the years needed. A group with only
*all-types* capacity (anti-personnel and anti-vehicle mines together) gets the years **at that
capacity alone, if all of it were anti-personnel** (``years_to_fill_is = "all-types capacity"``,
worded in ``years_to_fill_condition``): neither a lower nor an upper bound, since the capacity
also makes anti-vehicle mines and other producers may add to it (``other_producers`` lists
those on record without a figure). A group with no capacity on record gets "not estimated"
(``null``). Scope, producer, year and source travel with every figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ... import model
from ...model.production_sources import OTHER_PRODUCERS, STATED_NEEDS

if TYPE_CHECKING:
    from .context import BlockContext

METHOD = (
    "years = time until cumulative output (a linear ramp from zero over ramp_up_years, then full capacity) plus "
    "stock reaches the mines needed; anti-personnel capacity gives an estimate, all-types capacity the years at that "
    "capacity alone if all of it were anti-personnel (not a bound); groups work in parallel, so the total is the longest group"
)
ALL_TYPES = "all-types capacity"


def _short(producer: str) -> str:
    """``Belma (Bydgoskie Zakłady Elektromechaniczne)`` -> ``Belma``."""
    return producer.split(" (", 1)[0].strip() or producer


def condition(entries: list[dict[str, Any]]) -> str:
    """``at Belma's stated 2026 capacity alone (all types), if all of it were anti-personnel``."""
    if len(entries) == 1:
        e = entries[0]
        return f"at {_short(e['producer'])}'s stated {e['year']} capacity alone (all types), if all of it were anti-personnel"
    who = ", ".join(f"{_short(e['producer'])} ({e['year']})" for e in entries)
    return f"at the stated capacities of {who} alone (all types), if all of them were anti-personnel"


def headline_scope(entries: list[dict[str, Any]]) -> str:
    """The headline's scope: ``at Belma's stated 2026 capacity alone, all types counted as
    anti-personnel`` (a figure at all-types capacity carries it in its own line)."""
    if len(entries) == 1:
        e = entries[0]
        return f"at {_short(e['producer'])}'s stated {e['year']} capacity alone, all types counted as anti-personnel"
    who = ", ".join(f"{_short(e['producer'])} ({e['year']})" for e in entries)
    return f"at the stated capacities of {who} alone, all types counted as anti-personnel"


def _members(key: str) -> set[str]:
    return set(key.split("+"))


def _groups(countries: list[str], pooled_by: list[str] | None) -> list[tuple[str, list[str], set[str]]]:
    """(group label, by-country keys, member countries) — pooled countries form one group."""
    if not pooled_by:
        return [(c, [c], _members(c)) for c in countries]
    pool = set(pooled_by)
    pooled = [c for c in countries if _members(c) <= pool]
    rest = [c for c in countries if c not in pooled]
    out = []
    if pooled:
        out.append(("+".join(pooled_by), pooled, pool))
    out += [(c, [c], _members(c)) for c in rest]
    return out


def production_block(p: dict[str, Any], ctx: BlockContext) -> dict[str, Any]:
    start = p["start_year"]
    groups = _groups(ctx.countries, p["pooled_by"])
    rows: list[dict[str, Any]] = []
    totals: dict[bool, list[np.ndarray]] = {m: [] for m in ctx.modes}
    missing: list[str] = []
    lower = False
    used: set[int] = set()
    all_types_used: list[dict[str, Any]] = []
    capacity_uncertain = False
    for label, keys, members in groups:
        caps = [(i, e) for i, e in enumerate(p["capacity"]) if e["country"] in members]
        ap = [(i, e) for i, e in caps if e["scope"] == "anti-personnel"]
        chosen = ap or caps
        scope = "anti-personnel" if ap else ("all-types" if caps else None)
        stocks = [
            s
            for s in p["stock"]
            if s["country"] in members and (s["scope"] == "anti-personnel" or scope != "anti-personnel")
        ]
        row: dict[str, Any] = {
            "group": label,
            "countries": keys,
            "pooled": len(keys) > 1 or label not in keys,
            "producers": [f"{e['producer']} ({e['country']}, {e['scope']}, {e['year']})" for _, e in chosen],
            "capacity_scope": scope,
        }
        arrays: dict[str, dict[bool, Any]] = {
            "mines": {},
            "capacity_per_year": {},
            "stock": {},
            "years_to_fill": {},
            "year_complete": {},
        }
        for use_mc in ctx.modes:
            need = np.sum([ctx.country(c, "mines", use_mc) for c in keys], axis=0)
            arrays["mines"][use_mc] = need
            if not chosen:
                arrays["years_to_fill"][use_mc] = None
                arrays["year_complete"][use_mc] = None
                continue
            cap = np.sum([ctx.draw(e["input"], use_mc) for _, e in chosen], axis=0)
            stock = np.sum([ctx.draw(s["input"], use_mc) for s in stocks], axis=0) if stocks else 0.0
            ramp = ctx.draw(p["ramp_up_years"], use_mc)
            years = model.years_to_produce(need, cap, ramp, stock)
            arrays["capacity_per_year"][use_mc] = cap
            arrays["stock"][use_mc] = np.broadcast_to(stock, np.shape(need))
            arrays["years_to_fill"][use_mc] = years
            arrays["year_complete"][use_mc] = start + years
            totals[use_mc].append(years)
        ctx.put(row, "mines", arrays["mines"])
        if chosen:
            used.update(i for i, _ in chosen)
            ctx.put(row, "capacity_per_year", arrays["capacity_per_year"])
            ctx.put(row, "stock", arrays["stock"])
            ctx.put(row, "years_to_fill", arrays["years_to_fill"], f"production.groups.{label}.years_to_fill")
            ctx.put(row, "year_complete", arrays["year_complete"])
            row["years_to_fill_is"] = "estimate" if scope == "anti-personnel" else ALL_TYPES
            if scope != "anti-personnel":
                row["years_to_fill_condition"] = condition([e for _, e in chosen])
                all_types_used += [e for _, e in chosen if e not in all_types_used]
            lower |= scope != "anti-personnel"
            capacity_uncertain |= any(e["input"].uncertain for _, e in chosen) or p["ramp_up_years"].uncertain
        else:
            ctx.put(row, "years_to_fill", {m: None for m in ctx.modes}, f"production.groups.{label}.years_to_fill")
            row.update(
                {"capacity_per_year": None, "stock": None, "year_complete": None, "years_to_fill_is": "not estimated"}
            )
            row["not_estimated"] = (
                f"no production capacity on record for {', '.join(sorted(members))}: add a [[production.capacity]] entry or pool production (pooled_by)"
            )
            missing += keys
        rows.append(row)

    block: dict[str, Any] = {"start_year": start, "start_year_source": p["start_year_source"]}
    if missing:
        ctx.put(block, "years_to_fill", {m: None for m in ctx.modes}, "production.years_to_fill")
        ctx.put(block, "year_complete", {m: None for m in ctx.modes}, "production.year_complete")
        block["years_to_fill_is"] = "not estimated"
        block["not_estimated"] = f"no production capacity on record for {', '.join(missing)}"
    else:
        yrs = {m: np.max(totals[m], axis=0) for m in ctx.modes}
        ctx.put(block, "years_to_fill", yrs, "production.years_to_fill")
        ctx.put(block, "year_complete", {m: start + v for m, v in yrs.items()}, "production.year_complete")
        block["years_to_fill_is"] = ALL_TYPES if lower else "estimate"
        if lower:
            block["years_to_fill_condition"] = condition(all_types_used)
            block["years_to_fill_scope"] = headline_scope(all_types_used)
        block["years_to_fill_interval_varies"] = (
            "number of mines and capacity" if capacity_uncertain else "number of mines only"
        )
    scopes = {r["capacity_scope"] for r in rows if r["capacity_scope"]}
    block["capacity_scope"] = scopes.pop() if len(scopes) == 1 else ("mixed" if scopes else None)
    block["pooled_by"] = p["pooled_by"]
    block["pooling"] = (
        f"{', '.join(p['pooled_by'])} pool their producers and stocks for all their sections"
        if p["pooled_by"]
        else "no pooling: each defending country fills its own sections from its own producers"
    )
    block["capacity"] = [
        {
            "producer": e["producer"],
            "country": e["country"],
            "mines_per_year": e["input"].dist.median,
            "value": e["input"].dist.describe(),
            "scope": e["scope"],
            "year": e["year"],
            "source": e["source"],
            "used": i in used,
            **({"note": e["note"]} if e.get("note") else {}),
        }
        for i, e in enumerate(p["capacity"])
    ]
    block["stock"] = [
        {
            "country": s["country"],
            "mines": s["input"].dist.median,
            "scope": s["scope"],
            "year": s["year"],
            "source": s["source"],
        }
        for s in p["stock"]
    ]
    block["ramp_up_years"] = p["ramp_up_years"].dist.median
    block["groups"] = rows
    block["by_country"] = {
        c: {k: r[k] for k in ("group", "years_to_fill", "year_complete", "years_to_fill_is") if k in r}
        for r in rows
        for c in r["countries"]
    }
    defenders = {m for r in rows for c in r["countries"] for m in _members(c)}
    block["other_producers"] = [
        {
            "country": o.country,
            "what": o.what,
            "short": o.short,
            "certainty": o.certainty,
            "source": str(o.citation),
            "counted": False,
        }
        for o in OTHER_PRODUCERS
        if o.country in defenders
    ]
    block["stated_needs"] = stated_needs(rows, p, ctx)
    block["method"] = METHOD
    block["sources"] = p["sources"]
    return block


def stated_needs(rows: list[dict[str, Any]], p: dict[str, Any], ctx: BlockContext) -> list[dict[str, Any]]:
    """The stated national needs and stock targets of the defending countries, each beside the
    model's mines for that country and with the years to make it at its group's capacity (the
    same capacity, ramp and condition as the block's own figure; no stock counted).

    A stated need is a fact about a plan: it is shown, never judged against the model. Scope
    travels with it (``anti-personnel`` or ``all-types``; the model's mines are anti-personnel).
    """
    out = []
    for n in STATED_NEEDS:
        key = n.country if n.country in ctx.countries else None
        group = next((r for r in rows if n.country in {m for c in r["countries"] for m in _members(c)}), None)
        if group is None:
            continue
        model_mines = ctx.doc["by_country"][key]["mines"] if key else None
        cap = group.get("capacity_per_year")
        years = years_low = None
        if cap:
            ramp = p["ramp_up_years"].dist.median
            years = float(model.years_to_produce(n.mines_high or n.mines, cap, ramp)[()])
            if n.mines_high:  # a stated range: the time for its low end too (5-6 M at 1.2 M a year: 4.2-5 years)
                years_low = float(model.years_to_produce(n.mines, cap, ramp)[()])
        entry: dict[str, Any] = {
            "country": n.country,
            "mines": float(n.mines),
            **({"mines_high": float(n.mines_high)} if n.mines_high else {}),
            "reading": n.reading,
            "scope": n.scope,
            "what": n.what,
            "said_by": n.said_by,
            "date": n.date,
            "certainty": n.certainty,
            "source": str(n.citation),
            "model_mines": model_mines,
            "model_mines_scope": "anti-personnel (the scenario's belt)"
            if key
            else f"not separable: {n.country} shares its sections with other countries",
            "ratio_to_model": (n.mines_high or n.mines) / model_mines if model_mines else None,
            "group": group["group"],
            "years_at_capacity": years,
            **({"years_at_capacity_low": years_low} if years_low is not None else {}),
            "years_at_capacity_is": "not estimated" if years is None else group.get("years_to_fill_is", "estimate"),
        }
        if years is None:
            entry["not_estimated"] = f"no production capacity on record for {group['group']}"
        elif group.get("years_to_fill_condition"):
            cond = group["years_to_fill_condition"]
            entry["years_condition"] = cond.split(", if all of ")[0] if n.scope == "all-types" else cond
        out.append(entry)
    return out
