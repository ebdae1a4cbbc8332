"""The report's detail tables (production and cost) in the reader's language.

Layer: outputs (report). The views (:mod:`.production_view`, :mod:`.cost_view`) word these rows
in English from the ``minebelt.estimate/1`` document; for another language these pure functions
word the same fields, one message per phrase with named placeholders and every figure through
:mod:`minebelt.numbers` in the reader's locale. English the pipeline writes into the document as
fixed text (a block's method, a programme's name, a proxy's note) is a message by its English
text, marked here with ``N_`` and translated where it is shown (:func:`data_text`); a text the
catalogue does not know reads as written. Citations (a source's title, publisher, quoted words)
are never translated: they are provenance.
"""

from __future__ import annotations

import re
from typing import Any

from ... import numbers as N
from ...i18n import N_, current, times_agree
from ...i18n import gettext as _
from .local_names import country, said_by, years_span, years_text
from .local_ratios import is_share, ratio_words, share_text, times_text
from .local_sections import _years_span
from .local_words import production_line
from .views import _num

#: Fixed English texts of the document, translated by their own text where they are shown.
DATA_TEXTS = (
    # block methods (pipeline.blocks.production / cost / clearance)
    N_(
        "years = time until cumulative output (a linear ramp from zero over ramp_up_years, then full capacity) plus "
        "stock reaches the mines needed; anti-personnel capacity gives an estimate, all-types capacity the years at "
        "that capacity alone if all of it were anti-personnel (not a bound); groups work in parallel, so the total is "
        "the longest group"
    ),
    N_(
        "total = mines x unit_cost_per_mine + area_km2 x laying_cost_per_km2 + land front km x fence_cost_per_km; "
        "a part with no rate is not costed (null) and left out of the total"
    ),
    N_(
        "places within each distance of the belt polygon, both sides of the border; distance in a transverse Mercator "
        "projection centred on the belt; the defender's side is the places in a defending country, named first when "
        "inside the belt or within 1 km of it; the other side's places are counted apart (other_side)"
    ),
    # cost.fence_note
    N_(
        "The fence rate is a proxy: the per-km cost of three anti-migration border barriers (steel mesh or wall, razor "
        "wire, cameras, roads), not of marking a minefield. Amended Protocol II, Art. 5(2)(a), requires mines without "
        "self-destruction to lie in a perimeter-marked area, monitored and protected by fencing: a perimeter at least twice "
        "the front, whose cost no public source gives."
    ),
    # production.start_year_source
    N_("the earliest year of the capacity entries"),
    # cost.budgets[]: programme, period, scope_note
    N_("East Shield (Tarcza Wschód)"),
    N_("counter-mobility and the Baltic Defence Line"),
    N_("eastern border counter-mobility plan (Baltic Defence Line)"),
    N_("Baltic Defence Line bunkers"),
    N_("eastern border fence (Border Guard)"),
    N_("ten years (to 2035)"),
    N_("five years from March 2024"),
    N_("to the end of 2027 (ERR, 2026-02-19)"),
    N_("to be completed by 2026"),
    N_("set beside the border-fence proxy part only, the nearest costed part to what it buys"),
    N_(
        "no costed part of the belt buys the same thing: its mines are anti-tank, the belt's costed mines anti-personnel"
    ),
    N_("no costed part of the belt buys the same thing"),
    N_("anti-tank mines and laying systems"),
    # clearance: the minefield condition, its description, the unrecorded allowance's default
    N_("legacy"),
    N_("recorded"),
    N_(
        "no pattern to follow, every mine found by search: mines moved, eroded or unrecorded after decades in the "
        "ground (as on the Falklands' peat and dunes, Zimbabwe's border belt and South Korea's hills)"
    ),
    N_(
        "default 0: assumes complete records of the belt's extent (mines that drifted or were lost outside it are not "
        "counted)"
    ),
    N_(
        "area to address = belt area x (1 + unrecorded_allowance); released by NTS cancellation, TS reduction and "
        "clearance in the land-release shares; deminer-years = mines / mines per deminer-year + cleared m2 / m2 per "
        "deminer-year; calendar years = deminer-years / deminers (or cleared km2 / stated km2 a year, or mines / stated "
        "mines a year); cost = deminer-years x cost per deminer-year where the belt lies (or cleared m2 x cost per m2 "
        "without an effort; the other as a cross-check); survey not costed apart; yardsticks: national programmes' "
        "reported output and the States Parties' output of one year"
    ),
)
_CAVEAT = re.compile(
    r"^Comparing the cost of making or laying a mine with the cost of removing it is misleading per mine \((?P<who>.+)\)\.$"
)
_CONDITION = re.compile(
    r"^at (?P<producer>.+?)'s stated (?P<year>\d{4}) capacity alone \(all types\)(?P<ap>, if all of it were anti-personnel)?$"
)


