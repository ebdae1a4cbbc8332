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
from dataclasses import asdict, dataclass
from typing import Any

from ... import numbers as N
from .clearance_view import clearance_view
from .cost_view import cost_view
from .fmt import fmt_value_text
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


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")


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
    return f"90 %, {varies}: {r}" if varies and varies != "nothing (no spread)" else f"90 %: {r}"


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
    name = str(_get(doc, "scenario", "name") or "This scenario")
    what = "km of land border" if f["measured"] else "km of front"
    mines = N.sig(f["mines"], 3, words=True)
    rng = N.dist(f["t"].get("mines_dist"), 3, words=True)
    depth = _span_words(f["depths"], "km", doc, "depth_km")
    area = f"{N.sig(f['area'], 3)} km\u00b2"
    if len(f["depths"]) == 1 and " to " not in depth:
        belt = f"a {depth} belt of {area}"
    else:
        belt = f"a belt of {area}, {depth} deep," if depth else f"a belt of {area}"
    text = f"{name}: {N.sig(f['length'], 3)} {what} would take {mines} mines" + (f" (90 %: {rng})" if rng else "")
    text += f" in {belt}"
    if f["densities"]:
        text += f" at {_span_words(f['densities'], 'mines per km²', doc, 'density')}"
    if f["land_only"]:
        text += f" (behind the {N.sig(f['front'], 3)} km on land: the {N.sig(f['water'], 3)} km along rivers and lakes carry no belt)"
    elif f["water"]:
        text += f" (the belt follows rivers and lakes too: {N.sig(f['water'], 3)} km)"
    return text + "."


def needs_cards(doc: dict[str, Any], details: tuple[str, ...] = ()) -> list[Card]:
    """Mines, belt area and mines per km of front: the three figures of the belt itself."""
    f = _belt_facts(doc)
    t, cal = f["t"], doc.get("calibration") if isinstance(doc.get("calibration"), dict) else {}
    front_words = f"{N.sig(f['front'], 3)} km of {'land ' if f['land_only'] else ''}front"
    depth = f["area"] / f["front"] if f["area"] and f["front"] else None
    ratio = _num(_get(cal, "scenario", "ratio_to_densest_per_km_front"))
    densest = _get(cal, "densest_barrier")
    n = _get(cal, "barriers_in_table")
    table = f"the densest of the {n} barriers in minebelt's table" if N.finite(n) is not None else "the densest barrier in minebelt's table"
    dens = _span_words(f["densities"], "mines per km²", doc, "density")
    return [
        Card("mines", "Mines", N.sig(f["mines"], 3, words=True), "mines in total", _interval(t.get("mines_dist"), 3, words=True),
             f"{dens} in a belt of {N.sig(f['area'], 3)} km\u00b2" if dens else "", details, main=True),
        Card("area", "Belt area", f"{N.sig(f['area'], 3)} km\u00b2", f"of belt behind {front_words}", _interval(t.get("area_km2_dist"), 3),
             f"{N.num(depth, scale=False)} km deep on average (area \u00f7 front)" if depth else ""),
        Card("per_km", "Mines per km of front", N.sig(t.get("mines_per_km_front"), 3), f"mines per km of {'land ' if f['land_only'] else ''}front",
             _interval(t.get("mines_per_km_front_dist"), 3), f"{N.ratio(ratio)} the {densest}, {table}" if ratio and densest else ""),
    ]  # fmt: skip


# ----------------------------------------------------------------------------- the blocks


def cost_card(doc: dict[str, Any]) -> Card | None:
    v = cost_view(doc)
    if v is None:
        return None
    c = doc.get("cost") or {}
    cur = v["currency"]
    figure = N.sig(c.get("total"), 2, currency=cur) if _num(c.get("total")) is not None else N.NOT_ESTIMATED
    return Card("cost", "Build cost", figure, v["card_label"], _interval(c.get("total_dist"), 2, currency=cur), v["card_note"],
                sentences(v["text"]) + tuple(v.get("notes") or ()))  # fmt: skip


