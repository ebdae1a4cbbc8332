"""Words that state no figure, judged on a reading the claims file names and says is its own.

Layer: outputs (fact-check).

"Both Estonia and Latvia lack natural barriers" states no figure, yet sourced data speak to it.
A claim may then keep the article's words as ``stated`` and give ``reading``, the figure those
words would need to be true, written by the fact-checker: ``reading = { qualifier = "under",
value = 0.5, as = "under half of its border with Russia on a river or a lake" }``. The row's
``stated_text`` stays the article's words; the verdict is the reading's
(:func:`.verdict.judge`), and the explanation says that the reading is minebelt's, never the
article's figure.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from .verdict import BOUNDS, fmt_stated, fmt_value, judge, normalize_qualifier

#: The keys of a ``reading`` table.
READING_KEYS = ("qualifier", "value", "as")


def parse_reading(spec: Any, where: str, plan: bool = False) -> tuple[str, Any, str]:
    """``(qualifier, value, as)`` of a claim's ``reading`` table; raises
    :class:`~minebelt.errors.InputError` naming the key for a malformed one. A ``plan``'s
    reading (a forecast's words, "at the beginning of 2026", "within a few years") may also be
    a date (``"2026-04"``) or a ``[low, high]`` pair: it is shown, never judged."""
    if not isinstance(spec, dict):
        raise InputError(f'{where}: must be a table {{ qualifier = "under", value = 0.5, as = "what it means" }}')
    unknown = sorted(set(map(str, spec)) - set(READING_KEYS))
    if unknown:
        raise InputError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(READING_KEYS)})")
    q = normalize_qualifier(str(spec.get("qualifier", "about")))
    allowed = (*BOUNDS, "about", *(("before", "after") if plan else ()))
    if q not in allowed:
        raise InputError(f"{where}.qualifier: {q!r}: allowed {', '.join(allowed)}")
    value = spec.get("value")
    if plan and _plan_value(value):
        value = tuple(float(x) for x in value) if isinstance(value, list) else value
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        also = ', a date such as "2026-04" or a [low, high] pair' if plan else ""
        raise InputError(f"{where}.value: must be a number{also}, got {value!r}")
    else:
        value = float(value)
    said = spec.get("as")
    if not isinstance(said, str) or not said.strip():
        raise InputError(f"{where}.as: must be text saying what the reading means, got {said!r}")
    return q, value, said.strip()


def _plan_value(value: Any) -> bool:
    import re

    if isinstance(value, str):
        return bool(re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value))
    return (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in value)
        and value[0] <= value[1]
    )


def plan_reading_words(reading: tuple[str, Any, str], unit: str) -> str:
    """``Read as before 2026-04 (its withdrawal in effect by then; minebelt's reading, not the
    article's words).``: the sentence a forecast's row gives its reading in, after its words."""
    q, value, said = reading
    if names_its_yes(value, unit, said):  # "Read as Ukraine's withdrawal in effect by the beginning of 2026"
        return f"Read as {said} (minebelt's reading, not the article's words)."
    shown = value if isinstance(value, str) else fmt_stated(value, unit)
    shown = ("" if q == "about" else q.replace("-", " ") + " ") + shown
    return f"Read as {shown} ({said}; minebelt's reading, not the article's words)."


def names_its_yes(value: Any, unit: str, said: str) -> bool:
    """True for a yes/no reading (unit ``... (1 = yes)``, value 1) whose words already say what
    it answers, with its subject ("Ukraine's withdrawal in effect by the beginning of 2026"):
    read as those words alone, never "withdrawal in effect: yes (by the beginning of 2026)",
    which loses whose withdrawal it is."""
    what = unit.strip().removesuffix("(1 = yes)").strip()
    return bool(what) and unit.strip().endswith("(1 = yes)") and value == 1 and what in said


def reading_row(
    row: dict[str, Any], reading: tuple[str, float, str], computed: float, unit: str, note: str
) -> dict[str, Any]:
    """``row`` (a ``fact`` or ``model`` row whose ``stated`` is the article's words) judged on
    ``reading``: ``verdict``, ``deviation`` (computed against the reading's value) and
    ``explanation``, which leads with the article's words and the reading as minebelt's."""
    q, value, said = reading
    j = judge(float(value), float(computed), q)
    row["reading"] = {"qualifier": q, "value": value, "as": said}
    row["verdict"] = j.verdict
    row["deviation"] = round(j.deviation, 6) if j.deviation is not None else None
    shown = ("" if q == "about" else q.replace("-", " ") + " ") + fmt_value(value, unit)
    lead = (
        f"The article gives no figure (\u201c{row['stated']}\u201d); minebelt reads it as {said} "
        f"({shown}: minebelt's reading, not the article's figure)."
    )
    found = f"Recomputed {row['computed_text']}" + (
        ", within that reading."
        if j.verdict == "holds"
        else f", at the edge of that reading ({j.reason})."
        if j.verdict == "imprecise"
        else f", not {shown}."
    )
    row["explanation"] = " ".join(x for x in (lead, found, note) if x)
    return row
