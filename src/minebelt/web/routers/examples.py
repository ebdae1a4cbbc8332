"""``GET /api/examples/{name}``: one bundled example file (``examples/*.toml``), as text and as JSON.

Layer: interfaces.

The page takes the production, cost and clearance assumptions of ``eastern-flank-full.toml``
(each cited in the file's comments) as its starting values; other clients can load any
bundled scenario the same way. Only the names ``GET /api/info`` lists under ``examples`` are
served: no path from a request is ever opened.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from .._common import dumps

SCHEMA = "minebelt.example/1"


def make_router(examples_dir: Callable[[], Path | None]) -> APIRouter:
    """The router, reading the examples from the folder ``examples_dir()`` gives at request time."""
    router = APIRouter(tags=["reference"])

    @router.get(
        "/api/examples/{name}",
        summary="A bundled example (scenario or claims file) as TOML text and as JSON (minebelt.example/1)",
        responses={404: {"description": "No bundled example of that name"}},
    )
    def example(name: str) -> Response:
        ex = examples_dir()
        known = {p.name: p for p in ex.glob("*.toml")} if ex else {}
        path = known.get(name)
        if path is None:
            listed = ", ".join(sorted(known)) or "none installed"
            return JSONResponse(
                {"detail": f"request: name = {name!r}: not a bundled example ({listed})"}, status_code=404
            )
        text = path.read_text(encoding="utf-8")
        body = dumps({"schema": SCHEMA, "name": name, "toml": text, "document": tomllib.loads(text)})
        return Response(content=body, media_type="application/json", headers={"Cache-Control": "max-age=3600"})

    return router