def _step_over_one(p: dict[str, Any]) -> bool:
    """Whether the years to fill print coarser than a year (2 figures: 100 years and more)."""
    years = _num(p.get("years_to_fill"))
    return years is not None and float(N.sig(years, 2, scale=False).replace(",", "")) >= 100


def production_card(doc: dict[str, Any]) -> Card | None:
    v = production_view(doc)
    if v is None:
        return None
    if v["headline"] == N.NOT_ESTIMATED:
        return Card("production", "Production", N.NOT_ESTIMATED, "time to make the mines", "", v["not_estimated"], sentences(v["text"]))
    p = doc.get("production") or {}
    end = N.year_near(p.get("year_complete"), p.get("years_to_fill"), 2)
    # the end year to the step of the rounded years beside it ("100 years ... around 2130")
    label = f"to make the mines; the last {'around' if _step_over_one(p) else 'in'} {end}"
    figure = N.sig(p.get("years_to_fill"), 2, scale=False, unit="years") if _num(p.get("years_to_fill")) is not None else v["headline"]
    return Card("production", "Production", figure, label, _interval(p.get("years_to_fill_dist"), 2, v["interval_varies"], scale=False, unit="years"),
                v["condition"] or v["capacity_short"], sentences(v["text"]))  # fmt: skip


_HEADLINE = re.compile(r"^(?P<figure>.+? years)(?: \((?P<range>90 %[^)]*)\))?(?: (?P<rest>.*))?$")


def split_headline(headline: str) -> tuple[str, str, str]:
    """The clearance headline of the document (``"1,230 years (90 %: 749–1,980) with 4,021
    deminers — ..."``) as the card's figure, interval and label: ``("1,230 years", "90 %:
    749–1,980", "to clear it, with 4,021 deminers — ...")``. The pipeline words and rounds it
    once; every output shows those digits."""
    m = _HEADLINE.match(" ".join(headline.split()))
    if not m:
        return headline, "", "to clear it"
    rest = m.group("rest") or ""
    return m.group("figure"), m.group("range") or "", f"to clear it, {rest}" if rest else "to clear it"


def clearance_card(doc: dict[str, Any]) -> Card | None:
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
        label, _, line = str(v["card_label"]).partition(", ")
        return Card("clearance", "Clearance", v["years"], label, _interval(k.get("calendar_years_dist"), 2, str(k.get("calendar_years_interval_varies") or ""), scale=False, unit="years"),
                    line or v["card_note"], details)  # fmt: skip
    return Card("clearance", "Clearance", v["world_years"], f"of {v['world_label']}",
                _interval(k.get("world_capacity_years_dist"), 2, str(k.get("world_capacity_interval_varies") or ""), scale=False, unit="years"), v["world"], details)  # fmt: skip


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


def civilians_card(doc: dict[str, Any]) -> Card | None:
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
    details = [f"{N.sig(p, 3, words=True)} people in {places(x['places'])} within {r} km." for r, x, p in zip(radii, ev["total"], raw)]
    if ev["largest"]:
        details.append("Largest: " + ", ".join(f"{p['name']} ({p['country']}, {p['population']}, {p['distance']})" for p in ev["largest"][:5]) + ".")
    return Card("civilians", "Civilians", N.sig(raw[i], 3, words=True), f"people in {places(ev['total'][i]['places'])} within {radii[i]} km of the belt",
                "", line, tuple(details) + more)  # fmt: skip


def block_cards(doc: dict[str, Any]) -> list[Card]:
    """The cards of the optional blocks present: production, cost, clearance, civilians."""
    out = [production_card(doc), cost_card(doc), clearance_card(doc), civilians_card(doc)]
    return [c for c in out if c is not None]


__all__ = ["Card", "block_cards", "civilians_card", "clearance_card", "cost_card", "headline_sentence", "needs_cards", "production_card", "sentences"]
