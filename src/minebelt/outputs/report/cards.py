"""One figure, one line of what it assumes, then the detail: the cards of every output.

Layer: outputs. Pure functions of the ``minebelt.estimate/1`` document. A :class:`Card` is
what a reader sees first of a block — its headline figure (significant figures, the rule of
:mod:`minebelt.numbers`), what the figure is, its 90 % interval, one line of what it
assumes — and the detail behind it (a list of short sentences). The terminal prints the
figure and the line (the detail with ``--details``), the report page puts the detail behind a
disclosure, the PDF prints it below. Each block's card reads its view
(:mod:`.production_view`, :mod:`.cost_view`, :mod:`.clearance_view`, :func:`.views.exposure_view`),
so new wording of a block reaches every output through one place.

:func:`headline_sentence` is the one sentence that answers the question ("... would take 125
million mines in a 2 km belt of 10,400 km² ..."), with its scope.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from typing import Any, cast

from ... import numbers as N
from ...i18n import current, language, ngettext
from ...i18n import gettext as _
from . import local_words as W
from .clearance_view import clearance_view
from .cost_view import cost_view
from .fmt import fmt_value_text
from .local_civilians import civilians_words
from .production_view import production_view
from .views import _get, _num, exposure_view


@dataclass(frozen=True)
class Card:
    """A block at a glance. ``figure``: the headline (``"USD 13 bn"``); ``label``: what it is
    (``"to build: mines + border-fence proxy"``); ``range``: its 90 % interval with what varies,
    or ``""``; ``assumes``: one line of what the figure assumes; ``details``: the rest, one
    sentence each; ``main``: the figure that answers the question."""

    key: str
    title: str
    figure: str
    label: str = ""
    range: str = ""
    assumes: str = ""
    details: tuple[str, ...] = ()
    main: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The card as a template reads it; ``value`` and ``note`` name the figure and the line."""
        d = asdict(self)
        d["details"] = list(self.details)
        d.update(value=self.figure, note=self.assumes)
        return d


# not after an initial ("(B. French, EPS Journal)"): a capital alone after a space or bracket
_SENTENCE_END = re.compile(r"(?<![\s(\[][A-Z]\.)(?<=[.!?])\s+(?=[A-Z\"“(])")


def sentences(text: Any) -> tuple[str, ...]:
    """A paragraph as its sentences (split after ``.``, ``!`` or ``?`` before a capital)."""
    s = " ".join(str(text or "").split())
    return tuple(p for p in _SENTENCE_END.split(s) if p)


def _one_line(text: Any) -> tuple[str, tuple[str, ...]]:
    """The first clause of a long scope as the card's line, the rest as detail."""
    s = " ".join(str(text or "").split())
    head, sep, rest = s.partition("; ")
    return head, ((rest[:1].upper() + rest[1:] + ("" if rest.endswith(".") else ".")),) if sep else ()


