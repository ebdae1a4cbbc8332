"""What the report says about the ``clearance`` block (IMAS land release).

Layer: outputs (report). Pure functions of the ``minebelt.estimate/1`` document returning plain
text; see :mod:`.block_text` for the shared wording.
"""

from __future__ import annotations

from ...i18n import gettext as _
from typing import Any

#: Capacity scopes (``production.capacity[].scope``) in words.
from ... import numbers as N
from .block_text import _allowance, _converted, _dict, _interval, _km2, _list, _money, _rng, _year, _years
from .fmt import NOT_ESTIMATED, fmt_km, fmt_money, fmt_pct, fmt_plain, fmt_ratio, fmt_sig, fmt_value_text, fmt_years, is_num
from .views import _get, _num, country_name

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
    """What one year of the yardstick is: ``the area States Parties cleared of anti-personnel mine
    contamination in 2023 (Landmine Monitor 2024, via wom.ch)``; ``short`` adds the km²."""
    w = _dict(k.get("world_capacity"))
    if not w:
        return ""
    if w.get("label"):
        return str(w["label"]) if short else str(w.get("label_with_figure") or w["label"])
    who = "Landmine Monitor" if "Landmine" in str(w.get("source") or "") else str(w.get("source") or "source not stated").split(",")[0]
    return f"{fmt_plain(w.get('km2_per_year'))} km\u00b2 cleared in {_year(w.get('year'))}, {who}"


