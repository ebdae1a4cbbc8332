"""The civilians card in the reader's language, worded from the document's counts.

Layer: outputs (report). As :mod:`.local_words`: pure functions of the ``minebelt.estimate/1``
document, each sentence one message with named placeholders, every figure through
:mod:`minebelt.numbers` in the reader's locale.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import gettext as _
from ...i18n import ngettext
from .local_words import countries, country
from .views import _get, _num


def places(n: Any) -> str:
    k = int(_num(n) or 0)
    return ngettext("%(n)s place", "%(n)s places", k) % {"n": N.count(k)}


def within(pop: Any, r: Any) -> str:
    return _("%(people)s within %(r)s km") % {"people": N.sig(pop, 3, words=True), "r": r}


def civilians_line(t: dict[str, Any], doc: dict[str, Any]) -> str:
    """The largest place on the belt named, the other side apart."""
    named = [p for p in t.get("in_or_near_belt") or [] if isinstance(p, dict)]
    inside = int(_num(_get(t, "in_belt", "places")) or 0)
    out = ""
    if named:
        p = named[0]
        kw = {"place": p.get("name"), "country": country(p.get("country"), doc), "people": N.count(p.get("population"))}
        people = ngettext("%(people)s person", "%(people)s people", int(_num(p.get("population")) or 0)) % kw
        if p.get("inside"):
            out = _("the belt as drawn would cross %(place)s (%(country)s, %(people)s)") % {**kw, "people": people}
            more = inside - 1
            if more > 0:
                out += " " + ngettext("and %(n)s more place", "and %(n)s more places", more) % {"n": N.count(more)}
        else:
            out = _("nearest: %(place)s (%(country)s, %(people)s)") % {**kw, "people": people}
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
            return ", ".join(within(_get(t, key, f"within_{r}km", "population"), r) for r in radii)

        details = [_("On the defender's side: %(figures)s.") % {"figures": side("defender_side")}]
        other = t.get("other_side") or {}
        if isinstance(other, dict) and other.get("countries"):
            details.append(
                _("Across the border (%(countries)s), counted apart: %(figures)s.")
                % {"countries": countries(other["countries"], doc), "figures": side("other_side")}
            )
        n = _get(t, "defender_side", "within_1km", "places")
        label = _(
            "people in %(places)s inside the belt or within 1 km of it, on the defender's side (a floor: places of 1,000 or more people only, GeoNames figures)"
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


__all__ = ["civilians_line", "civilians_words", "counted_text", "lead", "places", "within"]
