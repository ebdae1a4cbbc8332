"""Terminal rendering of the optional result blocks (rich).

Layer: outputs.
"""

from __future__ import annotations

from typing import Any


def _m(x: float | None) -> str:
    """Money or counts: ``5.89 bn``, ``831.3 M``, ``12,000``."""
    if x is None:
        return "not estimated"
    if abs(x) >= 1e9:
        return f"{x / 1e9:,.2f} bn"
    if abs(x) >= 1e6:
        return f"{x / 1e6:,.1f} M"
    return f"{x:,.0f}"


def _yrs(x: float | None) -> str:
    """A duration in years: ``134.8`` below 100, ``1,987`` above."""
    if x is None:
        return "not estimated"
    return f"{x:,.1f}" if abs(x) < 100 else f"{x:,.0f}"


def _year(x: float | None) -> str:
    """A calendar year, never with a thousands separator: ``2161``."""
    return "n/a" if x is None else f"{x:.0f}"


def _km2(x: float | None) -> str:
    return "n/a" if x is None else (f"{x:,.1f}" if abs(x) < 100 else f"{x:,.0f}")


def _range(block: dict[str, Any], key: str, fmt=_m) -> str:
    d = block.get(f"{key}_dist")
    return f" (90 %: {fmt(d['p05'])} \u2013 {fmt(d['p95'])})" if d else ""


def _production(p: dict[str, Any], console: Any) -> None:
    is_ = p.get("years_to_fill_is")
    if p.get("years_to_fill") is not None:
        bound = "at least " if is_ == "lower bound" else ""
        console.print(
            f"Production: {bound}{_yrs(p['years_to_fill'])} years to make the mines{_range(p, 'years_to_fill', _yrs)}, "
            f"complete in {_year(p['year_complete'])}{_range(p, 'year_complete', _year)}; start year {_year(p['start_year'])}; {p['pooling']}."
        )
    else:
        console.print(f"Production: not estimated ({p.get('not_estimated', 'no capacity on record')}).")
    for g in p.get("groups", []):
        if g.get("years_to_fill") is None:
            continue
        bound = "at least " if g["years_to_fill_is"] == "lower bound" else ""
        console.print(
            f"  {g['group']}: {bound}{_yrs(g['years_to_fill'])} years at {_m(g['capacity_per_year'])} mines/year "
            f"({g['capacity_scope']} capacity: {'; '.join(g['producers'])})",
            style="dim",
        )


def _cost(c: dict[str, Any], console: Any) -> None:
    parts = [f"mines {_m(c['mines_cost'])}"]
    if c.get("laying_cost") is not None:
        parts.append(f"laying {_m(c['laying_cost'])}")
    if c.get("fence_cost") is not None:
        parts.append(f"marking and fence {_m(c['fence_cost'])} ({c['fence_km']:,.0f} km of land front)")
    missing = f"; {', '.join(c['not_costed'])} not estimated" if c.get("not_costed") else ""
    console.print(f"Build cost: {_m(c['total'])} {c['currency']}{_range(c, 'total')} = {' + '.join(parts)}{missing}")
    if c.get("exchange_rate"):
        r = c["exchange_rate"]
        console.print(f"  converted at the ECB reference rate of {r['date']}", style="dim")


def _clearance(k: dict[str, Any], console: Any) -> None:
    cur = k["currency"]
    split = []
    if k.get("reduced_ts_km2"):
        split.append(f"{_km2(k['reduced_ts_km2'])} reduced by technical survey")
    if k.get("cancelled_nts_km2"):
        split.append(f"{_km2(k['cancelled_nts_km2'])} cancelled by non-technical survey")
    console.print(
        f"Clearance legacy: {_km2(k['area_to_address_km2'])} km\u00b2 to release, {_km2(k['cleared_km2'])} km\u00b2 of it by clearance"
        + (f" ({'; '.join(split)})" if split else "")
        + f"; {_yrs(k['calendar_years'])} years{_range(k, 'calendar_years', _yrs)} with {k['calendar_years_capacity']}; "
        f"cost {_m(k['cost'])} {cur}{_range(k, 'cost')}."
    )
    w = k["world_capacity"]
    console.print(
        f"  = {_yrs(k['world_capacity_years'])} years{_range(k, 'world_capacity_years', _yrs)} of the world's entire clearance output "
        f"({w['km2_per_year']:,.2f} km\u00b2 cleared in {w['year']}, Landmine Monitor).",
        style="bold",
    )
    vs = k.get("vs_build")
    if vs:
        ratio = vs.get("clearance_to_build_ratio")
        tail = f"clearing costs {ratio:,.1f}x building" if ratio is not None else (vs.get("ratio_note") or "ratio not estimated")
        console.print(
            f"  Build {_m(vs['build_cost'])}{_range(vs, 'build_cost')} vs clearance {_m(vs['clearance_cost'])}{_range(vs, 'clearance_cost')} {cur}: {tail}.",
            style="dim",
        )


def render_blocks(doc: dict[str, Any], console: Any) -> None:
    """Print calibration, production, cost, clearance and exposure blocks when present."""
    cal = doc.get("calibration")
    if cal and cal["scenario"]["mines_per_km_front"]:
        style = "bold red" if cal["denser_than_any_barrier_built"] else "bold"
        console.print(f"Calibration: {cal['scenario']['mines_per_km_front']:,.0f} mines per km of front = {cal['verdict']}.", style=style)
    if doc.get("production"):
        _production(doc["production"], console)
    if doc.get("cost"):
        _cost(doc["cost"], console)
    if doc.get("clearance"):
        _clearance(doc["clearance"], console)
    e = doc.get("exposure")
    if e and e["total"].get("available"):
        t = e["total"]
        parts = [f"{r:g} km: {t[f'within_{r:g}km']['places']:,} places, {t[f'within_{r:g}km']['population']:,} people" for r in e["radii_km"]]
        console.print("Civilians near the belts \u2014 " + "; ".join(parts))
        top = ", ".join(f"{p['name']} ({p['country']}, {p['population']:,}, {p['distance_km']:.1f} km)" for p in t["largest_places"][:5])
        if top:
            console.print(f"  largest nearby: {top}", style="dim")
