"""The blocks' cards in the reader's language, worded from the document's figures.

Layer: outputs (report). The pipeline words its sentences once, in English, for the
``minebelt.estimate/1`` document (a contract). A reader of another language gets the same
facts from the same fields, each sentence one message with named placeholders
(``_("... %(years)s ...")``) and every figure through :mod:`minebelt.numbers` in the reader's
locale. Pure functions of the document; they read the current language of :mod:`minebelt.i18n`.

English wording in the data (a programme's name, a barrier's mine types) is a message too,
marked here with ``N_`` and translated where it is shown (``_(value)``): a name the catalogue
does not know reads as written. Countries' names, units, input values and those data words
are in :mod:`.local_names`.
"""

from __future__ import annotations

import re
from typing import Any

from ... import numbers as N
from ...i18n import N_, pgettext
from ...i18n import gettext as _
from .local_cost import _PARTS as _PARTS
from .local_cost import cost_details as cost_details
from .local_cost import cost_line as cost_line
from .local_names import _ISO2 as _ISO2
from .local_names import _VALUE as _VALUE
from .local_names import DATA_WORDS as DATA_WORDS
from .local_names import UNITS as UNITS
from .local_names import _alpha2 as _alpha2
from .local_names import _territories as _territories
from .local_names import countries as countries
from .local_names import country as country
from .local_names import data_word as data_word
from .local_names import report_words
from .local_names import said_by as said_by
from .local_names import source_words as source_words
from .local_names import unit as unit
from .local_names import value as value
from .local_names import years_text as years_text
from .local_ratios import ratio_words
from .production_headline import not_counted
from .views import _get, _num

# ----------------------------------------------------------------------------- production

#: A stated need beside the model's mines, by the rule of :mod:`.local_ratios`.
_MODEL_RATIO = (
    N_("%(share)s of the model's anti-personnel mines"),
    N_("%(times)s times the model's anti-personnel mines"),
)


def _short(producer: Any) -> str:
    return str(producer or "").split(" (", 1)[0].strip()


def production_line(doc: dict[str, Any]) -> str:
    """What the production time assumes: the capacity counted and its scope."""
    p = doc.get("production") or {}
    used = [e for e in p.get("capacity") or [] if isinstance(e, dict) and e.get("used", True)]
    if _num(p.get("years_to_fill")) is None:
        return _("no production capacity on record for the whole belt")
    all_types = [e for e in used if e.get("scope") != "anti-personnel"]
    if p.get("years_to_fill_is") == "all-types capacity" and all_types:
        if len(all_types) == 1:
            return _(
                "at %(producer)s's stated %(year)s capacity alone (all types), if all of it were anti-personnel"
            ) % {"producer": _short(all_types[0].get("producer")), "year": all_types[0].get("year")}
        who = ", ".join(f"{_short(e.get('producer'))} ({e.get('year')})" for e in all_types)
        return _("at the stated capacities of %(producers)s alone (all types), if all of them were anti-personnel") % {
            "producers": who
        }
    return "; ".join(_capacity(e) for e in used)


def _capacity(e: dict[str, Any], long: bool = False) -> str:
    kw = {
        "producer": _short(e.get("producer")),
        "country": country(e.get("country")),
        "n": N.sig(e.get("mines_per_year"), 3, words=True),
        "year": e.get("year"),
    }
    if not long:
        return _("%(producer)s: %(n)s mines a year (%(year)s)") % kw
    scope = _("all types, anti-personnel included") if e.get("scope") != "anti-personnel" else _("anti-personnel only")
    return _("%(producer)s (%(country)s), %(n)s mines a year in %(year)s (%(scope)s)") % {**kw, "scope": scope}


