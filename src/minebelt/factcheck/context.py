"""Side figures of a claim's explanation: its ``context`` table, the computed figure with its 90 %
range, and the gap between two dates.

Layer: outputs (fact-check).
"""

from __future__ import annotations

from typing import Any

from .. import numbers as N
from ..errors import InputError
from .checker import Checker, Unverifiable
from .verdict import BOUNDS, _is_currency, fmt_stated, fmt_value, is_ratio


def context_sentence(
    checker: Checker, claim: dict[str, Any], unit: str, where: str, stated: Any = None, plan: bool = False
) -> str:
    """``context = {label = ref}``: side figures that explain a difference, as one sentence.

    A ref is anything ``refs`` takes; a table may also be any ``compute`` (``expr`` with
    ``refs``, a scenario figure, ...) with its own ``unit``: ``{ expr = "a / b", refs = {...},
    unit = "years" }``. An ``expr`` may use the name ``stated`` (the claim's stated figure, the
    upper end of a range). A label reads "label figure", or holds ``{value}`` where the figure
    goes ("at most about {value} per bunker if all 600 are built"). For a ``plan`` claim the figures are what the plan implies, and the
    sentence has no lead (the caller words it).
    """
    ctx = claim.get("context")
    if not ctx:
        return ""
    if not isinstance(ctx, dict):
        raise InputError(f"{where}: context must be a table of label = ref")
    parts = []
    computed_only = not any("border:" in repr(r) for r in ctx.values())  # "Measured:" only beside measured borders
    for label, ref in ctx.items():
        here = f"{where}: context.{label}"
        ref_unit = "km" if isinstance(ref, str) and ref.startswith("border:") and ref.endswith("_km") else unit
        try:
            if isinstance(ref, dict) and ("unit" in ref or not {"scenario", "field"} <= set(ref)):
                spec = {k: v for k, v in ref.items() if k != "unit"}
                if "unit" in ref:
                    if not isinstance(ref["unit"], str):
                        raise InputError(f"{here}: unit: must be text, got {ref['unit']!r}")
                    ref_unit = ref["unit"]
                names = (
                    {"stated": float(stated[1] if isinstance(stated, tuple) else stated)}
                    if isinstance(stated, (int, float, tuple))
                    else None
                )
                v = checker.compute(spec, here, names)
            else:
                v = checker.ref(ref, here)
        except Unverifiable:
            return ""
        if isinstance(v, tuple) or isinstance(v, str):
            raise InputError(f"{here}: a context figure must compute to one number")
        border = isinstance(ref, str) and ref.startswith("border:") and ref_unit in LENGTH_UNITS
        if isinstance(ref, dict) and "stated" in str(ref.get("expr", "")) and isinstance(stated, (int, float, tuple)):
            v = carried(v, stated)
        figure = fmt_value(measured_length(v) if border else v, ref_unit)
        # a label may place its figure inside the words ("at most about {value} per bunker ...")
        parts.append(label.replace("{value}", figure) if "{value}" in label else f"{label} {figure}")
    if plan:
        return "; ".join(parts) + "."
    return ("For context: " if computed_only else "Measured: ") + "; ".join(parts) + "."


def carried(x: float, stated: Any) -> float:
    """``x``, a figure derived from the stated one, to no more significant figures than the
    stated figure has, two at least: "up to a million" over 438 km is about 2,300 mines per km,
    not 2,284 (the stated figure's precision is all the derived one has)."""
    s = stated[1] if isinstance(stated, tuple) else stated
    n = max(2, len(f"{abs(float(s)):.15g}".split("e")[0].replace(".", "").strip("0")))
    return float(f"{x:.{n}g}")


#: Units of a length measured on the bundled borders.
LENGTH_UNITS = ("km", "miles")


def measured_length(x: float, against: Any = None) -> float:
    """A length measured on the bundled OpenStreetMap borders, to the three significant figures
    the official lengths it is read beside have ("1,340 km", "418 km"): 1,284.3 -> 1,280; under
    1,000 unchanged (whole units already give three). Kept as measured where three figures
    would print it like ``against`` (the stated figure) although it differs."""
    if abs(x) < 1000:
        return x
    r = float(f"{x:.3g}")
    return x if isinstance(against, (int, float)) and r == against and x != against else r


def is_measured(claim: dict[str, Any], unit: str) -> bool:
    """True for a length (km, miles) recomputed from the bundled border measures."""
    return unit.strip() in LENGTH_UNITS and "border:" in repr(claim.get("compute"))


