"""Where a figure comes from, in the reader's words and numbers: the border data's credit, a
cited default's working (the sourced figures and their conversions), what a citation was used
for, and the exchange-rate rows' labels.

Layer: outputs (report). Pure functions of the ``minebelt.estimate/1`` document's fields; they
read the current language of :mod:`minebelt.i18n`. The document keeps its English text (a
contract); in English every function returns that text as it was.
"""

from __future__ import annotations

import re
from typing import Any

from ... import numbers as N
from ...i18n import current
from ...i18n import gettext as _

#: The English working a cited default's citation ends with (``CITATION. Figures: ...``).
FIGURES = ". Figures: "

#: The unit of each money input's sourced figures (:class:`minebelt.model.currency.MoneyDefault`).
_MONEY_UNITS = {
    "cost.unit_cost_per_mine": "per mine",
    "cost.fence_cost_per_km": "per km of land front",
    "clearance.cost_per_m2": "per m\u00b2 cleared",
}


def _money(value: Any, currency: Any) -> str:
    """A sourced amount to four significant figures from 1,000 up, three below (``233``, not
    ``233.0``)."""
    digits = 4 if isinstance(value, (int, float)) and abs(value) >= 1000 else 3
    return N.sig(value, digits, scale=False, currency=str(currency or ""))


def _rate(x: Any) -> str:
    from .local_tables import _rate as local_rate

    return local_rate(x)


def figures(block: dict[str, Any], key: str) -> str:
    """The sourced figures of the cited default ``key`` (``cost.fence_cost_per_km``) and their
    conversions, in the reader's words and numbers, from the block's ``exchange_rate`` and
    ``cost_outturns``: ``"Liczby: 302 800 EUR za km linii lądowej (29 sierpnia 2022) =
    302 400 USD po kursie 0,9986 USD/EUR (EBC, 29 sierpnia 2022); ..."``; "" without any."""
    from .local_names import unit as local_unit

    unit = local_unit(_MONEY_UNITS.get(key, ""))
    parts = []
    outturns = [o for o in block.get("cost_outturns") or [] if isinstance(o, dict) and o.get("use") == "default"]
    if key == "clearance.cost_per_m2" and outturns:
        for o in outturns:
            parts.append(
                _("%(value)s %(unit)s (%(year)s prices) = %(usd)s at %(target)s prices (US CPI-U)")
                % {
                    "value": _money(o.get("per_m2"), o.get("currency")),
                    "unit": unit,
                    "year": o.get("price_year"),
                    "usd": _money(o.get("usd_per_m2"), "USD"),
                    "target": o.get("usd_price_year"),
                }
            )
    else:
        for cv in (block.get("exchange_rate") or {}).get("conversions") or []:
            if not (isinstance(cv, dict) and cv.get("input") == key):
                continue
            parts.append(
                _("%(value)s %(unit)s (%(date)s) = %(converted)s at %(rate)s %(to)s/%(from)s (ECB, %(rate_date)s)")
                % {
                    "value": _money(cv.get("value"), cv.get("from")),
                    "unit": unit,
                    "date": N.day(cv.get("price_date")),
                    "converted": _money(cv.get("converted"), cv.get("to")),
                    "rate": _rate(cv.get("rate")),
                    "to": cv.get("to"),
                    "from": cv.get("from"),
                    "rate_date": N.day(cv.get("rate_date")),
                }
            )
    return _("Figures: %(figures)s") % {"figures": "; ".join(parts)} if parts else ""


def cited_with_figures(cite: str, block: dict[str, Any] | None, key: str) -> str:
    """A cited default's citation (``CITATION. Figures: ...``): in English as recorded; in
    another language the citation as published, then its figures in the reader's words."""
    if current() == "en" or FIGURES not in cite:
        return cite
    head = cite.split(FIGURES, 1)[0]
    own = figures(block or {}, key)
    return f"{head}. {own}" if own else head


#: A producer's cited default as a block records it: ``Belma (...) (POL, all-types, 2026)``.
_PRODUCER = re.compile(r"(?P<name>.+) \((?P<country>[A-Z]{3}), (?P<scope>[a-z-]+), (?P<year>\d{4})\)")


def use_words(block: str, name: str, value: str) -> str:
    """What a cited default supplied (``cost``, ``unit_cost_per_mine``, its recorded English
    value) in the reader's words and numbers: ``"Koszt jednej miny, 20–200 EUR = 23,3–233 USD
    (ceny z 2026 r.)"``."""
    from .block_text import SCOPE_WORDS
    from .local_names import country
    from .local_names import value as local_value
    from .views import input_label

    if name == "capacity":
        what = _("Production capacity") if block == "production" else _("Clearance capacity")
        m = _PRODUCER.fullmatch(value)
        if m is None:
            return f"{what}, {value}"
        scope = _(SCOPE_WORDS.get(m["scope"], "scope not stated"))
        return f"{what}, {m['name']} ({country(m['country'])}, {scope}, {m['year']})"
    return f"{input_label(f'{block}.{name}')}, {local_value(value)}"