def production_details(doc: dict[str, Any]) -> tuple[str, ...]:
    p = doc.get("production") or {}
    used = [e for e in p.get("capacity") or [] if isinstance(e, dict) and e.get("used", True)]
    out = []
    if _num(p.get("years_to_fill")) is not None:
        out.append(
            _("From %(start)s, the last mine would be made in %(end)s.")
            % {"start": N.year(p.get("start_year")), "end": N.year(p.get("year_complete"))}
        )
    if used:
        out.append(_("Capacity counted: %(list)s.") % {"list": "; ".join(_capacity(e, long=True) for e in used)})
    others = [o for o in p.get("other_producers") or [] if isinstance(o, dict)]
    if others:
        out.append(_("Not counted, no capacity figure on record: %(countries)s.") % {"countries": not_counted(doc)})
    if p.get("pooled_by"):
        out.append(
            _("%(countries)s pool their producers and stocks (a scenario assumption).")
            % {"countries": countries(p["pooled_by"], doc)}
        )
    ramp = _num(p.get("ramp_up_years"))
    if ramp:
        out.append(_("Output ramps up from zero over %(years)s.") % {"years": years_text(ramp)})
    for n in p.get("stated_needs") or []:
        if isinstance(n, dict) and _num(n.get("mines")) is not None:
            lo, hi = _num(n.get("mines")), _num(n.get("mines_high"))
            amount = N.span(lo, hi, 3, words=True) if hi else N.sig(lo, 3, words=True)
            scope = (
                pgettext("after a number", "anti-personnel mines")
                if n.get("scope") == "anti-personnel"
                else _("mines of all types")
            )
            kw = {
                "country": country(n.get("country"), doc),
                "amount": amount,
                "scope": scope,
                "who": said_by(n.get("said_by", "")),
                "date": N.day(n.get("date", "")),
            }
            text = _("%(country)s, stated need or stock target: %(amount)s %(scope)s (%(who)s, %(date)s)") % kw
            model = _num(n.get("model_mines"))
            ratio = _num(n.get("ratio_to_model"))
            if ratio is not None:
                # a stated range against the model is a range of ratios (73–88 %), as in English
                span = (lo / model, hi / model) if hi and lo is not None and model else (ratio, None)
                text += "; " + ratio_words(*_MODEL_RATIO, *span)
            out.append(text + ". " + _("A plan: shown, not judged."))
    return tuple(out)


# ----------------------------------------------------------------------------- clearance

_CONDITIONS = {
    "legacy": N_(
        "legacy belt: no pattern to follow, every mine found by search (mines moved, eroded or unrecorded after decades in the ground)"
    ),
    "recorded": N_(
        "recorded belt: mines located from the laying pattern on open ground, the rest of the area verified to IMAS 09.10"
    ),
}


def _condition_name(key: Any) -> str:
    return {
        "legacy": pgettext("minefield condition", "legacy"),
        "recorded": pgettext("minefield condition", "recorded"),
    }.get(str(key), str(key))


def _rates(k: dict[str, Any], doc: dict[str, Any]) -> tuple[float | None, float | None]:
    """The median mines and m² per deminer-year: from the inputs, else the assumes line."""
    med = {i.get("role"): _num(i.get("median")) for i in doc.get("inputs") or [] if isinstance(i, dict)}
    a, b = med.get("mines_per_deminer_year"), med.get("m2_per_deminer_year")
    m = re.search(
        r"([0-9][0-9,.]*) mines(?: and ([0-9][0-9,.]*) m²)? per deminer-year", str(_get(k, "capacity", "assumes") or "")
    )
    if m:
        a = a if a is not None else float(m.group(1).replace(",", ""))
        b = b if b is not None or not m.group(2) else float(m.group(2).replace(",", ""))
    return a, b


def clearance_label(doc: dict[str, Any]) -> str:
    k = doc.get("clearance") or {}
    w = _get(k, "capacity", "workforce") or {}
    basis = _get(k, "capacity", "basis")
    kw = {
        "deminers": value(w.get("deminers")),
        "programme": _(str(w.get("programme") or "")),
        "year": w.get("year", ""),
    }
    if basis == "workforce" and w.get("programme"):
        label = (
            _(
                "to clear it with a force of %(deminers)s deminers, the size of the workforce of %(programme)s (%(year)s)"
            )
            % kw
        )
    elif basis == "workforce":
        label = _("to clear it with %(deminers)s deminers (stated)") % kw
    elif basis in ("stated", "stated mines"):
        rate = value(_get(k, "capacity", "km2_per_year" if basis == "stated" else "mines_per_year"))
        label = (
            _("to clear it at %(rate)s km² a year (stated)")
            if basis == "stated"
            else _("to clear it at %(rate)s mines a year (stated)")
        ) % {"rate": rate}
    elif basis == "stated by country":
        label = _("to clear it, each country at its stated km² a year, in parallel")
    else:
        label = _("to clear it at national programmes' reported output")
    if _num(k.get("deminer_years")) is not None:
        label += "; " + _("about %(effort)s deminer-years") % {"effort": N.sig(k["deminer_years"], 2, words=True)}
    return label


