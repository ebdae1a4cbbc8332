"""The briefing: what a policy reader sees first, computed from the JSON document.

Layer: outputs.

:func:`summary` — headline cards, one short paragraph per topic, the biggest caveats — is a
pure function of the ``minebelt.estimate/1`` document (and an optional fact-check
document); the HTML template and the PDF lay the same values out. It tolerates missing
blocks and fields (an absent figure reads "not estimated"), so blocks that gain or lose
fields do not break the report.
"""

from __future__ import annotations

from typing import Any

from ... import numbers as N
from ...i18n import N_, current, ngettext, times_agree
from ...i18n import gettext as _
from ...pipeline.blocks.calibration import compared_name, scope_phrase
from ..verdicts import verdict_summary
from .cards import block_cards, english, headline_sentence, needs_cards, sentences
from .clearance_view import clearance_view
from .cost_view import cost_view
from .fmt import dist_range, fmt_count, fmt_km, fmt_mines_words, fmt_ratio, is_num
from .local_civilians import depth_range
from .local_notes import block_caveats
from .local_words import clearance_yardsticks
from .production_view import production_view
from .views import _get, _num, exposure_view, input_label


def _people(x: Any) -> str:
    """A head count to three significant figures: ``514,000``, ``1.10 million``."""
    return N.sig(x, 3, words=True)


# ----------------------------------------------------------------------------- summary


def _needs(doc: dict[str, Any]) -> str:
    """The paragraph of what the belt needs: front, area, depth, density, mines, calibration."""
    t = doc.get("totals") or {}
    cal = doc.get("calibration") if isinstance(doc.get("calibration"), dict) else {}
    length, area, mines = _num(t.get("length_km")), _num(t.get("area_km2")), _num(t.get("mines"))
    water = sum(_num(r.get("water_km")) or 0.0 for r in doc.get("sections") or [])
    skip = any(r.get("along_water") == "skip" for r in doc.get("sections") or [])
    # one front for every figure of the box: the front the belt is built behind (land when water is skipped)
    front = _num(t.get("belt_front_km")) or length
    depth = area / front if area and front else None
    densities = sorted(
        {round(r["density_per_km2"]) for r in doc.get("sections") or [] if is_num(r.get("density_per_km2"))}
    )
    per_km = _num(t.get("mines_per_km_front"))
    ratio = _num(_get(cal, "scenario", "ratio_to_densest_per_km_front"))
    densest = _get(cal, "densest_barrier")
    n = _get(cal, "barriers_in_table")
    if is_num(n):
        table = ngettext(
            "the densest of the %(n)s barrier in minebelt's table",
            "the densest of the %(n)s barriers in minebelt's table",
            int(n),
        ) % {"n": n}
    else:
        table = _("the densest barrier in minebelt's table")
    kw = {
        "front": fmt_km(front),
        "length": fmt_km(length),
        "water": fmt_km(water),
        "area": fmt_km(area),
        "depth": fmt_km(depth),
        "mines": fmt_mines_words(mines),
        "per_km": fmt_count(per_km),
    }
    if water and skip and front != length:
        text = _("A belt behind %(front)s km of land front") % kw
    else:
        text = _("A belt behind %(front)s km of front") % kw
    if water and skip:
        text += (
            " (" + _("the border runs %(length)s km; %(water)s km follow rivers and lakes and carry no belt") % kw + ")"
        )
    elif water:
        text += " (" + _("of which %(water)s km follow rivers and lakes") % kw + ")"
    text += " " + _("covers %(area)s km²") % kw
    if depth:
        text += ", " + _("%(depth)s km deep on average (area ÷ that front)") % kw
    if densities:
        dens = (
            fmt_km(densities[0])
            if len(densities) == 1
            else _("%(low)s to %(high)s") % {"low": fmt_km(densities[0]), "high": fmt_km(densities[-1])}
        )
        text += ". " + _("At %(density)s mines per km² it needs %(mines)s mines") % {**kw, "density": dens}
    else:
        text += " " + _("and needs %(mines)s mines") % kw
    rng = dist_range(t.get("mines_dist"), fmt_mines_words)
    if rng:
        text += " (" + _("90 %% interval %(range)s") % {"range": rng} + ")"
    text += ", " + _("%(per_km)s per km of that front") % kw
    if ratio and densest:
        scope = _get(cal, "densest_barrier_mine_types")
        # the multiple without its "x", so a language can write "2,7 kertaa niin paljon ... kuin"
        times = fmt_ratio(ratio).removesuffix("x")
        phrase = _("%(times)sx the mines per km of front of the %(barrier)s") % {
            "times": times,
            "barrier": compared_name(densest),
        }
        text += ": " + times_agree(phrase, times)
        text += (f" ({scope_phrase(scope)})" if scope else "") + f", {table}"
    return text + "."


