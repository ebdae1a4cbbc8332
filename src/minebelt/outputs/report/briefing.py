"""The briefing: what a policy reader sees first, computed from the JSON document.

Layer: outputs.

:func:`summary` — headline cards, one short paragraph per topic, the biggest caveats — is a
pure function of the ``minebelt.estimate/1`` document (and an optional fact-check
document); the HTML template and the PDF lay the same values out. It tolerates missing
blocks and fields (an absent figure reads "not estimated"), so blocks that gain or lose
fields do not break the report.
"""

from __future__ import annotations

from typing import Any

from .clearance_view import clearance_view
from .cost_view import cost_view
from .fmt import (
    NOT_ESTIMATED,
    dist_range,
    fmt_count,
    fmt_km,
    fmt_mines,
    fmt_mines_words,
    fmt_money,
    fmt_ratio,
    fmt_years,
    is_num,
)
from .production_view import production_view
from .views import _get, _num, exposure_view, input_label


def _range_text(d: Any, fmt: Any, varies: str = "") -> str:
    """``point value; 90 % interval a – b (median m)``: the card's figure is the point value (every
    input at its median), the interval and median come from the Monte Carlo sample; "" without spread."""
    r = dist_range(d, fmt)
    if not r:
        return ""
    what = f"90 % interval, {varies}" if varies and varies != "nothing (no spread)" else "90 % interval"
    med = d.get("p50") if isinstance(d, dict) else None
    return f"point value; {what} {r}" + (f" (median {fmt(med)})" if is_num(med) else "")


def _people(x: Any) -> str:
    """A head count to three significant figures: ``514,000``, ``1.10 million``."""
    v = _num(x)
    if v is None:
        return NOT_ESTIMATED
    r = float(f"{v:.3g}")
    return f"{r / 1e6:#.3g} million" if r >= 1e6 else f"{r:,.0f}"


# ----------------------------------------------------------------------------- summary


def _card(value: str, label_: str, rng: str = "", note: str = "", main: bool = False) -> dict[str, Any]:
    return {"value": value, "label": label_, "range": rng, "note": note, "main": main}


def _needs(doc: dict[str, Any]) -> tuple[list[dict[str, Any]], str]:
    t = doc.get("totals") or {}
    cal = doc.get("calibration") if isinstance(doc.get("calibration"), dict) else {}
    length, area, mines = _num(t.get("length_km")), _num(t.get("area_km2")), _num(t.get("mines"))
    water = sum(_num(r.get("water_km")) or 0.0 for r in doc.get("sections") or [])
    skip = any(r.get("along_water") == "skip" for r in doc.get("sections") or [])
    # one front for every figure of the box: the front the belt is built behind (land when water is skipped)
    front = _num(t.get("belt_front_km")) or length
    depth = area / front if area and front else None
    densities = sorted({round(r["density_per_km2"]) for r in doc.get("sections") or [] if is_num(r.get("density_per_km2"))})
    per_km = _num(t.get("mines_per_km_front"))
    ratio = _num(_get(cal, "scenario", "ratio_to_densest_per_km_front"))
    densest = _get(cal, "densest_barrier")
    n = _get(cal, "barriers_in_table")
    table = f"the densest of the {n} barriers in minebelt's table" if is_num(n) else "the densest barrier in minebelt's table"
    versus = f"{fmt_ratio(ratio)} the {densest}, {table}" if ratio and densest else ""
    front_words = f"{fmt_km(front)} km of land front" if water and skip and front != length else f"{fmt_km(front)} km of front"
    cards = [
        _card(fmt_mines_words(mines), "mines in total", _range_text(t.get("mines_dist"), fmt_mines), main=True),
        _card(f"{fmt_km(area)} km\u00b2", f"of belt behind {front_words}" + (f", {fmt_km(depth)} km deep on average" if depth else ""), _range_text(t.get("area_km2_dist"), fmt_km)),
        _card(fmt_count(per_km), f"mines per km of {'land ' if water and skip and front != length else ''}front", _range_text(t.get("mines_per_km_front_dist"), fmt_count), versus),
    ]
    text = f"A belt behind {front_words}"
    if water and skip:
        text += f" (the border runs {fmt_km(length)} km; {fmt_km(water)} km follow rivers and lakes and carry no belt)"
    elif water:
        text += f" (of which {fmt_km(water)} km follow rivers and lakes)"
    text += f" covers {fmt_km(area)} km\u00b2"
    if depth:
        text += f", {fmt_km(depth)} km deep on average (area \u00f7 that front)"
    if densities:
        dens = f"{densities[0]:,}" if len(densities) == 1 else f"{densities[0]:,} to {densities[-1]:,}"
        text += f". At {dens} mines per km\u00b2 it needs {fmt_mines_words(mines)} mines"
    else:
        text += f" and needs {fmt_mines_words(mines)} mines"
    rng = dist_range(t.get("mines_dist"), fmt_mines_words)
    if rng:
        text += f" (90 % interval {rng})"
    text += f", {fmt_count(per_km)} per km of that front"
    if ratio and densest:
        scope = _get(cal, "densest_barrier_mine_types")
        text += f": {fmt_ratio(ratio)} the mines per km of front of the {densest}" + (f" ({scope})" if scope else "") + f", {table}"
    return cards, text + "."


