"""The FastAPI application of ``minebelt serve``: thin JSON endpoints over the core, and the page.

Layer: interfaces.

Endpoints (all JSON; OpenAPI at ``/openapi.json``, rendered offline at ``/docs`` by the
vendored Swagger UI, :mod:`minebelt.web.routers.docs`):

``GET /api/info``
    Version, whether the bundled border data is installed, its attribution, the API caps.
``GET /api/models``
    ``minebelt.models/1``: the named density models with their citations.
``GET /api/borders[?country=ISO3]``
    ``minebelt.borders/1``: every measured land border (length, land, water km).
``GET /api/outlines[?bbox=x0,y0,x1,y1&tolerance_deg=t]``
    Simplified country outlines (GeoJSON), the page's basemap, with the ODbL attribution;
    optionally clipped and simplified further (the page asks for ``PAGE_OUTLINES``).
``GET /api/border/{a}/{b}``
    One land border's segments (``kind`` land/water) and a km marker every 25 km.
``POST /api/estimate[?samples=N&seed=S&belts=false]``
    A scenario (the TOML schema, as JSON) -> the ``minebelt.estimate/1`` document, plus
    ``belts`` (GeoJSON) when sections are measured (unless ``belts=false``). Bad input: HTTP 422 ``{"detail": "..."}``
    with the one-line message naming the field.
``POST /api/factcheck``
    A claims document (the TOML schema, as JSON) -> ``minebelt.factcheck/2``. Scenario
    references may name only the bundled examples (``examples/*.toml``).
``GET /api/factcheck/seed``
    The check of the bundled ``examples/seed-claims.toml`` (package data: ``minebelt/data/examples``).

Routers (``minebelt.web.routers``, one per resource; see ``docs/web.md``): ``GET /docs``
(offline Swagger UI), ``GET /api/countries`` and ``GET /api/borders/lines`` (any land border of
the world), ``POST /api/scenario/check`` (each section checked on its own),
``GET /api/examples/{name}`` (a bundled example as JSON), ``GET /api/data-dictionary`` (unit
and precision of every table column: the page's CSV is rounded by it), ``GET /api/atlas``
(``minebelt.atlas/1``: every side of every land border at one depth, ranked), ``POST
/api/compare`` (``minebelt.compare/1``: the pinned scenario and the current one side by side)
and ``POST /api/extract`` (an article's text: its claims drafted and checked).

Limits (``minebelt.settings``): request bodies up to ``API_BODY_BYTES_MAX`` (413 beyond),
``samples`` up to ``API_SAMPLES_MAX``, scenarios up to ``API_SECTIONS_MAX`` sections (422).
The API never reads files named in a request: ``line`` and ``mask`` must be inline GeoJSON.
Estimates run in the thread pool; geometry responses and estimates are cached in-process.
"""

from __future__ import annotations

import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from .. import settings
from .._version import __version__
from ..errors import InputError
from . import _data
from ._errors import error_body, validation_body
from .documents import warm_caches
from .middleware import BodyLimit, SecurityHeaders
from .routers import atlas as atlas_router
from .routers import compare as compare_router
from .routers import docs as docs_router
from .routers import estimate as estimate_router
from .routers import examples as examples_router
from .routers import extract as extract_router
from .routers import factcheck as factcheck_router
from .routers import geography as geography_router
from .routers import i18n as i18n_router
from .routers import meta as meta_router
from .routers import reference as reference_router
from .routers import scenario as scenario_router
from .routers import world as world_router
from .routers.errors_doc import ERR
from .routers.estimate import ESTIMATE_CACHE_SIZE, LRU

STATIC_DIR = Path(__file__).resolve().parent / "static"


def create_app(warm: bool = False, allowed_hosts: list[str] | None = None, default_lang: str | None = None) -> FastAPI:
    """The minebelt web application (API + page). Serve it with uvicorn, or use :func:`serve`.

    ``warm=True`` computes the page's first view in a background thread at startup
    (:func:`warm_caches`). ``allowed_hosts``: Host header names answered besides
    127.0.0.1, localhost and ::1 (see :mod:`minebelt.web.guard`: worker pool, Host
    allow-list, cancellation). ``default_lang``: the page's language when its request names
    none (``minebelt serve --lang``); None: the browser's Accept-Language chooses.
    """
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if warm:
            threading.Thread(target=warm_caches, name="minebelt-warm", daemon=True).start()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="minebelt",
        version=__version__,
        summary="Strategic estimates of border mine belts from real border geography, offline.",
        description=(
            "Strategic level only: km, km², millions. Scenarios are the TOML schema of minebelt, sent as JSON. "
            'Errors: HTTP 422 with {"detail": one line naming the field}; 503 when the bundled border data is '
            "missing. Border data: OpenStreetMap contributors, ODbL 1.0."
        ),
        docs_url=None,  # FastAPI's docs load from a CDN: /docs is routers.docs (vendored Swagger UI)
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, limit=settings.API_BODY_BYTES_MAX)
    app.add_middleware(SecurityHeaders)
    from .guard import install as install_guards

    install_guards(app, allowed_hosts)  # issue 13: Host allow-list, worker pool, limits in OpenAPI
    app.state.default_lang = default_lang  # GET /api/i18n without ?lang=
    app.state.estimate_cache = LRU(ESTIMATE_CACHE_SIZE)  # POST /api/estimate's response bodies

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> JSONResponse:
        detail = "; ".join(exc.lines)  # one line: every problem of the request, each naming its field
        if _data.is_data_missing(detail):
            return JSONResponse({"detail": detail}, status_code=503)
        return JSONResponse(error_body(detail, request), status_code=422)

    @app.exception_handler(_data.DataMissing)
    async def _data_missing(request: Request, exc: _data.DataMissing) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(validation_body(exc, request), status_code=422)

    # ------------------------------------------------------------------ page
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    # ------------------------------------------------------------------ routers (one per resource)
    app.include_router(docs_router.router)
    app.include_router(examples_router.make_router(lambda: _data.examples_dir()))
    app.include_router(world_router.router, responses=ERR)
    app.include_router(scenario_router.router, responses=ERR)

    # ------------------------------------------------------------------ API
    app.include_router(meta_router.router)
    app.include_router(i18n_router.router, responses=ERR)
    app.include_router(reference_router.router)
    app.include_router(geography_router.router)
    app.include_router(estimate_router.router)
    app.include_router(factcheck_router.router)
    app.include_router(atlas_router.router)
    app.include_router(compare_router.router)
    app.include_router(extract_router.router)

    return app


def serve(
    host: str = "127.0.0.1", port: int = 8000, allow_hosts: list[str] | None = None, default_lang: str | None = None
) -> None:
    """Run the web app with uvicorn (blocking). ``minebelt serve`` calls this.

    The Host header must be 127.0.0.1, localhost, ::1, the address ``host`` (unless it is a
    wildcard such as 0.0.0.0) or one of ``allow_hosts`` (see :mod:`minebelt.web.guard`).
    ``default_lang``: the page's language when its request names none (see :func:`create_app`).
    """
    import uvicorn

    names = list(allow_hosts or [])
    if host not in ("0.0.0.0", "::", ""):
        names.append(host)
    from .. import settings
    from ..geo.sections import STOPPING

    app = create_app(warm=True, allowed_hosts=names, default_lang=default_lang)
    try:
        uvicorn.run(app, host=host, port=port, timeout_graceful_shutdown=settings.WEB_SHUTDOWN_GRACE_S)
    finally:
        STOPPING.set()


__all__ = ["create_app", "serve", "warm_caches"]
