"""What the report says about the ``production`` block.

Layer: outputs (report). Pure functions of the ``minebelt.estimate/1`` document returning plain
text; see :mod:`.block_text` for the shared wording.
"""

from __future__ import annotations

from typing import Any

#: Capacity scopes (``production.capacity[].scope``) in words.
from .block_text import (
    SCOPE_WORDS,
    _capacity_words,
    _list,
    _rng,
    _sentence,
    _year,
    _years,
    short_producer,
    years_phrase,
)
from .fmt import NOT_ESTIMATED, fmt_count, fmt_mines, fmt_sig, fmt_value_text, fmt_year, fmt_years
from .local_ratios import is_share, share_text, times_text
from .views import _num, country_name


def _m(x: Any) -> str:
    """``1 M``, ``6.81 M``, ``19 M``: mines in millions, three significant figures."""
    return f"{fmt_sig(x / 1e6, 3)} M" if _num(x) is not None else NOT_ESTIMATED


def stated_needs(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``production.stated_needs`` in words: ``[{country, stated, who, model, years, text}]``.

    Each stated need or stock target is a fact about a plan, set beside the model's mines for
    that country (never judged against them) with the years to make it at the group's capacity.
    """
    p = doc["production"] if isinstance(doc.get("production"), dict) else {}
    out = []
    for n in _list(p.get("stated_needs")):
        scope = {"anti-personnel": "anti-personnel mines", "all-types": "mines of all types"}.get(
            str(n.get("scope")), f"{n.get('scope')} mines"
        )
        lo, hi = _num(n.get("mines")), _num(n.get("mines_high"))
        amount = f"{fmt_sig((lo or 0) / 1e6, 3)} to {_m(hi)}" if hi else f"{n.get('reading', 'about')} {_m(lo)}"
        stated = f"{amount} {scope}"
        who = f"{n.get('said_by', '')}, {n.get('date', '')}".strip(", ")
        model_mines = _num(n.get("model_mines"))
        if model_mines is not None:
            ratio = _num(n.get("ratio_to_model"))
            ends = (lo / model_mines, hi / model_mines) if hi and lo is not None else (ratio, None)
            # a share below 1, a multiple from 1: the rule of local_ratios, in every output
            if ends[0] is None:
                span = f"{NOT_ESTIMATED} times"
            else:
                span = f"{share_text(*ends)} of" if is_share(*ends) else f"{times_text(*ends)} times"
            model = (
                f"{span} the model's {_m(model_mines)} anti-personnel mines for {country_name(doc, n.get('country'))}"
            )
        else:
            model = f"the model's mines: {n.get('model_mines_scope') or NOT_ESTIMATED}"
        years = _num(n.get("years_at_capacity"))
        low = _num(n.get("years_at_capacity_low"))
        # a stated range takes a range of years (5-6 M at 1.2 M a year: 4.2-5 years)
        span_years = (
            f"{fmt_sig(low, 2)}\u2013{_years(years)}"
            if low is not None and years is not None and fmt_sig(low, 2) != fmt_sig(years, 2)
            else _years(years)
        )
        cond = str(n.get("years_condition") or "at the capacity on record")
        made = (
            f"{span_years} {cond}" if years is not None else f"years to make: {n.get('not_estimated') or NOT_ESTIMATED}"
        )
        name = country_name(doc, n.get("country"))
        short = f"{name} {stated} ({model.split(' the model')[0]} the model's; " + (
            f"{span_years} at that capacity)" if years is not None else "years not estimated)"
        )
        out.append({"country": name, "stated": stated, "who": who, "what": str(n.get("what") or ""), "model": model, "years": made,
                    "source": str(n.get("source") or ""), "text": f"{name}: {stated} ({who}): {model}; {made}", "short": short})  # fmt: skip
    return out


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
    lower = (
        is_ in ("all-types capacity", "lower bound") and years is not None
    )  # a time at all-types capacity: its condition is stated
    earliest = ""
    condition = str(p.get("years_to_fill_condition") or "")
    varies = str(p.get("years_to_fill_interval_varies") or "")
    others = _list(p.get("other_producers"))
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
            "year_complete": fmt_year(g.get("year_complete")) if gyears is not None else NOT_ESTIMATED,
            "year": fmt_year(g.get("year_complete")) if gyears is not None else NOT_ESTIMATED,
            "is": g.get("years_to_fill_is") or "",
            "not_estimated": str(g.get("not_estimated") or ""),
        }

    capacity_rows = [
        {
            "producer": str(e.get("producer") or ""),
            "country": str(e.get("country") or ""),
            "per_year": fmt_value_text(e.get("value"))
            if e.get("value") is not None
            else fmt_count(e.get("mines_per_year")),
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
    # what the time is conditional on: the all-types capacity counted
    all_types = [e for e in used if e.get("scope") != "anti-personnel"]
    all_types_who = ", ".join(
        f"{short_producer(e.get('producer'))} ({e.get('country', '?')}, {_year(e.get('year'))})" for e in all_types
    )
    mixed = bool(all_types) and len(all_types) < len(used)
    bound = (f"{all_types_who} {'makes' if len(all_types) == 1 else 'make'} all mine types: the time counts "
             f"{'its' if len(all_types) == 1 else 'their'} whole output as anti-personnel mines, and no other producer (not a bound either way)")  # fmt: skip
    not_counted = ", ".join(
        f"{country_name(doc, str(o.get('country')))} ({o.get('short') or o.get('what')})" for o in others
    )

    # the briefing paragraph
    if years is not None:
        yr = _rng(p.get("years_to_fill_dist"), fmt_years)
        label = f"90 %, {varies}" if varies else "90 % interval"
        text = (
            (f"{_sentence(condition)}: " if condition else "")
            + f"{_years(years)}"
            + (f" ({label}: {yr})" if yr else "")
            + ": "
        )
        text += f"from {start}, the last mine would be made in {done}. "
        text += f"Capacity counted: {'; '.join(_capacity_words(e) for e in used) or 'none'}"
        text += f". {_sentence(bound)}. " if lower and mixed else ". "
        if lower and not_counted:
            text += f"Not counted, no capacity figure on record: {not_counted}. "
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
        text = (
            text.rstrip()
            + " Stocks counted: "
            + "; ".join(f"{s['mines']} mines ({s['country']}, {s['scope']}, {s['year']})" for s in stock_rows)
            + "."
        )
    needs = stated_needs(doc)
    if needs:
        text = (
            text.rstrip()
            + " Stated needs and stock targets beside the model (plans: shown, not judged): "
            + "; ".join(n["short"] for n in needs)
            + "."
        )

    caveats = []
    if lower:
        caveats.append(
            f"Production time counts only {all_types_who or 'the capacity on record'}, which makes all mine types, as if all of it were anti-personnel; "
            f"producers without a capacity figure are not counted{' (' + ', '.join(str(o.get('country')) for o in others) + ')' if others else ''}."
        )
    elif years is None:
        caveats.append(f"Production time is not estimated: {p.get('not_estimated') or 'no capacity on record'}.")
    if p.get("pooled_by"):
        caveats.append(
            f"Production assumes {', '.join(str(c) for c in p['pooled_by'])} pool producers and stocks; without pooling only countries with a producer of their own get a figure."
        )

    figures = [
        (
            f"Years to make every mine{', ' + condition if condition else ''}",
            years_phrase(years, is_),
            yrange + (f" ({varies})" if yrange and varies else ""),
        ),
        (
            f"Last mine made in (start {start})",
            done,
            _rng(p.get("year_complete_dist"), fmt_year) if years is not None else "",
        ),
        (
            "Capacity counted, mines a year",
            "; ".join(f"{short_producer(e.get('producer'))}: {fmt_count(e.get('mines_per_year'))}" for e in used)
            or NOT_ESTIMATED,
            "",
        ),
    ]
    return {
        "headline": years_phrase(years, is_),
        "is": is_,
        "lower": lower,
        "condition": condition,
        "interval_varies": varies,
        "other_producers": others,
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
        "stated_needs": needs,
        "method": str(p.get("method") or ""),
    }


# ================================================================================== cost