def computed_text(computed: Any, unit: str, against: Any = None, measured: bool = False) -> str:
    """The computed figure, with its 90 % range when the estimate was sampled; ``against`` (a
    stated number) gives a point the digits that tell it from the stated figure
    (:func:`.verdict.fmt_value`); ``measured``, a border length to three figures
    (:func:`measured_length`)."""
    if computed is None:
        return "\u2014"
    point = isinstance(computed, (int, float)) and not isinstance(computed, bool)
    if measured and point:
        computed = measured_length(float(computed), against)
    if point and isinstance(against, (int, float)) and not isinstance(against, bool):
        text = fmt_value(float(computed), unit, float(against))
    else:
        text = fmt_stated(computed, unit)
    spread = getattr(computed, "spread", None)
    if spread is not None and fmt_value(spread[0], unit) != fmt_value(spread[1], unit):
        if point and text == fmt_value(float(computed), unit):
            text = in_scale_of(float(computed), unit, max(abs(spread[0]), abs(spread[1])))
        text += f" (90 %: {fmt_stated((spread[0], spread[1]), unit)})"
    return text


def sourced_range(claim: dict[str, Any]) -> bool:
    """True when a claim's computed range has sourced figures at both ends (every ref of each
    end a ``const:``): its ends print as the sources give them (:func:`sourced_span`)."""
    ends = (claim.get("compute") or {}).get("range") if isinstance(claim.get("compute"), dict) else None
    if not isinstance(ends, list) or len(ends) != 2:
        return False
    refs = [r for e in ends if isinstance(e, dict) for r in (e.get("refs") or {None: None}).values()]
    return len(ends) == 2 and bool(refs) and all(isinstance(r, str) and r.startswith("const:") for r in refs)


def sourced_span(v: tuple[float, float], unit: str) -> str:
    """A range of sourced figures, each end at its source's own precision (``112.58–117.82
    km\u00b2``, never ``113–118``): the one rounding rule for sourced ends is none."""

    def own(x: float) -> str:
        digits = f"{abs(x):.10g}".split("e")[0].replace(".", "").lstrip("0")
        return N.sig(x, max(1, len(digits)), locale="en")

    return f"{own(v[0])}\u2013{own(v[1])} {unit.strip()}".strip()


def in_scale_of(x: float, unit: str, like: float) -> str:
    """``x`` with its unit in the scale of ``like``, the larger end of the range it stands
    beside, when that scale is larger (``EUR 0.853 bn`` beside ``EUR 0.428–1.93 bn``, never
    ``EUR 853 M``): one scale in one figure and its range. A unit without scales (a year, a
    share, a ratio, a yes/no, a name) as :func:`.verdict.fmt_value` gives it."""
    if _is_currency(unit.strip()):
        return N.sig(x, 3, currency=unit.strip(), locale="en", like=like)
    if unit.strip() in ("year", "share") or unit.strip().endswith("(1 = yes)") or is_ratio(unit) or "number (" in unit:
        return fmt_value(x, unit)
    return f"{N.num(x, words=True, locale='en', like=like)} {unit.strip()}".strip()


def date_gap(stated: str, computed: str) -> str:
    """``2 years later``, ``3 months earlier`` (computed against stated), or "" when they agree."""
    sy, cy = stated.split("-"), computed.split("-")
    if computed.startswith(stated):
        return ""
    months_s = int(sy[0]) * 12 + (int(sy[1]) - 1 if len(sy) > 1 else 0)
    months_c = int(cy[0]) * 12 + (int(cy[1]) - 1 if len(cy) > 1 else 0)
    if len(sy) == 1:  # a stated year: compare years
        d = int(cy[0]) - int(sy[0])
        return f"{abs(d)} year{'s' if abs(d) != 1 else ''} {'later' if d > 0 else 'earlier'}" if d else ""
    d = months_c - months_s
    if not d:
        return ""
    return f"{abs(d)} month{'s' if abs(d) != 1 else ''} {'later' if d > 0 else 'earlier'}"


def bound_of(stated: Any, qualifier: str) -> Any:
    """The stated number a computed point is told from: the point, or the end a bound names."""
    if isinstance(stated, tuple):
        return (stated[0] if qualifier in ("over", "at-least") else stated[1]) if qualifier in BOUNDS else None
    return stated