def data_text(text: Any) -> str:
    """A fixed English text of the document in the reader's language (as written when the
    catalogue does not know it)."""
    s = str(text or "")
    return _(s) if s else ""


def method(text: Any) -> str:
    """``Metoda: ...``: a block's method line (the document's ``method``)."""
    return _("Method: %(method)s.") % {"method": data_text(text)} if text else ""


_SENSITIVITY = re.compile(
    r"^output (?P<output>\S+); tornado: p05/p95 of one input, others at medians; Sobol: SALib Saltelli sampling, "
    r"N=(?P<n>\d+), (?P<runs>\d+) model runs, seed (?P<seed>\S+)$"
)


def sensitivity_method(text: Any) -> str:
    """The sensitivity document's ``method`` in the reader's words (as written when it does not
    read as minebelt writes it)."""
    m = _SENSITIVITY.match(str(text or ""))
    if not m or current() == "en":
        return str(text or "")
    return _(
        "output %(output)s; tornado: p05/p95 of one input, the others at their medians; Sobol: SALib Saltelli "
        "sampling, N=%(n)s, %(runs)s model runs, seed %(seed)s"
    ) % {**m.groupdict(), "n": N.count(int(m["n"])), "runs": N.count(int(m["runs"]))}


def _mines(x: Any) -> str:
    return N.sig(x, 3, words=True)


# ----------------------------------------------------------------------------- production


def _stated(n: dict[str, Any]) -> str:
    lo, hi = _num(n.get("mines")), _num(n.get("mines_high"))
    ap = n.get("scope") == "anti-personnel"
    if hi is not None and lo is not None:
        amount = N.span(lo, hi)
        return (_("%(n)s anti-personnel mines") if ap else _("%(n)s mines of all types")) % {"n": amount}
    reading = str(n.get("reading") or "")
    if reading == "up to":
        msg = _("up to %(n)s anti-personnel mines") if ap else _("up to %(n)s mines of all types")
    elif reading == "about":
        msg = _("about %(n)s anti-personnel mines") if ap else _("about %(n)s mines of all types")
    else:
        msg = _("%(n)s anti-personnel mines") if ap else _("%(n)s mines of all types")
    return msg % {"n": _mines(lo)}


def _condition(text: Any, doc: dict[str, Any]) -> str:
    m = _CONDITION.match(str(text or ""))
    if not m:
        return production_line(doc) if text else _("at the capacity on record")
    kw = {"producer": m.group("producer"), "year": m.group("year")}
    if m.group("ap"):
        return _("at %(producer)s's stated %(year)s capacity alone (all types), if all of it were anti-personnel") % kw
    return _("at %(producer)s's stated %(year)s capacity alone (all types)") % kw


def stated_needs(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``production.stated_needs`` as table rows ``{country, stated, model, years, who}`` in the
    reader's words (``who``: the role translated, the person's name as written, the date); the
    plan's own words (``what``) and source stay as written."""
    p = doc.get("production") or {}
    out = []
    for n in p.get("stated_needs") or []:
        if not isinstance(n, dict):
            continue
        lo, hi = _num(n.get("mines")), _num(n.get("mines_high"))
        model_mines = _num(n.get("model_mines"))
        ratio = _num(n.get("ratio_to_model"))
        if model_mines and (ratio is not None or (hi is not None and lo is not None)):
            span = (lo / model_mines, hi / model_mines) if hi is not None and lo is not None else (ratio, None)
            model = ratio_words(
                N_("%(share)s of the model's %(mines)s anti-personnel mines for %(country)s"),
                N_("%(times)s times the model's %(mines)s anti-personnel mines for %(country)s"),
                *span,
                mines=_mines(model_mines),
                country=country(n.get("country"), doc),
            )
        else:
            model = N.not_estimated()
        years = _num(n.get("years_at_capacity"))
        made = (
            f"{years_span(n.get('years_at_capacity_low'), years)} {_condition(n.get('years_condition'), doc)}"
            if years is not None
            else N.not_estimated()
        )
        who = ", ".join(x for x in (said_by(n.get("said_by")), N.day(n.get("date") or "")) if x)
        out.append(
            {"country": country(n.get("country"), doc), "stated": _stated(n), "model": model, "years": made, "who": who}
        )
    return out


