"""``POST /api/compare``: scenarios side by side (``minebelt.compare/1``), e.g. the pinned and the current one.

Layer: interfaces. The body is ``{"scenarios": [A, B, ...]}``, each the TOML schema as JSON;
the first is the baseline. The answer is :func:`minebelt.pipeline.compare.compare`'s
document: totals, per country, calibration, cost, production, clearance and exposure side by
side, differences and ratios against A, and which inputs explain them (``attribution=false``
leaves that out). Each scenario is checked like ``POST /api/estimate`` (sections, inline
GeoJSON, geometry buffers); together they may build at most ``API_GEOMETRY_BUFFERS_MAX``
belts. Point values only (no Monte Carlo).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from ... import settings
from ...errors import InputError
from .. import _data
from .._common import dumps, json_response
from ..schemas import ScenarioIn
from .errors_doc import ERR

router = APIRouter(tags=["compare"])


class CompareIn(BaseModel):
    """Two or more scenarios; the first is the baseline (A)."""

    model_config = ConfigDict(extra="forbid", title="Compare")
    scenarios: list[ScenarioIn] = Field(
        ...,
        min_length=2,
        json_schema_extra={"maxItems": settings.API_COMPARE_SCENARIOS_MAX},
        description=f"2 to {settings.API_COMPARE_SCENARIOS_MAX} scenarios (API_COMPARE_SCENARIOS_MAX); the first is the baseline.",
    )


@router.post(
    "/api/compare",
    summary="Compare scenarios side by side (minebelt.compare/1)",
    responses={**ERR, 413: {"description": "Request body too large"}},
)
def compare(
    body: CompareIn,
    attribution: Annotated[
        bool, Query(description="Measure which inputs explain each difference (one estimate per differing input).")
    ] = True,
) -> Response:
    from ...pipeline.compare import compare as run
    from ...scenario import scenario_from_dict
    from ...scenario.resolve import resolve_scenario
    from ..budget import geometry_buffers
    from .estimate import check_inline_geojson

    if len(body.scenarios) > settings.API_COMPARE_SCENARIOS_MAX:
        raise InputError(
            f"request: scenarios: {len(body.scenarios)} scenarios, more than the web API's {settings.API_COMPARE_SCENARIOS_MAX} (API_COMPARE_SCENARIOS_MAX)"
        )
    scenarios = []
    buffers = 0
    for i, s in enumerate(body.scenarios):
        label = f"request: scenarios[{i}]"
        if len(s.sections) > settings.API_SECTIONS_MAX:
            raise InputError(
                f"{label}: sections: {len(s.sections)} sections, more than the web API's limit of {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX)"
            )
        check_inline_geojson(s)
        sc = scenario_from_dict(s.model_dump(mode="json", exclude_unset=True), label=label)
        buffers += geometry_buffers(resolve_scenario(sc, label=label))
        scenarios.append(sc)
    if buffers > settings.API_GEOMETRY_BUFFERS_MAX:
        raise InputError(
            f"request: scenarios: their measured sections need {buffers} belt buffers together, more than the web API's "
            f"{settings.API_GEOMETRY_BUFFERS_MAX} (API_GEOMETRY_BUFFERS_MAX); compare fewer or smaller scenarios"
        )
    if any(s.is_geometric for sc in scenarios for s in sc.sections):
        _data.require_data()
    return json_response(dumps(run(scenarios, attribute=attribution).document))
