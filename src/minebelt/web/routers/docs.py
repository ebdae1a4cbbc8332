"""``GET /docs``: the API reference (Swagger UI), served offline.

Layer: interfaces.

FastAPI's built-in docs page loads Swagger UI from a CDN and starts it with an inline script,
which the page's Content Security Policy (``script-src 'self'``) refuses. This page loads the
vendored ``swagger-ui-dist`` (``static/vendor/swagger-ui/``, pinned and checksummed by
``scripts/vendor_swagger_ui.py``) and a small start-up script of our own
(``static/docs.js``), and makes no request outside this server (no validator badge).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs_page() -> FileResponse:
    return FileResponse(STATIC_DIR / "docs.html", media_type="text/html")
