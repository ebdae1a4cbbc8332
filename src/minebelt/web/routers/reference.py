"""``GET /api/models``: the named density models with their sources (``minebelt.models/1``).

Layer: interfaces.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .._common import cached_json
from ..documents import models_doc

router = APIRouter()


@router.get("/api/models", tags=["reference"], summary="Named density models with their sources (minebelt.models/1)")
def models(request: Request) -> Response:
    return cached_json(request, models_doc())

