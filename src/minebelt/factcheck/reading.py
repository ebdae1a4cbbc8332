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
from .verdict import BOUNDS, fmt_value, judge, normalize_qualifier

#: The keys of a ``reading`` table.
READING_KEYS = ("qualifier", "value", "as")


def parse_reading(spec: Any, where: str) -> tuple[str, float, str]:
    """``(qualifier, value, as)`` of a claim's ``reading`` table; raises
    :class:`~minebelt.errors.InputError` naming the key for a malformed one."""
    if not isinstance(spec, dict):
        raise InputError(f'{where}: must be a table {{ qualifier = "under", value = 0.5, as = "what it means" }}')
    unknown = sorted(set(map(str, spec)) - set(READING_KEYS))
    if unknown:
        raise InputError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(READING_KEYS)})")
    q = normalize_qualifier(str(spec.get("qualifier", "about")))
    if q not in (*BOUNDS, "about"):
        raise InputError(f"{where}.qualifier: {q!r}: allowed about, {', '.join(BOUNDS)}")
    value = spec.get("value")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(f"{where}.value: must be a number, got {value!r}")
    said = spec.get("as")
    if not isinstance(said, str) or not said.strip():
        raise InputError(f"{where}.as: must be text saying what the reading means, got {said!r}")
    return q, float(value), said.strip()


def reading_row(
    row: dict[str, Any], reading: tuple[str, float, str], computed: float, unit: str, note: str
) -> dict[str, Any]:
    """``row`` (a ``fact`` or ``model`` row whose ``stated`` is the article's words) judged on
    ``reading``: ``verdict``, ``deviation`` (computed against the reading's value) and
    ``explanation``, which leads with the article's words and the reading as minebelt's."""
    q, value, said = reading
    j = judge(value, float(computed), q)
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