def _varies(label: Any) -> str:
    """``90 %, belt area only`` for a table column or a range; ``90 %`` when not known."""
    return f"90 %, {label}" if isinstance(label, str) and label and label != "nothing (no spread)" else "90 %"


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
    condition = fmt_value_text(_get(k, "capacity", "headline") or f"with {capacity_text}")
    world_years = _num(k.get("world_capacity_years"))
    mines_years = _num(k.get("world_capacity_years_by_mines"))
    world = _world_words(k)
    w = _dict(k.get("world_capacity"))
    years_varies = _varies(k.get("calendar_years_interval_varies"))
    price = str(k.get("cost_price_basis") or "") if k.get("cost_price_years") else ""
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
        if price:
            vs_text += " Different price years, not adjusted for inflation."
    else:
        vs_text = ""

    sep = "" if release.startswith(":") else ", "
    text = f"The belt leaves {fmt_km(area)} km\u00b2 to release{_interval(k.get('area_to_address_km2_dist', k.get('area_to_clear_km2_dist')), fmt_km)}{sep}{release}. " if area is not None else "The area to release is not estimated. "
    by_mines = _num(k.get("calendar_years_by_mines"))
    if years is not None and by_mines is not None:  # lead with the bracket: area rate to mine rate
        whose = str(k.get("calendar_years_by_mines_rates_of") or "the programmes'")
        rate = "rates" if " and " in whose else "rate"
        caveat = str(_get(k, "capacity", "scope_caveat") or "")
        text += f"Clearance takes between {fmt_sig(years)} years at {whose} area {rate} and {fmt_sig(by_mines)} years at {whose} mine {rate}" + (f" ({caveat}). " if caveat else ". ")
        mr = _rng(k.get("calendar_years_by_mines_dist"), fmt_years)
        text += f"Mine rate: {_years(by_mines)}" + (f" (90 %: {mr})" if mr else "") + ". Area rate only: "
    elif years is not None:
        text += f"Area rate only ({fmt_value_text(k.get('calendar_years_by_mines_note') or 'mine rate not estimated')}): "
    if years is not None:
        yr = _rng(k.get("calendar_years_dist"), fmt_years)
        text += f"{condition[:1].upper() + condition[1:]}, clearance takes {_years(years)}" + (f" ({years_varies}: {yr})" if yr else "")
    else:
        text += "The clearance time is not estimated"
    if cost is not None:
        crange = _rng(k.get("cost_dist"), money)
        extra = [price] if price else []
        extra += [f"90 % interval {crange}"] if crange else []
        extra += ["survey not costed"] if "survey" in cost_scope else []
        text += f" and costs {fmt_money(cost, cur)}" + (f" ({'; '.join(extra)}). " if extra else ". ")
    else:
        text += "; its cost is not estimated. "
    if world_years is not None:
        text += f"Yardstick, if the States Parties' entire {_year(w.get('year'))} output went into this belt: {_years(world_years)} of {world}"
        if mines_years is not None and w.get("ap_mines_per_year"):
            text += f"; by mines, {_years(mines_years)} of {w.get('mines_label_with_figure') or w.get('mines_label')}"
        text += ". "
    note = str(_get(k, "capacity", "density_note") or "")
    if note and years is not None:
        text += note + " "
    if k.get("unrecorded_allowance_note"):
        text += f"The area {k['unrecorded_allowance_note']}. " if str(k["unrecorded_allowance_note"]).startswith("assumes") else ""
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
        if v.get("yearly_outputs"):
            row["outputs"] = str(v["yearly_outputs"])
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
        caveats.append(f"Clearance time scales with the capacity assumed{why}, and km\u00b2 rates understate a dense belt; the yardsticks of States Parties' output do not depend on it.")
    if str(k.get("unrecorded_allowance_note") or "").startswith("assumes"):
        caveats.append("The clearance area assumes complete records: no mine drifted, lost or unmapped (sourced alternatives: 2.5-5.6 % of mines, not of area; docs/model.md).")
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
        "capacity_range": _rng(k.get("capacity_km2_per_year_dist"), fmt_km),
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
        "world_range_label": _varies(k.get("world_capacity_interval_varies")),
        "world": world,
        "world_label": str(w.get("label") or world),
        "mines_years": _years(mines_years) if mines_years is not None else "",
        "mines_range": _rng(k.get("world_capacity_years_by_mines_dist"), fmt_years),
        "mines_label": str(w.get("mines_label") or ""),
        "world_certainty": str(w.get("certainty") or ""),
        "world_newer": str(w.get("newer") or ""),
        "years_label": condition,
        "years_range_label": years_varies,
        "density_note": str(_get(k, "capacity", "density_note") or ""),
        "allowance_note": str(k.get("unrecorded_allowance_note") or ""),
        "allowance_alternatives": _list(k.get("unrecorded_allowance_alternatives")),
        "cost_price_basis": price,
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
        "card_label": f"to clear it, {condition}",
        "card_note": (f"Yardstick, if all States Parties' output went into this belt: {_years(world_years)} of {_world_words(k, short=True)}"
                      + (f"; {_years(mines_years)} by anti-personnel mines destroyed" if mines_years is not None else "")) if world_years is not None else "",  # fmt: skip
        "bracket": _bracket(k, years),
        "caveats": caveats,
        "dmz_reference": _list(k.get("dmz_reference")),
        "method": str(k.get("method") or ""),
    }


def _bracket(k: dict[str, Any], years: float | None) -> dict[str, str] | None:
    """The summary card's clearance figure when both rates exist: ``51–9,700 years``, from the
    area rate to the mine rate (the two methods, not an interval), with each one's 90 % interval."""
    by_mines = _num(k.get("calendar_years_by_mines"))
    if years is None or by_mines is None:
        return None
    whose = str(k.get("calendar_years_by_mines_rates_of") or "the programmes'")
    rate = "rates" if " and " in whose else "rate"
    # two significant figures, as the figure itself: "51–9,700 years" beside "5,900–16,000"
    ranges = [f"{what} {r} years" for what, r in (("area rate", N.dist(k.get("calendar_years_dist"), 2, scale=False)),
                                               ("mine rate", N.dist(k.get("calendar_years_by_mines_dist"), 2, scale=False))) if r]  # fmt: skip
    lo, hi = sorted((years, by_mines))
    return {
        "value": f"{fmt_sig(lo)}\u2013{fmt_sig(hi)} " + _("years"),
        "label": f"to clear it: from {whose} area {rate} (km\u00b2 a year) to {whose} mine {rate} (mines a year)",
        "range": ("90 % intervals: " + "; ".join(ranges)) if ranges else "",
        "scope": str(_get(k, "capacity", "scope_caveat") or ""),
    }
