"""Picking any land border of the world: the country list for search, and every border as a
light overview layer for clicking on the map.

Layer: interfaces.

``GET /api/countries``
    ``minebelt.countries/1``: every ISO 3166-1 country with its English name, search aliases,
    its land neighbours (with the measured border lengths) and the bounding box of its land
    borders (``null`` without any). Countries without a land border are listed too, so a search
    for an island state can say so.
``GET /api/borders/lines[?tolerance_deg=t]``
    Every land border as one simplified (Multi)LineString feature with ``a``, ``b`` (a < b),
    their names and lengths: the map's clickable overview. The measured figures are those of
    the full-resolution data; the lines are only for display (simplified by ``t`` degrees,
    default 0.01, about 1 km; coordinates rounded to 1e-3 degree).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ...errors import InputError
from .._common import cached_json, dumps

router = APIRouter(tags=["geography"])

#: Default simplification of the overview lines, degrees (about 1 km): a click target, not a measurement.
LINES_TOLERANCE_DEG = 0.01


@lru_cache(maxsize=1)
def countries_doc() -> bytes:
    """Every country, its neighbours and the bounding box of its land borders."""
    import shapely

    from ...data.borders import _read, border_lengths
    from ...data.iso import ALIASES, country_names

    names = country_names()
    neighbours: dict[str, list[dict[str, Any]]] = {c: [] for c in names}
    for r in border_lengths():
        for me, other in ((r["a"], r["b"]), (r["b"], r["a"])):
            neighbours.setdefault(me, []).append(
                {
                    "iso3": other,
                    "name": names.get(other, other),
                    "length_km": round(r["length_km"], 1),
                    "land_km": round(r["land_km"], 1),
                    "water_km": round(r["water_km"], 1),
                }
            )
    cols, geoms = _read("border_segments", columns=["a", "b"])
    bounds = shapely.bounds(geoms)
    boxes: dict[str, list[float]] = {}
    for a, b, (x0, y0, x1, y1) in zip(cols["a"], cols["b"], bounds, strict=True):
        for c in (str(a), str(b)):
            box = boxes.get(c)
            boxes[c] = (
                [x0, y0, x1, y1]
                if box is None
                else [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
            )
    rows = [
        {
            "iso3": code,
            "name": names.get(code, code),
            "aliases": list(ALIASES.get(code, ())),
            "neighbours": sorted(neighbours.get(code, []), key=lambda n: n["name"]),
            "bbox": [round(v, 3) for v in boxes[code]] if code in boxes else None,
        }
        for code in sorted(neighbours)
    ]
    return dumps({"schema": "minebelt.countries/1", "countries": rows})


@lru_cache(maxsize=4)
def border_lines_doc(tolerance_deg: float) -> bytes:
    """Every land border as one simplified feature (display only)."""
    import numpy as np
    import shapely

    from ...data.borders import _read, border_lengths, data_info
    from ...data.iso import country_name

    cols, geoms = _read("border_segments", columns=["a", "b"])
    keys = [f"{a}-{b}" for a, b in zip(cols["a"], cols["b"], strict=True)]
    parts: dict[str, list[Any]] = {}
    for k, g in zip(keys, geoms, strict=True):
        parts.setdefault(k, []).extend(shapely.get_parts(g))
    rows = {f"{r['a']}-{r['b']}": r for r in border_lengths()}
    feats = []
    for k in sorted(parts):
        geom = shapely.multilinestrings(parts[k])
        if tolerance_deg > 0:
            geom = shapely.simplify(geom, tolerance_deg)
        geom = shapely.transform(geom, lambda xy: np.round(xy, 3))
        if len(parts[k]) == 1:
            geom = shapely.get_geometry(geom, 0)
        r = rows.get(k, {})
        a, b = k.split("-")
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "a": a,
                    "b": b,
                    "name_a": country_name(a),
                    "name_b": country_name(b),
                    "length_km": round(float(r.get("length_km", 0.0)), 1),
                    "land_km": round(float(r.get("land_km", 0.0)), 1),
                    "water_km": round(float(r.get("water_km", 0.0)), 1),
                },
                "geometry": json.loads(shapely.to_geojson(geom)),
            }
        )
    info = data_info()
    return dumps(
        {
            "type": "FeatureCollection",
            "name": "minebelt land borders (overview)",
            "tolerance_deg": tolerance_deg,
            "note": "display only: lengths are measured on the full-resolution data",
            "attribution": info.get("attribution"),
            "license": info.get("license"),
            "features": feats,
        }
    )


@router.get(
    "/api/countries",
    summary="Every country: name, search aliases, land neighbours with border lengths (minebelt.countries/1)",
)
def countries(request: Request) -> Response:
    return cached_json(request, countries_doc())  # no data: DataMissingError -> 503


@router.get(
    "/api/borders/lines", summary="Every land border as a simplified line (GeoJSON): the map's clickable overview"
)
def border_lines(
    request: Request,
    tolerance_deg: Annotated[
        float,
        Query(
            description="Simplify by this many degrees (0 to 0.1); display only.",
            json_schema_extra={"minimum": 0, "maximum": 0.1},
        ),
    ] = LINES_TOLERANCE_DEG,
) -> Response:
    if not (math.isfinite(tolerance_deg) and 0 <= tolerance_deg <= 0.1):
        raise InputError(f"request: tolerance_deg = {tolerance_deg}: must lie in [0, 0.1] degree")
    return cached_json(request, border_lines_doc(round(tolerance_deg, 4)))
