"""The blocks' caveats in the reader's language, worded from the document's figures.

Layer: outputs (report). The same caveats as the views' English ``caveats`` lists
(:mod:`.production_view`, :mod:`.cost_view`, :mod:`.clearance_view`), each one message with
named placeholders and every figure through :mod:`minebelt.numbers` in the reader's locale.
Pure functions of the ``minebelt.estimate/1`` document.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import gettext as _
from .local_words import _PARTS, _short, countries, years_text
from .views import _get, _num


def cost_caveats(doc: dict[str, Any]) -> list[str]:
    c = doc.get("cost") or {}
    missing = [_(_PARTS.get(f"{k}_cost", k)) for k in c.get("not_costed") or []]
    if not missing or c.get("total") is None:
        return []
    return [
        _(
            "%(parts)s: not costed (no public rate). The build cost is the costed parts only, and no clearance-to-build ratio is given."
        )
        % {"parts": ", ".join(missing)}
    ]


def production_caveats(doc: dict[str, Any]) -> list[str]:
    p = doc.get("production") or {}
    if not p:
        return []
    out = []
    used = [
        e
        for e in p.get("capacity") or []
        if isinstance(e, dict) and e.get("used", True) and e.get("scope") != "anti-personnel"
    ]
    others = [str(o.get("country")) for o in p.get("other_producers") or [] if isinstance(o, dict)]
    if _num(p.get("years_to_fill")) is None:
        out.append(_("Production time is not estimated: no production capacity on record."))
    elif p.get("years_to_fill_is") == "all-types capacity" and used:
        who = ", ".join(f"{_short(e.get('producer'))} ({e.get('year')})" for e in used)
        out.append(
            _(
                "Production time counts only %(producers)s, which makes all mine types, as if all of it were anti-personnel."
            )
            % {"producers": who}
        )
        if others:
            out.append(
                _("Producers without a capacity figure are not counted: %(countries)s.")
                % {"countries": countries(others, doc)}
            )
    if p.get("pooled_by"):
        out.append(
            _(
                "Production assumes %(countries)s pool producers and stocks; without pooling only countries with a producer of their own get a figure."
            )
            % {"countries": countries(p["pooled_by"], doc)}
        )
    return out


def clearance_caveats(doc: dict[str, Any]) -> list[str]:
    k = doc.get("clearance") or {}
    if not k:
        return []
    out = []
    if _num(k.get("calendar_years")) is not None and _get(k, "capacity", "basis") == "workforce":
        alt = k.get("condition_alternative") or {}
        text = _("Clearance time scales as one over the deminers: twice the deminers, half the years.")
        if _num(alt.get("years")) is not None:
            text += " " + _(
                "The minefield condition moves it too (%(years)s for pattern minefields on open ground, cleared from their records: two cases, weak; no interval)."
            ) % {"years": years_text(alt["years"], 3)}
        out.append(text + " " + _("The yardsticks of States Parties' output do not depend on it."))
    if str(k.get("unrecorded_allowance_note") or "").startswith("assumes"):
        text = _(
            "The cleared area is the belt's mapped extent: mines that drifted or were lost outside it are not counted."
        )
        alternatives = [a for a in k.get("unrecorded_allowance_alternatives") or [] if isinstance(a, dict)]
        shares = [
            x
            for a in alternatives
            if a.get("measure") == "share of the mines laid" and (x := _num(a.get("value"))) is not None
        ]
        if shares:
            # the same hedge as the English caveat, from the document's sourced alternatives
            lo, hi = min(shares) * 100, max(shares) * 100
            rng = N.span(lo, hi, 2, scale=False) or N.sig(hi, 2, scale=False)
            text += " " + _("Sourced alternatives: %(share)s of the mines laid, not of the area.") % {
                "share": N.per_cent(rng)
            }
        out.append(text)
    return out


def calibration_verdict(doc: dict[str, Any]) -> str:
    """The calibration's verdict in the reader's language (the document's is English)."""
    from ...pipeline.blocks.calibration import verdict_text

    cal = doc.get("calibration") or {}
    per_km = _get(cal, "scenario", "mines_per_km_front")
    barrier = next(
        (b for b in cal.get("barriers") or [] if isinstance(b, dict) and b.get("name") == cal.get("densest_barrier")),
        None,
    )
    if not per_km or not barrier or not barrier.get("mines_per_km_front"):
        return str(cal.get("verdict") or "")
    return verdict_text(
        per_km,
        barrier["mines_per_km_front"],
        str(cal["densest_barrier"]),
        str(cal.get("densest_barrier_mine_types") or ""),
        int(cal.get("barriers_in_table") or 0),
    )


def block_caveats(doc: dict[str, Any]) -> list[str]:
    """The cost, production and clearance caveats, in that order (as the English briefing)."""
    return cost_caveats(doc) + production_caveats(doc) + clearance_caveats(doc)


__all__ = ["block_caveats", "calibration_verdict", "clearance_caveats", "cost_caveats", "production_caveats"]
