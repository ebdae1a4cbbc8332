"""View values of the report's blocks, computed from the JSON document (output layer).

Layer: outputs.

Pure functions the templates, the PDF and :mod:`.briefing` share; each tolerates missing
fields:

- :func:`input_label` — an input key in plain words (with the document: the producer or the
  clearance programme it stands for).
- :func:`exposure_view` — civilians near the belt without repeating lists per country.
- :func:`collect_sources` — every citation in the document, once, a cited default with what
  it supplied.

The production, cost and clearance blocks are read by :mod:`.production_view`, :mod:`.cost_view` and :mod:`.clearance_view`; a sensitivity
document by :mod:`.sensitivity_view`.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ...i18n import N_, current, pgettext
from ...i18n import gettext as _
from .fmt import fmt_count, fmt_km, is_num, label
from .local_names import country as local_country
from .local_names import place, places_source, section_name

#: Plain words for input names (the last part of an input key), with the unit each value is in.
INPUT_WORDS: dict[str, tuple[str, str]] = {
    # sections
    "density": (N_("Mines per km\u00b2 of belt"), "mines/km\u00b2"),
    "depth_km": (N_("Belt depth"), "km"),
    "length_km": (N_("Border length"), "km"),
    # production
    "start_year": (N_("Production starts"), ""),
    "mines_per_year": (N_("Production capacity"), "mines a year"),
    "ramp_up_years": (N_("Ramp-up to full capacity"), "years"),
    "pooled_by": (N_("Countries pooling production"), ""),
    # cost
    "unit_cost_per_mine": (N_("Cost of one mine"), "{cur} per mine"),
    "laying_cost_per_km2": (N_("Laying, per km\u00b2 of belt"), "{cur} per km\u00b2"),
    "fence_cost_per_km": (N_("Fence per km of land front (border-fence proxy unless stated)"), "{cur} per km"),
    # clearance
    "cost_per_m2": (N_("Clearance cost per m\u00b2 cleared"), "{cur} per m\u00b2"),
    "unrecorded_allowance": (N_("Allowance for drifted or unrecorded mines"), "share of the belt area"),
    "land_release": (N_("Land release (shares cancelled, reduced, cleared)"), ""),
    "capacity": (N_("Clearance capacity"), ""),
    "capacity_km2_per_year": (N_("Clearance capacity, whole belt"), "km\u00b2 a year"),
    "deminers": (N_("Deminers at work"), "deminers"),
    "mines_per_deminer_year": (N_("Mines found and destroyed per deminer-year"), "mines per deminer-year"),
    "m2_per_deminer_year": (N_("Ground searched per deminer-year"), "m\u00b2 per deminer-year"),
    "minefield_condition": (N_("Minefield condition"), ""),
    "machines": (N_("Demining machines at work"), "machines"),
    "dog_teams": (N_("Mine detection dog teams at work"), "teams"),
    "working_days_per_year": (N_("Working days a year"), "days"),
    "productivity_m2_per_deminer_day": (N_("Area one deminer clears a day"), "m\u00b2 per deminer-day"),
    "productivity_m2_per_machine_day": (N_("Area one machine processes a day"), "m\u00b2 per machine-day"),
    "productivity_m2_per_dog_team_day": (N_("Area one dog team searches a day"), "m\u00b2 per team-day"),
    "world_output_year": (N_("Year of the world clearance output"), ""),
}


def _get(d: Any, *path: str) -> Any:
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def _num(x: Any) -> float | None:
    return float(x) if is_num(x) else None


def country_name(doc: dict[str, Any] | None, code: Any) -> str:
    """A defending country's name from ``doc.by_country`` (the code when it is not there)."""
    name = _get(doc, "by_country", str(code), "name")
    return str(name) if name else str(code)


def _entry(doc: Any, block: str, field: str, i: int) -> dict[str, Any]:
    rows = _get(doc, block, field)
    return rows[i] if isinstance(rows, list) and 0 <= i < len(rows) and isinstance(rows[i], dict) else {}