def _interval(d: Any, n: int | None, varies: str = "", **kw: Any) -> str:
    r = N.dist(d, n, **kw)
    if not r:
        return ""
    if varies and varies != "nothing (no spread)":
        return _("90 %%, %(varies)s: %(range)s") % {"varies": _(varies), "range": r}
    return _("90 %%: %(range)s") % {"range": r}


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
    """The one sentence that answers the question, with its scope: ``"Eastern flank ...: 6,700
    km of land border would take 125 million mines in a 2 km belt of 10,400 km² at 12,000
    mines per km² (behind the 5,850 km on land: the 847 km along rivers and lakes carry no
    belt)."`` Figures by the headline rule (3 significant figures)."""
    f = _belt_facts(doc)
    name = str(_get(doc, "scenario", "name") or _("This scenario"))
    rng = N.dist(f["t"].get("mines_dist"), 3, words=True)
    depth = _span_words(f["depths"], _("km"), doc, "depth_km")
    area = N.sig(f["area"], 3)
    kw = {"name": name, "length": N.sig(f["length"], 3), "mines": N.sig(f["mines"], 3, words=True), "area": area, "depth": depth}
    if f["measured"]:
        text = _("%(name)s: %(length)s km of land border would take %(mines)s mines") % kw
    else:
        text = _("%(name)s: %(length)s km of front would take %(mines)s mines") % kw
    if rng:
        text += " (" + _("90 %%: %(range)s") % {"range": rng} + ")"
    single = len(f["depths"]) == 1 and not any(i.get("role") == "depth_km" and i.get("uncertain") for i in doc.get("inputs") or [] if isinstance(i, dict))
    if single and depth:
        text += " " + _("in a %(depth)s belt of %(area)s km²") % kw
    elif depth:
        text += " " + _("in a belt of %(area)s km², %(depth)s deep,") % kw
    else:
        text += " " + _("in a belt of %(area)s km²") % kw
    if f["densities"]:
        text += " " + _("at %(density)s") % {"density": _span_words(f["densities"], _("mines per km²"), doc, "density")}
    if f["land_only"]:
        text += " (" + _("behind the %(front)s km on land: the %(water)s km along rivers and lakes carry no belt") % {"front": N.sig(f["front"], 3), "water": N.sig(f["water"], 3)} + ")"
    elif f["water"]:
        text += " (" + _("the belt follows rivers and lakes too: %(water)s km") % {"water": N.sig(f["water"], 3)} + ")"
    return text + "."


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
        table = ngettext("the densest of the %(n)s barrier in minebelt's table", "the densest of the %(n)s barriers in minebelt's table", int(n)) % {"n": n}
    else:
        table = _("the densest barrier in minebelt's table")
    dens = _span_words(f["densities"], _("mines per km²"), doc, "density")
    land = f["land_only"]
    return [
        Card("mines", _("Mines"), N.sig(f["mines"], 3, words=True), _("mines in total"), _interval(t.get("mines_dist"), 3, words=True),
             _("%(density)s in a belt of %(area)s km²") % {**kw, "density": dens} if dens else "", details, main=True),
        Card("area", _("Belt area"), f"{kw['area']} km\u00b2", (_("of belt behind %(front)s km of land front") if land else _("of belt behind %(front)s km of front")) % kw,
             _interval(t.get("area_km2_dist"), 3), _("%(depth)s km deep on average (area ÷ front)") % {"depth": N.num(depth, scale=False)} if depth else ""),
        Card("per_km", _("Mines per km of front"), N.sig(t.get("mines_per_km_front"), 3), _("mines per km of land front") if land else _("mines per km of front"),
             _interval(t.get("mines_per_km_front_dist"), 3), _("%(ratio)s the %(barrier)s, %(table)s") % {"ratio": N.ratio(ratio), "barrier": _(densest), "table": table} if ratio and densest else ""),
    ]  # fmt: skip


# ----------------------------------------------------------------------------- the blocks


def english(view: Any, doc: dict[str, Any]) -> Any:
    """``view(doc)`` in English: the blocks' prose is not translated yet, and a sentence that
    is not translated reads wholly in English (its words and its numbers), never half and half.
    The cards take their figures from the view in the reader's language and their words from
    this one."""
    with language("en"):
        return view(doc)


def cost_card(doc: dict[str, Any]) -> Card | None:
    v = english(cost_view, doc)
    if v is None:
        return None
    c = doc.get("cost") or {}
    cur = v["currency"]
    figure = N.sig(c.get("total"), 2, currency=cur) if _num(c.get("total")) is not None else N.not_estimated()
    costed = [str(p.get("name")) for p in v.get("parts") or [] if p.get("costed")]
    label = _("to build: %(parts)s") % {"parts": " + ".join(_(n).lower() for n in costed)} if costed else _("to build: not estimated")
    if current() != "en":  # the view's sentences are English: the same facts in the reader's words
        return Card("cost", _("Build cost"), figure, label, _interval(c.get("total_dist"), 2, currency=cur), W.cost_line(doc), W.cost_details(doc))
    return Card("cost", _("Build cost"), figure, label, _interval(c.get("total_dist"), 2, currency=cur), v["card_note"],
                sentences(v["text"]) + tuple(v.get("notes") or ()))  # fmt: skip


def _years(x: Any, n: int) -> str:
    """``71 years``, ``71 рік``: the figure to ``n`` significant figures with the plural form
    of the number printed."""
    whole = int(abs(float(f"{float(x):.{n}g}")))
    return ngettext("%(n)s year", "%(n)s years", whole) % {"n": N.sig(x, n, scale=False)}


def _step_over_one(p: dict[str, Any]) -> bool:
    """Whether the years to fill print coarser than a year (2 figures: 100 years and more)."""
    years = _num(p.get("years_to_fill"))
    return years is not None and float(N.sig(years, 2, scale=False).replace(",", "")) >= 100


