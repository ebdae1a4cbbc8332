"""Terminal rendering of the optional result blocks (rich)."""

from __future__ import annotations

from typing import Any


def _m(x: float | None) -> str:
    if x is None:
        return "n/a"
    if abs(x) >= 1e9:
        return f"{x / 1e9:,.2f} bn"
    if abs(x) >= 1e6:
        return f"{x / 1e6:,.1f} M"
    return f"{x:,.0f}"


def _count(x: Any) -> str:
    """A count as ``1,200``; a distribution's text as it was written."""
    try:
        return f"{float(x):,.0f}"
    except (TypeError, ValueError):
        return str(x)


def _range(block: dict[str, Any], key: str, fmt=_m) -> str:
    d = block.get(f"{key}_dist")
    return f" (90 %: {fmt(d['p05'])} \u2013 {fmt(d['p95'])})" if d else ""


def render_blocks(doc: dict[str, Any], console: Any) -> None:
    """Print calibration, production, cost, clearance and exposure blocks when present."""
    cal = doc.get("calibration")
    if cal and cal["scenario"]["mines_per_km_front"]:
        style = "bold red" if cal["denser_than_any_barrier_built"] else "bold"
        console.print(f"Calibration: {cal['scenario']['mines_per_km_front']:,.0f} mines per km of front = {cal['verdict']}.", style=style)
    p = doc.get("production")
    if p:
        yf = lambda x: "n/a" if x is None else f"{x:,.1f}"  # noqa: E731
        console.print(
            f"Production: {yf(p['years_to_fill'])} years to make the mines{_range(p, 'years_to_fill', yf)}, complete in {p['year_complete']:.0f}"
            + _range(p, "year_complete", lambda x: f"{x:.0f}")
        )
    c = doc.get("cost")
    if c:
        console.print(
            f"Build cost: {_m(c['total'])} {c['currency']}{_range(c, 'total')} = mines {_m(c['mines_cost'])} + laying {_m(c['laying_cost'])}"
            + (f" + fence/marking {_m(c['fence_cost'])}" if c["fence_included"] else " (no fence/marking cost given)")
        )
    k = doc.get("clearance")
    if k:
        yf = lambda x: "n/a" if x is None else f"{x:,.0f}"  # noqa: E731
        console.print(
            f"Clearance legacy: {k['area_to_clear_km2']:,.0f} km\u00b2 to clear, {yf(k['deminer_years'])} deminer-years, "
            f"{yf(k['calendar_years'])} years with {_count(k['inputs']['deminers'])} deminers{_range(k, 'calendar_years', yf)}, cost {_m(k['cost'])} {k['currency']}{_range(k, 'cost')}"
        )
        lv = k.get("laying_vs_clearing")
        if lv and lv.get("clearance_to_build_ratio") is not None:
            console.print(f"Laying vs removing: removing costs {lv['clearance_to_build_ratio']:.1f}x what laying costs.", style="bold")
    e = doc.get("exposure")
    if e and e["total"].get("available"):
        t = e["total"]
        parts = [f"{r:g} km: {t[f'within_{r:g}km']['places']:,} places, {t[f'within_{r:g}km']['population']:,} people" for r in e["radii_km"]]
        console.print("Civilians near the belts \u2014 " + "; ".join(parts))
        top = ", ".join(f"{p['name']} ({p['country']}, {p['population']:,}, {p['distance_km']:.1f} km)" for p in t["largest_places"][:5])
        if top:
            console.print(f"  largest nearby: {top}", style="dim")
