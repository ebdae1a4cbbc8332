"""What the report says about the production, cost and clearance blocks (output layer).

Pure functions of the ``minebelt.estimate/1`` document returning plain text: the HTML
sub-templates, the PDF and the one-page briefing (:mod:`.briefing`) lay out the same
values, so the three say the same thing in the same words as ``minebelt estimate``:

- :func:`production_view` — "at least N years" for a lower bound (all-types capacity),
  "not estimated" without capacity, always with the capacity's producer, scope and year;
- :func:`cost_view` — what is and is not costed; no "full" total when a part is not costed;
- :func:`clearance_view` — IMAS land release (area to address, cancelled by non-technical
  survey, reduced by technical survey, cleared), calendar years with the capacity named,
  cost, the world-output yardstick, and build against clearance only when both are costed;
- :func:`assumptions` — every input of a block with its value and its source.

Every function tolerates missing or foreign fields (an absent figure reads "not
estimated"); the fields each reads are listed in its docstring.
"""

from __future__ import annotations

import re
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
)
from .views import _get, _num, country_name, default_source, input_label, input_unit

#: Capacity scopes (``production.capacity[].scope``) in words.
SCOPE_WORDS = {"anti-personnel": "anti-personnel only", "all-types": "all types, anti-personnel included", "mixed": "anti-personnel for some groups, all types for others"}


def _list(v: Any) -> list[dict[str, Any]]:
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _rng(d: Any, f: Any, unit: str = "") -> str:
    r = dist_range(d, f)
    return f"{r}{unit}" if r else ""


def _interval(d: Any, f: Any, unit: str = "") -> str:
    """`` (90 % interval a – b)`` or ""."""
    r = _rng(d, f, unit)
    return f" (90 % interval {r})" if r else ""


def _money(cur: str) -> Any:
    return lambda x: fmt_money(x, cur)


def _years(x: Any) -> str:
    return fmt_years(x) + ("" if _num(x) is None else " years")


def years_phrase(years: Any, is_: Any) -> str:
    """``at least 73 years`` (lower bound), ``12 years`` (estimate) or ``not estimated``."""
    if _num(years) is None:
        return NOT_ESTIMATED
    return ("at least " if is_ == "lower bound" else "") + _years(years)


def _year(v: Any) -> str:
    """A calendar year given as a number or as text (``2019``, ``"2019"``)."""
    if v is None or v == "":
        return "year not stated"
    return fmt_year(v) if is_num(v) else str(v)


def _km2(v: Any) -> str:
    return NOT_ESTIMATED if _num(v) is None else ("0" if v == 0 else fmt_km(v))


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def short_producer(name: Any) -> str:
    """``Belma (Bydgoskie Zakłady Elektromechaniczne)`` -> ``Belma``."""
    s = str(name or "").strip()
    return re.sub(r"\s*\([^()]*\)$", "", s) or s


# ============================================================================ production


def _capacity_words(e: dict[str, Any], short: bool = False) -> str:
    """``Belma (POL), 1.2 million mines a year in 2026 (all types, anti-personnel included)``;
    ``short``: ``Belma (POL), 1.2 M a year in 2026, all types``."""
    per = _num(e.get("mines_per_year"))
    year = _year(e.get("year"))
    if short:
        value = fmt_mines_words(per) if per is not None else fmt_value_text(e.get("value"))
        scope = {"all-types": "all types", "anti-personnel": "anti-personnel"}.get(str(e.get("scope")), str(e.get("scope") or "scope not stated"))
        return f"{short_producer(e.get('producer'))} ({e.get('country', '?')}), {value} a year in {year}, {scope}"
    value = fmt_mines_words(per) if per is not None else fmt_value_text(e.get("value"))
    scope = SCOPE_WORDS.get(str(e.get("scope")), str(e.get("scope") or "scope not stated"))
    return f"{e.get('producer') or 'a producer'} ({e.get('country', '?')}), {value} mines a year in {year} ({scope})"


