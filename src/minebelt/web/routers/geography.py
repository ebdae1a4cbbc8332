"""Land borders: ``GET /api/borders``, ``GET /api/outlines`` (the map's basemap), ``GET /api/border/{a}/{b}``.

Layer: interfaces.
"""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from ...errors import InputError
from .. import _data
from .._common import cached_json
from ..documents import border_doc, borders_doc, outlines_doc
from .errors_doc import ERR

router = APIRouter()

#: A longitude in [-180, 180] and a latitude in [-90, 90] as decimal text (the bbox pattern).
_LON = r"\s*[-+]?(?:180(?:\.0*)?|(?:1[0-7]\d|\d{1,2})(?:\.\d*)?)\s*"
_LAT = r"\s*[-+]?(?:90(?:\.0*)?|\d(?:\d)?(?:\.\d*)?)\s*"
BBOX_PATTERN = rf"^{_LON},{_LAT},{_LON},{_LAT}$"
#: ISO 3166-1 alpha-3, as the path of ``/api/border/{a}/{b}`` takes it (any case).
CODE_PATTERN = r"^\s*[A-Za-z]{3}\s*$"


def _with_land_borders(schema: dict) -> None:
    """OpenAPI ``enum`` of ``country``: the codes with a land border in the bundled data (any
    ISO 3166-1 code when the data is not installed); filled when the document is built."""
    from ...data.iso import country_names

    codes = sorted(country_names())
    if _data.data_available():
        from ...data.borders import border_lengths

        codes = sorted({r[k] for r in border_lengths() for k in ("a", "b")})
    schema["enum"] = codes


@router.get("/api/borders", tags=["geography"], summary="Measured land borders (minebelt.borders/1)", responses=ERR)
def borders(
    request: Request,
    country: Annotated[
        str | None,
        Query(
            description="Only this country's borders (ISO 3166-1 alpha-3, a country with a land border).",
            max_length=16,
            json_schema_extra=_with_land_borders,
        ),
    ] = None,
) -> Response:
    _data.require_data()
    code = None
    if country is not None:
        from ...data.iso import country_names

        code = country.strip().upper()
        if code not in country_names():
            raise InputError(f"request: country = {country!r}: unknown ISO 3166-1 alpha-3 code")
    return cached_json(request, borders_doc(code))


@router.get(
    "/api/outlines",
    tags=["geography"],
    summary="Simplified country outlines (GeoJSON), the map's basemap",
    responses=ERR,
)
def outlines(
    request: Request,
    bbox: Annotated[
        str | None,
        Query(
            description="Clip to 'min_lon,min_lat,max_lon,max_lat' (degrees, min < max).",
            max_length=100,
            json_schema_extra={"pattern": BBOX_PATTERN},
        ),
    ] = None,
    tolerance_deg: Annotated[
        float,
        Query(
            description="Simplify further by this many degrees (0 to 1); coordinates are then rounded to 1e-4 degree.",
            json_schema_extra={"minimum": 0, "maximum": 1},
        ),
    ] = 0.0,
) -> Response:
    _data.require_data()
    box: tuple[float, float, float, float] | None = None
    if bbox is not None:
        try:
            parts = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            parts = ()
        if len(parts) != 4 or not all(math.isfinite(v) for v in parts):
            raise InputError(f"request: bbox = {bbox!r}: must be four numbers 'min_lon,min_lat,max_lon,max_lat'")
        x0, y0, x1, y1 = parts
        if not (-180 <= x0 < x1 <= 180 and -90 <= y0 < y1 <= 90):
            raise InputError(
                f"request: bbox = {bbox!r}: need -180 <= min_lon < max_lon <= 180 and -90 <= min_lat < max_lat <= 90"
            )
        box = (round(x0, 3), round(y0, 3), round(x1, 3), round(y1, 3))
    if not (math.isfinite(tolerance_deg) and 0 <= tolerance_deg <= 1):
        raise InputError(f"request: tolerance_deg = {tolerance_deg}: must lie in [0, 1] degree")
    return cached_json(request, outlines_doc(box, round(tolerance_deg, 4)))


@router.get(
    "/api/border/{a}/{b}",
    tags=["geography"],
    summary="One land border: segments (land/water) and km markers every 25 km (GeoJSON)",
    responses={**ERR, 404: {"description": "The two countries share no land border (or are the same country)"}},
)
def border(
    request: Request,
    a: Annotated[str, Path(description="ISO 3166-1 alpha-3 code", json_schema_extra={"pattern": CODE_PATTERN})],
    b: Annotated[str, Path(description="ISO 3166-1 alpha-3 code", json_schema_extra={"pattern": CODE_PATTERN})],
) -> Response:
    _data.require_data()
    x, y = (c.strip().upper() for c in (a, b))
    for c, name in ((x, "a"), (y, "b")):
        if not (len(c) == 3 and c.isascii() and c.isalpha()):
            raise InputError(f"request: {name} = {c!r}: must be an ISO 3166-1 alpha-3 code like 'POL'")
    if x == y:  # no such border, as for two countries that share none
        return JSONResponse({"detail": f"request: b = {y!r}: a border needs two different countries"}, status_code=404)
    x, y = sorted((x, y))
    try:
        return cached_json(request, border_doc(x, y))
    except LookupError as e:
        return JSONResponse({"detail": f"request: {e}"}, status_code=404)
