"""The briefing: what a policy reader sees first, computed from the JSON document.

:func:`summary` — headline cards, one short paragraph per topic, the biggest caveats — is a
pure function of the ``minebelt.estimate/1`` document (and an optional fact-check
document); the HTML template and the PDF lay the same values out. It tolerates missing
blocks and fields (an absent figure reads "not estimated"), so blocks that gain or lose
fields do not break the report.
"""

from __future__ import annotations

from typing import Any

from .fmt import (
    NOT_ESTIMATED,
    dist_range,
    fmt_count,
    fmt_km,
    fmt_mines,
    fmt_mines_words,
    fmt_money,
    fmt_pct,
    fmt_plain,
    fmt_ratio,
    fmt_value_text,
    fmt_year,
    fmt_years,
    is_num,
    label,
)
from .views import _get, _num, exposure_view


def _yrs(x: Any) -> str:
    return f"{fmt_years(x)} years"


def _range_text(d: Any, fmt: Any) -> str:
    r = dist_range(d, fmt)
    return f"90 % interval {r}" if r else ""


# ----------------------------------------------------------------------------- summary


def _card(value: str, label_: str, rng: str = "", note: str = "", main: bool = False) -> dict[str, Any]:
    return {"value": value, "label": label_, "range": rng, "note": note, "main": main}


