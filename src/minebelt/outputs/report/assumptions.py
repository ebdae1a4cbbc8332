"""Every input of a block with its value and its source (the report's assumptions tables).

Layer: outputs (report). Pure functions of the ``minebelt.estimate/1`` document returning plain
text; see :mod:`.block_text` for the shared wording.
"""

from __future__ import annotations

from typing import Any

from ... import i18n
from ... import numbers as N
from ...i18n import N_
from ...i18n import gettext as _
from . import local_sources as LS

#: Capacity scopes (``production.capacity[].scope``) in words.
from .block_text import SCOPE_WORDS, _allowance, _converted, _dict, _list, _year
from .clearance_view import RELEASE_STEPS
from .fmt import fmt_count, fmt_pct, fmt_plain, fmt_value_text, fmt_year
from .local_names import country as local_country
from .local_names import unit as local_unit
from .local_names import value as local_value
from .local_tables import _rate as local_rate
from .local_tables import data_text
from .local_words import _condition_name
from .views import _num, country_name, default_source, input_label, input_unit


def _v(text: Any, english: Any = fmt_value_text) -> str:
    """An input's value as written (``english`` formats it in English) or in the reader's numbers."""
    return str(english(text)) if i18n.current() == "en" else (local_value(str(text)) or str(english(text)))


def _u(text: str, currency: str = "") -> str:
    """An input's unit (``USD per mine``) in the reader's words."""
    if i18n.current() == "en" or not text:
        return text
    if currency and text.startswith(f"{currency} "):
        return f"{currency} {local_unit(text[len(currency) + 1 :])}"
    return local_unit(text)


def _country(doc: dict[str, Any], code: Any) -> str:
    return country_name(doc, code) if i18n.current() == "en" else local_country(code, doc)


def _row(name: str, value: Any, unit: str, source: str, kind: str, own_words: str = "") -> dict[str, Any]:
    """``kind``: ``cited`` (a published source), ``scenario`` (set in the scenario file),
    ``derived`` (taken from other inputs) or ``none`` (no public figure: a stated default, or
    a part not costed). ``own_words``: when the source is minebelt's own description in the
    reader's language (its model's fit or documentation), not a citation as recorded, the
    English it translates: not marked "EN" whole, only the titles it quotes as written."""
    return {"name": name, "value": str(value), "unit": unit, "source": source, "kind": kind, "cited": kind == "cited",
            "own_words": own_words}  # fmt: skip


def _scoped(source: Any, scope: Any) -> str:
    """``"<citation>. Scope: <what the figure counts>"``: the scope is minebelt's own sentence,
    so it is given in the reader's language; the citation stays as published."""
    what = data_text(scope) if scope else _("not stated")
    return _("%(source)s. Scope: %(scope)s") % {"source": str(source or ""), "scope": what}


def _scenario(scenario_file: str | None) -> str:
    return _("set in the scenario (%(file)s)") % {"file": scenario_file} if scenario_file else _("set in the scenario")


def _cited_default(block: dict[str, Any], prefix: str, name: str) -> str | None:
    """The citation a block's ``sources`` gives for its default ``prefix.name``."""
    d = _default(block, prefix, name)
    return d[3] if d else None


def _default(block: dict[str, Any], prefix: str, name: str) -> tuple[str, str, str, str] | None:
    for s in block.get("sources") or []:
        d = default_source(s)
        if d and d[0] == prefix and d[1] == name:
            return d
    return None


