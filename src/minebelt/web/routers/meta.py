"""``GET /api/info``: version, whether the bundled border data is installed, its attribution, the caps.

Layer: interfaces.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from ... import settings
from ..._version import __version__
from .. import _data
from .._common import dumps, json_response
from ..documents import EASTERN_FLANK, MARKER_STEP_KM, PAGE_OUTLINES, _data_block

router = APIRouter()


@router.get("/api/info", tags=["meta"], summary="Version, data availability, caps")
def info() -> Response:
    avail = _data.data_available()
    ex = _data.examples_dir()
    doc = {
        "schema": "minebelt.info/1",
        "minebelt_version": __version__,
        "data_available": avail,
        "data": _data_block() if avail else None,
        "examples": sorted(p.name for p in ex.glob("*.toml")) if ex else [],
        "eastern_flank": [{"country": c, "border": b} for c, b in EASTERN_FLANK],
        "marker_step_km": MARKER_STEP_KM,
        "page_outlines": {"bbox": list(PAGE_OUTLINES[0]), "tolerance_deg": PAGE_OUTLINES[1]},
        "limits": {
            "depth_km_max": settings.DEPTH_KM_MAX,
            "density_per_km2_max": settings.DENSITY_PER_KM2_MAX,
            "samples_max": settings.API_SAMPLES_MAX,
            "sections_max": settings.API_SECTIONS_MAX,
            "body_bytes_max": settings.API_BODY_BYTES_MAX,
            "sample_sections_max": settings.API_SAMPLE_SECTIONS_MAX,
            "geometry_buffers_max": settings.API_GEOMETRY_BUFFERS_MAX,
        },
    }
    return json_response(dumps(doc))
