"""The production headline's scope and the stated needs beside it, in the reader's language.

Layer: outputs (report). A figure at all-types capacity carries its scope in its own line ("71
years to make the mines at Belma's stated 2026 capacity alone, all types counted as
anti-personnel; the last in 2097"), and the one line of what it assumes sets the defending
countries' stated needs beside it: plans, shown and not judged, an order of magnitude below the
model's belt. Pure functions of the ``minebelt.estimate/1`` document.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import N_, pgettext
from ...i18n import gettext as _
from .local_names import country, years_span
from .views import _num


def _short(producer: Any) -> str:
    return str(producer or "").split(" (", 1)[0].strip()


def scope_text(doc: dict[str, Any], group: dict[str, Any] | None = None) -> str:
    """``at Belma's stated 2026 capacity alone, all types counted as anti-personnel`` for a
    time at all-types capacity (``years_to_fill_is`` of the block, or of one of its ``groups``),
    else ""."""
    p = doc.get("production") or {}
    g = p if group is None else group
    if g.get("years_to_fill_is") != "all-types capacity" or _num(g.get("years_to_fill")) is None:
        return ""
    used = [e for e in p.get("capacity") or [] if isinstance(e, dict) and e.get("used", True)]
    all_types = [e for e in used if e.get("scope") != "anti-personnel"]
    if len(all_types) == 1:
        e = all_types[0]
        return _("at %(producer)s's stated %(year)s capacity alone, all types counted as anti-personnel") % {
            "producer": _short(e.get("producer")),
            "year": e.get("year"),
        }
    if all_types:
        who = ", ".join(f"{_short(e.get('producer'))} ({e.get('year')})" for e in all_types)
        return _("at the stated capacities of %(producers)s alone, all types counted as anti-personnel") % {
            "producers": who
        }
    return str(g.get("years_to_fill_scope") or "")


def needs_line(doc: dict[str, Any]) -> str:
    """``stated needs beside it (plans, not judged): Poland up to 1 million anti-personnel mines,
    0.83 years at that capacity; ...``; "" without stated needs."""
    p = doc.get("production") or {}
    items = []
    for n in p.get("stated_needs") or []:
        if not isinstance(n, dict) or _num(n.get("mines")) is None:
            continue
        lo, hi = _num(n.get("mines")), _num(n.get("mines_high"))
        amount = N.span(lo, hi, 2, words=True) if hi else N.sig(lo, 2, words=True)
        if not hi and n.get("reading") == "up to":
            amount = _("up to %(amount)s") % {"amount": amount}
        elif not hi and n.get("reading") == "about":
            amount = _("about %(amount)s") % {"amount": amount}
        scope = (
            pgettext("after a number", "anti-personnel mines")
            if n.get("scope") == "anti-personnel"
            else _("mines of all types")
        )
        kw = {"country": country(n.get("country"), doc), "amount": amount, "scope": scope}
        item = _("%(country)s %(amount)s %(scope)s") % kw
        if _num(n.get("years_at_capacity")) is not None:
            years = years_span(n.get("years_at_capacity_low"), n["years_at_capacity"], 2)
            item += ", " + _("%(years)s at that capacity") % {"years": years}
        items.append(item)
    if not items:
        return ""
    return _("stated needs beside it (plans, not judged): %(list)s") % {"list": "; ".join(items)}


#: Why a producing country is not counted (``production.other_producers[].short``), as the
#: English summary says it; a reason not listed here leaves the country's name alone.
NOT_COUNTED_WHY = {
    "first new mines in 2027": N_("first new mines in 2027"),
    "production planned from 2026": N_("production planned from 2026"),
    "no plan": N_("no plan"),
    "reportedly manufacturing": N_("reportedly manufacturing"),
}


def not_counted(doc: dict[str, Any]) -> str:
    """``Finland (first new mines in 2027), Lithuania (production planned from 2026), ...``: the
    countries in ``production.other_producers`` with why each is not counted; "" without any."""
    p = doc.get("production") or {}
    out = []
    for o in p.get("other_producers") or []:
        if not isinstance(o, dict):
            continue
        name, why = country(o.get("country"), doc), NOT_COUNTED_WHY.get(str(o.get("short") or ""))
        out.append(_("%(country)s (%(why)s)") % {"country": name, "why": _(why)} if why else name)
    return ", ".join(out)
