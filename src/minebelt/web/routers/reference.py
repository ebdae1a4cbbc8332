"""``GET /api/models`` (the named density models, ``minebelt.models/1``) and ``GET
/api/data-dictionary`` (every table column's unit and precision, ``minebelt.data-dictionary/1``).

Layer: interfaces.
"""

from __future__ import annotations

from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .._common import cached_json, dumps
from ..documents import models_doc

router = APIRouter()


@router.get("/api/models", tags=["reference"], summary="Named density models with their sources (minebelt.models/1)")
def models(request: Request) -> Response:
    return cached_json(request, models_doc())


@lru_cache(maxsize=1)
def data_dictionary_doc() -> bytes:
    """The columns of the table exports (:mod:`minebelt.outputs.datadict`): the page rounds
    its CSV download with them, as the report rounds ``sections.csv``."""
    from ...outputs.datadict import COLUMNS, DIST_STATS

    return dumps(
        {
            "schema": "minebelt.data-dictionary/1",
            "columns": [
                {"name": c.name, "unit": c.unit, "decimals": c.decimals, "description": c.description}
                for c in COLUMNS.values()
            ],
            "dist_stats": DIST_STATS,
            "note": "decimals: digits kept after the point (0: whole numbers; null: text). A column f_p05, f_p50, f_p95 or f_mean has the unit and precision of f.",
        }
    )


@router.get(
    "/api/data-dictionary",
    tags=["reference"],
    summary="Unit, precision and meaning of every column of the table exports (minebelt.data-dictionary/1)",
)
def data_dictionary(request: Request) -> Response:
    return cached_json(request, data_dictionary_doc())