def _production_rows(p: dict[str, Any], scenario_file: str | None, doc: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for e in _list(p.get("capacity")):
        src = str(e.get("source") or "")
        unit = _("mines a year, %(scope)s, %(year)s") % {
            "scope": _(SCOPE_WORDS.get(str(e.get("scope")), "scope not stated")),
            "year": _year(e.get("year")),
        }
        rows.append(
            _row(
                _("Production capacity: %(producer)s (%(country)s)")
                % {"producer": e.get("producer", "?"), "country": e.get("country", "?")},
                _v(e.get("value", e.get("mines_per_year"))),
                unit,
                src or _scenario(scenario_file),
                "cited" if src else "scenario",
            )
        )
    for s in _list(p.get("stock")):
        src = str(s.get("source") or "")
        rows.append(
            _row(
                _("Mines in stock: %(country)s") % {"country": s.get("country", "?")},
                _v(s.get("mines"), fmt_count),
                _("mines, %(scope)s") % {"scope": _(SCOPE_WORDS.get(str(s.get("scope")), "scope not stated"))},
                src or _scenario(scenario_file),
                "cited" if src else "scenario",
            )
        )
    if p.get("start_year") is not None:
        stated = p.get("start_year_source") == "stated"
        rows.append(
            _row(
                _("Production starts"),
                fmt_year(p["start_year"]),
                "",
                _scenario(scenario_file) if stated else data_text(p.get("start_year_source")),
                "scenario" if stated else "derived",
            )
        )
    if "ramp_up_years" in p:
        ramp, shown = _num(p.get("ramp_up_years")), _v(p.get("ramp_up_years"))
        # "years" in the form its number as printed takes (lv "0 gadu": CLDR's zero); a distribution's, the plural
        years = _("years") if ramp is None else i18n.npprinted("after a number", "year", "years", shown, i18n.pgettext("fraction", "years"))  # fmt: skip
        rows.append(_row(_("Ramp-up to full capacity"), shown, years,
                         _scenario(scenario_file) if ramp else _("none assumed (0 unless the scenario sets one)"), "scenario" if ramp else "none"))  # fmt: skip
    if p.get("pooled_by"):
        rows.append(
            _row(
                _("Countries pooling production"),
                ", ".join(_country(doc, c) for c in p["pooled_by"]),
                "",
                _scenario(scenario_file),
                "scenario",
            )
        )
    return rows


def _cost_rows(c: dict[str, Any], scenario_file: str | None) -> list[dict[str, Any]]:
    cur = str(c.get("currency") or "")
    rows = []
    for name, text in _dict(c.get("inputs")).items():
        words = input_label(f"cost.{name}")
        unit = input_unit(f"cost.{name}", cur)
        text = str(text)
        if text == "not costed":
            rows.append(
                _row(
                    words,
                    _("not costed"),
                    "",
                    _("left out of the total; state a rate in the scenario to cost it"),
                    "none",
                )
            )
            continue
        value, how = _converted(fmt_value_text(text))
        cit = _cited_default(c, "cost", name)
        source = (f"{cit}; {how}" if how else cit) if cit else _scenario(scenario_file)
        if cit and i18n.current() != "en":  # the working in the reader's words, from the block's conversions
            source = LS.cited_with_figures(cit, c, f"cost.{name}")
        if i18n.current() != "en":
            value = local_value(value.replace(f"{cur} ", "", 1) if cur else value)
        rows.append(
            _row(
                words,
                value.removeprefix(f"{cur} ") if cur else value,
                _u(unit, cur),
                source,
                "cited" if cit else "scenario",
            )
        )
    rows += exchange_rows(_dict(c.get("exchange_rate")))
    return rows


def _rate(x: Any) -> str:
    """An exchange rate with every digit the ECB gives, in the reader's decimal mark."""
    return fmt_plain(x) if i18n.current() == "en" else local_rate(x)


def exchange_rows(rate: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per distinct conversion: ``1 EUR = 1.1651 USD``, at the ECB rate of its price date."""
    rows = []
    seen = set()
    for cv in rate.get("conversions") or []:
        if not isinstance(cv, dict):
            continue
        key = (cv.get("from"), cv.get("to"), cv.get("rate_date"))
        if key in seen:
            continue
        seen.add(key)
        rows.append(_row(LS.exchange_label(cv, len([x for x in rate["conversions"] if isinstance(x, dict) and x.get("input") == cv.get("input")]) > 2),
                         f"1 {cv.get('from')} = {_rate(cv.get('rate'))} {cv.get('to')}", _("ECB reference rate of %(date)s (price date %(price_date)s)") % {"date": N.day(cv.get("rate_date")), "price_date": N.day(cv.get("price_date"))},
                         str(rate.get("source") or "Source: ECB statistics"), "cited"))  # fmt: skip
    return rows


def _clearance_input_row(k: dict[str, Any], name: str, v: Any, cur: str, scenario_file: Any) -> Any:
    """One ``[clearance]`` input as an assumptions row: its cited default, or the scenario's value."""
    cit = _cited_default(k, "clearance", name)
    return _row(
        input_label(f"clearance.{name}"),
        _v(v),
        _u(input_unit(f"clearance.{name}", cur), cur),
        data_text(cit) if cit else _scenario(scenario_file),
        "cited" if cit else "scenario",
        own_words=str(cit) if cit and data_text(cit) != cit else "",  # the model's fit, in the reader's words
    )


def _clearance_rows(k: dict[str, Any], scenario_file: str | None, doc: dict[str, Any]) -> list[dict[str, Any]]:
    cur = str(k.get("currency") or "")
    rows = []
    lr = _dict(k.get("land_release"))
    if lr:
        shares = _dict(lr.get("shares"))
        split = " / ".join(fmt_pct(shares.get(s)) for s, _ in RELEASE_STEPS) if shares else ""
        srcs = "; ".join(str(s) for s in lr.get("sources") or [])
        method = str(lr.get("method") or "")
        rows.append(_row(_("Land release: cancelled by NTS / reduced by TS / cleared"), split, _("of the area (%(method)s)") % {"method": data_text(method)} if method else "",
                         srcs or _scenario(scenario_file), "cited" if srcs else "scenario"))  # fmt: skip
    if "unrecorded_allowance" in k:
        src = str(k.get("unrecorded_allowance_source") or "")
        stated = src == "stated"
        share = _allowance(k.get("unrecorded_allowance"))
        rows.append(_row(input_label("clearance.unrecorded_allowance"), _("none") if share == "none" else share, _("of the belt area"),
                         _scenario(scenario_file) if stated else data_text(src), "scenario" if stated else "none"))  # fmt: skip
    cap = _dict(k.get("capacity"))
    basis = cap.get("basis")
    if basis == "national programmes":
        seen = set()
        for v in _dict(cap.get("by_country")).values():
            if isinstance(v, dict) and v.get("programme") not in seen:
                seen.add(v.get("programme"))
                unit = _("km\u00b2 cleared a year (%(year)s)") % {"year": _year(v.get("year"))}
                rows.append(
                    _row(
                        _("Clearance rate of %(programme)s") % {"programme": data_text(v.get("programme"))},
                        _v(v.get("km2_per_year")),
                        unit,
                        str(v.get("source") or ""),
                        "cited" if v.get("source") else "none",
                    )
                )
    elif basis == "stated":
        rows.append(
            _row(
                input_label("clearance.capacity_km2_per_year"),
                _v(cap.get("km2_per_year")),
                _("km\u00b2 a year"),
                _scenario(scenario_file),
                "scenario",
            )
        )
    elif basis == "stated by country":
        for code, v in _dict(cap.get("by_country")).items():
            rows.append(
                _row(
                    _("Clearance capacity, %(country)s") % {"country": _country(doc, code)},
                    _v(_dict(v).get("km2_per_year")),
                    _("km\u00b2 a year"),
                    _scenario(scenario_file),
                    "scenario",
                )
            )
    elif basis == "workforce":
        rows += _workforce_rows(k, cap, scenario_file, cur)
    elif basis == "resources":
        for name, v in _dict(cap.get("resources")).items():
            rows.append(_clearance_input_row(k, name, v, cur, scenario_file))
    if k.get("cost_per_m2") is not None:
        d = _default(k, "clearance", "cost_per_m2")
        value, how = _converted(fmt_value_text(k["cost_per_m2"]))
        note = d[2].removeprefix(str(k["cost_per_m2"])).strip() if d else ""  # e.g. "(2006 prices, not inflated)"
        source = "; ".join(x for x in (f"{d[3]} {note}".strip() if d else "", how) if x) or _scenario(scenario_file)
        if i18n.current() != "en":  # the currency once, in the unit; the working in the reader's words
            source = LS.cited_with_figures(d[3], k, "clearance.cost_per_m2") if d else source
            value = local_value(value.replace(f"{cur} ", "", 1) if cur else value)
        rows.append(
            _row(
                input_label("clearance.cost_per_m2"),
                value.removeprefix(f"{cur} ") if cur else value,
                _u(f"{cur} per m\u00b2 cleared".strip(), cur),
                source,
                "cited" if d else "scenario",
            )
        )
    w = _dict(k.get("world_capacity"))
    if w:
        rows.append(
            _row(
                _("States Parties' clearance output (yardstick)"),
                _v(w.get("km2_per_year"), fmt_plain),
                _("km\u00b2 cleared in %(year)s") % {"year": _year(w.get("year"))},
                _scoped(w.get("source"), w.get("scope")),
                "cited" if w.get("source") else "none",
            )
        )
        if w.get("ap_mines_per_year"):
            rows.append(
                _row(
                    _("Anti-personnel mines States Parties destroyed by clearance (yardstick)"),
                    _v(w.get("ap_mines_per_year"), fmt_plain),
                    _("mines in %(year)s") % {"year": _year(w.get("year"))},
                    _scoped(w.get("source"), w.get("mines_scope")),
                    "cited",
                )
            )
    rows += exchange_rows(_dict(k.get("exchange_rate")))
    return rows


_DEFAULT_DOCS = N_("default: minebelt's model documentation, 'Back-test of the clearance model'")


def _workforce_rows(
    k: dict[str, Any], cap: dict[str, Any], scenario_file: str | None, cur: str
) -> list[dict[str, Any]]:
    """Deminers (stated or a named programme's), the minefield condition, the productivities and
    any per-day method mix, each with where it comes from."""
    wf, prod, cond = _dict(cap.get("workforce")), _dict(cap.get("productivity")), _dict(cap.get("condition"))
    preset = wf.get("preset")
    shown = _v(wf.get("deminers"))  # the noun in the form its number takes ("4 021 сапер": CLDR's "one")
    unit = i18n.npprinted("after a number", "deminer", "deminers", shown, i18n.pgettext("fraction", "deminers"))
    source = f"{wf.get('programme')}, {wf.get('scope')}: {wf.get('source')}"
    if preset and i18n.current() != "en":  # the preset's description in the reader's words, the citation as published
        unit = i18n.nprinted("deminer (%(programme)s, %(year)s)", "deminers (%(programme)s, %(year)s)", shown) % {
            "programme": data_text(wf.get("programme")),
            "year": _year(wf.get("year")),
        }
        source = str(wf.get("source") or "")
    rows = [_row(input_label("clearance.deminers"), shown, unit,
                 source if preset else _scenario(scenario_file), "cited" if preset else "scenario")]  # fmt: skip
    if cond:
        rows.append(_row(input_label("clearance.minefield_condition"), _condition_name(cond.get("key")), data_text(cond.get("text")),
                         _scenario(scenario_file) if cond.get("chosen") == "stated" else _(_DEFAULT_DOCS),
                         "scenario" if cond.get("chosen") == "stated" else "cited",
                         own_words=_DEFAULT_DOCS if cond.get("chosen") != "stated" and i18n.current() != "en" else ""))  # fmt: skip
    for name in ("mines_per_deminer_year", "m2_per_deminer_year"):
        v = prod.get(name)
        if v is None or v == "from the stated method mix":
            continue
        rows.append(_clearance_input_row(k, name, v, cur, scenario_file))
    for name, v in _dict(cap.get("resources")).items():
        rows.append(_clearance_input_row(k, name, v, cur, scenario_file))
    return rows


def assumptions(
    prefix: str, block: Any, scenario_file: str | None = None, doc: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    """One row per input of the ``prefix`` block (``production``, ``cost``, ``clearance``):
    ``{"name", "value", "unit", "source", "kind", "cited"}`` — ``kind`` is ``cited`` (a
    published source), ``scenario`` (set in ``scenario_file``), ``derived`` (taken from other
    inputs) or ``none`` (no public figure: a stated default, or a part not costed)."""
    if not isinstance(block, dict):
        return []
    doc = doc or {}
    if prefix == "production":
        return _production_rows(block, scenario_file, doc)
    if prefix == "cost":
        return _cost_rows(block, scenario_file)
    if prefix == "clearance":
        return _clearance_rows(block, scenario_file, doc)
    return []
