"""What the report says about the ``clearance`` block (IMAS land release).

Layer: outputs (report). Pure functions of the ``minebelt.estimate/1`` document returning plain
text; see :mod:`.block_text` for the shared wording and :mod:`.clearance_phrases` for the
short phrases (capacity, yardstick, interval label, cost outturn rows).
"""

from __future__ import annotations

from typing import Any

#: Capacity scopes (``production.capacity[].scope``) in words.
from .block_text import _allowance, _converted, _dict, _interval, _km2, _list, _money, _rng, _year, _years
from .clearance_phrases import _capacity_short as _capacity_short
from .clearance_phrases import _outturn_row as _outturn_row
from .clearance_phrases import _varies as _varies
from .clearance_phrases import _world_words as _world_words
from .fmt import (
    NOT_ESTIMATED,
    fmt_km,
    fmt_money,
    fmt_pct,
    fmt_plain,
    fmt_ratio,
    fmt_value_text,
    fmt_years,
    is_num,
)
from .views import _get, _num, country_name

RELEASE_STEPS = (
    ("cancelled_nts", "Cancelled by non-technical survey"),
    ("reduced_ts", "Reduced by technical survey"),
    ("cleared", "Cleared"),
)


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
            release += " (a laid belt is a confirmed hazardous area; none of it assumed cancelled or reduced by survey)"
    elif cleared is not None:
        release = (f": {_km2(cancelled or 0)} km\u00b2 cancelled by non-technical survey, {_km2(reduced or 0)} km\u00b2 reduced by technical survey "
                   f"and {_km2(cleared)} km\u00b2 cleared (land release shares: {lr.get('method') or 'stated'})")  # fmt: skip
    else:
        release = "its release is not estimated"
    release_words = release.removeprefix(": ")
    years = _num(k.get("calendar_years"))
    capacity_text = fmt_value_text(
        k.get("calendar_years_capacity") or _get(k, "capacity", "description") or "the capacity assumed"
    )
    condition = fmt_value_text(_get(k, "capacity", "headline") or f"with {capacity_text}")
    world_years = _num(k.get("world_capacity_years"))
    mines_years = _num(k.get("world_capacity_years_by_mines"))
    world = _world_words(k)
    w = _dict(k.get("world_capacity"))
    years_varies = _varies(k.get("calendar_years_interval_varies"))
    price = str(k.get("cost_price_basis") or "") if k.get("cost_price_years") else ""
    if k.get("cost_basis") == "effort":
        price = f"{cur} at {k['cost_price_years']} prices" if k.get("cost_price_years") else ""
    cost = _num(k.get("cost"))
    cost_scope = str(k.get("cost_scope") or "")
    vs = _dict(k.get("vs_build"))
    build_complete = vs.get("build_complete", _get(doc, "cost", "complete"))
    ratio = (
        _num(vs.get("clearance_to_build_ratio"))
        if build_complete is not False and _get(doc, "cost", "complete") is not False
        else None
    )
    if vs:
        if ratio is not None:
            vs_text = f"Clearing would cost {fmt_ratio(ratio)} what building costs ({fmt_money(vs.get('clearance_cost'), cur)} against {fmt_money(vs.get('build_cost'), cur)})."
        else:
            note = str(vs.get("ratio_note") or "ratio not estimated: the build cost is not complete")
            note = note.removeprefix("ratio not estimated: ")
            vs_text = f"No ratio of clearance to build cost: {note}."
        if "mixed price years" in str(_get(doc, "cost", "price_basis") or ""):
            # the build cost mixes price years; the clearance cost is at one (cost_price_basis)
            vs_text += " The build cost's parts are at different price years, not adjusted for inflation."
    else:
        vs_text = ""

    sep = "" if release.startswith(":") else ", "
    text = (
        f"The belt leaves {fmt_km(area)} km\u00b2 to release{_interval(k.get('area_to_address_km2_dist', k.get('area_to_clear_km2_dist')), fmt_km)}{sep}{release}. "
        if area is not None
        else "The area to release is not estimated. "
    )
    headline, assumes = clearance_headline(k)
    if years is not None:  # headline and assumptions come worded and rounded from the pipeline
        text += f"Clearance takes {headline}. It assumes: {assumes[:1].lower() + assumes[1:]}. "
        survey = _dict(k.get("survey_beyond_belt"))
        if survey.get("text"):  # a legacy belt: the wider suspected area's survey is left out, said so
            text += f"{str(survey['text']).capitalize()} ({survey.get('why')}). "
    else:
        text += "The clearance time is not estimated. "
    m2 = (
        (
            str(k["cost_per_m2"]).split(" (")[0]
            if k.get("cost_outturns")
            else _converted(fmt_value_text(k.get("cost_per_m2")))[0]
        )
        if k.get("cost_per_m2") is not None
        else ""
    )
    effort_basis = k.get("cost_basis") == "effort"
    area_check = _dict(k.get("cost_from_area"))
    if cost is not None and k.get("cost_headline"):  # worded and rounded once by the pipeline
        text += f"Clearing it costs {k['cost_headline']}. It assumes: {k.get('cost_assumes')}. "
        text += f"{k['cost_differs']} " if k.get("cost_differs") else ""
        yard = _dict(k.get("cost_yardstick"))
        text += f"Yardstick, not the estimate: {yard['text']}. " if yard.get("text") else ""
    elif cost is not None:
        crange = _rng(k.get("cost_dist"), money)
        extra = [price] if price else []
        extra += [f"90 % interval {crange}"] if crange else []
        extra += ["survey not costed"] if "survey" in cost_scope else []
        text += f"Clearing it costs {fmt_money(cost, cur)}" + (f" ({'; '.join(extra)}). " if extra else ". ")
    else:
        text += "Its cost is not estimated. "
    cond_alt, cost_alt = _dict(k.get("condition_alternative")), _dict(k.get("cost_alternative"))
    cond_text = f"Minefield condition: {cond_alt['text']}." if cond_alt.get("text") else ""
    cost_alt_text = (
        (
            f"At {cost_alt.get('label')} ({cost_alt.get('cost_per_m2')}), the cost would be "
            f"{fmt_money(cost_alt.get('cost_low'), cur)}\u2013{fmt_money(cost_alt.get('cost_high'), cur)} (an alternative, not the estimate)."
        )
        if is_num(cost_alt.get("cost_low"))
        else ""
    )
    text += " ".join(x for x in (cond_text, cost_alt_text) if x) + (" " if cond_text or cost_alt_text else "")
    # the yardsticks are detail, never the briefing: the briefing carries the headline and its one line
    yard_text = ""
    if world_years is not None:
        yard_text += f"Yardstick, if the States Parties' entire {_year(w.get('year'))} output went into this belt: {_years(world_years)} of {world}"
        if mines_years is not None and w.get("ap_mines_per_year"):
            yard_text += (
                f"; by mines, {_years(mines_years)} of {w.get('mines_label_with_figure') or w.get('mines_label')}"
            )
        yard_text += ". "
    for y in _dict(k.get("yardsticks")).values():
        if isinstance(y, dict) and _num(y.get("years")) is not None:
            yard_text += f"{str(y.get('label', 'yardstick')).capitalize()} (context, not the estimate): {_years(_num(y.get('years')))} {fmt_value_text(str(y.get('condition', '')))}. "
    brief_text = text
    text += yard_text
    alt = _dict(k.get("alternative"))
    tail = f"Alternative: {fmt_value_text(str(alt['text']))}. " if alt.get("text") else ""
    if str(k.get("unrecorded_allowance_note") or "").startswith("assumes"):
        tail += f"The area {k['unrecorded_allowance_note']}. "
    text += tail + vs_text
    brief_text += tail + vs_text

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
                    "capacity": fmt_plain(r.get("capacity_km2_per_year"))
                    if is_num(r.get("capacity_km2_per_year"))
                    else (
                        "one workforce for the whole belt"
                        if cap.get("basis") == "workforce"
                        else "one programme for the whole belt"
                    ),
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
    if years is not None and cap.get("basis") == "workforce":
        caveats.append(
            f"Clearance time scales as one over the deminers ({fmt_value_text(cap.get('headline'))}: twice the deminers, half the years) "
            "and with the minefield condition"
            + (f" ({cond_alt['text']})" if cond_alt.get("text") else "")
            + "; the yardsticks of States Parties' output do not depend on it."
        )
    elif years is not None:
        why = f" ({cap['note']})" if cap.get("note") else f", {_capacity_short(k)}"
        caveats.append(
            f"Clearance time scales with the capacity assumed{why}, and km\u00b2 rates understate a dense belt; the yardsticks of States Parties' output do not depend on it."
        )
    if str(k.get("unrecorded_allowance_note") or "").startswith("assumes"):
        caveats.append(
            "The cleared area is the belt's mapped extent: mines that drifted or were lost outside it are not counted (sourced alternatives: 2.5-5.6 % of mines, not of area; minebelt's model documentation)."
        )
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
        "capacity_km2_per_year": fmt_plain(k.get("capacity_km2_per_year"))
        if is_num(k.get("capacity_km2_per_year"))
        else "",
        "capacity_range": _rng(k.get("capacity_km2_per_year_dist"), fmt_km),
        "capacity_note": str(cap.get("note") or ""),
        "parallel": parallel,
        "programmes": [
            {
                **p,
                "countries": "; ".join(
                    x
                    for x in (
                        ", ".join(p["own"]) + (" (its own)" if p["own"] and p["stand_in"] else ""),
                        ", ".join(p["stand_in"])
                        + (" (stands in: no programme of their own on record)" if p["stand_in"] else ""),
                    )
                    if x
                ),
            }  # fmt: skip
            for p in programmes.values()
        ],
        "cost": fmt_money(cost, cur),
        "cost_range": _rng(k.get("cost_dist"), money),
        "cost_scope": cost_scope,
        "cost_per_m2": m2,
        "cost_label": (
            "Cost: the effort at the cost per deminer-year where the belt lies"
            if effort_basis
            else f"Cost at {m2} per m\u00b2 cleared"
            if m2
            else "Cost"
        ),
        "cost_check": {
            "label": f"Cross-check: the cleared area at {m2} per m\u00b2 cleared",
            "cost": fmt_money(_num(area_check.get("cost")), cur),
            "cost_range": _rng(area_check.get("cost_dist"), money),
        }
        if effort_basis and _num(area_check.get("cost")) is not None
        else None,
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
        "density_note": ""
        if cap.get("basis") == "workforce"
        else str(_get(_dict(k.get("yardsticks")), "area_rate", "density_note") or ""),
        "condition_note": cond_text,
        "cost_alternative": cost_alt_text,
        "outturns": [_outturn_row(r) for r in _list(k.get("cost_outturns"))],
        "workforce_based": cap.get("basis") == "workforce",
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
        "briefing_text": brief_text.strip(),
        "yardstick_rows": _yardstick_rows(k, w, world_years, mines_years),
        "card_label": f"to clear it, {condition}",
        "card_note": (
            f"Yardstick, if all States Parties' output went into this belt: {_years(world_years)} of {_world_words(k, short=True)}"
            + (f"; {_years(mines_years)} by anti-personnel mines destroyed" if mines_years is not None else "")
        )
        if world_years is not None
        else "",  # fmt: skip
        "bracket": None,
        "headline": clearance_headline(k)[0],
        "headline_assumes": clearance_headline(k)[1],
        "caveats": caveats,
        "dmz_reference": _list(k.get("dmz_reference")),
        "method": str(k.get("method") or ""),
    }