def input_label(key: Any, doc: dict[str, Any] | None = None) -> str:
    """An input key as words: ``defaults.density`` -> ``Mines per km² of belt (all sections)``;
    ``production.capacity[0].mines_per_year`` -> ``Production capacity: Belma (...) (POL)``
    (with ``doc``, the producer and programme names are read from its blocks)."""
    k = str(key)
    m = re.fullmatch(r"production\.capacity\[(\d+)\]\.mines_per_year", k)
    if m:
        e = _entry(doc, "production", "capacity", int(m.group(1)))
        who = (
            f"{e['producer']} ({e.get('country', '?')})"
            if e.get("producer")
            else _("entry %(n)s") % {"n": int(m.group(1)) + 1}
        )
        return _("Production capacity: %(who)s") % {"who": who}
    m = re.fullmatch(r"production\.stock\[(\d+)\]\.mines", k)
    if m:
        e = _entry(doc, "production", "stock", int(m.group(1)))
        return (
            _("Mines in stock: %(country)s") % {"country": e["country"]}
            if e.get("country")
            else _("Mines in stock (entry %(n)s)") % {"n": int(m.group(1)) + 1}
        )
    m = re.fullmatch(r"clearance\.programme\.(\w+)", k)
    if m:
        code = m.group(1)
        progs = (
            _get(doc, "clearance", "yardsticks", "area_rate", "by_country")
            or _get(doc, "clearance", "capacity", "by_country")
            or {}
        ).values()
        name = next(
            (p.get("programme") for p in progs if isinstance(p, dict) and p.get("programme_country") == code), None
        )
        if name and current() == "en":
            return _("Clearance rate of %(programme)s") % {"programme": name}
        # the programme's name is English in the data: another reader gets its country's name
        return _("Clearance rate of the national programme of %(code)s") % {"code": local_country(code, doc)}
    m = re.fullmatch(r"clearance\.programme\.(\w+)\.mines", k)
    if m:
        return _("Mines cleared per year by the national programme of %(country)s") % {
            "country": local_country(m.group(1), doc)
        }
    m = re.fullmatch(r"clearance\.cost_per_deminer_year\.(\w+)", k)
    if m:
        level = m.group(1)
        where = {"EU": _("EU member states"), "other": _("countries without a figure of their own")}.get(level)
        if where is None:
            where = local_country(level, doc)
        return _("Clearance cost per deminer-year, %(where)s") % {"where": where}
    m = re.fullmatch(r"clearance\.capacity_km2_per_year_by_country\.(\w+)", k)
    if m:
        return _("Clearance capacity, %(country)s") % {"country": country_name(doc, m.group(1))}
    parts = k.split(".")
    words = _(INPUT_WORDS[parts[-1]][0]) if parts[-1] in INPUT_WORDS else label(parts[-1]).capitalize()
    scope = ".".join(parts[:-1])
    if scope == "defaults":
        return _("%(words)s (all sections)") % {"words": words}
    if scope in ("production", "cost", "clearance", ""):
        return words
    m = re.fullmatch(r"sections\[(\d+)\]", scope)
    return _("%(words)s (section %(n)s)") % {"words": words, "n": int(m.group(1)) + 1} if m else f"{words} ({scope})"


def input_unit(key: Any, currency: str = "") -> str:
    """The unit of an input key's value (``{cur}`` filled with ``currency``)."""
    unit = INPUT_WORDS.get(str(key).split(".")[-1], ("", ""))[1]
    return unit.replace("{cur}", currency).strip()


# ----------------------------------------------------------------------------- exposure


def _country_rows(
    doc: dict[str, Any], e: dict[str, Any], total: dict[str, Any], radii: list[float], counts: Any
) -> tuple[list[dict[str, Any]], Any]:
    """Rows of the defending countries, each its own side only (its places near its own belts), so
    that they add up to the defender's-side subtotal with ``between``: the places of one defending
    country near another's belt only (``None`` when there are none or a side is missing)."""
    names = {c: _get(doc, "by_country", c, "name") or c for c in (e.get("by_country") or {})}
    rows: list[dict[str, Any]] = []
    own: dict[str, dict[str, float]] = {}
    for c, d in (e.get("by_country") or {}).items():
        if isinstance(d, dict) and d.get("available", True):
            side = d.get("defender_side") if isinstance(d.get("defender_side"), dict) else None
            rows.append({"name": names.get(c, c), "code": c, "counts": counts(side if side else d)})
            for r in radii:
                k = f"within_{r:g}km"
                got = _get(side, k) or {} if side else {}
                own.setdefault(k, {"places": 0, "population": 0})
                for f in ("places", "population"):
                    own[k][f] += got.get(f) or 0
        else:
            rows.append(
                {
                    "name": names.get(c, c),
                    "code": c,
                    "counts": None,
                    "reason": (d or {}).get("reason") if isinstance(d, dict) else None,
                }
            )
    sub = _get(total, "defender_side")
    if not isinstance(sub, dict) or not own:
        return rows, None
    rest = {}
    for k, v in own.items():
        tot = _get(sub, k) or {}
        rest[k] = {f: (tot.get(f) or 0) - v[f] for f in ("places", "population")}
    if not any(v["places"] or v["population"] for v in rest.values()):
        return rows, None
    return rows, counts(rest)