def yardstick(entry: str) -> tuple[str, str] | None:
    """``(citation, rate)`` of a yardstick's entry after ``clearance yardstick `` (``PROGRAMME,
    30.4 to 58 km² cleared a year (YEARS, READING): CITATION``): the programme's rate in the
    reader's words and numbers, the citation without the English description; None for
    another text."""
    from ...model.clearance_programmes import NATIONAL_PROGRAMMES

    for prog in NATIONAL_PROGRAMMES.values():
        head = f"({prog.year}, {prog.reading}): "
        if entry.startswith(f"{prog.name}, ") and head in entry:
            lo, hi = prog.span
            rate = _("%(programme)s, %(rate)s km\u00b2 cleared a year (%(years)s)") % {
                "programme": _(prog.name),
                "rate": N.num(lo, scale=False) if lo == hi else N.span(lo, hi, scale=False),
                "years": prog.year,
            }
            return entry.split(head, 1)[1], rate
    return None


#: A block's source entries that are neither a cited default nor a plain citation.
YARDSTICK, PRESET = "clearance yardstick ", "clearance workforce preset "


def entry_words(entry: str, doc: dict[str, Any]) -> tuple[str, str] | None:
    """``(citation, what it gave)`` of a yardstick's or a workforce preset's source entry, in
    the reader's words and numbers; None for another entry."""
    from .local_names import input_value
    from .local_tables import data_text
    from .views import input_label

    if entry.startswith(YARDSTICK):
        found = yardstick(entry[len(YARDSTICK) :])
        words = _("A yardstick of national clearance output (context, not the estimate)")
        return (found[0], f"{words}: {found[1]}") if found else None
    if entry.startswith(PRESET):
        wf = ((doc.get("clearance") or {}).get("capacity") or {}).get("workforce") or {}
        source = str(wf.get("source") or "")
        if not (wf.get("preset") and source and entry.endswith(source)):
            return None
        deminers = _("%(deminers)s (%(programme)s, %(year)s)") % {
            "deminers": input_value(wf.get("deminers"), "deminers"),
            "programme": data_text(wf.get("programme")),
            "year": wf.get("year"),
        }
        return source, f"{input_label('clearance.deminers')}, {deminers}"
    return None


def used_for(uses: list[str]) -> str:
    """`` (used for: Cost of one mine, EUR 20 to 200)``: what a citation supplied."""
    return " " + _("(used for: %(uses)s)") % {"uses": "; ".join(uses)} if uses else ""


def source_items(doc: dict[str, Any], claims: dict[str, Any] | None = None) -> list[tuple[str, str, str]]:
    """Every citation in the document once, as ``(recorded, rest, english)``: the English
    citation as recorded (the page marks it "EN"; ``""`` when the catalogue translates it), then
    the rest in the reader's words and numbers (a translated citation, a default's figures, what
    it was used for: :func:`used_for`), and the document's English entry (what a translated
    citation's quotations are checked against); in English each citation whole, as
    :func:`.views.collect_sources` gives it. A cited
    default's citation with its working (:func:`cited_with_figures`), a yardstick's or the
    workforce preset's with what it gave (:func:`entry_words`)."""
    from .views import collect_sources as english
    from .views import default_source, found_sources

    if current() == "en":
        return [(s, "", s) for s in english(doc, claims)]
    uses: dict[str, list[str]] = {}
    recorded: dict[str, int] = {}
    entries: dict[str, str] = {}
    for s in found_sources(doc, claims):
        d = default_source(s)
        entry = None if d else entry_words(s, doc)
        use: str | None = None
        if entry:
            (cit, use), as_recorded = entry, True
        elif d:
            cit = cited_with_figures(_(d[3]), doc.get(d[0]), f"{d[0]}.{d[1]}")
            use, as_recorded = use_words(d[0], d[1], d[2]), _(d[3]) == d[3]
        else:
            cit, as_recorded = _(s), _(s) == s
        # how much of it is as published: not the figures in the reader's words after it
        recorded.setdefault(cit, len(_(d[3]).split(FIGURES, 1)[0]) if as_recorded and d else len(cit) * as_recorded)
        entries.setdefault(cit, d[3] if d else s)
        bucket = uses.setdefault(cit, [])
        if use and use not in bucket:
            bucket.append(use)
    return [(c[: recorded[c]], c[recorded[c] :] + used_for(u), entries[c]) for c, u in uses.items()]


def collect_sources(doc: dict[str, Any], claims: dict[str, Any] | None = None) -> list[str]:
    """Every citation in the document once, each followed by what it was used for, in the
    reader's words and numbers (:func:`source_items`, joined)."""
    return [c + used for c, used, _english in source_items(doc, claims)]


def exchange_label(cv: dict[str, Any], many: bool) -> str:
    """An exchange-rate row's label; ``many``: the input has several figures, so the row names
    its figure (in English the figure's own label; in another language its amount and unit)."""
    if not many:
        return _("Exchange rate")
    if current() == "en":
        return _("Exchange rate (%(figure)s)") % {"figure": cv.get("figure", "")}
    from .local_names import unit as local_unit

    figure = f"{_money(cv.get('value'), cv.get('from'))} {local_unit(_MONEY_UNITS.get(str(cv.get('input')), ''))}"
    return _("Exchange rate (%(figure)s)") % {"figure": figure.strip()}


__all__ = [
    "FIGURES",
    "cited_with_figures",
    "collect_sources",
    "entry_words",
    "exchange_label",
    "figures",
    "use_words",
    "used_for",
    "yardstick",
]
