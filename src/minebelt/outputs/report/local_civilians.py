"""The civilians card in the reader's language, worded from the document's counts.

Layer: outputs (report). As :mod:`.local_words`: pure functions of the ``minebelt.estimate/1``
document, each sentence one message with named placeholders, every figure through
:mod:`minebelt.numbers` in the reader's locale.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import N_, ngettext
from ...i18n import gettext as _
from ...model.occupied_sources import OCCUPIED_AS_OF
from .local_names import place
from .local_words import countries, country
from .views import _get, _num


def places(n: Any) -> str:
    k = int(_num(n) or 0)
    return ngettext("%(n)s place", "%(n)s places", k) % {"n": N.count(k)}


#: What the civilians' interval varies with (``exposure.depth_interval_varies``).
DEPTH_ONLY = N_("belt depth only")


def depth_range(t: dict[str, Any], *path: str, varies: bool = True) -> str:
    """The 90 % interval of a head count with the belt's depth (``depth_interval``):
    ``"90 %, belt depth only: 46,200–86,200"`` (``varies=False``: ``"90 %: 46,200–86,200"``);
    "" where the depth is a single figure or the count does not move."""
    d = _get(t, "depth_interval", *path, "population")
    if not isinstance(d, list) or len(d) != 2:
        return ""
    r = N.span(d[0], d[1], 3, words=True)
    if not r:
        return ""
    if varies:
        return _("90 %%, %(varies)s: %(range)s") % {"varies": _(DEPTH_ONLY), "range": r}
    return _("90 %%: %(range)s") % {"range": r}


def step_range(t: dict[str, Any]) -> str:
    """The head count with the belt 100 m shallower and deeper, at one depth (``depth_step``):
    ``"at a belt depth of 1.9–2.1 km: 58,600–77,400"``; "" where it does not move."""
    st = t.get("depth_step")
    if not isinstance(st, dict):
        return ""
    p = st.get("population")
    r = N.span(p[0], p[1], 3, words=True) if isinstance(p, list) and len(p) == 2 else ""
    if not r:
        return ""
    km = st.get("depth_km")
    if isinstance(km, list) and len(km) == 2:
        depths = N.span(km[0], km[1], scale=False) or N.num(km[1], scale=False)
        return _("at a belt depth of %(depths)s km: %(range)s") % {"depths": depths, "range": r}
    step = N.count(round((_num(st.get("step_km")) or 0.1) * 1000))
    return _("each belt %(m)s m shallower or deeper: %(range)s") % {"m": step, "range": r}


def people_with_range(t: dict[str, Any], *path: str) -> str:
    """``"58,600 (90 %: 46,200–86,200)"``: a head count and, where the depth moves it, its interval."""
    figure = N.sig(_get(t, *path, "population"), 3, words=True)
    r = depth_range(t, *path, varies=False)
    return f"{figure} ({r})" if r else figure


def within(pop: Any, r: Any, rng: str = "") -> str:
    people = N.sig(pop, 3, words=True)
    return _("%(people)s within %(r)s km") % {"people": f"{people} ({rng})" if rng else people, "r": r}


def side_counts(t: dict[str, Any], key: str, radii: list[str]) -> str:
    """``"58,600 (90 %: 46,200–86,200) within 1 km, 238,000 (...) within 5 km, ..."``: one side."""
    return ", ".join(
        within(_get(t, key, f"within_{r}km", "population"), r, depth_range(t, key, f"within_{r}km", varies=False))
        for r in radii
    )


def edge_text(t: dict[str, Any], doc: dict[str, Any]) -> str:
    """The places at the edge of the 1 km line (``at_edge``), in the reader's words; "" without."""
    rows = [p for p in t.get("at_edge") or [] if isinstance(p, dict)]
    if not rows:
        return ""
    margin = _num(_get(doc, "exposure", "edge_margin_km")) or 0.1
    items = []
    for p in rows[:3]:
        kw = {
            "place": place(p),
            "country": country(p.get("country"), doc),
            "km": N.num(p.get("distance_km"), scale=False),
        }
        kw["people"] = ngettext("%(people)s person", "%(people)s people", int(_num(p.get("population")) or 0)) % {
            "people": N.count(p.get("population"))
        }
        msg = (
            _("%(place)s (%(country)s, %(people)s, %(km)s km, counted)")
            if p.get("counted")
            else _("%(place)s (%(country)s, %(people)s, %(km)s km, not counted)")
        )
        items.append(msg % kw)
    if len(rows) > 3:
        items.append(
            ngettext("and %(n)s more place", "and %(n)s more places", len(rows) - 3) % {"n": N.count(len(rows) - 3)}
        )
    text = _(
        "At the edge: places whose point lies within %(m)s m of the 1 km line (the built-up area may reach inside it): %(places)s."
    ) % {"m": N.count(round(margin * 1000)), "places": "; ".join(items)}
    moves = edge_depth_text(t)
    return f"{text} {moves}" if moves else text


