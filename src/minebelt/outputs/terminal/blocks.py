"""Terminal rendering of the optional result blocks (rich).

Layer: outputs. Every headline carries its scope in the words the blocks give it (the
yardstick's year and report, the capacity's condition, the price years, the places counted);
a 90 % interval says what varies in it, and an interval without spread is not printed.
"""

from __future__ import annotations

from typing import Any

from ..report.cost_view import budgets
from ..report.fmt import fmt_sig
from ..report.production_view import stated_needs


def _m(x: float | None) -> str:
    """Money or counts: ``5.89 bn``, ``831.3 M``, ``12,000``."""
    if x is None:
        return "not estimated"
    if abs(x) >= 1e9:
        return fmt_sig(x / 1e9, 3) + " bn"  # three significant figures: 207 bn, 2,240 bn, 13 bn
    if abs(x) >= 1e6:
        return f"{x / 1e6:,.1f} M"
    return f"{x:,.0f}"


def _yrs(x: float | None) -> str:
    """A duration in years: ``134.8`` below 100, ``1,987`` above."""
    if x is None:
        return "not estimated"
    return f"{x:,.1f}" if abs(x) < 100 else f"{x:,.0f}"


def _scale(x: float) -> tuple[float, str]:
    return (1e9, " bn") if abs(x) >= 1e9 else (1e6, " M") if abs(x) >= 1e6 else (1.0, "")


def sig(x: float | None, n: int = 2) -> str:
    """A headline figure to ``n`` significant figures: ``210 bn``, ``9,700``, ``51``, ``7.1``."""
    if x is None:
        return "not estimated"
    f, suffix = _scale(x)
    return fmt_sig(x / f, n) + suffix


def lead_range(block: dict[str, Any], key: str, n: int = 2, currency: str = "") -> str:
    """A headline that leads with the 90 % range, two significant figures:
    ``37–400 bn (90 %; point value about 210 bn)``, or ``about 210 bn`` without a spread."""
    d = block.get(f"{key}_dist")
    cur = f"{currency} " if currency else ""
    point = f"about {cur}{sig(block.get(key), n)}"
    if not d:
        return point
    f, suffix = _scale(d["p95"])
    lo, hi = fmt_sig(d["p05"] / f, n), fmt_sig(d["p95"] / f, n)
    if lo == hi:
        return point
    return f"{cur}{lo}\u2013{hi}{suffix} (90 %; point value {point})"


def _year(x: float | None) -> str:
    """A calendar year, never with a thousands separator: ``2161``."""
    return "n/a" if x is None else f"{x:.0f}"


def _km2(x: float | None) -> str:
    return "n/a" if x is None else (f"{x:,.1f}" if abs(x) < 100 else f"{x:,.0f}")


def people(x: float | None) -> str:
    """A head count for a headline, to three significant figures: ``514,000``."""
    if x is None:
        return "not estimated"
    r = float(f"{x:.3g}")
    return f"{r / 1e6:#.3g} million" if r >= 1e6 else f"{r:,.0f}"


def _range(block: dict[str, Any], key: str, fmt=_m, varies: str | None = None) -> str:
    """`` (90 %: a – b)``, with what varies when known; "" without a spread."""
    d = block.get(f"{key}_dist")
    if not d:
        return ""
    lo, hi = fmt(d["p05"]), fmt(d["p95"])
    if lo == hi:
        return ""
    label = f"90 %, {varies}" if varies and varies != "nothing (no spread)" else "90 %"
    return f" ({label}: {lo} \u2013 {hi})"


