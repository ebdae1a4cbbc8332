"""What the report says about the production, cost and clearance blocks (output layer): shared wording.

Layer: outputs.

Pure functions of the ``minebelt.estimate/1`` document returning plain text: the HTML
sub-templates, the PDF and the one-page briefing (:mod:`.briefing`) lay out the same
values, so the three say the same thing in the same words as ``minebelt estimate``:

- :func:`~.production_view.production_view` — N years with its condition ("at Belma's stated 2026
  capacity alone (all types), if all of it were anti-personnel"), "not estimated" without
  capacity, always with the capacity's producer, scope and year;
- :func:`~.cost_view.cost_view` — what is and is not costed; no "full" total when a part is not costed;
- :func:`~.clearance_view.clearance_view` — IMAS land release (area to address, cancelled by non-technical
  survey, reduced by technical survey, cleared), calendar years with the capacity named,
  cost, the yardsticks of States Parties' output (area and mines), and build against clearance
  only when both are costed;
- :func:`~.assumptions.assumptions` — every input of a block with its value and its source.

Every function tolerates missing or foreign fields (an absent figure reads "not
estimated"); the fields each reads are listed in its docstring.
"""

from __future__ import annotations

import re
from typing import Any

from ...i18n import gettext as _
from .fmt import (
    NOT_ESTIMATED,
    dist_range,
    fmt_km,
    fmt_mines_words,
    fmt_pct,
    fmt_value_text,
    fmt_year,
    fmt_years,
    is_num,
    money,
)
from .views import _num

#: Capacity scopes (``production.capacity[].scope``) in words.
SCOPE_WORDS = {
    "anti-personnel": "anti-personnel only",
    "all-types": "all types, anti-personnel included",
    "mixed": "anti-personnel for some groups, all types for others",
}


def _list(v: Any) -> list[dict[str, Any]]:
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _rng(d: Any, f: Any, unit: str = "") -> str:
    r = dist_range(d, f)
    return f"{r}{unit}" if r else ""


def _interval(d: Any, f: Any, unit: str = "") -> str:
    """`` (90 % interval a – b)`` or ""."""
    r = _rng(d, f, unit)
    return f" (90 % interval {r})" if r else ""


def _money(cur: str) -> Any:
    return money(cur)


def _years(x: Any) -> str:
    return fmt_years(x) + ("" if _num(x) is None else " " + _("years"))


def years_phrase(years: Any, is_: Any = None) -> str:
    """``73 years`` or ``not estimated``: never "at least" (a time at one producer's capacity
    is not a bound on what all producers could make; its condition is worded beside it)."""
    if _num(years) is None:
        return NOT_ESTIMATED
    return _years(years)


def _year(v: Any) -> str:
    """A calendar year given as a number or as text (``2019``, ``"2019"``)."""
    if v is None or v == "":
        return "year not stated"
    return fmt_year(v) if is_num(v) else str(v)


def _km2(v: Any) -> str:
    return NOT_ESTIMATED if _num(v) is None else ("0" if v == 0 else fmt_km(v))


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] if text else text


def short_producer(name: Any) -> str:
    """``Belma (Bydgoskie Zakłady Elektromechaniczne)`` -> ``Belma``."""
    s = str(name or "").strip()
    return re.sub(r"\s*\([^()]*\)$", "", s) or s


# ============================================================================ production


def _capacity_words(e: dict[str, Any], short: bool = False) -> str:
    """``Belma (POL), 1.2 million mines a year in 2026 (all types, anti-personnel included)``;
    ``short``: ``Belma (POL), 1.2 M a year in 2026, all types``."""
    per = _num(e.get("mines_per_year"))
    year = _year(e.get("year"))
    if short:
        value = fmt_mines_words(per) if per is not None else fmt_value_text(e.get("value"))
        scope = {"all-types": "all types", "anti-personnel": "anti-personnel"}.get(
            str(e.get("scope")), str(e.get("scope") or "scope not stated")
        )
        return f"{short_producer(e.get('producer'))} ({e.get('country', '?')}), {value} a year in {year}, {scope}"
    value = fmt_mines_words(per) if per is not None else fmt_value_text(e.get("value"))
    scope = SCOPE_WORDS.get(str(e.get("scope")), str(e.get("scope") or "scope not stated"))
    return f"{e.get('producer') or 'a producer'} ({e.get('country', '?')}), {value} mines a year in {year} ({scope})"


def _allowance(v: Any) -> str:
    try:
        x = float(str(v).replace(",", ""))
    except (TypeError, ValueError):
        return fmt_value_text(v) if v is not None else NOT_ESTIMATED
    return "none" if x == 0 else fmt_pct(x)


# =========================================================================== assumptions


def _converted(text: str) -> tuple[str, str]:
    """``EUR 20 to 200 = USD 20.82 to 208.2 at 1.0411 USD/EUR (ECB, 2025-02-28)`` ->
    (``USD 20.82 to 208.2``, ``converted from EUR 20 to 200 at ...``)."""
    if " = " in text:
        src, rest = text.split(" = ", 1)
        value, _sep, how = rest.partition(" at ")
        return value, f"converted from {src}" + (f" at {how}" if how else "")
    return text, ""
