"""The clearance and civilians cards: the clearance headline split into figure, interval and
label, and the people near the belt.

Layer: outputs. Pure functions of the ``minebelt.estimate/1`` document; re-exported by
:mod:`.cards`, which lists every block's card.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ... import numbers as N
from ...i18n import current, pgettext
from ...i18n import gettext as _
from ...pipeline.blocks.clearance_cost import OTHER_LEVEL_COUNTRIES
from . import local_words as W
from .cards_base import Card, _interval, _localised, _one_line, _years, interval_of, sentences
from .clearance_view import clearance_view
from .local_civilians import (
    civilians_words,
    depth_range,
    edge_text,
    named_text,
    occupied_text,
    side_counts,
    step_range,
    ukraine_short,
    ukraine_texts,
)
from .local_names import countries
from .views import _get, exposure_view

_HEADLINE = re.compile(r"^(?P<figure>.+? years)(?: \((?P<range>(?:nominal )?90 %[^)]*)\))?(?: (?P<rest>.*))?$")
_EFFORT = re.compile(
    r"^(?P<effort>about .+? deminer-years)(?: \((?P<erange>(?:nominal )?90 %[^)]*)\))?; (?P<years>.+)$"
)


def split_headline(headline: str) -> tuple[str, str, str]:
    """The clearance headline of the document as the card's figure, interval and label. Led by
    the effort (``"about 5.0 million deminer-years (90 %: 1.7–14 million); 1,230 years (90 %:
    427–3,460) with 4,021 deminers — ..."``): ``("about 5.0 million deminer-years", "",
    "(90 %: 1.7–14 million) to clear it; 1,230 years (90 %: 427–3,460) with 4,021 deminers —
    ...")``; years only (``"1,230 years (90 %: 749–1,980) with ..."``): ``("1,230 years",
    "90 %: 749–1,980", "to clear it, with ...")``. The pipeline words and rounds it once; every
    output shows those digits."""
    text = " ".join(headline.split())
    e = _EFFORT.match(text)
    if e:
        rng = f"({e.group('erange')}) " if e.group("erange") else ""
        return e.group("effort"), "", f"{rng}to clear it; {e.group('years')}"
    m = _HEADLINE.match(text)
    if not m:
        return headline, "", "to clear it"
    rest = m.group("rest") or ""
    return m.group("figure"), m.group("range") or "", f"to clear it, {rest}" if rest else "to clear it"


def _clearance_card(doc: dict[str, Any]) -> Card | None:
    """The clearance figure: the document's ``headline`` and ``headline_assumes`` (one figure,
    one line of what it assumes); without them the world yardstick."""
    v = clearance_view(doc)
    if v is None:
        return None
    k = doc.get("clearance") or {}
    details = sentences(v["text"])
    headline, assumes = str(k.get("headline") or ""), str(k.get("headline_assumes") or "")
    if headline and v["years"] != N.NOT_ESTIMATED:
        figure, rng, label = split_headline(headline)
        if _get(k, "condition", "key") == "legacy":  # the condition that moves the answer most, on the first line
            label = label.replace("to clear it", "to clear it as a legacy belt", 1)
        return Card("clearance", "Clearance", figure, label, rng, assumes, details)
    if v["years"] != N.NOT_ESTIMATED:
        label, _sep, line = str(v["card_label"]).partition(", ")
        return Card("clearance", "Clearance", v["years"], label, _interval(k.get("calendar_years_dist"), 2, str(k.get("calendar_years_interval_varies") or ""), scale=False, unit="years"),
                    line or v["card_note"], details)  # fmt: skip
    return Card("clearance", "Clearance", v["world_years"], f"of {v['world_label']}",
                _interval(k.get("world_capacity_years_dist"), 2, str(k.get("world_capacity_interval_varies") or ""), scale=False, unit="years"), v["world"], details)  # fmt: skip


def clearance_card(doc: dict[str, Any]) -> Card | None:
    """The clearance figure (see :func:`_clearance_card`): the title and the figure in the
    reader's language, the words not yet translated wholly in English."""
    card = _localised(_clearance_card, doc, _("Clearance"))
    k = doc.get("clearance") or {}
    if card is not None and current() != "en" and k.get("headline") and N.finite(k.get("calendar_years")) is not None:
        # the document's headline is an English sentence: its figure again, in the reader's numbers (as the page does)
        card = replace(card, figure=_years(k["calendar_years"], 3), range=interval_of(k, "calendar_years", 3, scale=False, unit=_("years")),
                       label=W.clearance_label(doc), assumes=W.clearance_line(doc), details=W.clearance_details(doc))  # fmt: skip
        if _EFFORT.match(" ".join(str(k["headline"]).split())) and (led := _effort_led(k)):
            card = replace(card, figure=led[0], label=led[1], range="")
    if card is not None and _get(k, "capacity", "basis") == "workforce" and k.get("headline"):
        # one line of what the figure assumes on the card; the whole of it leads the detail
        card = replace(card, assumes=W.clearance_line(doc, short=True), details=(W.clearance_line(doc), *card.details))
    belt = _get(doc, "exposure", "total", "occupied_belt")
    if card is not None and isinstance(belt, dict):  # the clearance counts it like the rest: said, not re-computed
        card = replace(card, details=(*card.details, *ukraine_texts({"occupied_belt": belt})))
    return card


