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


#: A length said to be part of a border ("600 km of its 1,340 km border"): what is mined or
#: built along it, never the border's own length
#: ("900 km of land border" is a border's length: no determiner before it).
_PART_OF = r"\s+of\s+(?:its|the|their|this|that|our|his|her|[A-Z][\w-]*['’]s?)\s[^.;:]{0,50}?\b(?:borders?|frontier)\b"


def part_of_border(q: Quantity, s: Sentence) -> bool:
    """True when the length ``q`` is said to be part of a border ("600 km of its border with
    Russia"), not the border's length."""
    return q.unit in ("km", "miles") and not q.role and re.search(re.escape(q.surface) + _PART_OF, s.text) is not None


def border_ref(defenders: list[str], neighbours: list[str]) -> str | None:
    """``border:A-B+...:length_km`` of the measured land borders between the named defenders and
    their neighbours, or None when they share none (or no border data is installed)."""
    try:
        from ...data.borders import neighbours as land_neighbours

        pairs = [f"{d}-{n}" for d in defenders for n in neighbours if n in land_neighbours(d)]
    except Exception:  # noqa: BLE001 - no border data installed: the claim stays unverifiable
        return None
    return f"border:{'+'.join(pairs)}:length_km" if pairs else None


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
        or part_of_border(q, s)
    ):
        return None
    ref = border_ref(defenders, neighbours)
    if ref is None:
        return None
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


#: What a planned length of a border implies: the share of the measured border it covers.
PART_SHARE = "{value} of the measured border"
PLANNED_LENGTH = (
    "A length of the border the plan covers, not the border's length: set beside the measured border "
    "(bundled OpenStreetMap data, rivers and lakes included)."
)


def planned_length(
    q: Quantity, s: Sentence, defenders: list[str], neighbours: list[str]
) -> tuple[dict[str, Any], str, dict[str, Any]] | None:
    """``(compute, note, context)`` of a length of a border an actor states it will mine or build
    along ("Finland will mine 600 km of its border with Russia"), to draft as a stated plan: the
    measured border set beside it, and the share of it the plan covers; never judged against the
    whole border. None when the length is not part of a border or the border is not measured."""
    if not part_of_border(q, s) or (ref := border_ref(defenders, neighbours)) is None:
        return None
    if q.unit == "miles":
        refs = {"b": ref, "m": "const:KM_PER_MILE"}
        return (
            {"expr": "b / m", "refs": refs},
            PLANNED_LENGTH,
            {PART_SHARE: {"expr": "stated * m / b", "refs": refs, "unit": "share"}},
        )
    refs = {"b": ref}
    return (
        {"expr": "b", "refs": refs},
        PLANNED_LENGTH,
        {PART_SHARE: {"expr": "stated / b", "refs": refs, "unit": "share"}},
    )


__all__ = ["border_compute", "border_ref", "membership", "part_of_border", "planned_length"]