def _production(doc: dict[str, Any], console: Any) -> None:
    p = doc["production"]
    is_ = p.get("years_to_fill_is")
    varies = p.get("years_to_fill_interval_varies")
    if p.get("years_to_fill") is not None:
        cond = f"{p['years_to_fill_condition']}: " if p.get("years_to_fill_condition") else ""
        console.print(
            f"Production: {cond}{_yrs(p['years_to_fill'])} years to make the mines{_range(p, 'years_to_fill', _yrs, varies)}, "
            f"the last made in {_year(p['year_complete'])}; start year {_year(p['start_year'])}; {p['pooling']}."
        )
    else:
        console.print(f"Production: not estimated ({p.get('not_estimated', 'no capacity on record')}).")
    for g in p.get("groups", []):
        if g.get("years_to_fill") is None:
            continue
        scope = "all types" if g["years_to_fill_is"] != "estimate" else "anti-personnel"
        console.print(
            f"  {g['group']}: {_yrs(g['years_to_fill'])} years at {_m(g['capacity_per_year'])} mines/year "
            f"({scope} capacity: {'; '.join(g['producers'])})",
            style="dim",
        )
    if is_ == "all-types capacity" and p.get("other_producers"):
        others = ", ".join(f"{o['country']} ({o.get('short') or o['what']})" for o in p["other_producers"])
        console.print(f"  Not counted (no capacity figure on record): {others}.", style="dim")
    needs = stated_needs(doc)
    if needs:
        console.print("  Stated needs and stock targets beside the model's mines (plans: shown, not judged):")
        for n in needs:
            console.print(f"    {n['text']}.", style="dim")


def _cost(doc: dict[str, Any], console: Any) -> None:
    c = doc["cost"]
    parts = [f"mines {_m(c['mines_cost'])}"]
    if c.get("laying_cost") is not None:
        parts.append(f"laying {_m(c['laying_cost'])}")
    if c.get("fence_cost") is not None:
        label = c.get("fence_label") or "marking and fence"
        parts.append(f"{label} {_m(c['fence_cost'])} ({c['fence_km']:,.0f} km of land front)")
    missing = f"; {', '.join(c['not_costed'])} not estimated" if c.get("not_costed") else ""
    basis = f" ({c['price_basis']})" if c.get("price_basis") else ""
    console.print(f"Build cost: {lead_range(c, 'total', currency=c['currency'])}{basis} = {' + '.join(parts)}{missing}")
    if c.get("exchange_rate"):
        console.print("  each sourced figure converted at the ECB reference rate of its price date (Source: ECB statistics)", style="dim")
    if c.get("fence_note"):
        console.print(f"  {c['fence_note']}", style="dim")
    bud = budgets(doc)
    if bud:
        console.print("  Announced budgets beside the costed belt (plans: shown, not judged; each at the ECB rate of its announcement):")
        for b in bud:
            console.print(f"    {b['text']}", style="dim")


def clearance_headline(k: dict[str, Any]) -> tuple[str, str]:
    """The clearance headline and the one line of what it assumes (any layout can place them)."""
    return str(k.get("headline") or ""), str(k.get("headline_assumes") or "")