def edge_depth_text(t: dict[str, Any]) -> str:
    """How far the belt's depth moves the count the edge places enter or leave, read from
    ``depth_interval``, in the reader's words; "" where it does not move."""
    n = _get(t, "depth_interval", "defender_side", "within_1km", "places")
    p = _get(t, "depth_interval", "defender_side", "within_1km", "population")
    if not (isinstance(n, list) and isinstance(p, list) and len(n) == len(p) == 2) or (n[0] == n[1] and p[0] == p[1]):
        return ""
    people = N.span(p[0], p[1], 3, words=True) or N.sig(p[1], 3, words=True)
    return ngettext(
        "The places at the edge are listed at the point depth; with the belt at the 5th and at the 95th percentile of its depth, the count within 1 km on the defender's side is %(low)s and %(high)s place (%(people)s people).",
        "The places at the edge are listed at the point depth; with the belt at the 5th and at the 95th percentile of its depth, the count within 1 km on the defender's side is %(low)s and %(high)s places (%(people)s people).",
        int(_num(n[1]) or 0),
    ) % {"low": N.count(n[0]), "high": N.count(n[1]), "people": people}


#: Ukraine's regions with occupied territory (``occupied.by_region[].region``), translated where shown.
REGIONS = (
    N_("Crimea"),
    N_("Sevastopol"),
    N_("Luhansk region"),
    N_("Donetsk region"),
    N_("Zaporizhzhia region"),
    N_("Kherson region"),
)


def _regions(occ: dict[str, Any], counts: bool) -> str:
    """``"Luhansk region: 3; Donetsk region: 2"`` (``counts``) or ``"Luhansk region, Donetsk region"``."""
    rows = [r for r in occ.get("by_region") or [] if isinstance(r, dict)]
    if counts:
        return "; ".join(f"{_(str(r.get('region')))}: {N.count(r.get('places'))}" for r in rows)
    return ", ".join(_(str(r.get("region"))) for r in rows)


def _people(n: Any) -> str:
    return ngettext("%(people)s person", "%(people)s people", int(_num(n) or 0)) % {"people": N.count(n)}


def named_text(t: dict[str, Any], doc: dict[str, Any], n: int = 2) -> str:
    """The largest places inside the belt and within 1 km of it on the defender's side, ``n``
    of each named, the rest counted (``in_or_near_belt``, ``in_belt``, ``near_belt``):
    ``"Inside the belt as drawn: Seredyna-Buda (Ukraine, 7,161 people); Kybartai (...); and 11
    more places (24,497 people). Within 1 km of it on the defender's side: ..."``; "" without."""
    rows = [p for p in t.get("in_or_near_belt") or [] if isinstance(p, dict)]
    out = []
    for inside, key in ((True, "in_belt"), (False, "near_belt")):
        named = [p for p in rows if bool(p.get("inside")) is inside][:n]
        if not named:
            continue
        items = []
        for p in named:
            kw = {
                "place": place(p),
                "country": country(p.get("country"), doc),
                "people": _people(p.get("population")),
            }
            if inside:
                items.append(_("%(place)s (%(country)s, %(people)s)") % kw)
            else:
                km = N.num(p.get("distance_km"), scale=False)
                items.append(_("%(place)s (%(country)s, %(people)s, %(km)s km)") % {**kw, "km": km})
        got = t.get(key)
        total: dict[str, Any] = got if isinstance(got, dict) else {}
        more = int(_num(total.get("places")) or 0) - len(named)
        if more > 0:
            rest = (_num(total.get("population")) or 0) - sum(_num(p.get("population")) or 0 for p in named)
            items.append(
                ngettext("and %(n)s more place (%(people)s)", "and %(n)s more places (%(people)s)", more)
                % {"n": N.count(more), "people": _people(rest)}
            )
        msg = (
            _("Inside the belt as drawn: %(places)s.")
            if inside
            else _("Within 1 km of it on the defender's side: %(places)s.")
        )
        out.append(msg % {"places": "; ".join(items)})
    return " ".join(out)


