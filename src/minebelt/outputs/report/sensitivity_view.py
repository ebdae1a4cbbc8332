"""A ``minebelt.sensitivity/1`` document in words (output layer; pure functions).

Layer: outputs.

The sensitivity of any sampled figure (``output``: ``totals.mines``, ``clearance.calendar_years``,
``cost.total``, ``production.years_to_fill``, ...) is shown in that figure's own unit, and
inputs that cannot move it (e.g. the cost per mine for the number of mines) are named once
instead of filling the tables with zeros.
"""

from __future__ import annotations

import re
from typing import Any

from .fmt import (
    fmt_km,
    fmt_mines,
    fmt_num,
    fmt_pct,
    fmt_plain,
    fmt_ratio,
    fmt_value_text,
    fmt_year,
    fmt_years,
    is_num,
    money,
)
from .views import _get, country_name, input_label

DEFAULT_OUTPUT = "totals.mines"

#: Sampled figures in words (the last parts of the dotted path).
OUTPUT_WORDS: dict[str, str] = {
    "totals.mines": "total number of mines",
    "totals.area_km2": "belt area",
    "totals.mines_per_km_front": "mines per km of front",
    "mines": "number of mines",
    "area_km2": "belt area",
    "production.years_to_fill": "production time",
    "production.year_complete": "year the last mine is made",
    "years_to_fill": "production time",
    "cost.total": "build cost (costed parts)",
    "cost.mines_cost": "cost of the mines",
    "cost.laying_cost": "cost of laying",
    "cost.fence_cost": "cost of the border-fence proxy",
    "total": "build cost (costed parts)",
    "clearance.calendar_years": "clearance time",
    "clearance.cost": "clearance cost",
    "clearance.world_capacity_years": "years of the States Parties' clearance output (yardstick)",
    "clearance.area_to_address_km2": "area to release",
    "clearance.cleared_km2": "area to clear",
    "calendar_years": "clearance time",
    "world_capacity_years": "years of the States Parties' clearance output (yardstick)",
}


def output_kind(output: str) -> str:
    """How a sampled figure is formatted: ``mines``, ``money``, ``years``, ``year``, ``km``,
    ``ratio`` or ``num``."""
    block, last = output.split(".", 1)[0], output.rsplit(".", 1)[-1]
    if last == "mines":
        return "mines"
    if last == "year_complete":
        return "year"
    if last.endswith("years") or last == "years_to_fill":
        return "years"
    if "ratio" in last:
        return "ratio"
    if last.endswith(("_km2", "_km")):
        return "km"
    if last.endswith("cost") or (block == "cost" and last == "total"):
        return "money"
    return "num"


def output_words(output: str, doc: dict[str, Any] | None = None) -> str:
    """``clearance.calendar_years`` -> ``clearance time``; ``by_country.POL.mines`` ->
    ``number of mines, Poland``."""
    if output in OUTPUT_WORDS:
        return OUTPUT_WORDS[output]
    m = re.fullmatch(r"(?:(\w+)\.)?by_country\.(\w+)\.(\w+)", output)
    if m:
        block, code, field = m.groups()
        words = OUTPUT_WORDS.get(
            f"{block}.{field}" if block else field, OUTPUT_WORDS.get(field, field.replace("_", " "))
        )
        return f"{words}, {country_name(doc, code)}"
    m = re.fullmatch(r"production\.groups\.(.+)\.(\w+)", output)
    if m:
        return f"{OUTPUT_WORDS.get(m.group(2), m.group(2).replace('_', ' '))}, {m.group(1).replace('+', ', ')}"
    return output


def _formatter(kind: str, currency: str) -> Any:
    return {
        "mines": fmt_mines,
        "money": money(currency),
        "years": fmt_years,
        "year": fmt_year,
        "km": fmt_km,
        "ratio": fmt_ratio,
    }.get(kind, fmt_num)


def chart_scale(kind: str, median: float | None, currency: str) -> tuple[float, str, str]:
    """(divisor, axis unit, bar-label suffix) for charts of a figure of ``kind``."""
    if kind == "mines":
        return 1e6, "millions", " M"
    if kind == "money":
        if median is not None and abs(median) >= 1e9:
            return 1e9, f"{currency} bn".strip(), " bn"
        return 1e6, f"{currency} M".strip(), " M"
    unit = {"years": "years", "km": "km\u00b2"}.get(kind, "")
    return 1.0, unit, f" {unit}" if unit else ""


def sensitivity_view(sens: dict[str, Any], doc: dict[str, Any] | None = None) -> dict[str, Any]:
    """The sensitivity document in the output's own words and unit.

    Reads ``output`` (default ``totals.mines``), ``median`` (or ``median_total``), ``tornado
    [{input, value, p05, p95, low, high, swing}]``, ``sobol [{input, S1, S1_conf, ST,
    ST_conf}]``, ``method``; and ``cost.currency`` / ``clearance.currency`` of ``doc``.

    Returns ``{output, words, kind, currency, median, unit, tornado [{key, label, range, low,
    high, swing}], sobol [{key, label, S1, S1_conf, ST, ST_conf}], no_effect [label], method}``;
    an input whose swing is zero (it cannot move the output) is listed in ``no_effect`` only.
    """
    doc = doc or {}
    output = str(sens.get("output") or DEFAULT_OUTPUT)
    kind = output_kind(output)
    currency = str(_get(doc, "cost", "currency") or _get(doc, "clearance", "currency") or "") if kind == "money" else ""
    f = _formatter(kind, currency)
    median = sens.get("median", sens.get("median_total"))
    rows = [r for r in sens.get("tornado") or [] if isinstance(r, dict)]
    swings = [abs(float(r["swing"])) for r in rows if is_num(r.get("swing"))]
    tiny = 1e-12 * max([abs(float(median)) if is_num(median) else 0.0, *swings, 1e-300])
    no_effect_keys = [r.get("input") for r in rows if is_num(r.get("swing")) and abs(float(r["swing"])) <= tiny]
    tornado = []
    for r in rows:
        if r.get("input") in no_effect_keys:
            continue
        rng = (
            f"{fmt_plain(r['p05'])} to {fmt_plain(r['p95'])}"
            if is_num(r.get("p05")) and is_num(r.get("p95"))
            else fmt_value_text(r.get("value"))
        )
        tornado.append(
            {
                "key": r.get("input"),
                "label": input_label(r.get("input"), doc),
                "range": rng,
                "low": f(r.get("low")),
                "high": f(r.get("high")),
                "swing": f(r.get("swing")),
            }
        )
    sobol = []
    for r in sens.get("sobol") or []:
        if not isinstance(r, dict) or r.get("input") in no_effect_keys:
            continue
        sobol.append(
            {
                "key": r.get("input"),
                "label": input_label(r.get("input"), doc),
                "S1": fmt_pct(r.get("S1")),
                "S1_conf": fmt_pct(r.get("S1_conf")) if is_num(r.get("S1_conf")) else "",
                "ST": fmt_pct(r.get("ST")),
                "ST_conf": fmt_pct(r.get("ST_conf")) if is_num(r.get("ST_conf")) else "",
            }
        )
    unit = {"years": " years", "km": " km\u00b2"}.get(kind, "")
    return {
        "output": output,
        "words": output_words(output, doc),
        "kind": kind,
        "currency": currency,
        "median": f"{f(median)}{unit}" if is_num(median) else "",
        "median_value": float(median) if is_num(median) else None,
        "tornado": tornado,
        "sobol": sobol,
        "no_effect": [input_label(k, doc) for k in no_effect_keys],
        "no_effect_keys": no_effect_keys,
        "method": str(sens.get("method") or ""),
    }
