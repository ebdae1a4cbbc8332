"""Claims answered by the bundled border geometry or a membership list: "the 400-kilometer
border with Belarus", "2000-mile line", "five NATO countries".

Layer: outputs (fact-check: claim extraction).
"""

from __future__ import annotations

import re
from typing import Any

from .quantities import Quantity
from .rules import GROUP_WORDS
from .text import Sentence


def membership(q: Quantity, text: str, codes: list[str]) -> dict[str, Any] | None:
    """``{"members": codes, "of": GROUP}`` for a count of countries said of a group the
    sentence names ("five NATO countries"), or None."""
    if q.unit != "countries" or len(codes) < 2:
        return None
    for group, words in GROUP_WORDS.items():
        if re.search(words, text):
            return {"members": codes, "of": group}
    return None


def border_compute(
    q: Quantity, s: Sentence, defenders: list[str], neighbours: list[str]
) -> tuple[dict[str, Any], str] | None:
    """``(compute, note)`` of a length (km, miles) or a share on water of the measured land
    borders between the named defenders and their neighbours, or None when they share none."""
    along_water = q.unit == "share" and re.search(r"\b(?:water|rivers?|lakes?)\b", s.text, re.I)
    if (
        not (q.unit in ("km", "miles") or along_water)
        or q.role
        or not re.search(r"\bborders?\b|frontier|\bline\b", s.text, re.I)
    ):
        return None
    try:
        from ...data.borders import neighbours as land_neighbours

        pairs = [f"{d}-{n}" for d in defenders for n in neighbours if n in land_neighbours(d)]
    except Exception:  # noqa: BLE001 - no border data installed: the claim stays unverifiable
        return None
    if not pairs:
        return None
    ref = f"border:{'+'.join(pairs)}:length_km"
    if along_water:
        return {
            "expr": "water / total",
            "refs": {"water": ref.replace(":length_km", ":water_km"), "total": ref},
        }, "Share of the measured border that runs along rivers and lakes."
    if q.unit == "miles":
        return {
            "expr": "borders / km_per_mile",
            "refs": {"borders": ref, "km_per_mile": "const:KM_PER_MILE"},
        }, "Measured land borders, rivers and lakes included, in miles."
    return {
        "expr": "b",
        "refs": {"b": ref},
    }, "Measured land borders (bundled OpenStreetMap data), rivers and lakes included."


__all__ = ["border_compute", "membership"]
