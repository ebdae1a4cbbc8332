"""One figure, one line of what it assumes, then the detail: the cards of every output.

Layer: outputs. Pure functions of the ``minebelt.estimate/1`` document. A :class:`Card` is
what a reader sees first of a block — its headline figure (significant figures, the rule of
:mod:`minebelt.numbers`), what the figure is, its 90 % interval, one line of what it
assumes — and the detail behind it (a list of short sentences). The terminal prints the
figure and the line (the detail with ``--details``), the report page puts the detail behind a
disclosure, the PDF prints it below. Each block's card reads its view
(:mod:`.production_view`, :mod:`.cost_view`, :mod:`.clearance_view`, :func:`.views.exposure_view`),
so new wording of a block reaches every output through one place. The card type and its
helpers are in :mod:`.cards_base`, the clearance and civilians cards in :mod:`.cards_clearance`.

:func:`headline_sentence` is the one figure that answers the question ("... 125
million mines in a 2 km belt of 10,400 km² ..."), with its scope.
"""

from __future__ import annotations

import re
from typing import Any, cast

from ... import numbers as N
from ...i18n import current, ngettext, pgettext, times_agree
from ...i18n import gettext as _
from ...pipeline.blocks.calibration import compared_name
from ..local_examples import scenario_name
from . import local_words as W
from .cards_base import _SENTENCE_END as _SENTENCE_END
from .cards_base import Card as Card
from .cards_base import _interval as _interval
from .cards_base import _localised as _localised
from .cards_base import _one_line as _one_line
from .cards_base import _years as _years
from .cards_base import english as english
from .cards_base import sentences as sentences
from .cards_clearance import _EFFORT as _EFFORT
from .cards_clearance import _HEADLINE as _HEADLINE
from .cards_clearance import _civilians_card as _civilians_card
from .cards_clearance import _civilians_line as _civilians_line
from .cards_clearance import _clearance_card as _clearance_card
from .cards_clearance import civilians_card as civilians_card
from .cards_clearance import clearance_card as clearance_card
from .cards_clearance import clearance_cost_card as clearance_cost_card
from .cards_clearance import split_headline as split_headline
from .cost_view import cost_view
from .fmt import fmt_value_text
from .production_headline import needs_line, scope_text
from .production_view import production_view
from .views import _get, _num

# ----------------------------------------------------------------------------- the belt


def _belt_facts(doc: dict[str, Any]) -> dict[str, Any]:
    t = doc.get("totals") or {}
    secs = [r for r in doc.get("sections") or [] if isinstance(r, dict)]
    length, area, mines = _num(t.get("length_km")), _num(t.get("area_km2")), _num(t.get("mines"))
    water = sum(_num(r.get("water_km")) or 0.0 for r in secs)
    skip = any(r.get("along_water") == "skip" for r in secs)
    front = _num(t.get("belt_front_km")) or length
    depths = sorted({round(float(r["depth_km"]), 6) for r in secs if _num(r.get("depth_km"))})
    densities = sorted({round(float(r["density_per_km2"]), 6) for r in secs if _num(r.get("density_per_km2"))})
    return {
        "t": t, "length": length, "area": area, "mines": mines, "water": water, "skip": skip,
        "front": front, "land_only": bool(water and skip and front and length and abs(front - length) > 0.5),
        "measured": bool(secs) and all(r.get("length_source") == "measured" for r in secs),
        "depths": depths, "densities": densities,
    }  # fmt: skip


