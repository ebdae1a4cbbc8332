"""Verdict rules of the fact-checker (pure): how a stated figure compares with the recomputed one.

Layer: outputs (fact-check). :func:`judge` applies the qualifier (``about``, ``exact``,
``over``, ``under``, ``at-least``, ``up-to``, ``after``, ``before``) and the tolerances of
:mod:`minebelt.settings` (``HOLDS_REL_TOL``, ``IMPRECISE_REL_TOL``); the rules are written out
in ``docs/user-guide.md``. :func:`fmt_value`, :func:`fmt_stated` and :func:`explain` word the
result.
"""

from __future__ import annotations

import gettext
import math
import re
from dataclasses import dataclass
from typing import Any, Literal

from .. import numbers as N
from .. import settings

#: ``stated``: a plan, target, budget, stock or forecast (never judged); ``not-checked``: outside
#: minebelt's scope (see :mod:`.kinds`).
Verdict = Literal["holds", "does-not-hold", "imprecise", "unverifiable", "stated", "not-checked", "error"]
QUALIFIERS = ("about", "exact", "over", "under", "at-least", "up-to", "after", "before")
_QUALIFIER_ALIASES = {"at least": "at-least", "up to": "up-to", "more than": "over", "less than": "under"}
BOUNDS = ("over", "under", "at-least", "up-to")


def normalize_qualifier(q: str) -> str:
    q = str(q).strip().lower()
    return _QUALIFIER_ALIASES.get(q, q)


# ------------------------------------------------------------------ verdicts (pure)


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    deviation: float | None  #: signed relative distance from the claim to the computed value (:func:`deviation`)
    reason: str


def _rel(computed: float, stated: float) -> float:
    if stated == 0:
        return 0.0 if computed == 0 else math.inf
    return (computed - stated) / abs(stated)


def _grade(dev: float, rel_tol: float, abs_dev: float | None = None, abs_tol: float | None = None) -> Verdict:
    if abs_tol is not None and abs_dev is not None:
        if abs_dev <= abs_tol:
            return "holds"
        return "imprecise" if abs_dev <= 2 * abs_tol else "does-not-hold"
    if abs(dev) <= rel_tol:
        return "holds"
    return "imprecise" if abs(dev) <= settings.IMPRECISE_REL_TOL else "does-not-hold"


def _g(x: float, hi: float | None = None) -> str:
    """A bound, or a range to ``hi`` with its scale once, in a reason, by the detail rule of
    :mod:`minebelt.numbers` (``4.8 million``, ``114``, ``4.8–5 million``)."""
    return (N.span(x, hi, words=True, locale="en") if hi is not None else "") or N.num(x, words=True, locale="en")


def deviation(stated: float | tuple[float, float], computed: float | tuple[float, float]) -> float:
    """The signed relative distance from the claim to the computed value: zero when they
    overlap (a point inside a range, two ranges sharing a part); otherwise the nearest
    computed end minus the nearest stated end, over that stated end (positive: computed
    higher). Two points: ``(computed - stated) / |stated|``. Bounds (``over``, ``under``) and
    ``exact`` are measured by :func:`judge` itself (the margin from the bound; the worse end)."""
    s_lo, s_hi = stated if isinstance(stated, tuple) else (stated, stated)
    c_lo, c_hi = computed if isinstance(computed, tuple) else (computed, computed)
    if c_hi < s_lo:
        return _rel(c_hi, s_lo)
    if c_lo > s_hi:
        return _rel(c_lo, s_hi)
    return 0.0


