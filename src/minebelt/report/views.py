"""View values of the report's blocks, computed from the JSON document (output layer).

Pure functions the templates, the PDF and :mod:`.briefing` share; each tolerates missing
fields:

- :func:`input_label` — an input key in plain words.
- :func:`assumptions` — one row per input of an optional block: what, value with unit, source.
- :func:`exposure_view` — civilians near the belt without repeating lists per country.
- :func:`collect_sources` — every citation in the document, once.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .fmt import fmt_count, fmt_km, fmt_pct, fmt_value_text, fmt_year, is_num, label

#: Plain words for input names (scenario keys), with the unit each value is in.
INPUT_WORDS: dict[str, tuple[str, str]] = {
    "density": ("Mines per km\u00b2 of belt", "mines/km\u00b2"),
    "depth_km": ("Belt depth", "km"),
    "length_km": ("Front length", "km"),
    "start_year": ("Production starts", ""),
    "capacity_per_year": ("Production capacity", "mines a year"),
    "ramp_up_years": ("Ramp-up to full capacity", "years"),
    "stock": ("Mines in stock at the start", "mines"),
    "unit_cost_per_mine": ("Cost of one mine", "{cur} per mine"),
    "laying_cost_per_km2": ("Laying, per km\u00b2 of belt", "{cur} per km\u00b2"),
    "fence_cost_per_km": ("Fence and marking, per km of front", "{cur} per km"),
    "productivity_m2_per_deminer_day": ("Area one deminer clears a day", "m\u00b2 per deminer-day"),
    "working_days_per_year": ("Working days a year", "days"),
    "deminers": ("Deminers at work", "deminers"),
    "cost_per_m2": ("Clearance cost per m\u00b2", "{cur} per m\u00b2"),
    "full_clearance_share": ("Share of the belt needing full clearance", "share"),
}


def _get(d: Any, *path: str) -> Any:
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def _num(x: Any) -> float | None:
    return float(x) if is_num(x) else None


def _as_float(v: Any) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def input_label(key: Any) -> str:
    """An input key as words: ``defaults.density`` -> ``Mines per km² of belt (all sections)``."""
    k = str(key)
    parts = k.split(".")
    words = INPUT_WORDS.get(parts[-1], (label(parts[-1]).capitalize(), ""))[0]
    scope = ".".join(parts[:-1])
    if scope == "defaults":
        return f"{words} (all sections)"
    if scope in ("production", "cost", "clearance", ""):
        return words
    m = re.fullmatch(r"sections\[(\d+)\]", scope)
    return f"{words} (section {int(m.group(1)) + 1})" if m else f"{words} ({scope})"


# ----------------------------------------------------------------------------- assumptions


def _source_of(block: dict[str, Any], prefix: str, name: str, scenario_file: str | None) -> str:
    for s in block.get("sources") or []:
        s = str(s)
        if s.startswith(f"{prefix}.{name} ") or s.startswith(f"{prefix}.{name}:"):
            return s.split(": ", 1)[1] if ": " in s else s
    return f"set in the scenario{f' ({scenario_file})' if scenario_file else ''}"


def assumptions(prefix: str, block: Any, scenario_file: str | None = None) -> list[dict[str, str]]:
    """One row per input of the ``prefix`` block (``production``, ``cost``, ``clearance``):
    ``{"name", "value", "unit", "source", "cited"}``; the source is the cited default the
    value came from, or the scenario file that set it (``cited`` false)."""
    if not isinstance(block, dict):
        return []
    cur = str(block.get("currency") or "")
    values: dict[str, Any] = {}
    if isinstance(block.get("inputs"), dict):
        values.update(block["inputs"])
    if prefix == "production":
        for k in ("start_year", "capacity_per_year", "ramp_up_years", "stock"):
            if k in block and k not in values:
                values[k] = block[k]
        if isinstance(block.get("capacity"), dict) and "capacity_per_year" not in values:
            values["capacity_per_year"] = block["capacity"]
    rows = []
    for name, v in values.items():
        words, unit = INPUT_WORDS.get(name, (label(name).capitalize(), ""))
        source = None
        if isinstance(v, dict):
            source = v.get("source") or v.get("citation")
            unit = v.get("unit") or unit
            v = v.get("text", v.get("value", v.get("per_year")))
        if name == "start_year":
            value = fmt_year(v)
        elif name == "full_clearance_share" and _as_float(v) is not None:
            value = fmt_pct(_as_float(v))
        else:
            value = fmt_value_text(v)
        src = str(source) if source else _source_of(block, prefix, name, scenario_file)
        rows.append({"name": words, "value": value, "unit": unit.replace("{cur}", cur).strip(), "source": src, "cited": not src.startswith("set in the scenario")})
    return rows


# ----------------------------------------------------------------------------- exposure


def exposure_view(doc: dict[str, Any]) -> dict[str, Any] | None:
    """Civilians near the belt: one table of counts (rows: defending countries and the
    total; columns: each distance), one list of the largest places (from the total: each
    place once), and per-section counts for the detail view. ``None`` without the block."""
    e = doc.get("exposure")
    if not isinstance(e, dict):
        return None
    radii = [r for r in (e.get("radii_km") or []) if is_num(r)]
    if not radii and isinstance(e.get("total"), dict):
        radii = sorted(float(k[len("within_") : -2]) for k in e["total"] if re.fullmatch(r"within_[\d.]+km", k))

    def counts(d: Any) -> list[dict[str, str]]:
        out = []
        for r in radii:
            c = _get(d, f"within_{r:g}km") or {}
            out.append({"people": fmt_count(c.get("population")), "places": fmt_count(c.get("places"))})
        return out

    names = {c: _get(doc, "by_country", c, "name") or c for c in (e.get("by_country") or {})}
    rows = []
    for c, d in (e.get("by_country") or {}).items():
        if isinstance(d, dict) and d.get("available", True):
            rows.append({"name": names.get(c, c), "code": c, "counts": counts(d)})
        else:
            rows.append({"name": names.get(c, c), "code": c, "counts": None, "reason": (d or {}).get("reason") if isinstance(d, dict) else None})
    total = e.get("total") if isinstance(e.get("total"), dict) else {}
    sections = []
    for s in e.get("sections") or []:
        if isinstance(s, dict):
            sections.append({"name": s.get("name"), "counts": counts(s) if s.get("available", True) else None, "reason": s.get("reason")})
    places = []
    for p in (total or {}).get("largest_places") or []:
        if isinstance(p, dict):
            places.append(
                {
                    "name": p.get("name") or "",
                    "country": p.get("country") or "",
                    "population": fmt_count(p.get("population")),
                    "distance": "inside the belt" if p.get("distance_km") == 0 else f"{fmt_km(p.get('distance_km'))} km",
                }
            )
    return {
        "available": bool(total.get("available", bool(total))),
        "radii": [f"{r:g}" for r in radii],
        "total": counts(total) if total else None,
        "countries": rows,
        "sections": sections,
        "largest": places,
        "method": e.get("method"),
        "source": e.get("source"),
        "license": e.get("license"),
    }


# ----------------------------------------------------------------------------- sources


def _add_source(v: Any, out: list[str]) -> None:
    if v is None or v == "":
        return
    if isinstance(v, str):
        if v not in out:
            out.append(v)
    elif isinstance(v, list):
        for x in v:
            _add_source(x, out)
    elif isinstance(v, dict):
        bits = [str(v[k]) for k in ("title", "name", "publisher", "author", "date", "year", "url", "quote") if v.get(k)]
        _add_source(", ".join(bits) if bits else json.dumps(v, ensure_ascii=False), out)
    else:
        _add_source(str(v), out)


def _walk_sources(node: Any, out: list[str]) -> None:
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("sources", "source", "citation", "citations", "model_sources"):
                _add_source(v, out)
            elif isinstance(v, (dict, list)):
                _walk_sources(v, out)
    elif isinstance(node, list):
        for v in node:
            _walk_sources(v, out)


def collect_sources(doc: dict[str, Any], claims: dict[str, Any] | None = None, blocks: tuple[str, ...] = ("calibration", "production", "cost", "clearance", "exposure")) -> list[str]:
    """Every citation in the document (model, blocks, border data, claims file), once each."""
    out: list[str] = []
    prov = doc.get("provenance") or {}
    _add_source(prov.get("model_sources"), out)
    for name in blocks:
        _walk_sources(doc.get(name), out)
    if isinstance(prov.get("data"), dict):
        _add_source(prov["data"].get("source"), out)
    if claims:
        _walk_sources({k: v for k, v in claims.items() if k != "claims"}, out)
    return out
