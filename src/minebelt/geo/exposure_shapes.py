"""What a group's civilian summary reads from its places' bands of distance, kept per placement.

Layer: measure. A depth places each place near a belt in a band of distance (inside, within
1, 5 and 10 km: :mod:`minebelt.geo.exposure_groups`); every count of the summary, the places
named inside and near the belt, the countries across and the occupied regions' counts are
functions of those bands alone, not of the depth. A slider step moves a place across a band's
edge only now and then, so they are kept per group and placement (:func:`shape`, the last
:data:`SHAPES_MAX`), and a depth that places every place in the same band reads them instead of
counting again; only the rows' distances (and a headline naming a near place's distance) are
read at the depth. Kept dicts are shared by the documents that read them: nothing downstream
changes a document's counts (tested).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import exposure as X
from .place_memo import place_rows, place_rows_at

#: Placements kept (all groups together): the eastern flank's 17 groups at about 60 placements a
#: slider passes; a few kB each.
SHAPES_MAX = 1024
#: Headlines kept per placement (one per distance of the near places they name); cleared past it.
HEADLINES_MAX = 64


@dataclass(frozen=True)
class Parts:
    """The summary's parts read from the bands (dicts in the document's shapes and key order)."""

    within: dict[str, dict[str, int]]  # within_<r>km: {places, population}, all places
    defender_side: dict[str, Any]
    other_side: dict[str, Any]
    named: np.ndarray  # positions of the places named in and near the belt (inside first)
    inside: list[bool]  # one per named place
    in_belt: dict[str, int]
    near_belt: dict[str, int]
    other: dict[str, int]  # the other side within the named distance
    across: list[str]  # the other side's countries within the named distance


#: :attr:`Shape.occupied` before it is read.
NOT_YET: Any = object()


class Shape:
    """:class:`Parts` of one placement, with what is read from them later (kept with them)."""

    __slots__ = ("group", "parts", "headlines", "occupied", "n_inside", "twice")

    def __init__(self, group: object, parts: Parts) -> None:
        self.group = group  # the placement's group, kept alive: the key holds its id
        self.parts = parts
        self.n_inside = sum(parts.inside)
        self.headlines: dict[tuple[float, ...], str] = {}
        self.occupied: Any = NOT_YET
        self.twice: dict[str, Any] | None = None  # the counts at both ends of one depth


_SHAPES: OrderedDict[tuple[int, bytes], Shape] = OrderedDict()
_LOCK = threading.Lock()


def shape(group: object, band: np.ndarray, make: Callable[[np.ndarray], Parts]) -> Shape:
    """The :class:`Shape` of ``group`` (any object, kept by identity) with its places in the
    bands ``band`` (one small integer per place), made by ``make(band)`` at its first use."""
    key = (id(group), band.astype(np.uint8).tobytes())
    with _LOCK:
        got = _SHAPES.get(key)
        if got is not None and got.group is group:
            _SHAPES.move_to_end(key)
            return got
    got = Shape(group, make(band))
    with _LOCK:
        _SHAPES[key] = got
        while len(_SHAPES) > SHAPES_MAX:
            _SHAPES.popitem(last=False)
    return got


def rows(pd_: X.PlaceDistances, pl: Any, order: np.ndarray, inside: list[bool]) -> list[dict[str, Any]]:
    """:func:`minebelt.geo.exposure._rows` of the places ``order`` (positions in ``pd_``) with
    their ``inside`` flags given: the same rows."""
    return place_rows_at(place_rows(pl), pd_.index[order].tolist(), pd_.distance_km[order].tolist(), inside)


def headline(s: Shape, named: list[dict[str, Any]]) -> str:
    """:func:`minebelt.geo.exposure.headline` of the placement ``s`` with its named rows
    ``named``: it reads the rows' distances only for the near places it names (at most 3),
    so it is kept per those distances."""
    key = tuple(r["distance_km"] for r in named[s.n_inside : s.n_inside + X.NAMED_IN_HEADLINE + 1])
    got = s.headlines.get(key)
    if got is None:
        p = s.parts
        got = X.headline(named, p.in_belt, p.near_belt, p.other, p.across)
        if len(s.headlines) >= HEADLINES_MAX:
            s.headlines.clear()
        s.headlines[key] = got
    return got