def _effort_led(k: dict[str, Any]) -> tuple[str, str] | None:
    """The card's figure and label led by the effort, as the English headline leads: ``("ok.
    4,1 mln lat pracy saperów", "(90 %: 0,65–24 mln) na oczyszczenie; 1 020 lat (90 %:
    163–5 980) siłami 4 021 saperów (kadra ..., 2024)")``; None without a workforce."""
    w = _get(k, "capacity", "workforce") or {}
    if N.finite(k.get("deminer_years")) is None or N.finite(w.get("deminers")) is None:
        return None
    effort = _("about %(effort)s deminer-years") % {"effort": N.sig(k["deminer_years"], 2, words=True)}
    erange = interval_of(k, "deminer_years", 2, words=True)
    years = _years(k["calendar_years"], 3)
    yrange = interval_of(k, "calendar_years", 3, scale=False)
    kw = {"years": f"{years} ({yrange})" if yrange else years, "deminers": N.count(w["deminers"]),
          "programme": _(str(w.get("programme") or "")), "year": w.get("year", "")}  # fmt: skip
    # the condition that moves the answer most, on the first line: a whole sentence per
    # condition, so a language places "as a legacy belt" where its grammar wants it
    if _get(k, "condition", "key") == "legacy":
        label = (
            _(
                "to clear it as a legacy belt; %(years)s with a force of %(deminers)s deminers, the size of the workforce of %(programme)s (%(year)s)"
            )
            if w.get("programme")
            else _("to clear it as a legacy belt; %(years)s with %(deminers)s deminers (stated)")
        ) % kw
    else:
        label = (
            _(
                "to clear it; %(years)s with a force of %(deminers)s deminers, the size of the workforce of %(programme)s (%(year)s)"
            )
            if w.get("programme")
            else _("to clear it; %(years)s with %(deminers)s deminers (stated)")
        ) % kw
    if not erange:
        return effort, label
    # TRANSLATORS: a language whose "to clear it" opens a subordinate clause writes a comma
    # after the range (lv "(…), lai to atmīnētu")
    return effort, pgettext("a range, then the card's clause", "(%(range)s) %(clause)s") % {
        "range": erange,
        "clause": label,
    }


def _civilians_line(t: dict[str, Any]) -> str:
    """The civilians card's line: the largest place on the belt named, the other side apart."""
    named = [p for p in t.get("in_or_near_belt") or [] if isinstance(p, dict)]
    inside = _get(t, "in_belt", "places") or 0
    out = ""
    if named:
        p = named[0]
        where = "inside the belt as drawn:" if p.get("inside") else "nearest"
        more = inside - 1 if p.get("inside") else 0
        out = f"{where} {p.get('name')}, {p.get('country')}, {N.count(p.get('population'))} people" + (
            f", and {more} more place{'s' if more != 1 else ''}" if more > 0 else ""
        )
    occ = t.get("occupied") or {}
    if occ.get("places") and occ.get("by_region"):
        regions = ", ".join(str(r.get("region")) for r in occ["by_region"])
        out += f"{'; ' if out else ''}of the count, {N.count(occ.get('population'))} in regions of Ukraine with occupied territory ({regions}) at pre-war figures (who lives there now: not estimated)"
    if ukraine_short(t):
        out += ("; " if out else "") + ukraine_short(t)
    other = _get(t, "other_side", "within_1km") or {}
    if other.get("places"):
        out += ("; " if out else "") + _("across the border, counted apart: %(people)s within 1 km") % {
            "people": N.sig(other.get("population"), 3, words=True)
        }
    return out