def _counted_mines(printed: str) -> str:
    """``22 miny``, ``3,80 minos``: a printed number of mines with the noun CLDR's rules give it."""
    from ...i18n import npprinted

    return f"{printed} {npprinted('after a number', 'mine', 'mines', printed, pgettext('fraction', 'mines'))}"


def _g3(x: Any) -> str:
    """Three significant figures as the English sentence prints them (``75``, ``22``, ``1 020``):
    a zero that rounding leaves at the end is dropped, as Python's ``g`` format drops it."""
    v = _num(x)
    return N.sig(float(f"{v:.3g}"), 3, scale=False) if v is not None else N.sig(x, 3)


def clearance_line(doc: dict[str, Any], short: bool = False) -> str:
    """What the clearance figure assumes, in the reader's words; ``short``: the one line a card
    shows (the condition, the rates, what the condition moves), the rest left to the detail."""
    k = doc.get("clearance") or {}
    cap = k.get("capacity") or {}
    bits = []
    if cap.get("basis") == "workforce":
        cond = _get(cap, "condition", "key")
        if cond in _CONDITIONS:
            bits.append(_(_CONDITIONS[cond]))
        a, b = _rates(k, doc)
        kw = {"mines": _counted_mines(_g3(a)), "m2": _g3(b)}
        fitted = bool(_get(cap, "productivity", "fitted"))
        if a is not None and b is not None:
            bits.append(
                (
                    _("%(mines)s and %(m2)s m² per deminer-year, fitted on seven historical clearances")
                    if fitted
                    else _("%(mines)s and %(m2)s m² per deminer-year (stated)")
                )
                % kw
            )
        elif a is not None:
            bits.append(_("%(mines)s per deminer-year") % kw)
        if not short:
            bits.append(_("one workforce for the whole belt"))
    if not short:
        method = _get(k, "land_release", "method")
        bits.append(
            _("the whole belt a confirmed hazardous area, released by clearance")
            if method == "confirmed-belt"
            else _("land release: %(method)s") % {"method": method}
        )
        allowance = str(k.get("unrecorded_allowance") or "0")
        bits.append(
            _("no mines outside the belt's mapped extent")
            if allowance in ("0", "0.0")
            else _("unrecorded allowance: %(value)s") % {"value": value(allowance)}
        )
    alt = k.get("condition_alternative") or {}
    y, ay = _num(k.get("calendar_years")), _num(alt.get("years"))
    if y and ay:
        bits.append(_("the minefield condition moves the answer (%(cond)s: %(years)s; %(other)s: %(other_years)s)") % {
            "cond": _condition_name(_get(cap, "condition", "key")), "years": years_text(y, 3),
            "other": _("recorded, on open ground only") if alt.get("condition") == "recorded" else _condition_name(alt.get("condition")),
            "other_years": _("%(years)s (%(caveat)s)") % {"years": years_text(ay, 3), "caveat": recorded_caveat(alt)} if alt.get("condition") == "recorded" else years_text(ay, 3)})  # fmt: skip
        share, alt_share = _num(alt.get("ground_share")), _num(alt.get("ground_share_alternative"))
        if share is not None and alt_share is not None:
            bits.append(_("the ground rate is fitted partly on area not cleared (released by clearance and technical survey on the Falklands, contaminated area from the front in Zimbabwe), so the ground term, %(share)s of this effort and %(alt_share)s of the other condition's figure, is probably understated") % {"share": N.pct(share), "alt_share": N.pct(alt_share)})  # fmt: skip
    return "; ".join(bits)