def capacity_rows(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``production.capacity`` as table rows ``{producer, country, per_year, scope, year, used}``."""
    p = doc.get("production") or {}
    scopes = {"anti-personnel": _("anti-personnel only"), "all-types": _("all types, anti-personnel included")}
    return [
        {
            "producer": str(e.get("producer") or ""),
            "country": country(e.get("country"), doc),
            "per_year": N.count(e.get("mines_per_year")),
            "scope": scopes.get(str(e.get("scope")), _("scope not stated")),
            "year": str(e.get("year") or ""),
            "used": _("yes") if e.get("used", True) else _("no (no group needs it)"),
        }
        for e in p.get("capacity") or []
        if isinstance(e, dict)
    ]


def _producer(text: Any) -> str:
    """``Belma (...) (POL, all-types, 2026)`` with its scope in the reader's words."""
    scopes = {"all-types": _("all types, anti-personnel included"), "anti-personnel": _("anti-personnel only")}
    return re.sub(r", (all-types|anti-personnel), ", lambda m: f", {scopes[m.group(1)]}, ", str(text))


def group_rows(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``production.groups`` as table rows ``{name, mines, capacity, years, years_range, year,
    producers}``."""
    p = doc.get("production") or {}
    out = []
    for g in p.get("groups") or []:
        if not isinstance(g, dict):
            continue
        years = _num(g.get("years_to_fill"))
        out.append(
            {
                "name": ", ".join(country(c, doc) for c in g.get("countries") or []) or str(g.get("group") or ""),
                "mines": _mines(g.get("mines")),
                "capacity": N.count(g.get("capacity_per_year")),
                "years": years_text(years),
                "years_range": _years_span(g.get("years_to_fill_dist")),
                "producers": "; ".join(_producer(x) for x in g.get("producers") or []) or _("none on record"),
                "year": N.year(g.get("year_complete")) if years is not None else N.not_estimated(),
            }
        )
    return out


def pooling(doc: dict[str, Any]) -> str:
    """Who pools producers and stocks, as a sentence."""
    p = doc.get("production") or {}
    if p.get("pooled_by"):
        return _("%(countries)s pool their producers and stocks for all their sections.") % {
            "countries": ", ".join(country(c, doc) for c in p["pooled_by"])
        }
    return _("No pooling: each defending country fills its own sections from its own producers.")


# ----------------------------------------------------------------------------- cost


def _rate(x: Any) -> str:
    """An exchange rate with every digit the ECB gives (``1,1651``), in the reader's decimal mark."""
    from babel.numbers import get_decimal_symbol

    from ...i18n import current
    from .fmt import fmt_plain

    return fmt_plain(x).replace(",", "").replace(".", str(get_decimal_symbol(current()))) if _num(x) is not None else ""


def _budget_rate(text: Any) -> str:
    """``0.254256 USD/PLN (ECB, 2024-05-17)`` in the reader's decimal mark and words."""
    m = re.match(r"^(?P<rate>[0-9.]+) (?P<pair>[A-Z]{3}/[A-Z]{3}) \(ECB, (?P<date>[0-9-]+)\)$", str(text or ""))
    if not m:
        return str(text or "")
    return _("%(rate)s %(pair)s (ECB, %(date)s)") % {
        **m.groupdict(),
        "rate": _rate(float(m.group("rate"))),
        "date": N.day(m.group("date")),
    }


def _money(x: Any, currency: Any) -> str:
    return N.sig(x, 3, currency=str(currency or "")) if _num(x) is not None else N.not_estimated()


def budget_rows(doc: dict[str, Any]) -> list[dict[str, str]]:
    """``cost.budgets`` as table rows ``{name, amount, converted, share, text}``: each announced
    budget beside its country's costed belt (a plan: shown, not judged)."""
    c = doc.get("cost") or {}
    out = []
    for b in c.get("budgets") or []:
        if not isinstance(b, dict):
            continue
        cur = str(b.get("converted_currency") or c.get("currency") or "")
        own = _money(b.get("amount"), b.get("currency"))
        conv = _money(b.get("converted"), cur) if b.get("currency") != cur else own
        share = _num(b.get("share_of_costed_belt"))
        name = country(b.get("country"), doc)
        if share is None:
            scale = N.not_estimated()
        else:
            scale = (
                share_text(share)
                if is_share(share)
                else times_agree(_("%(ratio)s times") % {"ratio": times_text(share)}, times_text(share))
            )
        ratio = _num(b.get("ratio_to_parts"))
        parts = (
            ratio_words(
                N_("%(share)s of its border-fence proxy part alone"),
                N_("%(times)s times its border-fence proxy part alone"),
                ratio,
            )
            if ratio is not None
            else ""
        )
        of_which = "; ".join(
            _("of it %(amount)s for %(what)s")
            % {"amount": _money(w.get("amount"), b.get("currency")), "what": data_text(w.get("what"))}
            for w in b.get("of_which") or []
            if isinstance(w, dict)
        )
        when = _("announced %(date)s, %(period)s") % {
            "date": N.day(b.get("announced")),
            "period": N.period(data_text(b.get("period"))),  # "2024–2028": years joined by an en dash
        }
        rate = _budget_rate(b.get("rate"))
        text = _(
            "%(country)s, %(programme)s: %(amount)s (%(when)s) = %(converted)s at %(rate)s; beside the country's costed belt (%(belt)s): %(share)s."
        ) % {
            "country": name,
            "programme": data_text(b.get("programme")),
            "amount": own,
            "when": when + (f"; {of_which}" if of_which else ""),
            "converted": conv,
            "rate": rate,
            "belt": _money(b.get("costed_belt"), cur),
            "share": scale + (f"; {parts}" if parts else ""),
        }
        text += " " + _first_upper(data_text(b.get("scope_note"))) + "."
        out.append(
            {
                "name": f"{name}, {data_text(b.get('programme'))}",
                "amount": own,
                "converted": conv,
                "share": scale + (f"; {parts}" if parts else ""),
                "text": text,
            }
        )
    return out


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def cost_notes(doc: dict[str, Any]) -> list[str]:
    """The notes under the cost assumptions: the exchange rates, the fence's kilometres and
    proxy note, and the per-mine caveat."""
    c = doc.get("cost") or {}
    convs = [x for x in (c.get("exchange_rate") or {}).get("conversions") or [] if isinstance(x, dict)]
    pairs = list(
        dict.fromkeys(
            _("1 %(from)s = %(rate)s %(to)s on %(date)s")
            % {
                "from": x.get("from"),
                "rate": _rate(x.get("rate")),
                "to": x.get("to"),
                "date": N.day(x.get("rate_date")),
            }
            for x in convs
        )
    )
    out = []
    if pairs:  # a last date ending in an abbreviation (uk "2022 р.", lt "15 d.") closes it: one stop
        rates = _("Each sourced figure is converted at the ECB euro reference rate of its own price date: %(rates)s.")
        out.append(re.sub(r"\.\.$", ".", rates % {"rates": "; ".join(pairs)}))
    km = _num(c.get("fence_km"))
    if km is not None:
        name = _("Border-fence proxy") if c.get("fence_is_proxy") else _("Marking and fence")
        out.append(
            _(
                "%(part)s charged per km of land front (%(km)s km): stretches along rivers and lakes that carry no belt are not fenced."
            )
            % {"part": name, "km": N.count(km)}
        )
    if c.get("fence_note"):
        out.append(data_text(c.get("fence_note")))
    m = _CAVEAT.match(str(c.get("caveat") or ""))
    if m:
        out.append(
            _(
                "Comparing the cost of making or laying a mine with the cost of removing it is misleading per mine (%(source)s)."
            )
            % {"source": re.sub(r"\d{4}-\d{2}-\d{2}", lambda d: N.day(d.group()), m.group("who"))}
        )
    elif c.get("caveat"):
        out.append(str(c.get("caveat")))
    return out
