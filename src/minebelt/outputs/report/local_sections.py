"""The bodies of the report's production, cost, clearance and sensitivity sections in the
reader's language.

Layer: outputs (report). The section views (:mod:`.production_view`, :mod:`.cost_view`,
:mod:`.clearance_view`) word their sentences in English from the ``minebelt.estimate/1``
document; the templates show them as written in English. For another language these pure
functions word the same facts from the same fields, one message per sentence with named
placeholders, every figure through :mod:`minebelt.numbers` in the reader's locale and every
count's noun in the plural form CLDR gives the number as printed
(:func:`minebelt.i18n.nprinted`: "35,7 roku", "1 020 lat"). They read the current language of
:mod:`minebelt.i18n`; in English the templates keep the views' own wording.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import N_, nprinted, pgettext
from ...i18n import gettext as _
from .local_names import country, report_words, years_text
from .local_words import clearance_label, clearance_line, production_line
from .production_headline import not_counted
from .views import _get, _num

#: The land-release steps of IMAS 07.11 as the clearance table names them (the view's keys).
RELEASE_STEPS = (
    ("cancelled_nts", N_("Cancelled by non-technical survey")),
    ("reduced_ts", N_("Reduced by technical survey")),
    ("cleared", N_("Cleared")),
)
_PARTS = (("mines_cost", N_("Mines")), ("laying_cost", N_("Laying")), ("fence_cost", N_("Border-fence proxy")))


def _years_span(d: Any) -> str:
    """``53,1–97,2 roku``: a 90 % interval of years, the noun agreeing with its last number."""
    if not isinstance(d, dict) or _num(d.get("p05")) is None or _num(d.get("p95")) is None:
        return ""
    printed = N.span(d["p05"], d["p95"], scale=False)
    if not printed:
        return ""
    form = nprinted("%(n)s year", "%(n)s years", printed, pgettext("fraction", "%(n)s years"))
    return form % {"n": printed}


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _money(x: Any, currency: str, n: int | None = None) -> str:
    return N.sig(x, n, currency=currency) if n else N.num(x, currency=currency)


def _money_span(d: Any, currency: str) -> str:
    if not isinstance(d, dict) or _num(d.get("p05")) is None or _num(d.get("p95")) is None:
        return ""
    return N.span(d["p05"], d["p95"], currency=currency)


# ----------------------------------------------------------------------------- production


def production_figures(doc: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The production table's rows ``(label, value, 90 % interval)`` in the reader's words."""
    p = doc.get("production") or {}
    years = _num(p.get("years_to_fill"))
    used = [e for e in p.get("capacity") or [] if isinstance(e, dict) and e.get("used", True)]
    label = _("Years to make every mine")
    if p.get("years_to_fill_condition") and years is not None:
        label += ", " + production_line(doc)
    done = N.year(p.get("year_complete")) if years is not None else N.not_estimated()
    dist: dict[str, Any] = p["year_complete_dist"] if isinstance(p.get("year_complete_dist"), dict) else {}
    a, b = N.year(dist.get("p05"), missing=""), N.year(dist.get("p95"), missing="")
    capacity = "; ".join(
        f"{str(e.get('producer') or '').split(' (', 1)[0]}: {N.count(e.get('mines_per_year'))}" for e in used
    )
    start = N.year(p.get("start_year")) if p.get("start_year") is not None else N.not_estimated()
    return [
        (label, years_text(years), _years_span(p.get("years_to_fill_dist"))),
        (
            _("Last mine made in (start %(year)s)") % {"year": start},
            done,
            f"{a}\u2013{b}" if a and b and a != b else "",
        ),
        (_("Capacity counted, mines a year"), capacity or N.not_estimated(), ""),
    ]


def production_bound(doc: dict[str, Any]) -> str:
    """What a time at all-types capacity counts, and the producers left out (one paragraph)."""
    p = doc.get("production") or {}
    used = [e for e in p.get("capacity") or [] if isinstance(e, dict) and e.get("used", True)]
    all_types = [e for e in used if e.get("scope") != "anti-personnel"]
    who = ", ".join(
        f"{str(e.get('producer') or '').split(' (', 1)[0]} ({e.get('country', '?')}, {e.get('year', '')})"
        for e in all_types
    )
    text = ""
    if all_types:
        text = (
            _(
                "%(who)s makes all mine types: the time counts its whole output as anti-personnel mines, and no other producer (not a bound either way)."
            )
            if len(all_types) == 1
            else _(
                "%(who)s make all mine types: the time counts their whole output as anti-personnel mines, and no other producer (not a bound either way)."
            )
        ) % {"who": who}
    others = [o for o in p.get("other_producers") or [] if isinstance(o, dict)]
    if others:
        text += " " + _("Not counted, no capacity figure on record: %(countries)s.") % {"countries": not_counted(doc)}
    return text.strip()


# ----------------------------------------------------------------------------- cost