def _span_words(values: list[float], unit: str, doc: dict[str, Any] | None = None, role: str = "") -> str:
    """One value (``2 km``), or the range of the sections' values; an uncertain input that
    every section shares as the user wrote it (``1.5 to 2.5 km``), not its median."""
    ins = [i for i in (doc or {}).get("inputs") or [] if isinstance(i, dict) and i.get("role") == role] if role else []
    if len(ins) == 1 and ins[0].get("uncertain") and ins[0].get("value"):
        m = re.fullmatch(r"\s*([0-9][0-9_.]*)\s+to\s+([0-9][0-9_.]*)\s*", str(ins[0]["value"]))
        if m:  # "1.5 to 2.5" as the user wrote it, in the reader's numbers and words
            low, high = (N.num(float(x.replace("_", "")), scale=False) for x in m.groups())
            return _("%(low)s to %(high)s") % {"low": low, "high": high} + f" {unit}"
        return f"{fmt_value_text(ins[0]['value'])} {unit}"
    if not values:
        return ""
    if len(values) == 1:
        return f"{N.num(values[0], scale=False)} {unit}"
    return N.span(values[0], values[-1], scale=False, unit=unit) or f"{N.num(values[0], scale=False)} {unit}"


def headline_sentence(doc: dict[str, Any]) -> str:
    """The one figure that answers the question and one line of what it assumes: ``"Eastern
    flank ...: 85.4 million mines (90 %: 55.8–127 million) behind 5,820 km of land front in a
    belt of 10,100 km², 1.5 to 2.5 km deep, at 6,000 to 12,000 mines per km². The front is the
    border's land: of its 6,700 km, the 880 km along rivers and lakes carry no belt."`` One km
    figure leads (the front the belt is laid behind); the border's length is named only where it
    differs, with the reason. Figures by the headline rule (3 significant figures)."""
    f = _belt_facts(doc)
    name = scenario_name(str(_get(doc, "scenario", "name") or "")) or _("This scenario")
    rng = N.dist(f["t"].get("mines_dist"), 3, words=True)
    depth = _span_words(f["depths"], _("km"), doc, "depth_km")
    kw = {
        "name": name,
        "length": N.sig(f["length"], 3),
        "front": N.sig(f["front"], 3),
        "water": N.sig(f["water"], 3),
        "mines": N.sig(f["mines"], 3, words=True),
        "area": N.sig(f["area"], 3),
        "depth": depth,
    }
    text = _("%(name)s: %(mines)s mines") % kw
    if rng:
        text += " (" + _("90 %%: %(range)s") % {"range": rng} + ")"
    if f["land_only"]:
        text += " " + _("behind %(front)s km of land front") % kw
    elif f["measured"]:
        text += " " + _("behind %(front)s km of land border") % kw
    else:
        text += " " + _("behind %(front)s km of front") % kw
    single = len(f["depths"]) == 1 and not any(
        i.get("role") == "depth_km" and i.get("uncertain") for i in doc.get("inputs") or [] if isinstance(i, dict)
    )
    if single and depth:
        text += " " + _("in a %(depth)s belt of %(area)s km²") % kw
    elif depth:
        text += " " + _("in a belt of %(area)s km², %(depth)s deep,") % kw
    else:
        text += " " + _("in a belt of %(area)s km²") % kw
    if f["densities"]:
        text += " " + _("at %(density)s") % {"density": _span_words(f["densities"], _("mines per km²"), doc, "density")}
    text = text.rstrip(",")
    if f["water"] and not f["land_only"]:
        text += " (" + _("the belt follows rivers and lakes too: %(water)s km") % kw + ")"
    text = text.rstrip(",") + "."
    if f["land_only"]:  # the one line: which km is the front, and why the border's figure differs
        text += (
            " "
            + _(
                "The front is the border's land: of its %(length)s km, the %(water)s km along rivers and lakes carry no belt."
            )
            % kw
        )
    return text