def _clearance(k: dict[str, Any], console: Any) -> None:
    cur = k["currency"]
    split = []
    if k.get("reduced_ts_km2"):
        split.append(f"{_km2(k['reduced_ts_km2'])} reduced by technical survey")
    if k.get("cancelled_nts_km2"):
        split.append(f"{_km2(k['cancelled_nts_km2'])} cancelled by non-technical survey")
    price = f"; {k['cost_price_basis']}" if k.get("cost_price_years") else ""
    headline, assumes = clearance_headline(k)
    console.print(
        f"Clearance: {headline}. "
        f"{_km2(k['area_to_address_km2'])} km\u00b2 to release, "
        + ("all of it by clearance" if k["cleared_km2"] == k["area_to_address_km2"] else f"{_km2(k['cleared_km2'])} km\u00b2 of it by clearance")
        + (f" ({'; '.join(split)})" if split else "")
        + f"; cost {lead_range(k, 'cost', currency=cur)}{price}."
    )
    console.print(f"  Assumes: {assumes}.", style="dim")
    if k.get("deminer_years") is not None:
        varies = k.get("calendar_years_interval_varies")
        tail = f"; the interval varies with {varies}" if k.get("calendar_years_dist") and varies and varies != "nothing (no spread)" else ""
        console.print(f"  Effort: {sig(k['deminer_years'])} deminer-years{_range(k, 'deminer_years', sig)}{tail}.", style="dim")
    alt = k.get("alternative")
    if alt:
        console.print(f"  Alternative: {alt['text']}.", style="dim")
    cond = k.get("condition_alternative")
    if cond:
        console.print(f"  Minefield condition: {cond['text']}.", style="dim")
    calt = k.get("cost_alternative")
    if calt:
        console.print(f"  Cost alternative, not the estimate: {_m(calt['cost_low'])}\u2013{_m(calt['cost_high'])} {cur} at {calt['label']} ({calt['cost_per_m2']}).", style="dim")
    ys = k.get("yardsticks") or {}
    for key in ("area_rate", "mine_rate"):
        y = ys.get(key)
        if y and y.get("years") is not None:
            console.print(f"  {y['label'].capitalize()} (context, not the estimate): {_yrs(y['years'])} years{_range(y, 'years', _yrs)} {y['condition']}.", style="dim")
    w = k["world_capacity"]
    line = f"  Yardstick (world output, context), if the States Parties' entire {w.get('year', '')} output went into this belt: {_yrs(k['world_capacity_years'])} years{_range(k, 'world_capacity_years', _yrs, k.get('world_capacity_interval_varies'))} of {w.get('label') or 'the world clearance output'}"
    if k.get("world_capacity_years_by_mines") is not None and w.get("ap_mines_per_year"):
        line += (
            f"; by mines, {_yrs(k['world_capacity_years_by_mines'])} years{_range(k, 'world_capacity_years_by_mines', _yrs, 'number of mines only')} "
            f"of the {w['ap_mines_per_year']:,.0f} anti-personnel mines they destroyed by clearance that year"
        )
    console.print(line + ".", style="dim")
    if (ys.get("area_rate") or {}).get("density_note"):
        console.print(f"  {ys['area_rate']['density_note']}", style="dim")
    if k.get("unrecorded_allowance_note"):
        console.print(f"  Unrecorded mines: {k['unrecorded_allowance_note']} (sourced alternatives: docs/model.md).", style="dim")
    vs = k.get("vs_build")
    if vs:
        ratio = vs.get("clearance_to_build_ratio")
        tail = f"clearing costs {ratio:,.1f}x building" if ratio is not None else (vs.get("ratio_note") or "ratio not estimated")
        years = " (different price years, not adjusted for inflation)" if k.get("cost_price_years") else ""
        console.print(
            f"  Build {_m(vs['build_cost'])}{_range(vs, 'build_cost')} vs clearance {_m(vs['clearance_cost'])}{_range(vs, 'clearance_cost')} {cur}{years}: {tail}.",
            style="dim",
        )


def render_blocks(doc: dict[str, Any], console: Any) -> None:
    """Print calibration, production, cost, clearance and exposure blocks when present."""
    cal = doc.get("calibration")
    if cal and cal["scenario"]["mines_per_km_front"]:
        style = "bold red" if cal["denser_than_every_barrier_in_table"] else "bold"
        console.print(f"Calibration: {cal['scenario']['mines_per_km_front']:,.0f} mines per km of front = {cal['verdict']}.", style=style)
    if doc.get("production"):
        _production(doc, console)
    if doc.get("cost"):
        _cost(doc, console)
    if doc.get("clearance"):
        _clearance(doc["clearance"], console)
    e = doc.get("exposure")
    if e and e["total"].get("available"):
        t = e["total"]

        def places(n: int) -> str:
            return f"{n:,} place{'s' if n != 1 else ''}"

        def counts(d: dict[str, Any]) -> str:
            return "; ".join(f"{r:g} km: {places(d[f'within_{r:g}km']['places'])}, {people(d[f'within_{r:g}km']['population'])} people" for r in e["radii_km"])

        if t.get("headline"):
            console.print(f"Civilians: {t['headline']}", style="bold")
        if t.get("defender_side"):
            console.print(f"  On the defender's side \u2014 {counts(t['defender_side'])}")
            other = t.get("other_side") or {}
            if other:
                console.print(f"  Across the border ({', '.join(other.get('countries') or []) or 'none'}), counted apart \u2014 {counts(other)}")
        else:
            console.print("Civilians near the belts \u2014 " + counts(t))
        if e.get("scope"):
            console.print(f"  Counted: {e['scope']}.", style="dim")
        top = ", ".join(f"{p['name']} ({p['country']}, {p['population']:,}, {p['distance_km']:.1f} km)" for p in t["largest_places"][:5])
        if top:
            console.print(f"  largest nearby, both sides: {top}", style="dim")
