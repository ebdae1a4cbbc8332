"""Reader of the bundled km² of the Ukraine–Russia belt along Ukraine's regions with occupied
territory (``data/occupied_belt.json``).

Layer: data. Built by ``scripts/build_occupied_belt.py``: Ukraine's side of its land border with
Russia, each ``along_water`` row, at every node depth of the border belts bundle: the belt's km²
and the km² along each region of Ukraine with occupied territory (``OCCUPIED_REGIONS``) (each piece of the belt in the region of
the nearest place of Ukraine, ``minebelt.geo.belt_regions``). Where the belt lies by region,
not who controls the ground. A file built from other inputs (:func:`inputs_record`) is stale:
:func:`table` returns None and the outputs say "not estimated".
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from .border_belts import BELT_CODE, geo_code_sha256

FILE = "occupied_belt.json"
SCHEMA = "minebelt.occupied_belt/1"
#: ``minebelt/geo`` modules whose code decides the belt or its partition by region.
GEOMETRY_SOURCES = (*BELT_CODE, "belt_regions.py")


def _pkg() -> Path:
    return Path(__file__).resolve().parents[1]


def inputs_record(regions: tuple[str, ...]) -> dict[str, str]:
    """SHA-256 of what the figures depend on: border data, places (positions and countries;
    region codes), the geometry and partition code; and ``regions``, the region codes listed
    (``OCCUPIED_REGIONS``, passed in: the data layer reads no model). The border file's and the
    places' hashes are those their builds recorded (tested equal to the files')."""
    from . import borders
    from .border_belts import gpkg_sha256, places_admin1_sha256, places_xy_sha256

    return {
        "borders_sha256": gpkg_sha256(borders.gpkg_path()),
        "places_xy_sha256": places_xy_sha256(),
        "places_admin1_sha256": places_admin1_sha256(),
        "geometry_sha256": geo_code_sha256(GEOMETRY_SOURCES),
        "regions": ",".join(sorted(regions)),
    }


def path() -> Path:
    return _pkg() / "data" / FILE


@cache
def _load() -> dict[str, Any] | None:
    p = path()
    if not p.exists():
        return None
    data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    return data if data.get("schema") == SCHEMA else None


def stale_reason(regions: tuple[str, ...]) -> str | None:
    """Why the bundled file is not used for the region codes ``regions`` (missing, other
    schema, other inputs), or None."""
    data = _load()
    if data is None:
        return f"{FILE} is missing or of another schema"
    got, want = data.get("inputs") or {}, inputs_record(regions)
    diff = [k for k in want if got.get(k) != want[k]]
    return f"built from other inputs ({', '.join(diff)}): python scripts/build_occupied_belt.py" if diff else None


@cache
def table(regions: tuple[str, ...]) -> dict[str, Any] | None:
    """The bundled figures when current for ``regions``, else None."""
    return _load() if stale_reason(regions) is None else None


def along_occupied(depth_km: float, regions: tuple[str, ...], along_water: str = "skip") -> dict[str, Any] | None:
    """At ``depth_km`` (linear between the node depths; None outside them or without a file
    current for the region codes ``regions``): ``{belt_km2, km2, share, by_region: {admin1:
    km2}}``, ``km2`` along the regions together and ``share`` = km2 / belt_km2."""
    t = table(tuple(sorted(regions)))
    if t is None or along_water not in t["rows"]:
        return None
    nodes = np.asarray(t["nodes_km"], dtype=float)
    if not nodes[0] <= depth_km <= nodes[-1]:
        return None
    row = t["rows"][along_water]
    belt = float(np.interp(depth_km, nodes, row["belt_km2"]))
    by = {k: float(np.interp(depth_km, nodes, v)) for k, v in row["by_region_km2"].items()}
    km2 = sum(by.values())
    return {"belt_km2": belt, "km2": km2, "share": km2 / belt if belt > 0 else 0.0, "by_region": by}


def clear() -> None:
    """Forget the loaded file (tests that swap it)."""
    _load.cache_clear()
    table.cache_clear()