def needs_cards(doc: dict[str, Any], details: tuple[str, ...] = ()) -> list[Card]:
    """Mines, belt area and mines per km of front: the three figures of the belt itself."""
    f = _belt_facts(doc)
    t, cal = f["t"], doc.get("calibration") if isinstance(doc.get("calibration"), dict) else {}
    kw = {"front": N.sig(f["front"], 3), "area": N.sig(f["area"], 3)}
    depth = f["area"] / f["front"] if f["area"] and f["front"] else None
    ratio = _num(_get(cal, "scenario", "ratio_to_densest_per_km_front"))
    densest = _get(cal, "densest_barrier")
    n = _get(cal, "barriers_in_table")
    if N.finite(n) is not None:
        table = ngettext(
            "the densest of the %(n)s barrier in minebelt's table",
            "the densest of the %(n)s barriers in minebelt's table",
            int(n),
        ) % {"n": n}
    else:
        table = _("the densest barrier in minebelt's table")
    dens = _span_words(f["densities"], _("mines per km²"), doc, "density")
    land = f["land_only"]
    return [
        Card("mines", _("Mines"), N.sig(f["mines"], 3, words=True), _("mines in total"), _interval(t.get("mines_dist"), 3, words=True),
             _("%(density)s in a belt of %(area)s km²") % {**kw, "density": dens} if dens else "", details, main=True),
        Card("area", _("Belt area"), f"{kw['area']} {pgettext('after a number', 'km²')}", (_("of belt behind %(front)s km of land front") if land else _("of belt behind %(front)s km of front")) % kw,
             _interval(t.get("area_km2_dist"), 3), _("%(depth)s km deep on average (area ÷ front)") % {"depth": N.num(depth, scale=False)} if depth else ""),
        Card("per_km", _("Mines per km of front"), N.sig(t.get("mines_per_km_front"), 3), _("mines per km of land front") if land else _("mines per km of front"),
             _interval(t.get("mines_per_km_front_dist"), 3), times_agree(_("%(times)sx the %(barrier)s, %(table)s") % {"times": N.ratio(ratio).removesuffix("x"), "barrier": compared_name(densest), "table": table}, N.ratio(ratio).removesuffix("x")) if ratio and densest else ""),
    ]  # fmt: skip


# ----------------------------------------------------------------------------- the blocks


def cost_card(doc: dict[str, Any]) -> Card | None:
    v = english(cost_view, doc)
    if v is None:
        return None
    c = doc.get("cost") or {}
    cur = v["currency"]
    # a total of the costed parts only (laying not estimated) says so in its title
    title = _("Build cost") if v["complete"] or _num(c.get("total")) is None else _("Build cost (costed parts)")
    figure = N.sig(c.get("total"), 2, currency=cur) if _num(c.get("total")) is not None else N.not_estimated()
    costed = [str(p.get("name")) for p in v.get("parts") or [] if p.get("costed")]
    label = (
        _("to build: %(parts)s") % {"parts": " + ".join(_(n).lower() for n in costed)}
        if costed
        else _("to build: not estimated")
    )
    if current() != "en":  # the view's sentences are English: the same facts in the reader's words
        return Card(
            "cost",
            title,
            figure,
            label,
            _interval(c.get("total_dist"), 2, currency=cur),
            W.cost_line(doc),
            W.cost_details(doc),
        )
    return Card("cost", title, figure, label, _interval(c.get("total_dist"), 2, currency=cur), v["card_note"],
                sentences(v["text"]) + tuple(v.get("notes") or ()))  # fmt: skip


#: Significant figures of the production time: the headline rule (3), as the report's
#: production section and the terminal print the same time; 2 is for wide estimates only
#: (clearance, cost), and a time at a stated capacity is not one.
PRODUCTION_SIG = 3


def _step_over_one(p: dict[str, Any]) -> bool:
    """Whether the years to fill print coarser than a year (3 figures: 1,000 years and more)."""
    years = _num(p.get("years_to_fill"))
    return years is not None and abs(years) >= 10**PRODUCTION_SIG - 0.5