def production_card(doc: dict[str, Any]) -> Card | None:
    v = english(production_view, doc)
    if v is None:
        return None
    if v["headline"] == N.NOT_ESTIMATED:
        return Card("production", _("Production"), N.not_estimated(), _("time to make the mines"), "", v["not_estimated"], sentences(v["text"]))
    p = doc.get("production") or {}
    end = N.year_near(p.get("year_complete"), p.get("years_to_fill"), 2)
    # the end year to the step of the rounded years beside it ("100 years ... around 2130")
    label = (_("to make the mines; the last around %(year)s") if _step_over_one(p) else _("to make the mines; the last in %(year)s")) % {"year": end}
    figure = _years(p.get("years_to_fill"), 2) if _num(p.get("years_to_fill")) is not None else cast(dict[str, Any], production_view(doc))["headline"]  # a view: v above is not None
    rng = _interval(p.get("years_to_fill_dist"), 2, v["interval_varies"], scale=False, unit=_("years"))
    if current() != "en":
        return Card("production", _("Production"), figure, label, rng, W.production_line(doc), W.production_details(doc))
    return Card("production", _("Production"), figure, label, rng, v["condition"] or v["capacity_short"], sentences(v["text"]))


_HEADLINE = re.compile(r"^(?P<figure>.+? years)(?: \((?P<range>90 %[^)]*)\))?(?: (?P<rest>.*))?$")
_EFFORT = re.compile(r"^(?P<effort>about .+? deminer-years)(?: \((?P<erange>90 %[^)]*)\))?; (?P<years>.+)$")


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
        rng = f"(90 %{e.group('erange')[4:]}) " if e.group("erange") else ""
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
        card = replace(card, figure=_years(k["calendar_years"], 3), range=_interval(k.get("calendar_years_dist"), 3, scale=False, unit=_("years")),
                       label=W.clearance_label(doc), assumes=W.clearance_line(doc), details=W.clearance_details(doc))  # fmt: skip
    return card


def _localised(card: Any, doc: dict[str, Any], title: str) -> Card | None:
    """``card(doc)`` with its words in English and its title, figure and range in the reader's
    language (the figure of a sentence the pipeline wrote in English stays as written)."""
    en = english(card, doc)
    if en is None:
        return None
    local = card(doc) if current() != "en" else en
    return replace(en, title=title, figure=local.figure, range=local.range)


def _civilians_line(t: dict[str, Any]) -> str:
    """The civilians card's line: the largest place on the belt named, the other side apart."""
    named = [p for p in t.get("in_or_near_belt") or [] if isinstance(p, dict)]
    inside = _get(t, "in_belt", "places") or 0
    out = ""
    if named:
        p = named[0]
        where = "the belt would run through" if p.get("inside") else "nearest"
        more = inside - 1 if p.get("inside") else 0
        out = f"{where} {p.get('name')}, {p.get('country')}, {N.count(p.get('population'))} people" + (f", and {more} more place{'s' if more != 1 else ''}" if more > 0 else "")
    other = _get(t, "other_side", "within_1km") or {}
    if other.get("places"):
        out += f"{'; ' if out else ''}across the border, counted apart: {N.sig(other.get('population'), 3, words=True)} within 1 km"
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
            return ", ".join(f"{N.sig(_get(t, key, f'within_{r}km', 'population'), 3, words=True)} within {r} km" for r in radii)

        details = [f"On the defender's side: {side('defender_side')}."]
        if ev["other"]:
            details.append(f"Across the border ({ev['other_countries']}), counted apart: {side('other_side')}.")
        details.append(f"Counted: {ev['scope'] or 'populated places'}.")
        return Card("civilians", "Civilians", N.sig(_get(t, "defender_side", "within_1km", "population"), 3, words=True),
                    f"people in {places(ev['defender'][i]['places'])} inside the belt or within 1 km of it, on the defender's side",
                    "", _civilians_line(t) or line, tuple(details))  # fmt: skip
    i = radii.index("5") if "5" in radii else len(radii) // 2
    raw = [_get(t, f"within_{r}km", "population") for r in radii]
    details = [f"{N.sig(p, 3, words=True)} people in {places(x['places'])} within {r} km." for r, x, p in zip(radii, ev["total"], raw, strict=False)]
    if ev["largest"]:
        details.append("Largest: " + ", ".join(f"{p['name']} ({p['country']}, {p['population']}, {p['distance']})" for p in ev["largest"][:5]) + ".")
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
            return Card("civilians", _("Civilians"), figure, label, "", line, details)
    return _localised(_civilians_card, doc, _("Civilians"))


def block_cards(doc: dict[str, Any]) -> list[Card]:
    """The cards of the optional blocks present: production, cost, clearance, civilians."""
    out = [production_card(doc), cost_card(doc), clearance_card(doc), civilians_card(doc)]
    return [c for c in out if c is not None]


__all__ = ["Card", "block_cards", "civilians_card", "clearance_card", "cost_card", "headline_sentence", "needs_cards", "production_card", "sentences"]