def cost_intro(doc: dict[str, Any]) -> str:
    """``Koszt budowy pasa (USD; miny w cenach z 2026 r., ...); ...``: what the table counts."""
    c = doc.get("cost") or {}
    years = {k: str(v) for k, v in (c.get("price_years") or {}).items() if c.get(k) is not None}
    names = dict(_PARTS)
    bits = [
        _("%(part)s at %(year)s prices") % {"part": _(names[k]).lower(), "year": y}
        for k, y in years.items()
        if k in names
    ]
    basis = ", ".join(bits)
    if len(set(years.values())) > 1:
        basis += "; " + _("mixed price years, not adjusted for inflation")
    return _("What building the belt would cost (%(currency)s; %(basis)s); a part with no rate is not costed.") % {
        "currency": c.get("currency") or "",
        "basis": basis,
    }


def cost_parts(doc: dict[str, Any]) -> dict[str, Any]:
    """The cost table: ``{parts [{name, value, range, share, note}], total, total_range,
    total_label, not_costed}`` in the reader's words and numbers."""
    c = doc.get("cost") or {}
    cur = str(c.get("currency") or "")
    total = _num(c.get("total"))
    missing = [k for k, _n in _PARTS if k in c and c.get(k) is None]
    complete = bool(c.get("complete", not missing)) and not missing
    years = c.get("price_years") or {}
    parts = []
    for key, name in _PARTS:
        if key == "fence_cost" and not c.get("fence_is_proxy"):
            name = N_("Marking and fence")
        v = _num(c.get(key))
        notes = []
        if v is not None and years.get(key):
            notes.append(_("%(year)s prices") % {"year": years[key]})
        if key == "fence_cost" and v is not None and _num(c.get("fence_km")) is not None:
            notes.append(_("%(km)s km of land front") % {"km": N.num(c["fence_km"], scale=False)})
        if v is None:
            notes.append(_("no rate"))
        parts.append({"name": _(name), "value": _money(v, cur) if v is not None else N.not_estimated(),
                      "range": _money_span(c.get(f"{key}_dist"), cur), "note": "; ".join(notes),
                      "share": N.pct(v / total) if v is not None and total and complete else ""})  # fmt: skip
    return {
        "parts": parts,
        "total": _money(total, cur) if total is not None else N.not_estimated(),
        "total_range": _money_span(c.get("total_dist"), cur),
        "total_label": _("Total") if complete else _("Total, costed parts only"),
        "not_costed": _first_upper(
            _("%(parts)s: no public rate. Building costs more than this total; no ratio is put against it.")
            % {"parts": ", ".join(_(n).lower() for k, n in _PARTS if k in missing)}
        )
        if missing
        else "",
    }