def _needs(doc: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    t = doc.get("totals") or {}
    cal = doc.get("calibration") if isinstance(doc.get("calibration"), dict) else {}
    length, area, mines = _num(t.get("length_km")), _num(t.get("area_km2")), _num(t.get("mines"))
    water = sum(_num(r.get("water_km")) or 0.0 for r in doc.get("sections") or [])
    skip = any(r.get("along_water") == "skip" for r in doc.get("sections") or [])
    depth = area / length if area and length else None
    densities = sorted({round(r["density_per_km2"]) for r in doc.get("sections") or [] if is_num(r.get("density_per_km2"))})
    per_km = _num(t.get("mines_per_km_front"))
    ratio = _num(_get(cal, "scenario", "ratio_to_densest_per_km_front"))
    densest = _get(cal, "densest_barrier")
    versus = f"{fmt_ratio(ratio)} the {densest}, the densest barrier on record" if ratio and densest else ""
    cards = [
        _card(fmt_mines_words(mines), "mines in total", _range_text(t.get("mines_dist"), fmt_mines), main=True),
        _card(f"{fmt_km(area)} km\u00b2", f"of belt along {fmt_km(length)} km of front", _range_text(t.get("area_km2_dist"), fmt_km)),
        _card(fmt_count(per_km), "mines per km of front", _range_text(t.get("mines_per_km_front_dist"), fmt_count), versus),
    ]
    text = f"A belt along {fmt_km(length)} km of front"
    if water and skip:
        text += f" (of which {fmt_km(water)} km follow rivers and lakes and carry no belt)"
    elif water:
        text += f" (of which {fmt_km(water)} km follow rivers and lakes)"
    text += f" covers {fmt_km(area)} km\u00b2"
    if depth:
        text += f", {fmt_km(depth)} km deep on average (area \u00f7 front)"
    if densities:
        dens = f"{densities[0]:,}" if len(densities) == 1 else f"{densities[0]:,} to {densities[-1]:,}"
        text += f". At {dens} mines per km\u00b2 it needs {fmt_mines_words(mines)} mines"
    else:
        text += f" and needs {fmt_mines_words(mines)} mines"
    rng = dist_range(t.get("mines_dist"), fmt_mines_words)
    if rng:
        text += f" (90 % interval {rng})"
    text += f", {fmt_count(per_km)} per km of front"
    if ratio and densest:
        text += f": {fmt_ratio(ratio)} the mines per km of front of the {densest}, the densest barrier on record"
    return cards, text + "."


def _cost(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    c = doc.get("cost")
    if not isinstance(c, dict):
        return None, None
    cur = str(c.get("currency") or "")
    total = _num(c.get("total"))
    parts = [("mines", c.get("mines_cost")), ("laying", c.get("laying_cost")), ("fence and marking", c.get("fence_cost"))]
    uncosted = [n for n, v in parts if v is None]
    at_least = bool(uncosted)
    value = fmt_money(total, cur)
    card = _card(value, "to build" + (" (at least: " + ", ".join(uncosted) + " not estimated)" if uncosted else ""), _range_text(c.get("total_dist"), lambda x: fmt_money(x, cur)))
    if total is None:
        return card, "The build cost is not estimated."
    bits = []
    for n, v in parts:
        if v is None:
            bits.append(f"{n} {NOT_ESTIMATED}")
        elif is_num(v) and v == 0:
            bits.append(f"{n} not costed (set to 0)")
        else:
            bits.append(f"{n} {fmt_money(v, cur)}")
    text = f"Building it would cost {'at least ' if at_least else ''}{value}"
    rng = dist_range(c.get("total_dist"), lambda x: fmt_money(x, cur))
    if rng:
        text += f" (90 % interval {rng})"
    text += ": " + ", ".join(bits) + "."
    fence = _num(c.get("fence_cost"))
    if fence and total and fence / total > 0.5:
        text += f" Fence and marking make up {fmt_pct(fence / total)} of it."
    return card, text


def _production(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    p = doc.get("production")
    if not isinstance(p, dict):
        return None, None
    years = _num(p.get("years_to_fill"))
    cap = p.get("capacity") if isinstance(p.get("capacity"), dict) else {}
    per_year = _num(cap.get("per_year")) if cap else _num(p.get("capacity_per_year"))
    scope = cap.get("scope") or p.get("capacity_scope")
    who = cap.get("producer") or cap.get("name") or p.get("capacity_producer")
    done = f", done in {fmt_year(p.get('year_complete'))}" if p.get("year_complete") is not None else ""
    card = _card(f"{fmt_years(years)} years", "to make the mines" + done, _range_text(p.get("years_to_fill_dist"), _yrs))
    if years is None:
        return card, "The production time is not estimated."
    text = f"Making the mines takes {fmt_years(years)} years"
    rng = dist_range(p.get("years_to_fill_dist"), fmt_years)
    if rng:
        text += f" (90 % interval {rng})"
    if per_year:
        text += f" at {fmt_count(per_year)} mines a year"
        if who or scope or cap.get("year"):
            text += " (" + ", ".join(str(x) for x in (who, scope, cap.get("year")) if x) + ")"
        elif len(doc.get("by_country") or {}) > 1:
            text += ", one capacity for all countries pooled"
    elif isinstance(p.get("by_country"), dict) and p["by_country"]:
        text += " with each country's own capacity (the slowest sets the pace)"
    if p.get("start_year") is not None:
        text += f": starting in {fmt_year(p['start_year'])}, the last mine is made in {fmt_year(p.get('year_complete'))}"
    return card, text + "."


def _capacity_text(k: dict[str, Any]) -> str:
    cap = k.get("capacity")
    if isinstance(cap, dict):
        return str(cap.get("name") or cap.get("description") or ", ".join(f"{label(a)} {fmt_plain(b) if is_num(b) else b}" for a, b in cap.items() if a != "source"))
    if isinstance(cap, str):
        return cap
    dem = _get(k, "inputs", "deminers")
    return f"{fmt_value_text(dem)} deminers" if dem is not None else "the capacity assumed"


def _clearance(doc: dict[str, Any], build_costed: bool) -> tuple[dict[str, Any] | None, str | None]:
    k = doc.get("clearance")
    if not isinstance(k, dict):
        return None, None
    cur = str(k.get("currency") or "")
    years, world = _num(k.get("calendar_years")), _num(k.get("world_capacity_years"))
    cap = _capacity_text(k)
    if years is not None:
        card = _card(f"{fmt_years(years)} years", f"to clear it with {cap}", _range_text(k.get("calendar_years_dist"), _yrs))
    else:
        card = _card(f"{fmt_years(world)} years", "to clear it with the whole world's annual clearance output", _range_text(k.get("world_capacity_years_dist"), _yrs))
    area = _num(k.get("area_to_clear_km2") or k.get("area_km2"))
    text = f"Clearing it afterwards means releasing {fmt_km(area)} km\u00b2" if area is not None else "Clearing it afterwards"
    text += f": {fmt_years(years)} years with {cap}" if years is not None else ": the time is not estimated"
    rng = dist_range(k.get("calendar_years_dist"), fmt_years)
    if rng:
        text += f" (90 % interval {rng})"
    if _num(k.get("deminer_years")) is not None:
        text += f", {fmt_count(k['deminer_years'])} deminer-years of work"
    text += f", costing {fmt_money(k.get('cost'), cur)}"
    rng = dist_range(k.get("cost_dist"), lambda x: fmt_money(x, cur))
    if rng:
        text += f" (90 % interval {rng})"
    text += "."
    if world is not None:
        text += f" The whole world's annual clearance output would need {fmt_years(world)} years for it."
    ratio = _num(_get(k, "laying_vs_clearing", "clearance_to_build_ratio"))
    if ratio and build_costed:
        text += f" Clearing costs {fmt_ratio(ratio)} what building costs."
    return card, text


def _civilians(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    ev = exposure_view(doc)
    if not ev or not ev["available"] or not ev["total"]:
        return None, None
    radii = ev["radii"]
    i = radii.index("5") if "5" in radii else len(radii) // 2
    c = ev["total"][i]
    card = _card(c["people"], f"people in {c['places']} places within {radii[i]} km of the belt")
    parts = [f"{x['people']} people in {x['places']} places within {r} km" for r, x in zip(radii, ev["total"])]
    text = "Living near the belt (both sides of the border): " + "; ".join(parts) + "."
    if ev["largest"]:
        text += " Largest: " + ", ".join(f"{p['name']} ({p['country']}, {p['population']}, {p['distance']})" for p in ev["largest"][:3]) + "."
    return card, text


def caveats(doc: dict[str, Any]) -> list[str]:
    """The biggest caveats of this estimate, most important first (at most six)."""
    out: list[str] = []
    t = doc.get("totals") or {}
    secs = doc.get("sections") or []
    prov = doc.get("provenance") or {}
    if not prov.get("samples"):
        out.append("No uncertainty run: every figure is a point value with each input at its median; run with --samples for 90 % intervals.")
    elif not dist_range(t.get("mines_dist")):
        out.append("No uncertain input (every value is a single number): the figures have no range; write a range such as \"1.5 to 2.5\" to get one.")
    else:
        out.append(f"Ranges are 90 % intervals of {fmt_count(prov['samples'])} Monte Carlo samples; the big numbers are point values (every input at its median).")
    stated = [r.get("name") for r in secs if r.get("length_source") == "stated"]
    if stated:
        out.append(f"{len(stated)} of {len(secs)} sections use a stated length, not a measured border: no map and no civilian count for them.")
    water = sum(_num(r.get("water_km")) or 0.0 for r in secs)
    if water and any(r.get("along_water") == "skip" for r in secs):
        out.append(f"{fmt_km(water)} km of the front follow rivers and lakes and carry no belt; the belt area counts land stretches only.")
    c = doc.get("cost")
    if isinstance(c, dict):
        lay = c.get("laying_cost")
        if lay is None or (is_num(lay) and lay == 0 and _num(c.get("total"))):
            out.append("Laying is not costed (no public rate): the build cost is a floor, and no clearance-to-build ratio is given.")
    p = doc.get("production")
    if isinstance(p, dict) and p.get("capacity_per_year") is not None and not isinstance(p.get("capacity"), dict) and len(doc.get("by_country") or {}) > 1:
        out.append("Production assumes one capacity for all countries pooled; its producer, scope (anti-personnel or all types) and year are not stated.")
    k = doc.get("clearance")
    if isinstance(k, dict) and k.get("calendar_years") is not None:
        out.append(f"Clearance time scales with the capacity assumed ({_capacity_text(k)}); double it and the time halves.")
    if _num(t.get("overlap_km2")):
        out.append(f"Belts of one country overlap on {fmt_km(t['overlap_km2'])} km\u00b2, counted once in the totals.")
    return out[:6]


def summary(doc: dict[str, Any], claims: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one-page briefing: ``{"cards": [{value, label, range, note, main}], "paragraphs":
    [{"title", "text"}], "caveats": [str]}``: plain text, laid out by the HTML and PDF."""
    cards, needs = _needs(doc)
    paragraphs = [{"title": "What the belt needs", "text": needs}]
    cost_card, cost_text = _cost(doc)
    c = doc.get("cost") if isinstance(doc.get("cost"), dict) else {}
    build_costed = bool(c) and all(c.get(f) is not None for f in ("mines_cost", "laying_cost")) and bool(_num(c.get("laying_cost")))
    for card, text, title in (
        (cost_card, cost_text, "What it costs"),
        (*_production(doc), "How long to produce the mines"),
        (*_clearance(doc, build_costed), "What it leaves behind"),
        (*_civilians(doc), "Civilians near the belt"),
    ):
        if card is not None:
            cards.append(card)
        if text:
            paragraphs.append({"title": title, "text": text})
    if claims and claims.get("claims"):
        counts: dict[str, int] = {}
        for cl in claims["claims"]:
            counts[cl.get("verdict", "?")] = counts.get(cl.get("verdict", "?"), 0) + 1
        paragraphs.append(
            {"title": "Published claims", "text": f"{len(claims['claims'])} claims recomputed: " + ", ".join(f"{n} {v}" for v, n in sorted(counts.items(), key=lambda x: -x[1])) + "."}
        )
    return {"cards": cards, "paragraphs": paragraphs, "caveats": caveats(doc)}