def occupied_text(t: dict[str, Any]) -> str:
    """The counted places in Ukraine's regions with occupied territory (``occupied``), by region,
    and why their people are not a figure for today, in the reader's words; "" without."""
    occ = t.get("occupied")
    if not isinstance(occ, dict) or not occ.get("places") or not occ.get("by_region"):
        return ""
    n = int(_num(occ.get("places")) or 0)
    text = ngettext(
        "Of the places counted, %(n)s (%(people)s) is in a region of Ukraine with occupied territory (%(regions)s), at the places data's pre-war figures: those people may not live there now (not estimated).",
        "Of the places counted, %(n)s (%(people)s) are in regions of Ukraine with occupied territory (%(regions)s), at the places data's pre-war figures: those people may not live there now (not estimated).",
        n,
    ) % {"n": N.count(n), "people": _people(occ.get("population")), "regions": _regions(occ, True)}
    return (
        text
        + " "
        + _(
            "The flag is the region, not a front line: a place in it may be under Ukraine's control (sources: UN General Assembly resolution 68/262; Decree of the President of Ukraine No. 32/2019; the Ministry for Reintegration's list, order No. 309 of 22 December 2022, and its updates to %(date)s)."
        )
        % {"date": N.date(OCCUPIED_AS_OF)}
    )


def ukraine_texts(t: dict[str, Any], belt_line: bool = True) -> tuple[str, ...]:
    """Where Ukraine's places are counted: the flag at every radius (``occupied.by_radius``),
    the belt along regions with occupied territory (``occupied_belt``; with ``belt_line``: the
    clearance card says it in full, the civilians card gives its share in its line) and the line
    on areas of active hostilities (``active_hostilities``), in the reader's words; () without."""
    out = []
    occ = t.get("occupied")
    rad = occ.get("by_radius") if isinstance(occ, dict) else None
    if isinstance(rad, dict) and any(isinstance(v, dict) and v.get("places") for v in rad.values()):
        counts = "; ".join(
            _("within %(r)s km: %(n)s (%(people)s)")
            % {
                "r": k.removeprefix("within_").removesuffix("km"),
                "n": N.count(v.get("places")),
                "people": _people(v.get("population")),
            }
            for k, v in rad.items()
            if isinstance(v, dict)
        )
        out.append(
            _(
                "Places on the defender's side in regions of Ukraine with occupied territory, by distance from the belt: %(counts)s."
            )
            % {"counts": counts}
        )
    belt = t.get("occupied_belt") if belt_line else None
    if isinstance(belt, dict) and belt.get("estimated"):
        regions = ", ".join(_(str(r.get("region"))) for r in belt.get("by_region") or [] if isinstance(r, dict))
        out.append(
            _(
                "Of the belt on Ukraine's border with Russia (%(belt)s km²), %(km2)s km² (%(share)s) lies along regions with occupied territory (%(regions)s): the clearance and cost figures count it at Ukraine's rates and with Ukraine's deminers (who could survey or clear it there: not estimated)."
            )
            % {
                "belt": N.count(belt.get("belt_km2")),
                "km2": N.count(belt.get("km2")),
                "share": N.pct(belt.get("share")),
                "regions": regions,
            }
        )
    elif isinstance(belt, dict):
        out.append(
            _(
                "The belt's area along regions of Ukraine with occupied territory: not estimated (measured only for a section on Ukraine's whole border with Russia: the bundled table gives each region's km² of the whole border's belt, not where along the border it lies, so a part of the border cannot be split by region from it)."
            )
        )
    if isinstance(t.get("active_hostilities"), dict):
        out.append(
            _("Areas of active hostilities (border communities of Sumy, Kharkiv and Chernihiv regions): not estimated.")
        )
    return tuple(out)


def ukraine_short(t: dict[str, Any]) -> str:
    """The card line's caveats where Ukraine's places are counted: the belt's share along regions
    with occupied territory (where measured) and areas of active hostilities; "" without."""
    out = []
    belt = t.get("occupied_belt")
    if isinstance(belt, dict) and belt.get("estimated"):
        out.append(
            _("of the belt on Ukraine's border with Russia, %(share)s along regions with occupied territory")
            % {"share": N.pct(belt.get("share"))}
        )
    if isinstance(t.get("active_hostilities"), dict):
        out.append(_("areas of active hostilities: not estimated"))
    return "; ".join(out)


def occupied_short(t: dict[str, Any]) -> str:
    """``of the count, 8,755 in regions of Ukraine with occupied territory (Luhansk region) at
    pre-war figures (...)``: the caveat beside the count; "" without."""
    occ = t.get("occupied")
    if not isinstance(occ, dict) or not occ.get("places") or not occ.get("by_region"):
        return ""
    return _(
        "of the count, %(people)s in regions of Ukraine with occupied territory (%(regions)s) at pre-war figures (who lives there now: not estimated)"
    ) % {"people": N.count(occ.get("population")), "regions": _regions(occ, False)}