def cost_countries(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The cost table by defending country: ``[{name, parts [3], fence_km, total, total_range}]``."""
    c = doc.get("cost") or {}
    cur = str(c.get("currency") or "")
    rows = []
    for code, r in (c.get("by_country") or {}).items():
        if isinstance(r, dict):
            money = [_money(r[k], cur) if _num(r.get(k)) is not None else N.not_estimated() for k, _n in _PARTS]
            rows.append({"name": country(code, doc), "parts": money, "total": _money(r.get("total"), cur),
                         "fence_km": N.num(r["fence_km"], scale=False) if _num(r.get("fence_km")) is not None else "",
                         "total_range": _money_span(r.get("total_dist"), cur)})  # fmt: skip
    return rows


# ----------------------------------------------------------------------------- clearance


def clearance_countries(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The clearance table by defending country: ``[{name, area, cleared, capacity, years,
    years_range, cost, cost_range, world_years}]`` in the reader's numbers and words."""
    k = doc.get("clearance") or {}
    cur = str(k.get("currency") or _get(doc, "cost", "currency") or "USD")
    workforce = _get(k, "capacity", "basis") == "workforce"
    rows = []
    for code, r in (k.get("by_country") or {}).items():
        if not isinstance(r, dict):
            continue
        cap = r.get("capacity_km2_per_year")
        rows.append({
            "name": country(code, doc), "area": N.num(r.get("area_to_address_km2", r.get("area_to_clear_km2")), scale=False),
            "cleared": N.num(r.get("cleared_km2"), scale=False),
            "capacity": N.num(cap) if _num(cap) is not None else (_("one workforce for the whole belt") if workforce else _("One programme for the whole belt.").rstrip(".")),
            "years": years_text(r.get("calendar_years")), "years_range": _years_span(r.get("calendar_years_dist")),
            "cost": _money(r.get("cost"), cur) if _num(r.get("cost")) is not None else N.not_estimated(),
            "cost_range": _money_span(r.get("cost_dist"), cur), "world_years": years_text(r.get("world_capacity_years")),
        })  # fmt: skip
    return rows


def land_release(doc: dict[str, Any]) -> dict[str, Any]:
    """The land-release table: ``{area, area_range, steps [{name, km2, share, range}], note}``."""
    k = doc.get("clearance") or {}
    area = _num(k.get("area_to_address_km2", k.get("area_to_clear_km2")))
    shares = _get(k, "land_release", "shares") or {}

    def km2(v: Any) -> str:
        return N.not_estimated() if _num(v) is None else ("0" if v == 0 else N.num(v, scale=False))

    def span(d: Any) -> str:
        ok = isinstance(d, dict) and _num(d.get("p05")) is not None and _num(d.get("p95")) is not None
        return N.span(d["p05"], d["p95"], scale=False) if ok else ""

    steps = [{"name": _(name), "km2": km2(k.get(f"{key}_km2")), "range": span(k.get(f"{key}_km2_dist")),
              "share": N.pct(shares[key]) if isinstance(shares, dict) and key in shares else ""}
             for key, name in RELEASE_STEPS]  # fmt: skip
    note = ""
    if area is not None and _get(k, "land_release", "method") == "confirmed-belt":
        note = _(
            "The belt leaves %(area)s km² to release, all of it by clearance: a laid belt is a confirmed hazardous area, and none of it is assumed cancelled or reduced by survey."
        ) % {"area": N.sig(area, 3)}
    return {"area": km2(area), "area_range": span(k.get("area_to_address_km2_dist")), "steps": steps, "note": note}


def clearance_figures(doc: dict[str, Any]) -> dict[str, Any]:
    """The clearance table's rows ``[(label, value, 90 % interval)]`` and its capacity note."""
    k = doc.get("clearance") or {}
    cur = str(k.get("currency") or _get(doc, "cost", "currency") or "USD")
    rows = [
        (
            _("Calendar years %(label)s") % {"label": clearance_label(doc)},
            years_text(k.get("calendar_years"), 3),
            _years_span(k.get("calendar_years_dist")),
        )
    ]
    if _num(k.get("cost")) is not None:
        rows.append(
            (
                _("Cost (%(year)s prices; survey not costed)") % {"year": k.get("cost_price_years", "?")},
                _money(k["cost"], cur, 2),
                _money_span(k.get("cost_dist"), cur),
            )
        )
    w: dict[str, Any] = k["world_capacity"] if isinstance(k.get("world_capacity"), dict) else {}
    kw = {"year": w.get("year", ""), "report": report_words(w.get("report"))}
    if _num(k.get("world_capacity_years")) is not None:
        rows.append(
            (
                _(
                    "Years of the area States Parties cleared of anti-personnel mine contamination in %(year)s (%(report)s)"
                )
                % kw,
                years_text(k["world_capacity_years"]),
                _years_span(k.get("world_capacity_years_dist")),
            )
        )
    if _num(k.get("world_capacity_years_by_mines")) is not None:
        rows.append(
            (
                _("Years of the anti-personnel mines States Parties destroyed by clearance in %(year)s (%(report)s)")
                % kw,
                years_text(k["world_capacity_years_by_mines"]),
                _years_span(k.get("world_capacity_years_by_mines_dist")),
            )
        )
    for key, label in (
        ("area_rate", N_("Area-rate yardstick (context, not the estimate): years at the km² national programmes cleared a year")),
        ("mine_rate", N_("Mine-rate yardstick (context, not the estimate): years at the mines national programmes destroyed a year")),
    ):  # fmt: skip
        if _num(_get(k, "yardsticks", key, "years")) is not None:
            y = k["yardsticks"][key]
            rows.append((_(label), years_text(y["years"]), _years_span(y.get("years_dist"))))
    vs: dict[str, Any] = k["vs_build"] if isinstance(k.get("vs_build"), dict) else {}
    ratio = _num(vs.get("clearance_to_build_ratio"))
    if vs and _get(doc, "cost", "complete") is not False and ratio is not None:
        rows.append((_("Clearance cost against build cost"), N.ratio(ratio), ""))
    note = _("Capacity: %(text)s.") % {"text": clearance_line(doc)}
    if vs and ratio is None:
        note += " " + _("No ratio of clearance to build cost: the build cost leaves out laying.")
    return {"rows": rows, "note": note}


# ----------------------------------------------------------------------------- sensitivity

#: The sampled figures a sensitivity may be run on, in words (keys as sensitivity_view's).
OUTPUT_WORDS = {
    "total number of mines": N_("total number of mines"),
    "belt area": N_("belt area"),
    "production time": N_("production time"),
    "build cost (costed parts)": N_("build cost (costed parts)"),
    "clearance time": N_("clearance time"),
    "clearance cost": N_("clearance cost"),
}


def sensitivity_intro(words: str, median: str) -> str:
    """``Które dane wejściowe najbardziej zmieniają wynik: łączna liczba min (85,4 mln) ...``."""
    name = _(OUTPUT_WORDS[words]) if words in OUTPUT_WORDS else words
    if median:
        name += f" ({median})"
    return _(
        "Which inputs move the result most (%(output)s): each set to its 5th and 95th percentile, the others at their medians."
    ) % {"output": name}


__all__ = ["clearance_countries", "clearance_figures", "cost_countries", "cost_intro", "cost_parts", "land_release", "production_bound",
           "production_figures", "sensitivity_intro", "years_text"]  # fmt: skip
