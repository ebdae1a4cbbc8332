"""The article's own arithmetic: length x depth = area, area x density = mines, parts summing to
a stated total, "double this figure".

Layer: outputs (fact-check: claim extraction).

A figure is recomputed from the *other figures of the same passage*, never from a value chosen
to fit it. Which figure plays which part is decided by its unit and its words, not its value:

- a **length** (km, not a depth) in the same sentence, or, when the sentence states the depth
  it applies, the one length of the sentence just before ("...the 400-kilometer border with
  Belarus. Applying the Korean mining model with a depth of 2 km would require covering
  800 km²");
- a **depth**: "2 km deep", "a depth of 2 km" in the sentence, else the depth the article last
  stated (its model's depth);
- a **density**: mines per km² in the sentence, else the density the article last stated (its
  model's density: "If density is reduced to 6,000 mines per square kilometer..." changes it
  for what follows);
- a **total** ("in total", "altogether", "combined"): the sum, over the parts the sentence
  names, of the largest number of mines the article gave each part before; the sum of the first
  figure of each part is given beside it, as the other reading.

What the passage does not state is never filled in: the claim stays unverifiable, with the
reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ...numbers import count as _count
from ...numbers import num as _figure
from .quantities import Quantity

_TOTAL = re.compile(r"\b(?:in total|total(?:ly)?|altogether|combined|in all|overall)\b", re.I)


@dataclass(frozen=True)
class Stated:
    """A figure the article stated, kept as the model in force for what follows."""

    value: float
    quote: str


def num(x: float) -> str:
    """A number as ``expr`` text: ``12000``, ``1.5``."""
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(float(x))


def _ends(q: Quantity) -> list[float]:
    return [q.low, q.high] if q.low is not None and q.high is not None else [q.value]


def _lengths(qs: list[Quantity]) -> list[Quantity]:
    return [q for q in qs if q.unit == "km" and not q.role]


def pick_length(sentence: list[Quantity], before: list[Quantity]) -> Quantity | None:
    """The length of a belt: the one length of the sentence, else (when the sentence states the
    depth it applies) the one of the sentence before."""
    here = _lengths(sentence)
    if len(here) == 1:
        return here[0]
    if not here and any(q.role == "depth" for q in sentence):
        prev = _lengths(before)
        return prev[0] if len(prev) == 1 else None
    return None


def _compute(parts: list[list[float]], words: str) -> tuple[dict[str, Any], str]:
    """The compute table of a product of parts (a range when any part is a range)."""
    n = max(len(p) for p in parts)
    ends = [[p[min(i, len(p) - 1)] for p in parts] for i in range(n)]
    exprs = [" * ".join(num(x) for x in e) for e in ends]
    if len(exprs) == 1:
        return {"expr": exprs[0]}, words
    return {"range": [{"expr": exprs[0]}, {"expr": exprs[-1]}]}, words


def area(
    q: Quantity, sentence: list[Quantity], before: list[Quantity], depth: Stated | None
) -> tuple[dict[str, Any], str] | None:
    """A belt area as length x depth, or None."""
    length = pick_length(sentence, before)
    d = next((x for x in sentence if x.role == "depth"), None)
    depth_value = [d.value] if d is not None else ([depth.value] if depth else None)
    if length is None or depth_value is None:
        return None
    where = "" if d is not None else f" (the depth it last stated: \u201c{depth.quote}\u201d)"  # type: ignore[union-attr]
    return _compute(
        [_ends(length), depth_value],
        f"By the article's own arithmetic: {length.surface} x {_figure(depth_value[0])} km{where}.",
    )


def mines(
    q: Quantity, sentence: list[Quantity], depth: Stated | None, density: Stated | None
) -> tuple[dict[str, Any], str] | None:
    """A number of mines as area x density, or length x depth x density, from the figures of
    its own sentence and the model in force; None when a part is missing."""
    rho = next((x for x in sentence if x.unit == "mines/km²"), None)
    rho_value = rho.value if rho is not None else (density.value if density else None)
    if rho_value is None:
        return None
    said = "" if rho is not None else f" (the density it last stated: \u201c{density.quote}\u201d)"  # type: ignore[union-attr]
    areas = [x for x in sentence if x.unit == "km²"]
    if len(areas) == 1:
        return _compute(
            [_ends(areas[0]), [rho_value]],
            f"By the article's own arithmetic: {areas[0].surface} x {_count(rho_value)} mines/km²{said}.",
        )
    lengths = _lengths(sentence)
    d = next((x for x in sentence if x.role == "depth"), None)
    depth_value = d.value if d is not None else (depth.value if depth else None)
    if not areas and len(lengths) == 1 and depth_value is not None:
        return _compute([_ends(lengths[0]), [depth_value], [rho_value]],
                        f"By the article's own arithmetic: {lengths[0].surface} x {_figure(depth_value)} km x {_count(rho_value)} mines/km²{said}.")  # fmt: skip
    return None


def range_at_densities(area: Stated, densities: list[Stated]) -> tuple[dict[str, Any], str] | None:
    """A range of mines a sentence gives without an area or a length of its own ("limited
    mining of key invasion routes would likely require 6 to 12 million mines"): the belt area
    the article last stated at the lowest and the highest density it states anywhere (its
    models), or None unless it states two different densities."""
    lo, hi = min(d.value for d in densities) if densities else 0, max((d.value for d in densities), default=0)
    if not densities or lo == hi:
        return None
    return {"range": [{"expr": f"{num(area.value)} * {num(lo)}"}, {"expr": f"{num(area.value)} * {num(hi)}"}]}, (
        f"By the article's own arithmetic: the area it last stated ({_figure(area.value)} km\u00b2: \u201c{area.quote}\u201d)"
        f" at the lowest and highest densities it states ({_count(lo)} and {_count(hi)} mines/km\u00b2)."
    )


def times(q: Quantity, sentence: list[Quantity], last_mines: float | None) -> tuple[dict[str, Any], str] | None:
    """ "would double this figure to 24 million": the new figure over the one stated before."""
    new = [x for x in sentence if x.unit == "mines" and x.low is None]
    if len(new) != 1 or not last_mines:
        return None
    return {
        "expr": f"{num(new[0].value)} / {num(last_mines)}"
    }, f"By the article's own figures: {new[0].surface} over the {_figure(last_mines, words=True)} it gave before."


def is_total(sentence: str) -> bool:
    return bool(_TOTAL.search(sentence))


#: "full replication", "full coverage", "the entire line": a total read along the whole length
#: the article gave each part, not over the parts' priority fronts.
_FULL = re.compile(r"\b(?:full|fully|entire|entirely|whole)\b", re.I)

#: ``by`` of a total read along the article's own border lengths (as the claims files say it).
ON_ITS_LENGTHS = "the article's own arithmetic on its own border lengths"


def full_total(
    sentence: str,
    parts: list[tuple[str, list[float], list[float]]],
    depth: Stated | None,
    density: Stated | None,
) -> tuple[dict[str, Any], str, dict[str, Any]] | None:
    """A total of a "full" model ("full replication of the Korean model ... would require over
    55 million") read literally: the model in force (density x depth) along the whole (longest)
    length the article gave each part the sentence names; ``parts`` are (name, mines given,
    lengths given). The sum of the mines the article computed for each part, and of the first
    figure of each, are the context. None unless the sentence says "full" (or "entire",
    "whole") and every part has a length and a mines figure."""
    if not _FULL.search(sentence) or depth is None or density is None:
        return None
    named = [(k, m, km) for k, m, km in parts if m or km]
    if len(named) < 2 or not all(m and km for _, m, km in named):
        return None
    from ...data.iso import country_name
    from ...numbers import num as shown

    lengths = " + ".join(num(max(km)) for _, _, km in named)
    note = (
        "Read literally ('full'): the article's model, "
        + f"{shown(density.value, locale='en')} mines/km\u00b2 in a {shown(depth.value, locale='en')} km belt, along the whole length it gave each part ("
        + ", ".join(f"{country_name(k.replace(' + ', '+'))} {shown(max(km), locale='en')} km" for k, _, km in named)
        + "). The other reading adds up the mines the article computed for each part; both are given."
    )
    context = {
        "the article's own computed rows added up": {
            "expr": " + ".join(num(max(m)) for _, m, _ in named),
            "unit": "mines",
        },
        "the first figure it gave each part added up": {
            "expr": " + ".join(num(m[0]) for _, m, _ in named),
            "unit": "mines",
        },
    }
    return {"expr": f"{num(density.value)} * {num(depth.value)} * ({lengths})"}, note, context


def total(parts: list[tuple[str, list[float]]]) -> tuple[dict[str, Any], str, dict[str, Any]] | None:
    """A stated total against the parts the sentence names, each with the mines the article
    gave it before (in text order): (compute: sum of each part's largest, note, context: sum of
    each part's first). None unless at least two parts have figures."""
    named = [(k, v) for k, v in parts if v]
    if len(named) < 2:
        return None
    largest = " + ".join(num(max(v)) for _, v in named)
    first = " + ".join(num(v[0]) for _, v in named)
    note = (
        "By the article's own figures: the sum of the largest number of mines it gave each part ("
        + ", ".join(f"{k} {num(max(v))}" for k, v in named)
        + "); the sum of the first figure it gave each part is shown beside it."
    )
    return {"expr": largest}, note, {"sum of the first figure of each part": {"expr": first, "unit": "mines"}}


__all__ = [
    "ON_ITS_LENGTHS",
    "Stated",
    "area",
    "full_total",
    "is_total",
    "mines",
    "num",
    "pick_length",
    "range_at_densities",
    "times",
    "total",
]


#: A forecast of how long making the article's mines would take ("achievable within a few years
#: with stable national production"): set beside the only capacity on record, as the seed
#: claims file does.
_PRODUCTION = re.compile(r"\b(?:achievable|produc\w*|manufactur\w*|volumes?)\b", re.I)
#: Why such a forecast has nothing to set beside it as a figure.
PRODUCTION_REASON = (
    "a conditional forecast whose assumed production capacity (national production or "
    "international cooperation) is not on record"
)


def production_context(sentence: str, years: tuple[float, float], total: float | None) -> dict[str, Any] | None:
    """What a forecast of production time implies, as a claim's ``context``: the years the
    article's own total (the mines of its model in force, one figure per part, added up) takes
    at Belma's stated 2026 capacity of all types, and the mines a year it needs in the forecast's
    longest and shortest time; None for another sentence or without a total."""
    if total is None or not _PRODUCTION.search(sentence):
        return None
    lo, hi = years
    t = f"{total:.0f}"
    # each figure where the sentence puts it ("16 years to make them ...", "3.84 million mines a
    # year to make them in 5 years"), as the bundled claims file words the same forecast
    out: dict[str, Any] = {
        "{value} to make them at Belma's stated 2026 capacity alone, if all of it were anti-personnel": {
            "expr": f"{t} / capacity",
            "refs": {"capacity": "const:BELMA_CAPACITY_2026_ALL_TYPES"},
            "unit": "years",
        },
        f"{{value}} a year to make them in {_years(hi)}": {"expr": f"{t} / {hi:g}", "refs": {}, "unit": "mines"},
    }
    if lo != hi:
        out[f"{{value}} a year to make them in {_years(lo)}"] = {"expr": f"{t} / {lo:g}", "refs": {}, "unit": "mines"}
    return out


def _years(x: float) -> str:
    """``5 years``, ``1 year``: a forecast's time in a label."""
    return f"{num(x)} {'year' if x == 1 else 'years'}"


def millions(x: float) -> str:
    """``19.2 million``: a count of mines in a label, as a reader reads it."""
    from ... import numbers as N

    return N.num(x, words=True, locale="en")
