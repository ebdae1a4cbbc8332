"""Land borders: ``GET /api/borders``, ``GET /api/outlines`` (the map's basemap), ``GET /api/border/{a}/{b}``.

Layer: interfaces.
"""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from ...errors import InputError
from .. import _data
from .._common import cached_json
from ..documents import border_doc, borders_doc, outlines_doc
from .errors_doc import ERR

router = APIRouter()


@router.get("/api/borders", tags=["geography"], summary="Measured land borders (minebelt.borders/1)", responses=ERR)
def borders(request: Request, country: Annotated[str | None, Query(description="Only this country's borders (ISO 3166-1 alpha-3).", max_length=16)] = None) -> Response:
    _data.require_data()
    code = None
    if country is not None:
        from ...data.iso import country_names

        code = country.strip().upper()
        if code not in country_names():
            raise InputError(f"request: country = {country!r}: unknown ISO 3166-1 alpha-3 code")
    return cached_json(request, borders_doc(code))

@router.get("/api/outlines", tags=["geography"], summary="Simplified country outlines (GeoJSON), the map's basemap", responses=ERR)
def outlines(
    request: Request,
    bbox: Annotated[str | None, Query(description="Clip to 'min_lon,min_lat,max_lon,max_lat' (degrees).", max_length=100)] = None,
    tolerance_deg: Annotated[float, Query(description="Simplify further by this many degrees (0 to 1); coordinates are then rounded to 1e-4 degree.")] = 0.0,
) -> Response:
    _data.require_data()
    box = None
    if bbox is not None:
        try:
            box = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            box = ()
        if len(box) != 4 or not all(math.isfinite(v) for v in box):
            raise InputError(f"request: bbox = {bbox!r}: must be four numbers 'min_lon,min_lat,max_lon,max_lat'")
        x0, y0, x1, y1 = box
        if not (-180 <= x0 < x1 <= 180 and -90 <= y0 < y1 <= 90):
            raise InputError(f"request: bbox = {bbox!r}: need -180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90")
        box = tuple(round(v, 3) for v in box)
    if not (math.isfinite(tolerance_deg) and 0 <= tolerance_deg <= 1):
        raise InputError(f"request: tolerance_deg = {tolerance_deg}: must lie in [0, 1] degree")
    return cached_json(request, outlines_doc(box, round(tolerance_deg, 4)))

@router.get(
    "/api/border/{a}/{b}",
    tags=["geography"],
    summary="One land border: segments (land/water) and km markers every 25 km (GeoJSON)",
    responses={**ERR, 404: {"description": "The two countries share no land border"}},
)
def border(request: Request, a: str, b: str) -> Response:
    _data.require_data()
    x, y = (c.strip().upper() for c in (a, b))
    for c, name in ((x, "a"), (y, "b")):
        if not (len(c) == 3 and c.isascii() and c.isalpha()):
            raise InputError(f"request: {name} = {c!r}: must be an ISO 3166-1 alpha-3 code like 'POL'")
    if x == y:
        raise InputError(f"request: b = {y!r}: a border needs two different countries")
    x, y = sorted((x, y))
    try:
        return cached_json(request, border_doc(x, y))
    except LookupError as e:
        return JSONResponse({"detail": f"request: {e}"}, status_code=404)