def civilians_line(t: dict[str, Any], doc: dict[str, Any]) -> str:
    """The largest place on the belt named, the other side apart."""
    named = [p for p in t.get("in_or_near_belt") or [] if isinstance(p, dict)]
    inside = int(_num(_get(t, "in_belt", "places")) or 0)
    out = ""
    if named:
        p = named[0]
        kw = {"place": place(p), "country": country(p.get("country"), doc), "people": N.count(p.get("population"))}
        people = ngettext("%(people)s person", "%(people)s people", int(_num(p.get("population")) or 0)) % kw
        if p.get("inside"):
            out = _("inside the belt as drawn: %(place)s (%(country)s, %(people)s)") % {
                **kw,
                "people": people,
            }
            more = inside - 1
            if more > 0:
                out += " " + ngettext("and %(n)s more place", "and %(n)s more places", more) % {"n": N.count(more)}
        else:
            out = _("nearest: %(place)s (%(country)s, %(people)s)") % {**kw, "people": people}
    if occupied_short(t):
        out += ("; " if out else "") + occupied_short(t)
    if ukraine_short(t):
        out += ("; " if out else "") + ukraine_short(t)
    other = _get(t, "other_side", "within_1km") or {}
    if other.get("places"):
        out += ("; " if out else "") + _("across the border, counted apart: %(people)s within 1 km") % {
            "people": N.sig(other.get("population"), 3, words=True)
        }
    return out


def counted_text(doc: dict[str, Any]) -> str:
    """What the counts count (the places' source and scope), or "" for a scope not worded here."""
    scope = str(_get(doc, "exposure", "scope") or "")
    if not scope.startswith("GeoNames populated places"):
        return ""
    text = _(
        "Counted: GeoNames populated places of 1,000 inhabitants or more, at GeoNames' latest population figure (no single year); both sides of the border, including areas the defending country does not control."
    )
    return text + (
        " " + _("In the occupied parts of Ukraine GeoNames keeps pre-war figures.") if "occupied" in scope else ""
    )


def lead(doc: dict[str, Any]) -> str:
    """The civilians section's first sentence: the largest place on the belt, the other side apart."""
    line = civilians_line(_get(doc, "exposure", "total") or {}, doc)
    return line[:1].upper() + line[1:] + "." if line else ""


def civilians_words(doc: dict[str, Any], radii: list[str]) -> tuple[str, str, str, tuple[str, ...]] | None:
    """The civilians card as ``(figure, label, line, details)`` in the reader's language:
    the defender's side inside the belt or within 1 km when the document counts by side,
    else everyone within 5 km (or the middle radius)."""
    t = _get(doc, "exposure", "total") or {}
    counted = (counted_text(doc),) if counted_text(doc) else ()
    if isinstance(t.get("defender_side"), dict) and "1" in radii:

        def side(key: str) -> str:
            return side_counts(t, key, radii)

        details = [_("On the defender's side: %(figures)s.") % {"figures": side("defender_side")}]
        if named_text(t, doc):
            details.append(named_text(t, doc))
        if occupied_text(t):
            details.append(occupied_text(t))
        details += ukraine_texts(t, belt_line=False)
        if edge_text(t, doc):
            details.append(edge_text(t, doc))
        other = t.get("other_side") or {}
        if isinstance(other, dict) and other.get("countries"):
            details.append(
                _("Across the border (%(countries)s), counted apart: %(figures)s.")
                % {"countries": countries(other["countries"], doc), "figures": side("other_side")}
            )
        n = _get(t, "defender_side", "within_1km", "places")
        label = _(
            "people in %(places)s inside the belt or within 1 km of it, on the defender's side (counts only places of 1,000 or more people, GeoNames figures)"
        ) % {"places": places(n)}
        return (
            N.sig(_get(t, "defender_side", "within_1km", "population"), 3, words=True),
            label,
            civilians_line(t, doc),
            tuple(details) + counted,
        )
    i = radii.index("5") if "5" in radii else len(radii) // 2
    details = [
        _("%(people)s in %(places)s within %(r)s km.")
        % {
            "people": N.sig(_get(t, f"within_{r}km", "population"), 3, words=True),
            "places": places(_get(t, f"within_{r}km", "places")),
            "r": r,
        }
        for r in radii
    ]
    r = radii[i]
    label = _("people in %(places)s within %(r)s km of the belt") % {
        "places": places(_get(t, f"within_{r}km", "places")),
        "r": r,
    }
    return N.sig(_get(t, f"within_{r}km", "population"), 3, words=True), label, "", tuple(details) + counted


__all__ = ["DEPTH_ONLY", "REGIONS", "civilians_line", "civilians_words", "counted_text", "depth_range",
           "edge_depth_text", "edge_text", "lead", "named_text", "occupied_short", "occupied_text", "ukraine_short", "ukraine_texts",
           "people_with_range", "places", "side_counts", "step_range", "within"]  # fmt: skip
