"""``POST /api/scenario/check``: which sections of a scenario minebelt can estimate, and why not.

Layer: interfaces.

``POST /api/estimate`` refuses a whole scenario for one bad section (HTTP 422 naming it). A
client that edits many sections (the web page) asks this endpoint which ones are bad, shows
each message on its own row and estimates the rest.

Each section is checked on its own, exactly as the estimate would treat it: the scenario's
``defaults`` and ``parameters`` with that one section, run through
:func:`minebelt.estimate` without samples and without keeping belt polygons (measured
geometry is cached, so the estimate that follows reuses it). The optional blocks
(production, cost, clearance) are not part of the per-section check: errors in them, or in
``defaults``, remain the estimate's 422.

Response ``minebelt.scenario-check/1``::

    {"schema": ..., "ok": false, "sections": [
        {"index": 0, "name": "Finland - Russia", "ok": true},
        {"index": 3, "name": "Poland - France", "ok": false,
         "detail": "request: sections[3] 'Poland - France': border: POL and FRA share no land border (...)",
         "text": "the same line in the reader's language (?lang=, the server's --lang, Accept-Language)"}]}
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Request
from fastapi.responses import Response

from ... import settings
from ...errors import InputError
from .._common import dumps

router = APIRouter(tags=["estimate"])

SCHEMA = "minebelt.scenario-check/1"
#: The request body as far as this endpoint refuses it (everything inside a section is reported
#: per section, with a 200): an object with 1 to API_SECTIONS_MAX sections, lines and masks inline.
CHECK_BODY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["sections"],
    "properties": {
        "sections": {
            "type": "array",
            "minItems": 1,
            "maxItems": settings.API_SECTIONS_MAX,
            "items": {"properties": {"line": {"type": ["object", "null"]}, "mask": {"type": ["object", "null"]}}},
        }
    },
}
#: What a one-section scenario keeps of the request (the blocks are checked by the estimate itself).
_KEEP = ("name", "source", "description", "defaults", "parameters")


def check_sections(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per section of the scenario ``doc`` (plain JSON): ``ok`` and, if not, ``detail``.

    Raises :class:`~minebelt.errors.InputError` only for a request that is not a scenario at all
    (no ``sections`` list).
    """
    from ...pipeline.estimate import estimate
    from ...scenario import scenario_from_dict

    sections = doc.get("sections")
    if not isinstance(sections, list) or not sections:
        raise InputError("request: sections: must be a non-empty array of sections")
    base = {k: doc[k] for k in _KEEP if k in doc}
    base.setdefault("name", "check")
    rows: list[dict[str, Any]] = []
    for i, sec in enumerate(sections):
        name = sec.get("name") if isinstance(sec, dict) else None
        row: dict[str, Any] = {"index": i, "name": name, "ok": True}
        try:
            sc = scenario_from_dict({**base, "sections": [sec]}, label="request")
            estimate(sc, with_geometry=False)
        except InputError as e:
            # the one-section scenario calls it sections[0]: give the index in the request
            row["ok"] = False
            row["detail"] = "; ".join(line.replace("sections[0]", f"sections[{i}]", 1) for line in e.lines)
        rows.append(row)
    return rows


@router.post(
    "/api/scenario/check",
    summary="Check each section of a scenario on its own (minebelt.scenario-check/1)",
    responses={413: {"description": "Request body too large"}},
)
def check(
    request: Request,
    scenario: Annotated[
        dict[str, Any],
        Body(
            description="A scenario (the TOML schema, as JSON). Sections are validated one by one, so a bad one does not hide the "
            f"others; at most {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX), lines and masks inline (the web API reads no files).",
            json_schema_extra=CHECK_BODY_SCHEMA,
        ),
    ],
) -> Response:
    sections = scenario.get("sections")
    if isinstance(sections, list):
        if len(sections) > settings.API_SECTIONS_MAX:
            raise InputError(
                f"request: sections: {len(sections)} sections, more than the web API's limit of {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX)"
            )
        for i, sec in enumerate(sections):
            for fld in ("line", "mask"):
                value = sec.get(fld) if isinstance(sec, dict) else None
                if isinstance(value, str):
                    raise InputError(
                        f"request: sections[{i}]: {fld}: the web API does not read files; give the GeoJSON object inline"
                    )
                if value is not None and not isinstance(value, dict):
                    raise InputError(
                        f"request: sections[{i}]: {fld}: must be a GeoJSON object, got {type(value).__name__}"
                    )
    from .._errors import reader_line

    rows = check_sections(scenario)
    for row in rows:  # the English detail (a contract) and the reader's line, as a 422 gives them
        if not row["ok"]:
            row["text"] = reader_line(row["detail"], request)
    return Response(
        content=dumps({"schema": SCHEMA, "ok": all(r["ok"] for r in rows), "sections": rows}),
        media_type="application/json",
        headers={"Cache-Control": "no-store"},
    )