def judge(
    stated: float | tuple[float, float],
    computed: float | tuple[float, float],
    qualifier: str = "about",
    rel_tol: float = settings.HOLDS_REL_TOL,
    abs_tol: float | None = None,
    spread: tuple[float, float] | None = None,
) -> Judgement:
    """Compare a stated value (or range) with a computed value (or range): the verdict rules.

    The rules are written out in ``docs/user-guide.md`` ("Verdict rules"); in short:

    - ``about`` (default), point against point: ``holds`` within the tolerance (5 %, or the
      claim's ``tolerance``/``abs_tolerance``), ``imprecise`` within 25 %, else ``does-not-hold``.
    - ``exact``: equal (to 1e-9) or ``does-not-hold``.
    - ``over``/``at-least``/``under``/``up-to``: a bound. Every end of the computed value beyond it
      (``over``/``under`` strictly): ``holds``; a computed range straddling it: ``imprecise``;
      missed by no more than the tolerance: ``imprecise``; missed by more: ``does-not-hold``.
    - A stated range against a computed point: inside ``holds``, else graded by the nearest end.
    - A stated point against a computed range: ``holds`` if both ends are within the tolerance;
      ``imprecise`` if the point lies inside the range (the figure hides the spread); else graded
      by the nearest end.
    - A stated range against a computed range: ``holds`` if it contains the computed range, or
      if both ends (low with low, high with high) are within the tolerance; ``imprecise`` if the
      ranges overlap otherwise (never refuted: the claim shares figures with the computed
      range); disjoint ranges are graded by the gap between them: ``imprecise`` within 25 %
      (or twice ``abs_tol``), else ``does-not-hold``.
    - ``deviation`` (:func:`deviation`): the distance from the claim to the computed value,
      zero when they overlap.
    - ``spread`` = the computed 90 % range (p05, p95) of an uncertain estimate: a claim that holds at
      the central estimate but whose figure lies far from the 90 % range's ends (beyond 25 %), or a
      bound that fails at an end of that range, is ``imprecise``: it holds literally while hiding
      the spread.
    """
    q = normalize_qualifier(qualifier)
    if q == "exact":
        c = computed if isinstance(computed, tuple) else (computed, computed)
        s_ = stated if isinstance(stated, tuple) else (stated, stated)
        if all(abs(x - y) <= 1e-9 * max(1.0, abs(y)) for x, y in zip(c, s_, strict=False)):
            return Judgement("holds", 0.0, "exactly as stated")
        dev = max((_rel(x, y) for x, y in zip(c, s_, strict=False)), key=abs)
        return Judgement("does-not-hold", dev, "stated as exact, and it differs")
    c_lo, c_hi = computed if isinstance(computed, tuple) else (computed, computed)

    if q in BOUNDS:
        up = q in ("over", "at-least")
        strict = q in ("over", "under")
        s = (stated[0] if up else stated[1]) if isinstance(stated, tuple) else stated

        def ok(x: float) -> bool:
            if up:
                return x > s if strict else x >= s
            return x < s if strict else x <= s

        word = q.replace("-", " ")
        if ok(c_lo) and ok(c_hi):
            margin = _rel(c_lo if up else c_hi, s)
            if spread is not None and not ok(spread[0] if up else spread[1]):
                return Judgement(
                    "imprecise",
                    margin,
                    f"holds at the central estimate but not across the 90 % range {_g(spread[0])}\u2013{_g(spread[1])}",
                )
            return Judgement("holds", margin, f"computed is {word} {_g(s)}")
        if ok(c_lo) or ok(c_hi):
            return Judgement("imprecise", 0.0, f"the computed range straddles {_g(s)}")
        nearest = c_hi if up else c_lo
        dev = _rel(nearest, s)
        within = abs(nearest - s) <= abs_tol if abs_tol is not None else abs(dev) <= rel_tol
        if within:
            return Judgement(
                "imprecise", dev, f"computed misses the bound {word} {_g(s)} by no more than the tolerance"
            )
        return Judgement("does-not-hold", dev, f"computed is not {word} {_g(s)}")

    if isinstance(stated, tuple):
        s_lo, s_hi = stated
        if not isinstance(computed, tuple):
            if s_lo <= c_lo <= s_hi:
                return Judgement("holds", 0.0, "computed lies within the stated range")
            nearest = s_lo if c_lo < s_lo else s_hi
            dev = deviation(stated, c_lo)
            return Judgement(
                _grade(dev, rel_tol, abs(c_lo - nearest), abs_tol), dev, "computed lies outside the stated range"
            )
        dev = deviation(stated, computed)
        if s_lo <= c_lo and c_hi <= s_hi:
            return Judgement("holds", dev, "the stated range contains the computed one")
        ends = max(abs(_rel(c_lo, s_lo)), abs(_rel(c_hi, s_hi)))
        absd = max(abs(c_lo - s_lo), abs(c_hi - s_hi))
        if _grade(ends, rel_tol, absd, abs_tol) == "holds":
            return Judgement("holds", dev, "range ends compared")
        o_lo, o_hi = max(c_lo, s_lo), min(c_hi, s_hi)
        if o_lo <= o_hi:  # overlapping ranges: the claim is not refuted, nor is it the computed range
            if c_lo <= s_lo and s_hi <= c_hi:
                why = f"the stated range lies inside the computed {_g(c_lo, c_hi)}: it hides the spread"
            else:
                why = f"the ranges overlap on {_g(o_lo, o_hi)}: not refuted, yet not the same range"
            return Judgement("imprecise", dev, why)
        # disjoint ranges: never holds (unless both ends are within the tolerance, above); graded by the gap
        gap = s_lo - c_hi if c_hi < s_lo else c_lo - s_hi
        near = gap <= 2 * abs_tol if abs_tol is not None else abs(dev) <= settings.IMPRECISE_REL_TOL
        return Judgement(
            "imprecise" if near else "does-not-hold", dev, "the ranges do not overlap: the gap between them compared"
        )

    if isinstance(computed, tuple):
        dev = deviation(stated, computed)
        ends = max(abs(_rel(c_lo, stated)), abs(_rel(c_hi, stated)))
        absd = max(abs(c_lo - stated), abs(c_hi - stated))
        if _grade(ends, rel_tol, absd, abs_tol) == "holds":
            return Judgement("holds", dev, "both ends of the computed range are within the tolerance")
        if c_lo <= stated <= c_hi:
            return Judgement(
                "imprecise", dev, f"the stated figure is one point of the computed range {_g(c_lo)}\u2013{_g(c_hi)}"
            )
        nearest = c_lo if stated < c_lo else c_hi
        ndev = dev
        verdict = _grade(ndev, rel_tol, abs(nearest - stated), abs_tol)
        side = "below" if nearest < stated else "above"
        return Judgement(
            "imprecise" if verdict == "holds" else verdict, ndev, f"the computed range lies {side} the stated figure"
        )

    dev = _rel(c_lo, stated)
    verdict = _grade(dev, rel_tol, abs(c_lo - stated), abs_tol)
    if verdict == "holds" and spread is not None:
        lo_dev, hi_dev = _rel(spread[0], stated), _rel(spread[1], stated)
        if max(abs(lo_dev), abs(hi_dev)) > settings.IMPRECISE_REL_TOL:
            return Judgement(
                "imprecise",
                dev,
                f"holds at the central estimate, but the 90 % range is {_g(spread[0])}\u2013{_g(spread[1])}: the single figure hides the spread",
            )
    return Judgement(verdict, dev, "point compared")