def _cost(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    v = cost_view(doc)
    if v is None:
        return None, None
    c = doc.get("cost") or {}
    card = _card(v["total"], v["card_label"], _range_text(c.get("total_dist"), lambda x: fmt_money(x, v["currency"])), v["card_note"])
    return card, v["text"]


def _production(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    v = production_view(doc)
    if v is None:
        return None, None
    if v["headline"] == NOT_ESTIMATED:
        card = _card(NOT_ESTIMATED, "time to make the mines", "", v["not_estimated"])
    else:
        p = doc.get("production") or {}
        label = f"to make the mines, {v['condition']}" if v["condition"] else "to make the mines"
        card = _card(v["headline"], f"{label}; the last in {v['year_complete']}",
                     _range_text(p.get("years_to_fill_dist"), fmt_years, v["interval_varies"]), v["capacity_short"])  # fmt: skip
    return card, v["text"]


def _clearance(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    v = clearance_view(doc)
    if v is None:
        return None, None
    k = doc.get("clearance") or {}
    if v["bracket"]:
        b = v["bracket"]
        card = _card(b["value"], b["label"] + (f" ({b['scope']})" if b["scope"] else ""), b["range"], v["card_note"])
    elif v["years"] != NOT_ESTIMATED:
        card = _card(v["years"], v["card_label"], _range_text(k.get("calendar_years_dist"), fmt_years, k.get("calendar_years_interval_varies", "")), v["card_note"])
    else:
        card = _card(v["world_years"], f"of {v['world_label']}", _range_text(k.get("world_capacity_years_dist"), fmt_years, k.get("world_capacity_interval_varies", "")), v["world"])
    return card, v["text"]


def _civilians_note(t: dict[str, Any]) -> str:
    """The civilians card's line: the largest place on the belt named, the other side apart."""
    named = [p for p in t.get("in_or_near_belt") or [] if isinstance(p, dict)]
    inside = _get(t, "in_belt", "places") or 0
    out = ""
    if named:
        p = named[0]
        where = "the belt would run through" if p.get("inside") else "nearest"
        more = inside - 1 if p.get("inside") else 0
        out = f"{where} {p.get('name')}, {p.get('country')}, {fmt_count(p.get('population'))} people" + (f", and {more} more place{'s' if more != 1 else ''}" if more > 0 else "")
    other = _get(t, "other_side", "within_1km") or {}
    if other.get("places"):
        out += f"{'; ' if out else ''}across the border, counted apart: {_people(other.get('population'))} within 1 km"
    return out


def _civilians(doc: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    ev = exposure_view(doc)
    if not ev or not ev["available"] or not ev["total"]:
        return None, None
    radii = ev["radii"]
    t = _get(doc, "exposure", "total") or {}

    def places(x: str) -> str:
        return f"{x} place{'' if x == '1' else 's'}"

    scope = str(_get(doc, "exposure", "scope") or "populated places, both sides of the border")
    if ev["defender"] is not None and "1" in radii:
        # the defender's side first: the places inside the belt or within 1 km of it
        i = radii.index("1")
        mine = _get(t, "defender_side", "within_1km") or {}
        card = _card(_people(mine.get("population")), f"people in {places(ev['defender'][i]['places'])} inside the belt or within 1 km of it, on the defender's side", "", _civilians_note(t))
        def side(key: str) -> str:
            return ", ".join(f"{_people(_get(t, key, f'within_{r}km', 'population'))}{' people' if i == 0 else ''} within {r} km" for i, r in enumerate(radii))

        named = ev["headline"].split(" Across the border, counted apart:")[0]  # the other side is counted below
        text = f"{named} On the defender's side: {side('defender_side')}"
        if ev["other"]:
            text += f"; across the border ({ev['other_countries']}), counted apart: {side('other_side')}"
        return card, text + f". Counted: {scope}."
    i = radii.index("5") if "5" in radii else len(radii) // 2
    c = ev["total"][i]
    raw = [_get(t, f"within_{r}km", "population") for r in radii]
    card = _card(_people(raw[i]), f"people in {places(c['places'])} within {radii[i]} km of the belt", "", scope)
    parts = [f"{_people(p)} people in {places(x['places'])} within {r} km" for r, x, p in zip(radii, ev["total"], raw, strict=False)]
    text = f"Living near the belt ({scope}): " + "; ".join(parts) + "."
    if ev["largest"]:
        text += " Largest: " + ", ".join(f"{p['name']} ({p['country']}, {p['population']}, {p['distance']})" for p in ev["largest"][:3]) + "."
    return card, text


def caveats(doc: dict[str, Any]) -> list[str]:
    """The biggest caveats of this estimate, most important first (at most eight)."""
    out: list[str] = []
    t = doc.get("totals") or {}
    secs = doc.get("sections") or []
    prov = doc.get("provenance") or {}
    uncertain = [input_label(e.get("key"), doc) for e in doc.get("inputs") or [] if isinstance(e, dict) and e.get("uncertain")]
    if not doc.get("inputs") and dist_range(t.get("mines_dist")):  # a document without its inputs list
        uncertain = ["the belt's inputs"]
    if not prov.get("samples"):
        out.append("No uncertainty run: every figure is a point value with each input at its median; run with --samples for 90 % intervals.")
    elif not uncertain:
        out.append("No uncertain input (every value is a single number): the figures have no range; write a range such as \"1.5 to 2.5\" to get one.")
    elif not dist_range(t.get("mines_dist")):
        out.append(f"Ranges are 90 % intervals of {fmt_count(prov['samples'])} Monte Carlo samples over the uncertain inputs ({', '.join(uncertain)}); "
                   "the belt's own figures have no range (their inputs are single numbers).")  # fmt: skip
    else:
        out.append(f"Ranges are 90 % intervals of {fmt_count(prov['samples'])} Monte Carlo samples; the headline figures are point values (every input at its median), which can differ from the sample's median shown beside them.")
    stated = [r.get("name") for r in secs if r.get("length_source") == "stated"]
    if stated:
        out.append(f"{len(stated)} of {len(secs)} sections use a stated length, not a measured border: no map and no civilian count for them.")
    water = sum(_num(r.get("water_km")) or 0.0 for r in secs)
    if water and any(r.get("along_water") == "skip" for r in secs):
        out.append(f"{fmt_km(water)} km of the front follow rivers and lakes and carry no belt; the belt area counts land stretches only.")
    for view in (cost_view(doc), production_view(doc), clearance_view(doc)):
        out += (view or {}).get("caveats", [])
    if _num(t.get("overlap_km2")):
        out.append(f"Belts of one country overlap on {fmt_km(t['overlap_km2'])} km\u00b2, counted once in the totals.")
    return out[:8]


def summary(doc: dict[str, Any], claims: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one-page briefing: ``{"cards": [{value, label, range, note, main}], "paragraphs":
    [{"title", "text"}], "caveats": [str]}``: plain text, laid out by the HTML and PDF."""
    cards, needs = _needs(doc)
    paragraphs = [{"title": "What the belt needs", "text": needs}]
    for card, text, title in (
        (*_cost(doc), "What it costs"),
        (*_production(doc), "How long to produce the mines"),
        (*_clearance(doc), "What it leaves behind"),
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