def recorded_caveat(alt: dict[str, Any]) -> str:
    """``two cases, weak; no interval; its 1,340 mines a deminer-year is above ...``: what the
    recorded alternative rests on, the last clause only when its rate is above both cases' pace."""
    pace = alt.get("recorded_cases_mines_per_deminer_year") or {}
    rate, low, high = _num(alt.get("mines_per_deminer_year")), _num(pace.get("low")), _num(pace.get("high"))
    text = _("two cases, weak; no interval")
    if rate is not None and low is not None and high is not None and rate > high:
        text += "; " + _("its %(rate)s mines a deminer-year is above both recorded cases' own pace (%(low)s and %(high)s) and is not bounded by history") % {"rate": _g3(rate), "low": _g3(low), "high": _g3(high)}  # fmt: skip
    return text


def clearance_details(doc: dict[str, Any]) -> tuple[str, ...]:
    k = doc.get("clearance") or {}
    out = []
    area = _num(k.get("area_to_address_km2"))
    if area is not None and _get(k, "land_release", "method") == "confirmed-belt":
        out.append(
            _(
                "The belt leaves %(area)s km² to release, all of it by clearance: a laid belt is a confirmed hazardous area, and none of it is assumed cancelled or reduced by survey."
            )
            % {"area": N.sig(area, 3)}
        )
    if _num(k.get("cost")) is not None:
        out.append(
            _("Clearing it costs %(money)s (%(year)s prices; survey not costed).")
            % {
                "money": N.sig(k["cost"], 2, currency=str(k.get("currency") or "USD")),
                "year": k.get("cost_price_years", "?"),
            }
        )
    if isinstance(k.get("survey_beyond_belt"), dict):
        out.append(
            _(
                "Not estimated: survey of suspected land beyond the belt's mapped extent (after decades in the ground a lost or eroded belt's suspected hazardous area reaches beyond it; its non-technical and technical survey is not in the effort and would add to it)."
            )
        )
    alt = k.get("condition_alternative") or {}
    if _num(alt.get("years")) is not None and alt.get("condition") in _CONDITIONS:
        out.append(
            _("Other minefield condition (%(condition)s): %(years)s with the same workforce.")
            % {
                "years": _("%(years)s (%(caveat)s)")
                % {"years": years_text(alt["years"], 3), "caveat": recorded_caveat(alt)}
                if alt["condition"] == "recorded"  # the recorded rate rests on two clearances
                else years_text(alt["years"], 3),
                "condition": _(_CONDITIONS[alt["condition"]]),
            }
        )
    out += clearance_yardsticks(doc)
    vs = k.get("vs_build") or {}
    if vs and vs.get("clearance_to_build_ratio") is None and vs.get("build_complete") is False:
        out.append(_("No ratio of clearance to build cost: the build cost leaves out laying."))
    return tuple(out)


def clearance_yardsticks(doc: dict[str, Any]) -> tuple[str, ...]:
    """The clearance yardsticks in the reader's words (context, never the estimate): the
    detail's sentences, which the briefing leaves out."""
    k = doc.get("clearance") or {}
    out = []
    wc = k.get("world_capacity") or {}
    if _num(k.get("world_capacity_years")) is not None and _num(wc.get("km2_per_year")) is not None:
        out.append(_("Yardstick: %(years)s if all the area the States Parties cleared of anti-personnel mines in %(year)s (%(km2)s km², %(report)s) went into this belt.") % {
            "years": years_text(k["world_capacity_years"], 3), "year": wc.get("year", ""), "km2": N.num(wc["km2_per_year"], scale=False), "report": report_words(wc.get("report"))})  # fmt: skip
    for key, msg in (("area_rate", N_("Area-rate yardstick (context, not the estimate): %(years)s at the km² national programmes cleared a year, on far less densely mined land.")),
                     ("mine_rate", N_("Mine-rate yardstick (context, not the estimate): %(years)s at the mines national programmes destroyed a year."))):  # fmt: skip
        yrs = _num(_get(k, "yardsticks", key, "years"))
        if yrs is not None:
            out.append(_(msg) % {"years": years_text(yrs, 3)})
    return tuple(out)


__all__ = ["DATA_WORDS", "clearance_details", "clearance_label", "clearance_yardsticks", "clearance_line", "cost_details", "cost_line", "countries",
           "country", "production_details", "production_line", "unit", "value"]  # fmt: skip