def clearance_headline(k: dict[str, Any]) -> tuple[str, str]:
    """The clearance headline ("375 years (90 %: 301–470) with a force of 200 deminers, the size of the workforce of
    ...") and the one line of what it assumes: two fields any layout can place."""
    return str(k.get("headline") or ""), str(k.get("headline_assumes") or "")


def _yardstick_rows(
    k: dict[str, Any], w: dict[str, Any], world_years: float | None, mines_years: float | None
) -> list[list[str]]:
    """The detail table's yardstick rows ``[label, years, 90 % interval]``, each labelled as a
    yardstick: the States Parties' output by area and by mines, then each defending country at a
    national programme's output by area and by mines (context, never the estimate)."""
    rows = []
    if world_years is not None:
        rows.append([f"Yardstick: years of {w.get('label') or _world_words(k)}", _years(world_years),
                     _rng(k.get("world_capacity_years_dist"), fmt_years)])  # fmt: skip
    if mines_years is not None:
        rows.append([f"Yardstick: years of {w.get('mines_label') or 'the mines States Parties destroyed'}", _years(mines_years),
                     _rng(k.get("world_capacity_years_by_mines_dist"), fmt_years)])  # fmt: skip
    for y in _dict(k.get("yardsticks")).values():
        if isinstance(y, dict) and _num(y.get("years")) is not None:
            label = f"{str(y.get('label', 'yardstick')).capitalize()} (context, not the estimate): years {fmt_value_text(str(y.get('condition', '')))}"
            rows.append([label, _years(_num(y.get("years"))), _rng(y.get("years_dist"), fmt_years)])
    return rows