#: The paragraph of each block's card in the briefing.
TOPICS = {
    "cost": N_("What it costs"),
    "production": N_("How long to produce the mines"),
    "clearance": N_("What it leaves behind"),
    "clearance_cost": N_("What clearing it costs"),
    "civilians": N_("Civilians near the belt"),
}


def _paragraph(doc: dict[str, Any], key: str) -> str | None:
    """A block's paragraph: its view's text (civilians: counts, largest places, scope)."""
    if key == "civilians":
        return english(_civilians, doc)  # not translated yet: wholly English
    view = english({"cost": cost_view, "production": production_view, "clearance": clearance_view}[key], doc)
    # the briefing carries the headline and its one line; the yardsticks are in the detail
    return (view.get("briefing_text") or view["text"]) if view else None


def _as_sentence(text: str) -> str:
    """``text`` as a sentence of its own: a capital first, a full stop last."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text[-1:] in ".!?\u2026" else ".") if text else ""


def _card_paragraph(assumes: str, details: tuple[str, ...], leave_out: set[str]) -> str:
    """A card's paragraph in the reader's language: its line of what it assumes, then its
    details, each a sentence, less ``leave_out``. A card whose detail leads with the whole of
    that line (the clearance card: the short line on the card, the whole behind it) says it
    once, whole; a translated detail without its full stop still ends its sentence."""
    lead = assumes.split(";")[0].strip().casefold()
    if details and lead and details[0].strip().casefold().startswith(lead):
        assumes = ""
    parts = (assumes, *details)
    return " ".join(_as_sentence(x) for x in parts if x and x.strip() and x not in leave_out)


def _civilians(doc: dict[str, Any]) -> str | None:
    """The civilians paragraph: the defender's side first (places inside the belt or within
    1 km of it), the other side counted apart; without sides, every radius."""
    ev = exposure_view(doc)
    if not ev or not ev["available"] or not ev["total"]:
        return None
    radii = ev["radii"]
    t = _get(doc, "exposure", "total") or {}

    def places(x: str) -> str:
        return f"{x} place{'' if x == '1' else 's'}"

    scope = str(_get(doc, "exposure", "scope") or "populated places, both sides of the border")
    if ev["defender"] is not None and "1" in radii:

        def side(key: str) -> str:
            return ", ".join(
                f"{_people(_get(t, key, f'within_{r}km', 'population'))}{' people' if i == 0 else ''}"
                + (f" ({rng})" if (rng := depth_range(t, key, f"within_{r}km", varies=False)) else "")
                + f" within {r} km"
                for i, r in enumerate(radii)
            )

        named = ev["headline"].split(" Across the border, counted apart:")[0]  # the other side is counted below
        text = f"{named} On the defender's side: {side('defender_side')}"
        if ev["other"]:
            text += f"; across the border ({ev['other_countries']}), counted apart: {side('other_side')}"
        return text + f". Counted: {scope}."
    raw = [_get(t, f"within_{r}km", "population") for r in radii]
    parts = [
        f"{_people(p)} people in {places(x['places'])} within {r} km"
        for r, x, p in zip(radii, ev["total"], raw, strict=False)
    ]
    text = f"Living near the belt ({scope}): " + "; ".join(parts) + "."
    if ev["largest"]:
        text += (
            " Largest: "
            + ", ".join(f"{p['name']} ({p['country']}, {p['population']}, {p['distance']})" for p in ev["largest"][:3])
            + "."
        )
    return text


def caveats(doc: dict[str, Any]) -> list[str]:
    """The biggest caveats of this estimate, most important first (at most eight)."""
    out: list[str] = []
    t = doc.get("totals") or {}
    secs = doc.get("sections") or []
    prov = doc.get("provenance") or {}
    uncertain = [
        input_label(e.get("key"), doc) for e in doc.get("inputs") or [] if isinstance(e, dict) and e.get("uncertain")
    ]
    if not doc.get("inputs") and dist_range(t.get("mines_dist")):  # a document without its inputs list
        uncertain = ["the belt's inputs"]
    if not prov.get("samples") and (doc.get("clearance") or {}).get("calendar_years_rates_90"):
        out.append(
            _(
                "No uncertainty run: every figure is a point value with the belt's inputs at their medians; the clearance interval is the fitted rates' alone; run with --samples for 90 %% intervals over the inputs."
            )
            % {}
        )
    elif not prov.get("samples"):
        out.append(
            _(
                "No uncertainty run: every figure is a point value with each input at its median; run with --samples for 90 %% intervals."
            )
            % {}
        )
    elif not uncertain:
        out.append(
            _(
                'No uncertain input (every value is a single number): the figures have no range; write a range such as "1.5 to 2.5" to get one.'
            )
        )
    elif not dist_range(t.get("mines_dist")):
        out.append(_("Ranges are 90 %% intervals of %(samples)s Monte Carlo samples over the uncertain inputs (%(inputs)s); the belt's own figures have no range (their inputs are single numbers).")
                   % {"samples": fmt_count(prov["samples"]), "inputs": ", ".join(uncertain)})  # fmt: skip
    else:
        out.append(
            _(
                "Ranges are 90 %% intervals of %(samples)s Monte Carlo samples; the headline figures are point values (every input at its median), which can differ from the sample's median shown beside them."
            )
            % {"samples": fmt_count(prov["samples"])}
        )
    stated = [r.get("name") for r in secs if r.get("length_source") == "stated"]
    if stated:
        out.append(ngettext("%(n)s of %(total)s sections uses a stated length, not a measured border: no map and no civilian count for it.",
                            "%(n)s of %(total)s sections use a stated length, not a measured border: no map and no civilian count for them.", len(stated)) % {"n": len(stated), "total": len(secs)})  # fmt: skip
    water = sum(_num(r.get("water_km")) or 0.0 for r in secs)
    if water and any(r.get("along_water") == "skip" for r in secs):
        out.append(
            _(
                "%(water)s km of the front follow rivers and lakes and carry no belt; the belt area counts land stretches only."
            )
            % {"water": fmt_km(water)}
        )
    if current() != "en":  # the views' caveats are English: the same caveats in the reader's words
        out += block_caveats(doc)
    else:
        for view in (cost_view(doc), production_view(doc), clearance_view(doc)):
            out += (view or {}).get("caveats", [])
    if _num(t.get("overlap_km2")):
        out.append(
            _("Belts of one country overlap on %(area)s km², counted once in the totals.")
            % {"area": fmt_km(t["overlap_km2"])}
        )
    return out


def summary(doc: dict[str, Any], claims: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one-page briefing: ``{"headline": the sentence that answers the question, "cards":
    [card dicts: {key, title, figure (value), label, range, assumes (note), details, main}],
    "paragraphs": [{"title", "text"}], "caveats": [str]}``: plain text, laid out by the HTML
    (each card's detail behind a disclosure) and the PDF (the paragraphs below the cards)."""
    needs = _needs(doc)
    blocks = block_cards(doc)
    cards = needs_cards(doc, sentences(needs)) + blocks
    paragraphs = [{"key": "needs", "title": _("What the belt needs"), "text": needs}]
    for c in blocks:
        if c.key == "clearance_cost" and current() == "en":
            continue  # the clearance paragraph holds its cost
        # the views' paragraphs are English: in another language, the card's own sentences
        yardsticks = set(clearance_yardsticks(doc)) if c.key == "clearance" else set()
        text = _paragraph(doc, c.key) if current() == "en" else _card_paragraph(c.assumes, c.details, yardsticks)
        if text:
            paragraphs.append({"key": c.key, "title": _(TOPICS[c.key]), "text": text})
    if claims and claims.get("claims"):
        paragraphs.append(
            {
                "key": "claims",
                "title": _("Published claims"),
                "text": verdict_summary(str(cl.get("verdict", "?")) for cl in claims["claims"]),
            }
        )
    return {
        "headline": headline_sentence(doc),
        "cards": [c.as_dict() for c in cards],
        "paragraphs": paragraphs,
        "caveats": caveats(doc),
    }