# ------------------------------------------------------------------ formatting


#: Units judged and worded by absolute difference (a calendar year, a latitude), never by percentage.
ABSOLUTE_UNITS = ("year", "degrees north", "degrees south", "degrees east", "degrees west", "degrees")
#: Units of a count of things: exact, no relative tolerance (3 of 5 countries is not "40 % lower").
COUNT_UNITS = ("countries", "country", "states", "members", "parties", "lines")
#: Units of a ratio ("times the next longest"): a bound on a ratio is worded without a percentage.
RATIO_WORDS = ("times", "x ")


def is_absolute(unit: str) -> bool:
    """True for a unit compared by absolute difference (calendar years, latitudes)."""
    return unit.strip() in ABSOLUTE_UNITS


def is_count(unit: str) -> bool:
    """True for a count of things (``countries``): judged exactly, worded without a percentage."""
    return unit.strip() in COUNT_UNITS


def is_ratio(unit: str) -> bool:
    return unit.strip().startswith(RATIO_WORDS)


def fmt_value(x: float, unit: str, against: float | None = None) -> str:
    """Human text for a value in a unit ("9.6 million mines", "1,284 km", "438 km", "16 years"),
    by the one rounding rule of :mod:`minebelt.numbers` (the detail rule: whole units from 100
    up, three significant figures below, in millions or billions from one million up; money to
    three significant figures), in English (the ``minebelt.factcheck/2`` text); no trailing
    space without a unit.

    ``against``: the stated figure a computed one is judged against. Where the rule would print
    both alike although they differ (114.4 against "over 114"), the computed one gets the
    digits that show the difference (``114.4 km²``): the verdict turns on them.
    """
    unit = unit.strip()
    if m := re.fullmatch(r"[\w ]*\bnumber \((No\. [^()]+)\)", unit):  # a law's number is its name: "No. 2566-IV"
        return m[1]
    if unit.endswith("(1 = yes)") and x in (0, 1):
        return f"{unit.removesuffix('(1 = yes)').strip()}: {'yes' if x == 1 else 'no'}"
    if unit == "year":
        return N.year(x)
    if unit == "share":
        return N.pct(x, locale="en")
    first = 2 if is_ratio(unit) else None  # a ratio to two figures, as numbers.ratio
    text = _rounded(x, unit, first)
    if (
        against is not None
        and abs(x - against) > 1e-9 * max(abs(against), 1.0)
        and text == _rounded(against, unit, first)
    ):
        for n in range(4, 16):  # the fewest figures at which the two values differ
            text = _rounded(x, unit, n)
            if float(f"{x:.{n}g}") != float(f"{against:.{n}g}"):
                break
    return text


