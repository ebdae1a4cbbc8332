"""The columns of a populated place that do not depend on the belt, each read once per process.

Layer: measure. A web server names and lists the same few hundred places near the belts at
every depth a reader asks for (:mod:`minebelt.geo.exposure`): a place's name is decoded, and its
country, population and rounded position read, once, not at every answer.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np

from ..data.places import Places

#: Names already decoded, per places table: a web server names the same few hundred places
#: near the belts at every depth a reader asks for (a name costs microseconds to decode).
_NAMES: weakref.WeakKeyDictionary[Places, _NameMemo] = weakref.WeakKeyDictionary()


class _NameMemo(dict[int, str]):
    """``pl.names[i]`` by index, each decoded once."""

    def __init__(self, pl: Places) -> None:
        super().__init__()
        self.pl = weakref.ref(pl)

    def __missing__(self, i: int) -> str:
        pl = self.pl()
        assert pl is not None  # the memo lives only as long as its table
        name: str = pl.names[i]
        self[i] = name
        return name


class _RowMemo(dict[int, tuple[str, str, str, int, float, float]]):
    """A place's columns that do not depend on the belt, by index, each read once:
    ``(name, name_uk, country, population, lon, lat)`` (lon/lat rounded to 5 decimals)."""

    def __init__(self, pl: Places) -> None:
        super().__init__()
        self.pl = weakref.ref(pl)

    def __missing__(self, i: int) -> tuple[str, str, str, int, float, float]:
        pl = self.pl()
        assert pl is not None  # the memo lives only as long as its table
        got = (
            place_names(pl)[i],
            pl.name_uk(i),
            str(pl.country[i]),
            int(pl.population[i]),
            round(float(pl.lon[i]), 5),
            round(float(pl.lat[i]), 5),
        )
        self[i] = got
        return got


_ROWS: weakref.WeakKeyDictionary[Places, _RowMemo] = weakref.WeakKeyDictionary()


def place_rows(pl: Places) -> _RowMemo:
    """The fixed columns of the places of ``pl`` by index (:class:`_RowMemo`): a web server
    lists the same few hundred places near the belts at every depth a reader asks for."""
    memo = _ROWS.get(pl)
    if memo is None:
        memo = _ROWS[pl] = _RowMemo(pl)
    return memo


def place_names(pl: Places) -> _NameMemo:
    """The names of ``pl`` by index (``place_names(pl)[i] == pl.names[i]``), each decoded once."""
    memo = _NAMES.get(pl)
    if memo is None:
        memo = _NAMES[pl] = _NameMemo(pl)
    return memo


#: Columns of sets of places, per places table, by (indices, defenders); cleared past this many.
_COLUMNS_MAX = 4096
_COLUMNS: weakref.WeakKeyDictionary[Places, dict[tuple[str, bytes, frozenset[str]], Columns]] = (
    weakref.WeakKeyDictionary()
)
Columns = tuple[np.ndarray, np.ndarray, np.ndarray]


def defender_mask(country: np.ndarray, defenders: set[str] | frozenset[str]) -> np.ndarray:
    """Which of ``country`` (ISO alpha-3 codes) are among ``defenders``: as ``np.isin``, with one
    comparison per defender (one or two) instead of a sort."""
    m = np.zeros(len(country), dtype=bool)
    for code in defenders:
        m |= country == code
    return m


def place_columns(pl: Places, index: np.ndarray, defenders: set[str]) -> Columns:
    """``(population, country, defender mask)`` of the places ``index`` of ``pl`` (read-only
    arrays; the mask as :func:`defender_mask`): made once for a set of places and defenders,
    which a belt keeps over a range of depths and the counts of one answer read several times."""
    memo = _COLUMNS.get(pl)
    if memo is None:
        memo = _COLUMNS[pl] = {}
    key = (index.dtype.str, index.tobytes(), frozenset(defenders))
    got = memo.get(key)
    if got is None:
        pop, country = pl.population[index], pl.country[index]
        got = (pop, country, defender_mask(country, defenders))
        for a in got:
            a.flags.writeable = False
        if len(memo) >= _COLUMNS_MAX:
            memo.clear()
        memo[key] = got
    return got


__all__ = ["defender_mask", "place_columns", "place_names", "place_rows"]


def place_rows_at(
    fixed: Any, index: list[int], distance_km: list[float], inside: list[bool] | None = None
) -> list[dict[str, Any]]:
    """The rows of the places ``index`` (into the places table; ``fixed``: their columns,
    :func:`~minebelt.geo.place_memo.place_rows`) at ``distance_km``, with each one's ``inside``
    flag where ``inside`` is given: ``{name, [name_uk,] country, distance_km, population,
    [inside,] lon, lat}``."""
    flags: list[bool] | list[None] = inside if inside is not None else [None] * len(index)
    out = []
    for i, d, ins in zip(index, distance_km, flags, strict=True):
        name, uk, c, n, lon, lat = fixed[i]
        # one dict literal in the document's key order (a few hundred rows an answer), then the
        # keys a row does not have removed: deleting keeps the others' order
        row = {
            "name": name,
            "name_uk": uk,
            "country": c,
            "distance_km": round(d, 2),
            "population": n,
            "inside": ins,
            "lon": lon,
            "lat": lat,
        }
        if not uk:
            del row["name_uk"]
        if ins is None:
            del row["inside"]
        else:
            row["inside"] = bool(ins)
        out.append(row)
    return out