def production_view(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The production block in words, or None without it.

    Reads ``production.``: ``years_to_fill(_dist)``, ``years_to_fill_is``, ``year_complete(_dist)``,
    ``start_year``, ``start_year_source``, ``capacity_scope``, ``pooled_by``, ``pooling``,
    ``not_estimated``, ``capacity[]{producer, country, mines_per_year, value, scope, year,
    source, used, note}``, ``stock[]{country, mines, scope, year, source}``, ``ramp_up_years``,
    ``groups[]{group, countries, pooled, producers, capacity_scope, mines, capacity_per_year(_dist),
    stock, years_to_fill(_dist), year_complete, years_to_fill_is, not_estimated}``, ``method``.

    Returns ``{headline, is, range, year_complete, year_complete_range, start_year,
    start_year_source, figures [(label, value, range)], capacity [...], stock [...], groups
    [...], pooling, scope, not_estimated, capacity_short, text, caveats [str], method}``.
    """
    p = doc.get("production")
    if not isinstance(p, dict):
        return None
    years = _num(p.get("years_to_fill"))
    is_ = p.get("years_to_fill_is") or ("estimate" if years is not None else "not estimated")
    lower = is_ == "lower bound" and years is not None
    earliest = " at the earliest" if lower else ""
    caps = _list(p.get("capacity"))
    used = [e for e in caps if e.get("used", True)]
    stock = _list(p.get("stock"))
    groups = _list(p.get("groups"))
    start = fmt_year(p.get("start_year")) if p.get("start_year") is not None else NOT_ESTIMATED
    start_src = str(p.get("start_year_source") or "")
    start_note = "stated in the scenario" if start_src == "stated" else start_src
    yrange = _rng(p.get("years_to_fill_dist"), fmt_years, " years")
    done = fmt_year(p.get("year_complete")) if years is not None else NOT_ESTIMATED

    def group_row(g: dict[str, Any]) -> dict[str, Any]:
        members = [str(c) for c in g.get("countries") or []]
        gyears = _num(g.get("years_to_fill"))
        g_lower = g.get("years_to_fill_is") == "lower bound"
        return {
            "name": ", ".join(country_name(doc, c) for c in members) or str(g.get("group", "")),
            "code": str(g.get("group", "")),
            "pooled": bool(g.get("pooled")),
            "producers": "; ".join(str(x) for x in g.get("producers") or []) or "none on record",
            "scope": SCOPE_WORDS.get(str(g.get("capacity_scope")), NOT_ESTIMATED),
            "mines": fmt_mines(g.get("mines")),
            "capacity": fmt_count(g.get("capacity_per_year")),
            "capacity_range": _rng(g.get("capacity_per_year_dist"), fmt_count),
            "stock": fmt_count(g.get("stock")) if g.get("stock") is not None else "",
            "years": years_phrase(gyears, g.get("years_to_fill_is")),
            "years_range": _rng(g.get("years_to_fill_dist"), fmt_years),
            "year_complete": (fmt_year(g.get("year_complete")) + (" at the earliest" if g_lower else "")) if gyears is not None else NOT_ESTIMATED,
            "year": fmt_year(g.get("year_complete")) if gyears is not None else NOT_ESTIMATED,
            "is": g.get("years_to_fill_is") or "",
            "not_estimated": str(g.get("not_estimated") or ""),
        }

    capacity_rows = [
        {
            "producer": str(e.get("producer") or ""),
            "country": str(e.get("country") or ""),
            "per_year": fmt_value_text(e.get("value")) if e.get("value") is not None else fmt_count(e.get("mines_per_year")),
            "scope": SCOPE_WORDS.get(str(e.get("scope")), str(e.get("scope") or "not stated")),
            "year": _year(e.get("year")),
            "used": "yes" if e.get("used", True) else "no (no group needs it)",
            "source": str(e.get("source") or "not stated"),
            "note": str(e.get("note") or ""),
        }
        for e in caps
    ]
    stock_rows = [
        {
            "country": str(s.get("country") or ""),
            "mines": fmt_count(s.get("mines")),
            "scope": SCOPE_WORDS.get(str(s.get("scope")), str(s.get("scope") or "not stated")),
            "year": _year(s.get("year")),
            "source": str(s.get("source") or "not stated"),
        }
        for s in stock
    ]
    capacity_short = "; ".join(_capacity_words(e, short=True) for e in used) or "no capacity on record"
    # what makes the time a lower bound: the all-types capacity counted
    all_types = [e for e in used if e.get("scope") != "anti-personnel"]
    all_types_who = ", ".join(f"{short_producer(e.get('producer'))} ({e.get('country', '?')}, {_year(e.get('year'))})" for e in all_types)
    mixed = bool(all_types) and len(all_types) < len(used)
    bound = (f"{all_types_who} {'makes' if len(all_types) == 1 else 'make'} all mine types, so the time is a lower bound, "
             f"as if all of {'its' if len(all_types) == 1 else 'their'} output were anti-personnel mines")  # fmt: skip

    # the briefing paragraph
    if years is not None:
        text = f"{'At least ' if lower else ''}{_years(years)}{_interval(p.get('years_to_fill_dist'), fmt_years)}: "
        text += f"from {start}, the last mine would be made in {done}{earliest}. "
        text += f"Capacity counted: {'; '.join(_capacity_words(e) for e in used) or 'none'}"
        if lower and mixed:
            text += f". {_sentence(bound)}. "
        else:
            text += ": a lower bound, as if all of it made anti-personnel mines. " if lower else ". "
    else:
        why = str(p.get("not_estimated") or "no production capacity on record")
        text = f"Not estimated for the whole belt: {why}. "
        known = [g for g in groups if _num(g.get("years_to_fill")) is not None]
        for g in known:
            gr = group_row(g)
            text += f"{gr['name']} alone: {gr['years']} with {gr['producers']}. "
    if p.get("pooled_by"):
        text += f"{', '.join(str(c) for c in p['pooled_by'])} pool their producers and stocks (a scenario assumption)."
    elif len(groups) > 1:
        text += "Each defending country fills its own sections from its own producers."
    ramp = _num(p.get("ramp_up_years"))
    if ramp:
        text = text.rstrip() + f" Output ramps up from zero over {fmt_years(ramp)} years."
    if stock_rows:
        text = text.rstrip() + " Stocks counted: " + "; ".join(f"{s['mines']} mines ({s['country']}, {s['scope']}, {s['year']})" for s in stock_rows) + "."

    caveats = []
    if lower:
        caveats.append(f"Production time is a lower bound: {all_types_who or 'the capacity counted'} {'makes' if len(all_types) <= 1 else 'make'} all mine types, not anti-personnel mines alone.")
    elif years is None:
        caveats.append(f"Production time is not estimated: {p.get('not_estimated') or 'no capacity on record'}.")
    if p.get("pooled_by"):
        caveats.append(f"Production assumes {', '.join(str(c) for c in p['pooled_by'])} pool producers and stocks; without pooling only countries with a producer of their own get a figure.")

    figures = [
        ("Years to make every mine", years_phrase(years, is_), yrange),
        (f"Last mine made in (start {start})", done + earliest, _rng(p.get("year_complete_dist"), fmt_year) if years is not None else ""),
        ("Capacity counted, mines a year", "; ".join(f"{short_producer(e.get('producer'))}: {fmt_count(e.get('mines_per_year'))}" for e in used) or NOT_ESTIMATED, ""),
    ]
    return {
        "headline": years_phrase(years, is_),
        "is": is_,
        "lower": lower,
        "bound": _sentence(bound) + "." if lower else "",
        "range": yrange,
        "year_complete": done,
        "earliest": earliest,
        "year_complete_range": _rng(p.get("year_complete_dist"), fmt_year) if years is not None else "",
        "start_year": start,
        "start_year_source": start_note,
        "figures": figures,
        "capacity": capacity_rows,
        "stock": stock_rows,
        "groups": [group_row(g) for g in groups],
        "pooling": str(p.get("pooling") or ""),
        "scope": SCOPE_WORDS.get(str(p.get("capacity_scope")), NOT_ESTIMATED),
        "not_estimated": str(p.get("not_estimated") or ""),
        "capacity_short": capacity_short,
        "text": text.strip(),
        "caveats": caveats,
        "method": str(p.get("method") or ""),
    }


# ================================================================================== cost

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

RELEASE_STEPS = (
    ("cancelled_nts", "Cancelled by non-technical survey"),
    ("reduced_ts", "Reduced by technical survey"),
    ("cleared", "Cleared"),
)


def _capacity_short(k: dict[str, Any]) -> str:
    """The clearance capacity in a few words (for a card): ``each country at Croatia's rate``."""
    cap = _dict(k.get("capacity"))
    basis = cap.get("basis")
    if basis == "national programmes":
        progs = [v for v in _dict(cap.get("by_country")).values() if isinstance(v, dict)]
        names = list(dict.fromkeys(str(v.get("programme") or "") for v in progs))
        if len(names) == 1 and "'s " in names[0]:
            return f"each country at {names[0].split(chr(39) + 's ')[0]}'s clearance rate"
        return "each country at a national programme's rate"
    if basis == "stated":
        return f"{fmt_value_text(cap.get('km2_per_year'))} km\u00b2 a year (stated)"
    if basis == "resources":
        res = _dict(cap.get("resources"))
        bits = [f"{fmt_value_text(res[u])} {u.replace('_', ' ')}" for u in ("deminers", "machines", "dog_teams") if u in res]
        return (", ".join(bits) or "the workforce") + " (stated)"
    if basis == "stated by country":
        return "each country at its stated rate"
    return str(k.get("calendar_years_capacity") or "the capacity assumed")


def _world_words(k: dict[str, Any], short: bool = False) -> str:
    """``219.31 km² cleared in 2022, Landmine Monitor`` (``short``: ``2022, Landmine Monitor``)."""
    w = _dict(k.get("world_capacity"))
    if not w:
        return ""
    who = "Landmine Monitor" if "Landmine" in str(w.get("source") or "") else str(w.get("source") or "source not stated").split(",")[0]
    if short:
        return f"{_year(w.get('year'))}, {who}"
    return f"{fmt_plain(w.get('km2_per_year'))} km\u00b2 cleared in {_year(w.get('year'))}, {who}"


def clearance_view(doc: dict[str, Any]) -> dict[str, Any] | None:
    """The clearance legacy in the terms of mine action, or None without the block.

    Reads ``clearance.``: ``currency``, ``area_to_address_km2``, ``cancelled_nts_km2``,
    ``reduced_ts_km2``, ``cleared_km2`` (each with ``_dist``), ``unrecorded_allowance(_source)``,
    ``land_release{method, shares, description, sources}``, ``capacity_km2_per_year``,
    ``calendar_years(_dist)``, ``calendar_years_capacity``, ``capacity{basis, description, note,
    resources, km2_per_year, by_country{c: programme, programme_country, own_programme,
    km2_per_year, year, scope, certainty, source}}``, ``cost(_dist)``, ``cost_scope``,
    ``cost_per_m2``, ``world_capacity_years(_dist)``, ``world_capacity{km2_per_year, year, scope,
    certainty, source}``, ``by_country{c: area_to_address_km2, cleared_km2,
    capacity_km2_per_year, calendar_years, cost, world_capacity_years, capacity_source}``,
    ``vs_build{build_cost, build_complete, clearance_cost, clearance_to_build_ratio, ratio_note}``,
    ``dmz_reference``, ``method``; and ``cost.complete`` (no ratio on an uncosted build).
    """
    k = doc.get("clearance")
    if not isinstance(k, dict):
        return None
    cur = str(k.get("currency") or _get(doc, "cost", "currency") or "")
    money = _money(cur)
    area = _num(k.get("area_to_address_km2", k.get("area_to_clear_km2")))
    lr = _dict(k.get("land_release"))
    shares = _dict(lr.get("shares"))
    steps = []
    for key, name in RELEASE_STEPS:
        v = _num(k.get(f"{key}_km2"))
        steps.append({"name": name, "km2": _km2(v), "share": fmt_pct(shares.get(key)) if key in shares else "",
                      "range": _rng(k.get(f"{key}_km2_dist"), fmt_km), "value": v})  # fmt: skip
    cancelled, reduced, cleared = (s["value"] for s in steps)
    if cleared is not None and not cancelled and not reduced:
        release = "all of it by clearance"
        if lr.get("method") == "confirmed-belt":
            release += " (a recorded belt is a confirmed hazardous area: survey can neither cancel nor reduce it)"
    elif cleared is not None:
        release = (f": {_km2(cancelled or 0)} km\u00b2 cancelled by non-technical survey, {_km2(reduced or 0)} km\u00b2 reduced by technical survey "
                   f"and {_km2(cleared)} km\u00b2 cleared (land release shares: {lr.get('method') or 'stated'})")  # fmt: skip
    else:
        release = "its release is not estimated"
    release_words = release.removeprefix(": ")
    years = _num(k.get("calendar_years"))
    capacity_text = fmt_value_text(k.get("calendar_years_capacity") or _get(k, "capacity", "description") or "the capacity assumed")
    world_years = _num(k.get("world_capacity_years"))
    world = _world_words(k)
    cost = _num(k.get("cost"))
    cost_scope = str(k.get("cost_scope") or "")
    vs = _dict(k.get("vs_build"))
    build_complete = vs.get("build_complete", _get(doc, "cost", "complete"))
    ratio = _num(vs.get("clearance_to_build_ratio")) if build_complete is not False and _get(doc, "cost", "complete") is not False else None
    if vs:
        if ratio is not None:
            vs_text = f"Clearing would cost {fmt_ratio(ratio)} what building costs ({fmt_money(vs.get('clearance_cost'), cur)} against {fmt_money(vs.get('build_cost'), cur)})."
        else:
            note = str(vs.get("ratio_note") or "ratio not estimated: the build cost is not complete")
            note = note.removeprefix("ratio not estimated: ")
            vs_text = f"No ratio of clearance to build cost: {note}."
    else:
        vs_text = ""

    sep = "" if release.startswith(":") else ", "
    text = f"The belt leaves {fmt_km(area)} km\u00b2 to release{_interval(k.get('area_to_address_km2_dist', k.get('area_to_clear_km2_dist')), fmt_km)}{sep}{release}. " if area is not None else "The area to release is not estimated. "
    if years is not None:
        text += f"With {capacity_text}, clearance takes {_years(years)}{_interval(k.get('calendar_years_dist'), fmt_years)}"
    else:
        text += "The clearance time is not estimated"
    if cost is not None:
        crange = _rng(k.get("cost_dist"), money)
        extra = [f"90 % interval {crange}"] if crange else []
        extra += ["survey not costed"] if "survey" in cost_scope else []
        text += f" and costs {fmt_money(cost, cur)}" + (f" ({'; '.join(extra)}). " if extra else ". ")
    else:
        text += "; its cost is not estimated. "
    if world_years is not None:
        text += f"Free of any capacity assumption: {_years(world_years)} of the world's entire clearance output ({world}). "
    text += vs_text

    cap = _dict(k.get("capacity"))
    programmes: dict[str, dict[str, Any]] = {}  # one row per programme, with the countries using its rate
    for code, v in _dict(cap.get("by_country")).items():
        if not isinstance(v, dict):
            continue
        name = str(v.get("programme") or f"stated for {country_name(doc, code)}")
        row = programmes.setdefault(
            name,
            {
                "programme": name,
                "own": [],
                "stand_in": [],
                "km2_per_year": fmt_value_text(v.get("km2_per_year")),
                "year": _year(v.get("year")) if v.get("year") is not None else "",
                "scope": str(v.get("scope") or ""),
                "certainty": str(v.get("certainty") or ""),
                "source": str(v.get("source") or "stated in the scenario"),
            },
        )
        row["stand_in" if v.get("own_programme") is False else "own"].append(country_name(doc, code))
    countries = []
    for code, r in _dict(k.get("by_country")).items():
        if isinstance(r, dict):
            countries.append(
                {
                    "name": country_name(doc, code),
                    "area": fmt_km(r.get("area_to_address_km2", r.get("area_to_clear_km2"))),
                    "cleared": fmt_km(r.get("cleared_km2")),
                    "capacity": fmt_plain(r.get("capacity_km2_per_year")) if is_num(r.get("capacity_km2_per_year")) else "one programme for the whole belt",
                    "capacity_source": str(r.get("capacity_source") or ""),
                    "years": _years(r.get("calendar_years")),
                    "years_range": _rng(r.get("calendar_years_dist"), fmt_years),
                    "cost": fmt_money(r.get("cost"), cur),
                    "cost_range": _rng(r.get("cost_dist"), money),
                    "world_years": _years(r.get("world_capacity_years")),
                }
            )
    parallel = cap.get("basis") in ("national programmes", "stated by country")
    caveats = []
    if years is not None:
        why = f" ({cap['note']})" if cap.get("note") else f", {_capacity_short(k)}"
        caveats.append(f"Clearance time scales with the capacity assumed{why}; the world-output yardstick does not depend on it.")
    w = _dict(k.get("world_capacity"))
    return {
        "currency": cur,
        "area": fmt_km(area) if area is not None else NOT_ESTIMATED,
        "area_range": _rng(k.get("area_to_address_km2_dist", k.get("area_to_clear_km2_dist")), fmt_km),
        "steps": steps,
        "release": release_words,
        "land_release_method": str(lr.get("method") or ""),
        "land_release_description": str(lr.get("description") or ""),
        "land_release_sources": [str(s) for s in lr.get("sources") or []],
        "allowance": _allowance(k.get("unrecorded_allowance")),
        "allowance_source": str(k.get("unrecorded_allowance_source") or ""),
        "years": _years(years),
        "years_range": _rng(k.get("calendar_years_dist"), fmt_years),
        "capacity_text": capacity_text,
        "capacity_short": _capacity_short(k),
        "capacity_km2_per_year": fmt_plain(k.get("capacity_km2_per_year")) if is_num(k.get("capacity_km2_per_year")) else "",
        "capacity_range": _rng(k.get("capacity_km2_per_year_dist"), fmt_plain),
        "capacity_note": str(cap.get("note") or ""),
        "parallel": parallel,
        "programmes": [
            {**p, "countries": "; ".join(x for x in (", ".join(p["own"]) + (" (its own)" if p["own"] and p["stand_in"] else ""),
                                                       ", ".join(p["stand_in"]) + (" (stands in: no programme of their own on record)" if p["stand_in"] else "")) if x)}  # fmt: skip
            for p in programmes.values()
        ],
        "cost": fmt_money(cost, cur),
        "cost_range": _rng(k.get("cost_dist"), money),
        "cost_scope": cost_scope,
        "cost_per_m2": _converted(fmt_value_text(k.get("cost_per_m2")))[0] if k.get("cost_per_m2") is not None else "",
        "world_years": _years(world_years),
        "world_range": _rng(k.get("world_capacity_years_dist"), fmt_years),
        "world": world,
        "world_scope": str(w.get("scope") or ""),
        "world_source": str(w.get("source") or ""),
        "vs_build": {
            "build": fmt_money(vs.get("build_cost"), cur),
            "build_range": _rng(vs.get("build_cost_dist"), money),
            "clearance": fmt_money(vs.get("clearance_cost"), cur),
            "clearance_range": _rng(vs.get("clearance_cost_dist"), money),
            "ratio": fmt_ratio(ratio) if ratio is not None else "",
            "ratio_range": _rng(vs.get("clearance_to_build_ratio_dist"), fmt_ratio) if ratio is not None else "",
            "text": vs_text,
        }
        if vs
        else None,
        "countries": countries,
        "text": text.strip(),
        "card_label": f"to clear it, {_capacity_short(k)}",
        "card_note": f"= {_years(world_years)} of the world's entire clearance output ({_world_words(k, short=True)})" if world_years is not None else "",
        "caveats": caveats,
        "dmz_reference": _list(k.get("dmz_reference")),
        "method": str(k.get("method") or ""),
    }


def _allowance(v: Any) -> str:
    try:
        x = float(str(v).replace(",", ""))
    except (TypeError, ValueError):
        return fmt_value_text(v) if v is not None else NOT_ESTIMATED
    return "none" if x == 0 else fmt_pct(x)


# =========================================================================== assumptions


def _row(name: str, value: Any, unit: str, source: str, kind: str) -> dict[str, Any]:
    """``kind``: ``cited`` (a published source), ``scenario`` (set in the scenario file),
    ``derived`` (taken from other inputs) or ``none`` (no public figure: a stated default, or
    a part not costed)."""
    return {"name": name, "value": str(value), "unit": unit, "source": source, "kind": kind, "cited": kind == "cited"}


def _scenario(scenario_file: str | None) -> str:
    return f"set in the scenario{f' ({scenario_file})' if scenario_file else ''}"


def _cited_default(block: dict[str, Any], prefix: str, name: str) -> str | None:
    """The citation a block's ``sources`` gives for its default ``prefix.name``."""
    d = _default(block, prefix, name)
    return d[3] if d else None


def _default(block: dict[str, Any], prefix: str, name: str) -> tuple[str, str, str, str] | None:
    for s in block.get("sources") or []:
        d = default_source(s)
        if d and d[0] == prefix and d[1] == name:
            return d
    return None


def _converted(text: str) -> tuple[str, str]:
    """``EUR 20 to 200 = USD 20.82 to 208.2 at 1.0411 USD/EUR (ECB, 2025-02-28)`` ->
    (``USD 20.82 to 208.2``, ``converted from EUR 20 to 200 at ...``)."""
    if " = " in text:
        src, rest = text.split(" = ", 1)
        value, _, how = rest.partition(" at ")
        return value, f"converted from {src}" + (f" at {how}" if how else "")
    return text, ""


def _production_rows(p: dict[str, Any], scenario_file: str | None, doc: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for e in _list(p.get("capacity")):
        src = str(e.get("source") or "")
        unit = f"mines a year, {SCOPE_WORDS.get(str(e.get('scope')), 'scope not stated')}, {_year(e.get('year'))}"
        rows.append(_row(f"Production capacity: {e.get('producer', '?')} ({e.get('country', '?')})", fmt_value_text(e.get("value", e.get("mines_per_year"))), unit, src or _scenario(scenario_file), "cited" if src else "scenario"))
    for s in _list(p.get("stock")):
        src = str(s.get("source") or "")
        rows.append(_row(f"Mines in stock: {s.get('country', '?')}", fmt_count(s.get("mines")), f"mines, {SCOPE_WORDS.get(str(s.get('scope')), 'scope not stated')}", src or _scenario(scenario_file), "cited" if src else "scenario"))
    if p.get("start_year") is not None:
        stated = p.get("start_year_source") == "stated"
        rows.append(_row("Production starts", fmt_year(p["start_year"]), "", _scenario(scenario_file) if stated else str(p.get("start_year_source") or ""), "scenario" if stated else "derived"))
    if "ramp_up_years" in p:
        ramp = _num(p.get("ramp_up_years"))
        rows.append(_row("Ramp-up to full capacity", fmt_value_text(p.get("ramp_up_years")), "years",
                         _scenario(scenario_file) if ramp else "none assumed (0 unless the scenario sets one)", "scenario" if ramp else "none"))  # fmt: skip
    if p.get("pooled_by"):
        rows.append(_row("Countries pooling production", ", ".join(country_name(doc, c) for c in p["pooled_by"]), "", _scenario(scenario_file), "scenario"))
    return rows


def _cost_rows(c: dict[str, Any], scenario_file: str | None) -> list[dict[str, Any]]:
    cur = str(c.get("currency") or "")
    rows = []
    for name, text in _dict(c.get("inputs")).items():
        words = input_label(f"cost.{name}")
        unit = input_unit(f"cost.{name}", cur)
        text = str(text)
        if text == "not costed":
            rows.append(_row(words, "not costed", "", "left out of the total; state a rate in the scenario to cost it", "none"))
            continue
        value, how = _converted(fmt_value_text(text))
        cit = _cited_default(c, "cost", name)
        source = (f"{cit}; {how}" if how else cit) if cit else _scenario(scenario_file)
        rows.append(_row(words, value.removeprefix(f"{cur} ") if cur else value, unit, source, "cited" if cit else "scenario"))
    rate = _dict(c.get("exchange_rate"))
    per = _dict(rate.get("per_EUR")).get(cur)
    if rate and per is not None:
        rows.append(_row("Exchange rate", f"1 EUR = {fmt_plain(per)} {cur}", f"ECB reference rate, {rate.get('date')}", str(rate.get("source") or ""), "cited"))
    return rows


def _clearance_rows(k: dict[str, Any], scenario_file: str | None, doc: dict[str, Any]) -> list[dict[str, Any]]:
    cur = str(k.get("currency") or "")
    rows = []
    lr = _dict(k.get("land_release"))
    if lr:
        shares = _dict(lr.get("shares"))
        split = " / ".join(fmt_pct(shares.get(s)) for s, _ in RELEASE_STEPS) if shares else ""
        srcs = "; ".join(str(s) for s in lr.get("sources") or [])
        method = str(lr.get("method") or "")
        rows.append(_row("Land release: cancelled by NTS / reduced by TS / cleared", split, f"of the area ({method})" if method else "",
                         srcs or _scenario(scenario_file), "cited" if srcs else "scenario"))  # fmt: skip
    if "unrecorded_allowance" in k:
        src = str(k.get("unrecorded_allowance_source") or "")
        stated = src == "stated"
        rows.append(_row(input_label("clearance.unrecorded_allowance"), _allowance(k.get("unrecorded_allowance")), "of the belt area",
                         _scenario(scenario_file) if stated else src, "scenario" if stated else "none"))  # fmt: skip
    cap = _dict(k.get("capacity"))
    basis = cap.get("basis")
    if basis == "national programmes":
        seen = set()
        for v in _dict(cap.get("by_country")).values():
            if isinstance(v, dict) and v.get("programme") not in seen:
                seen.add(v.get("programme"))
                unit = f"km\u00b2 cleared a year ({_year(v.get('year'))})"
                rows.append(_row(f"Clearance rate of {v.get('programme')}", fmt_value_text(v.get("km2_per_year")), unit, str(v.get("source") or ""), "cited" if v.get("source") else "none"))
    elif basis == "stated":
        rows.append(_row(input_label("clearance.capacity_km2_per_year"), fmt_value_text(cap.get("km2_per_year")), "km\u00b2 a year", _scenario(scenario_file), "scenario"))
    elif basis == "stated by country":
        for code, v in _dict(cap.get("by_country")).items():
            rows.append(_row(f"Clearance capacity, {country_name(doc, code)}", fmt_value_text(_dict(v).get("km2_per_year")), "km\u00b2 a year", _scenario(scenario_file), "scenario"))
    elif basis == "resources":
        for name, v in _dict(cap.get("resources")).items():
            cit = _cited_default(k, "clearance", name)
            rows.append(_row(input_label(f"clearance.{name}"), fmt_value_text(v), input_unit(f"clearance.{name}", cur), cit or _scenario(scenario_file), "cited" if cit else "scenario"))
    if k.get("cost_per_m2") is not None:
        d = _default(k, "clearance", "cost_per_m2")
        value, how = _converted(fmt_value_text(k["cost_per_m2"]))
        note = d[2].removeprefix(str(k["cost_per_m2"])).strip() if d else ""  # e.g. "(2006 prices, not inflated)"
        source = "; ".join(x for x in (f"{d[3]} {note}".strip() if d else "", how) if x) or _scenario(scenario_file)
        rows.append(_row(input_label("clearance.cost_per_m2"), value.removeprefix(f"{cur} ") if cur else value, f"{cur} per m\u00b2 cleared".strip(), source, "cited" if d else "scenario"))
    w = _dict(k.get("world_capacity"))
    if w:
        rows.append(_row("World clearance output (yardstick)", fmt_plain(w.get("km2_per_year")), f"km\u00b2 cleared in {_year(w.get('year'))}", f"{w.get('source', '')}. Scope: {w.get('scope', 'not stated')}", "cited" if w.get("source") else "none"))
    return rows


def assumptions(prefix: str, block: Any, scenario_file: str | None = None, doc: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """One row per input of the ``prefix`` block (``production``, ``cost``, ``clearance``):
    ``{"name", "value", "unit", "source", "kind", "cited"}`` — ``kind`` is ``cited`` (a
    published source), ``scenario`` (set in ``scenario_file``), ``derived`` (taken from other
    inputs) or ``none`` (no public figure: a stated default, or a part not costed)."""
    if not isinstance(block, dict):
        return []
    doc = doc or {}
    if prefix == "production":
        return _production_rows(block, scenario_file, doc)
    if prefix == "cost":
        return _cost_rows(block, scenario_file)
    if prefix == "clearance":
        return _clearance_rows(block, scenario_file, doc)
    return []