def _rounded(x: float, unit: str, n: int | None) -> str:
    """``x`` with its unit by the detail rule (``n`` significant figures when given)."""
    if _is_currency(unit):
        return N.sig(x, n or 3, currency=unit, locale="en")
    if unit.endswith(" members not party") and x == 1:  # "1 NATO member not party": English's plural rule
        unit = gettext.NullTranslations().ngettext(unit.replace(" members ", " member "), unit, 1)
    return f"{N.sig(x, n, words=True, locale='en') if n else N.num(x, words=True, locale='en')} {unit}".strip()


def _is_currency(unit: str) -> bool:
    """``PLN``, ``EUR``: a unit that is an ECB reference currency."""
    if len(unit) != 3 or not unit.isupper():
        return False
    from ..model.currency import currencies

    return unit in currencies()


def fmt_difference(diff: float, unit: str, places: int | None = None) -> str:
    """``2 years later``, ``0.2° further north``: an absolute difference in the claim's unit;
    ``places``: the decimals the computed figure is shown with, so the difference reads at the
    same precision as the figure (38.2 degrees north against 38: 0.2°, not 0.235°)."""
    unit = unit.strip()
    if unit == "year":
        n = abs(diff)
        return f"{n:.0f} year{'s' if round(n) != 1 else ''} {'later' if diff > 0 else 'earlier'}"
    shown = N.num(abs(diff) if places is None else N.decimals(abs(diff), places), locale="en")
    if unit.startswith("degrees"):
        side = unit.removeprefix("degrees").strip()
        more = {"north": "further north", "south": "further south", "east": "further east", "west": "further west"}.get(
            side, "higher"
        )
        less = {"north": "further south", "south": "further north", "east": "further west", "west": "further east"}.get(
            side, "lower"
        )
        return f"{shown}\u00b0 {more if diff > 0 else less}"
    return f"{shown} {unit} {'higher' if diff > 0 else 'lower'}".replace("  ", " ")