def _partial_production_card(doc: dict[str, Any]) -> Card | None:
    """Some groups have no capacity on record (Norway beside the pooled eastern flank): the
    groups that have one keep their time, and the whole belt takes at least the longest of
    them; None unless the block's time is missing and some group's is not."""
    p = doc.get("production") or {}
    groups = [g for g in p.get("groups") or [] if isinstance(g, dict)]
    done = [g for g in groups if _num(g.get("years_to_fill")) is not None]
    missing = [g for g in groups if _num(g.get("years_to_fill")) is None]
    if _num(p.get("years_to_fill")) is not None or not done or not missing:
        return None

    def names(gs: list[dict[str, Any]]) -> str:
        return W.countries([c for g in gs for c in g.get("countries") or [g.get("group")]], doc)

    longest = max(done, key=lambda g: float(g["years_to_fill"]))
    years = float(longest["years_to_fill"])
    kw = {"countries": names([longest]), "year": N.year_near(longest.get("year_complete"), years, PRODUCTION_SIG)}
    label = (
        _("to make the mines of %(countries)s; the last around %(year)s")
        if abs(years) >= 10**PRODUCTION_SIG - 0.5
        else _("to make the mines of %(countries)s; the last in %(year)s")
    ) % kw
    assumes = _("no production capacity on record for %(countries)s") % {"countries": names(missing)}
    scope = scope_text(doc, longest)
    others = tuple(
        _("%(countries)s: %(years)s") % {"countries": names([g]), "years": _years(g["years_to_fill"], PRODUCTION_SIG)}
        for g in done
        if g is not longest
    )
    return Card(
        "production",
        _("Production (without %(countries)s)") % {"countries": names(missing)},
        _("at least %(years)s") % {"years": _years(years, PRODUCTION_SIG)},
        label,
        _interval(longest.get("years_to_fill_dist"), PRODUCTION_SIG, scale=False, unit=_("years")),
        f"{assumes}; {scope}" if scope else assumes,
        others + W.production_details(doc),
    )


def production_card(doc: dict[str, Any]) -> Card | None:
    v = english(production_view, doc)
    if v is None:
        return None
    partial = _partial_production_card(doc)
    if partial is not None:
        return partial
    if v["headline"] == N.NOT_ESTIMATED:
        return Card(
            "production",
            _("Production"),
            N.not_estimated(),
            _("time to make the mines"),
            "",
            v["not_estimated"],
            sentences(v["text"]),
        )
    p = doc.get("production") or {}
    end = N.year_near(p.get("year_complete"), p.get("years_to_fill"), PRODUCTION_SIG)
    # the end year to the step of the rounded years beside it ("1,040 years ... around 3070")
    scope = scope_text(doc)
    if scope:  # a time at all-types capacity carries its scope in its own line
        label = (
            _("to make the mines %(scope)s; the last around %(year)s")
            if _step_over_one(p)
            else _("to make the mines %(scope)s; the last in %(year)s")
        ) % {"year": end, "scope": scope}
    else:
        label = (
            _("to make the mines; the last around %(year)s")
            if _step_over_one(p)
            else _("to make the mines; the last in %(year)s")
        ) % {"year": end}
    # the one line: the stated national needs beside the model's figure (plans, not judged); without them, the condition
    needs = needs_line(doc)
    figure = (
        _years(p.get("years_to_fill"), PRODUCTION_SIG)
        if _num(p.get("years_to_fill")) is not None
        else cast(dict[str, Any], production_view(doc))["headline"]
    )  # a view: v above is not None
    rng = _interval(p.get("years_to_fill_dist"), PRODUCTION_SIG, v["interval_varies"], scale=False, unit=_("years"))
    if current() != "en":
        return Card(
            "production",
            _("Production"),
            figure,
            label,
            rng,
            needs or W.production_line(doc),
            W.production_details(doc),
        )
    return Card(
        "production",
        _("Production"),
        figure,
        label,
        rng,
        needs or v["condition"] or v["capacity_short"],
        sentences(v["text"]),
    )


def block_cards(doc: dict[str, Any]) -> list[Card]:
    """The cards of the optional blocks present: production, cost, clearance, its cost, civilians."""
    out = [production_card(doc), cost_card(doc), clearance_card(doc), clearance_cost_card(doc), civilians_card(doc)]
    return [c for c in out if c is not None]


__all__ = [
    "Card",
    "block_cards",
    "civilians_card",
    "clearance_card",
    "clearance_cost_card",
    "cost_card",
    "headline_sentence",
    "needs_cards",
    "production_card",
    "sentences",
]