def exposure_view(doc: dict[str, Any]) -> dict[str, Any] | None:
    """Civilians near the belt: the headline (the defender's places inside the belt or within 1 km
    of it named first, the other side counted apart), the counts by side, one table of counts
    (rows: defending countries and the total; columns: each distance), one list of the largest
    places (from the total: each place once), and per-section counts for the detail view.
    ``None`` without the block."""
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

    total = e["total"] if isinstance(e.get("total"), dict) else {}
    rows, between = _country_rows(doc, e, total, radii, counts)
    sections = []
    shown = {r.get("name"): section_name(r) for r in doc.get("sections") or [] if isinstance(r, dict)}
    for s in e.get("sections") or []:
        if isinstance(s, dict):
            sections.append(
                {
                    "name": shown.get(s.get("name"), s.get("name")),
                    "counts": counts(s) if s.get("available", True) else None,
                    "reason": s.get("reason"),
                }
            )
    places = []
    for p in (total or {}).get("largest_places") or []:
        if isinstance(p, dict):
            places.append(
                {
                    "name": place(p),
                    "country": p.get("country") or "",
                    "population": fmt_count(p.get("population")),
                    "distance": "inside the belt"
                    if p.get("distance_km") == 0
                    else f"{fmt_km(p.get('distance_km'))} {pgettext('after a number', 'km')}",
                }
            )
    on_belt = [
        {
            "name": place(p),
            "country": p.get("country") or "",
            "population": fmt_count(p.get("population")),
            "distance": "inside the belt"
            if p.get("inside") or p.get("distance_km") == 0
            else f"{fmt_km(p.get('distance_km'))} {pgettext('after a number', 'km')}",
        }
        for p in (total or {}).get("in_or_near_belt") or []
        if isinstance(p, dict)
    ]
    sides = {k: (total or {}).get(k) for k in ("defender_side", "other_side")}
    return {
        "available": bool(total.get("available", bool(total))),
        "radii": [f"{r:g}" for r in radii],
        "headline": str((total or {}).get("headline") or ""),
        "defender": counts(sides["defender_side"]) if isinstance(sides["defender_side"], dict) else None,
        "other": counts(sides["other_side"]) if isinstance(sides["other_side"], dict) else None,
        "other_countries": ", ".join(_get(total, "other_side", "countries") or []),
        "on_belt": on_belt,
        "total": counts(total) if total else None,
        "countries": rows,
        "between": between,
        "sections": sections,
        "largest": places,
        "method": e.get("method"),
        "scope": e.get("scope") or "",
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


#: A block's record of a cited default: ``cost.unit_cost_per_mine default VALUE: CITATION``.
_DEFAULT_SOURCE = re.compile(r"(production|cost|clearance)[. ](\S+) default (.+?): (.+)", re.S)
#: Not citations: what a block says when the scenario stated the value.
_NOT_A_SOURCE = {"stated", "set in the scenario"}


def default_source(text: Any) -> tuple[str, str, str, str] | None:
    """``(block, name, value, citation)`` of a block's ``sources`` entry that records a cited
    default, or None for a plain citation."""
    m = _DEFAULT_SOURCE.fullmatch(str(text))
    return (m.group(1), m.group(2), m.group(3), m.group(4)) if m else None


def _merge_uses(found: list[str]) -> list[str]:
    """Each citation once; a cited default's entry becomes its citation followed by what it
    was used for (``... (used for: Cost of one mine, EUR 20 to 200)``). The reader's words
    of another language: :func:`minebelt.outputs.report.local_sources.collect_sources`."""
    uses: dict[str, list[str]] = {}
    for s in found:
        d = default_source(s)
        what = (
            f"{d[0].capitalize()} capacity" if d and d[1] == "capacity" else input_label(f"{d[0]}.{d[1]}") if d else ""
        )
        cit, use = (d[3], f"{what}, {d[2]}") if d else (s, None)
        bucket = uses.setdefault(cit, [])
        if use and use not in bucket:
            bucket.append(use)
    return [c + (f" (used for: {'; '.join(u)})" if u else "") for c, u in uses.items()]


def found_sources(
    doc: dict[str, Any],
    claims: dict[str, Any] | None = None,
    blocks: tuple[str, ...] = ("calibration", "production", "cost", "clearance", "exposure"),
) -> list[str]:
    """Every source entry of the document (model, blocks, border data, claims file), once
    each, as recorded (a block's cited default as ``cost.NAME default VALUE: CITATION``)."""
    out: list[str] = []
    prov = doc.get("provenance") or {}
    _add_source(prov.get("model_sources"), out)
    for name in blocks:
        _walk_sources(doc.get(name), out)
    if isinstance(prov.get("data"), dict):
        _add_source(prov["data"].get("source"), out)
    if claims:
        _walk_sources({k: v for k, v in claims.items() if k != "claims"}, out)
    return [places_source(s) for s in out if s.strip().lower() not in _NOT_A_SOURCE]


def collect_sources(
    doc: dict[str, Any],
    claims: dict[str, Any] | None = None,
    blocks: tuple[str, ...] = ("calibration", "production", "cost", "clearance", "exposure"),
) -> list[str]:
    """Every citation in the document (model, blocks, border data, claims file), once each;
    a block's cited default is listed as its citation with the value it supplied (English)."""
    return _merge_uses(found_sources(doc, claims, blocks))