def fmt_stated(v: Any, unit: str) -> str:
    """A stated or computed figure: a date as written, a range rounded once (``4.8–7.2 million
    mines``, :func:`minebelt.numbers.span`), a value by :func:`fmt_value`."""
    if isinstance(v, str):
        return v
    if isinstance(v, tuple):
        unit = unit.strip()
        plain = unit not in ("year", "share") and not unit.endswith("(1 = yes)")
        both = (
            N.span(v[0], v[1], currency=unit, locale="en")
            if _is_currency(unit)
            else f"{N.span(v[0], v[1], words=True, locale='en')} {unit}".strip()
        )
        if plain and both.strip() != unit:
            return both
        return f"{fmt_value(v[0], unit)} \u2013 {fmt_value(v[1], unit)}"
    return fmt_value(v, unit)


# ------------------------------------------------------------------ evaluation


_PLAIN_REASONS = {
    "point compared",
    "range ends compared",
    "computed lies within the stated range",
    "computed lies outside the stated range",
}


def explain(
    j: Judgement, stated_text: str, computed_text: str, qualifier: str, unit: str = "", difference: float | None = None
) -> str:
    """The verdict in one or two sentences. A calendar year or a latitude is worded by its absolute
    ``difference`` ("2 years later"), a bound on a ratio without a percentage."""
    dev = j.deviation
    finite = dev is not None and math.isfinite(dev)
    pct = abs(dev) * 100 if dev is not None and finite else 0.0
    direction = "higher" if dev is not None and finite and dev > 0 else "lower"
    plain = j.reason in _PLAIN_REASONS or j.reason.startswith("computed is")
    extra = "" if plain else f" {j.reason[0].upper()}{j.reason[1:]}."
    absolute = is_absolute(unit) and difference is not None
    shown_places = re.search(r"\d\.(\d+)", computed_text)
    gap = (
        fmt_difference(difference, unit, len(shown_places[1]) if shown_places else 0) if absolute and difference else ""
    )
    # a share against a share differs by percentage points: "19 % higher" of 50 % reads as nonsense
    points = unit.strip() == "share" and difference is not None
    if points and difference is not None and finite:
        n = abs(difference) * 100
        pct_words = (
            f"{n:.0f} percentage point{'' if round(n) == 1 else 's'}" if n >= 0.5 else "under 1 percentage point"
        )
    if qualifier in BOUNDS:
        if absolute or is_ratio(unit):
            margin = f" ({gap})" if gap else ""
        elif points:
            margin = f" ({pct_words} {direction})" if finite and abs(difference or 0) * 100 >= 0.5 else ""
        else:
            margin = f" ({pct:.0f} % {direction})" if finite and pct >= 0.5 else ""
        if j.verdict == "holds":
            return f"Recomputed {computed_text}: {stated_text}, as stated{margin}."
        return f"Recomputed {computed_text} against the stated {stated_text}{margin}.{extra}"
    if qualifier == "exact":
        if unit.strip().endswith("(1 = yes)"):
            return (
                f"Sourced: {computed_text}, as stated."
                if j.verdict == "holds"
                else f"Sourced: {computed_text}; the claim says {stated_text.rpartition(': ')[2]}."
            )
        if j.verdict == "holds":
            return f"Recomputed {computed_text}, as stated."
        return f"Recomputed {computed_text}, not {stated_text} as stated" + (f" ({gap})." if gap else ".")
    if absolute:
        if not gap:
            return f"Recomputed {computed_text}, as stated."
        return f"Recomputed {computed_text} against the stated {stated_text}: {gap}.{extra}"
    if not finite or is_count(unit):
        return f"Recomputed {computed_text} against the stated {stated_text}.{extra}"
    if pct < 0.05 and j.verdict == "holds":
        return f"Recomputed {computed_text}, as stated."
    if dev == 0.0:
        return f"Recomputed {computed_text} against the stated {stated_text}.{extra}"
    shown = pct_words if points else f"{pct:.0f} %" if pct >= 0.5 else f"{pct:.1g} %"
    return f"Recomputed {computed_text} against the stated {stated_text}: {shown} {direction}.{extra}"