def _civilians_card(doc: dict[str, Any]) -> Card | None:
    """People near the belt: on the defender's side inside it or within 1 km when the document
    counts by side (the other side apart), else everyone within 5 km (or the middle radius)."""
    ev = exposure_view(doc)
    if not ev or not ev["available"] or not ev["total"]:
        return None
    radii = ev["radii"]
    t = _get(doc, "exposure", "total") or {}

    def places(x: str) -> str:
        return f"{x} place{'' if x == '1' else 's'}"

    line, more = _one_line(ev["scope"] or "populated places, both sides of the border")
    if ev["defender"] is not None and "1" in radii:
        i = radii.index("1")

        def side(key: str) -> str:
            return side_counts(t, key, radii)

        details = [f"On the defender's side: {side('defender_side')}."]
        if named_text(t, doc):
            details.append(named_text(t, doc))
        if occupied_text(t):
            details.append(occupied_text(t))
        details += ukraine_texts(t, belt_line=False)
        if edge_text(t, doc):
            details.append(edge_text(t, doc))
        if ev["other"]:
            details.append(f"Across the border ({ev['other_countries']}), counted apart: {side('other_side')}.")
        details.append(f"Counted: {ev['scope'] or 'populated places'}.")
        return Card("civilians", "Civilians", N.sig(_get(t, "defender_side", "within_1km", "population"), 3, words=True),
                    f"people in {places(ev['defender'][i]['places'])} inside the belt or within 1 km of it, on the defender's side"
                    " (counts only places of 1,000 or more people, GeoNames figures)",
                    depth_range(t, "defender_side", "within_1km") or step_range(t), _civilians_line(t) or line,
                    tuple(details))  # fmt: skip
    i = radii.index("5") if "5" in radii else len(radii) // 2
    raw = [_get(t, f"within_{r}km", "population") for r in radii]
    details = [
        f"{N.sig(p, 3, words=True)} people in {places(x['places'])} within {r} km."
        for r, x, p in zip(radii, ev["total"], raw, strict=False)
    ]
    if ev["largest"]:
        details.append(
            "Largest: "
            + ", ".join(f"{p['name']} ({p['country']}, {p['population']}, {p['distance']})" for p in ev["largest"][:5])
            + "."
        )
    return Card("civilians", "Civilians", N.sig(raw[i], 3, words=True), f"people in {places(ev['total'][i]['places'])} within {radii[i]} km of the belt",
                "", line, tuple(details) + more)  # fmt: skip


def civilians_card(doc: dict[str, Any]) -> Card | None:
    """People near the belt (see :func:`_civilians_card`): the title and the figure in the
    reader's language, the words not yet translated wholly in English."""
    ev = exposure_view(doc) if current() != "en" else None
    if ev and ev["available"] and ev["total"]:
        words = civilians_words(doc, ev["radii"])
        if words:
            figure, label, line, details = words
            t = _get(doc, "exposure", "total") or {}
            rng = (
                depth_range(t, "defender_side", "within_1km") or step_range(t)
                if isinstance(t.get("defender_side"), dict)
                else ""
            )
            return Card("civilians", _("Civilians"), figure, label, rng, line, details)
    return _localised(_civilians_card, doc, _("Civilians"))


def _rates_text(k: dict[str, Any], cur: str) -> str:
    """``EU member states: USD 110,000–140,000; Ukraine: USD 20,000`` (a deminer-year)."""
    words = {
        "EU": _("EU member states (per person in every role)"),
        "UKR": _("Ukraine, one auction contract on battle-area farmland"),
        "other": _("elsewhere"),
        "stated": _("as stated"),
    }
    out = []
    for b in _get(k, "cost_per_deminer_year", "by_wage_level") or []:
        lo, hi = b.get("low"), b.get("high")
        money = N.span(lo, hi, 2, currency=cur) or N.sig(lo, 2, currency=cur)
        out.append(f"{words.get(str(b.get('wage_level')), str(b.get('words')))}: {money}")
    return "; ".join(out)


def _condition_lead(k: dict[str, Any], cost: float, cur: str) -> str:
    """``legacy belt (if recorded, on open ground only: about USD 24 bn): ``: the minefield
    condition the cost assumes and the other condition's cost beside it (the cost follows the
    effort, and the effort the years at one workforce). Empty without a stated condition."""
    cond = _get(k, "condition", "key")
    if cond not in ("legacy", "recorded"):
        return ""
    lead = _("legacy belt") if cond == "legacy" else _("recorded belt")
    alt = k.get("condition_alternative") or {}
    years, alt_years = N.finite(k.get("calendar_years")), N.finite(alt.get("years"))
    if years and alt_years:
        other = _("if recorded, on open ground only") if cond == "legacy" else _("if legacy")
        money = _("about %(money)s, no interval") % {"money": N.sig(cost * alt_years / years, 2, currency=cur)}
        lead += f" ({other}: {money})"
    return lead + ": "


def clearance_cost_card(doc: dict[str, Any]) -> Card | None:
    """The clearance cost: the effort times what a deminer-year cost where the belt lies (or the
    cleared area at the cost per m² where there is no effort), its price year, one line of what it
    assumes, and the other figure beside it as a labelled cross-check. None without a cost."""
    k = doc.get("clearance") or {}
    cost = N.finite(k.get("cost"))
    if not k or cost is None:
        return None
    cur = str(k.get("currency") or "USD")
    year = _get(k, "cost_price_years") or ""
    label = (
        _("to clear it, %(currency)s at %(year)s prices") % {"currency": cur, "year": year}
        if year
        else _("to clear it")
    )
    rng = interval_of(k, "cost", 2, currency=cur)
    area = N.finite(_get(k, "cost_from_area", "cost"))
    effort = N.finite(k.get("deminer_years"))
    details: list[str] = []
    if k.get("cost_basis") == "effort" and effort is not None:
        assumes = _("the effort (%(effort)s deminer-years) at what a deminer-year cost where the belt lies (%(rates)s); survey within the programmes' budgets is in it") % {
            "effort": N.sig(effort, 2, words=True), "rates": _rates_text(k, cur)}  # fmt: skip
        assumes = _condition_lead(k, cost, cur) + assumes
        if k.get("survey_beyond_belt"):
            assumes += _("; survey of the wider suspected area is not estimated and would add to it")
        if area is not None:
            details.append(_("Cross-check, not the estimate: the cleared area at the cost per m² cleared gives %(money)s (%(share)s of it).") % {
                "money": N.sig(area, 2, currency=cur), "share": N.pct(area / cost)})  # fmt: skip
            reasons = k.get("cost_differs_reasons") or {}
            if not _get(k, "cost_from_area", "stated") and reasons:
                details.append(_("At this effort that figure pays %(money)s a deminer-year. It is lower because Cyprus's recorded fields needed %(share)s of this belt's effort per m², and Nicaragua's demining force (306 sappers; Army engineer teams funded by donors through the OAS) cost about %(nicaragua)s a deminer-year in donor money, which may leave out army pay: not what a deminer-year costs where the belt lies.") % {
                    "money": N.sig(area / effort, 2, currency=cur), "share": N.pct(reasons.get("cyprus_effort_share")),
                    "nicaragua": N.sig(reasons.get("nicaragua_usd_per_deminer_year"), 2, currency="USD")})  # fmt: skip
    else:
        assumes = _("the cleared area at %(rate)s per m² cleared") % {
            "rate": str(k.get("cost_per_m2") or "").split(" (")[0]
        }
        check = _get(k, "cost_from_effort") or {}
        if N.finite(check.get("cost_low")) is not None:
            check_rng = N.span(check.get("cost_low"), check.get("cost_high"), 2, currency=cur) or N.sig(
                check.get("cost_low"), 2, currency=cur
            )
            others = [
                b for b in _get(k, "cost_per_deminer_year", "by_wage_level") or [] if b.get("wage_level") == "other"
            ]
            if others:  # no figure of the country's own: other countries' wages, said so
                details.append(
                    _(
                        "Cross-check, not the estimate: the effort at other countries' wage levels (%(others)s), not the cost of a deminer-year in %(country)s (none on record), gives %(range)s."
                    )
                    % {
                        "others": countries(OTHER_LEVEL_COUNTRIES, doc),
                        "country": countries([c for b in others for c in b.get("countries") or []], doc),
                        "range": check_rng,
                    }
                )
            else:
                details.append(
                    _(
                        "Cross-check, not the estimate: the effort at the cost per deminer-year where the belt lies gives %(range)s."
                    )
                    % {"range": check_rng}
                )
    yard = k.get("cost_yardstick") or {}
    if N.finite(yard.get("value")) is not None:  # a published figure of another scope, beside the cost
        details.append(_("Yardstick, not the estimate: about %(money)s to remove all mines on the Korean peninsula, North and South (about %(area)s km² of mined area), at the current pace (National Defense Committee review of the 2013 bill, via Asia Economy, %(date)s).") % {
            "money": N.sig(yard.get("value"), 2, currency=str(yard.get("currency") or cur)), "area": N.sig(yard.get("area_km2"), 3),
            "date": N.date("2018-10-02")})  # fmt: skip
    return Card(
        "clearance_cost", _("Clearance cost"), N.sig(cost, 2, currency=cur), label, rng, assumes, tuple(details)
    )
