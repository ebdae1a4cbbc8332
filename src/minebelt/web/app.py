"""The FastAPI application of ``minebelt serve``: thin JSON endpoints over the core, and the page.

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
    A claims document (the TOML schema, as JSON) -> ``minebelt.factcheck/1``. Scenario
    references may name only the bundled examples (``examples/*.toml``).
``GET /api/factcheck/seed``
    The check of the bundled ``examples/seed-claims.toml`` (package data: ``minebelt/data/examples``).

Routers (``minebelt.web.routers``, one per resource; see ``docs/web.md``): ``GET /docs``
(offline Swagger UI), ``GET /api/countries`` and ``GET /api/borders/lines`` (any land border of
the world), ``POST /api/scenario/check`` (each section checked on its own),
``GET /api/examples/{name}`` (a bundled example as JSON).

Limits (``minebelt.settings``): request bodies up to ``API_BODY_BYTES_MAX`` (413 beyond),
``samples`` up to ``API_SAMPLES_MAX``, scenarios up to ``API_SECTIONS_MAX`` sections (422).
The API never reads files named in a request: ``line`` and ``mask`` must be inline GeoJSON.
Estimates run in the thread pool; geometry responses and estimates are cached in-process.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from .. import settings
from .._version import __version__
from ..data.examples import examples_dir
from ..errors import InputError
from ..scenario import Scenario, Section
from ._common import cached_json as _cached_json
from ._common import dumps as _dumps

STATIC_DIR = Path(__file__).resolve().parent / "static"
MARKER_STEP_KM = 25.0
ESTIMATE_CACHE_SIZE = 64
#: The page's default view: the eastern flank's land borders with Russia and Belarus.
EASTERN_FLANK = (
    ("FIN", "RUS"),
    ("EST", "RUS"),
    ("LVA", "RUS"),
    ("LVA", "BLR"),
    ("LTU", "BLR"),
    ("LTU", "RUS"),
    ("POL", "BLR"),
    ("POL", "RUS"),
    ("UKR", "BLR"),
    ("UKR", "RUS"),
)
#: Content Security Policy of the page: nothing but this server, ever.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"
)
_NAME_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.toml$")


class DataMissing(Exception):
    """The bundled border data is not installed: geometry endpoints answer 503."""


# ----------------------------------------------------------------------------- helpers


def data_available() -> bool:
    from ..data.borders import installed

    return installed()


def _require_data() -> None:
    if not data_available():
        raise DataMissing(
            "the bundled border data (minebelt/data/borders.gpkg) is not installed: maps and measured borders are "
            "unavailable; sections with a stated length_km still work"
        )


def _json(content: bytes, status: int = 200, cache: bool = False) -> Response:
    headers = {"Cache-Control": "max-age=3600"} if cache else {"Cache-Control": "no-store"}
    return Response(content=content, status_code=status, media_type="application/json", headers=headers)


def _is_data_missing(msg: str) -> bool:
    return "bundled border data is missing" in msg and not data_available()


def _geojson(geom: Any) -> dict[str, Any]:
    import shapely

    return json.loads(shapely.to_geojson(geom))


# ----------------------------------------------------------------------------- cached documents


@lru_cache(maxsize=1)
def models_doc() -> bytes:
    from ..model.densities import DENSITY_MODELS

    rows = [
        {
            "name": m.name,
            "kind": m.kind,
            "value": m.value,
            "unit": m.unit,
            "description": m.description,
            "certainty": m.certainty,
            "source": str(m.citation),
            "note": m.note,
        }
        for m in DENSITY_MODELS.values()
    ]
    return _dumps({"schema": "minebelt.models/1", "models": rows})


def _data_block() -> dict[str, Any]:
    from ..data.borders import data_info

    info = data_info()
    return {k: info.get(k) for k in ("source", "version", "license", "attribution", "km0_rule", "overlap_rule")}


@lru_cache(maxsize=256)
def borders_doc(country: str | None) -> bytes:
    from ..data.borders import border_lengths

    rows = border_lengths()
    if country is not None:
        rows = [r for r in rows if country in (r["a"], r["b"])]
        if not rows:
            raise InputError(f"request: country = {country!r}: has no land border in the bundled data")
    doc = {
        "schema": "minebelt.borders/1",
        "data": _data_block(),
        "borders": [
            {
                "a": r["a"],
                "b": r["b"],
                "length_km": round(r["length_km"], 3),
                "land_km": round(r["land_km"], 3),
                "water_km": round(r["water_km"], 3),
                "parts": r["parts"],
            }
            for r in rows
        ],
    }
    return _dumps(doc)


#: What the page asks for: the whole world (any land border can be picked), simplified for a
#: basemap by 0.02 degree (about 2 km; the selected borders are drawn at full resolution).
PAGE_OUTLINES = ((-180.0, -90.0, 180.0, 90.0), 0.02)


@lru_cache(maxsize=8)
def outlines_doc(bbox: tuple[float, float, float, float] | None = None, tolerance_deg: float = 0.0) -> bytes:
    """Country outlines as GeoJSON: all of them as stored, or clipped to ``bbox`` and simplified
    by ``tolerance_deg`` (coordinates then rounded to 1e-4 degree, about 10 m)."""
    import numpy as np
    import shapely

    from ..data.borders import outlines
    from ..data.iso import country_name

    codes, geoms = outlines()
    feats = []
    for code, geom in zip(codes, geoms):
        if geom is None or geom.is_empty:
            continue
        if bbox is not None:
            geom = shapely.clip_by_rect(geom, *bbox)
            if geom.is_empty:
                continue
        if tolerance_deg > 0:
            geom = shapely.simplify(geom, tolerance_deg, preserve_topology=True)
            geom = shapely.transform(geom, lambda xy: np.round(xy, 4))
            if geom.is_empty:
                continue
        code = str(code)
        try:
            name = country_name(code)
        except Exception:  # noqa: BLE001 - a code outside ISO 3166 keeps its code as name
            name = code
        feats.append({"type": "Feature", "properties": {"iso3": code, "name": name}, "geometry": json.loads(shapely.to_geojson(geom))})
    info = _data_block()
    return _dumps(
        {
            "type": "FeatureCollection",
            "name": "minebelt country outlines",
            "bbox": list(bbox) if bbox is not None else None,
            "tolerance_deg": tolerance_deg,
            "attribution": info.get("attribution"),
            "license": info.get("license"),
            "features": feats,
        }
    )


def _markers(segs: Any, step: float) -> list[dict[str, Any]]:
    """A point every ``step`` km along the border (positions on the measured km scale)."""
    import numpy as np

    from ..geo.front import segment_km

    out: list[dict[str, Any]] = []
    done: set[float] = set()
    for seg in segs:
        coords, cum_km = segment_km(seg)
        if len(coords) < 2:
            continue
        first = math.ceil(seg.start_km / step - 1e-9) * step
        for k in np.arange(first, seg.end_km + 1e-9, step):
            k = round(float(k), 6)
            if k in done:
                continue
            done.add(k)
            x = float(np.interp(k, cum_km, coords[:, 0]))
            y = float(np.interp(k, cum_km, coords[:, 1]))
            out.append({"type": "Feature", "properties": {"km": k, "kind": "marker"}, "geometry": {"type": "Point", "coordinates": [round(x, 6), round(y, 6)]}})
    return out


@lru_cache(maxsize=512)
def border_doc(a: str, b: str) -> bytes:
    from ..data.borders import border_row, pair_segments

    segs = pair_segments(a, b)
    if not segs:
        raise LookupError(f"{a} and {b} share no land border in the bundled data")
    row = border_row(a, b) or {}
    feats: list[dict[str, Any]] = [
        {
            "type": "Feature",
            "properties": {
                "a": s.a,
                "b": s.b,
                "kind": s.kind,
                "part": s.part,
                "seq": s.seq,
                "start_km": round(s.start_km, 3),
                "end_km": round(s.end_km, 3),
                "length_km": round(s.length_km, 3),
            },
            "geometry": _geojson(s.geometry),
        }
        for s in segs
    ]
    feats += _markers(segs, MARKER_STEP_KM)
    info = _data_block()
    return _dumps(
        {
            "type": "FeatureCollection",
            "name": f"{a}-{b}",
            "a": a,
            "b": b,
            "length_km": round(float(row.get("length_km", 0.0)), 3),
            "land_km": round(float(row.get("land_km", 0.0)), 3),
            "water_km": round(float(row.get("water_km", 0.0)), 3),
            "marker_step_km": MARKER_STEP_KM,
            "km0_rule": info.get("km0_rule"),
            "attribution": info.get("attribution"),
            "license": info.get("license"),
            "features": feats,
        }
    )


class _LRU:
    """A small thread-safe LRU of response bodies."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: OrderedDict[str, bytes] = OrderedDict()
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: str) -> bytes | None:
        with self.lock:
            v = self.items.get(key)
            if v is None:
                self.misses += 1
                return None
            self.items.move_to_end(key)
            self.hits += 1
            return v

    def put(self, key: str, value: bytes) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


# ----------------------------------------------------------------------------- request bodies

_EXAMPLE_STATED = {
    "name": "Korean DMZ model: Poland",
    "defaults": {"depth_km": 2.0, "density": "korea-peak"},
    "sections": [{"name": "Poland: border with Belarus, 400 km", "country": "POL", "border": "BLR", "length_km": 400}],
}
_EXAMPLE_MEASURED = {
    "name": "Eastern flank, measured",
    "defaults": {"depth_km": 2.0, "density": "6000 to 12000", "along_water": "skip"},
    "sections": [
        {"name": "Finland - Russia", "country": "FIN", "border": "RUS"},
        {"name": "Poland - Belarus, first 100 km", "country": "POL", "border": "BLR", "from_km": 0, "to_km": 100},
    ],
}


class ScenarioIn(Scenario):
    """A scenario: the TOML schema of minebelt, as JSON (see ``minebelt.scenario``)."""

    model_config = ConfigDict(title="Scenario", json_schema_extra={"examples": [_EXAMPLE_STATED, _EXAMPLE_MEASURED]})
    # issue 13: the web API's cap, declared in the schema (the endpoint's check gives the message)
    sections: list[Section] = Field(
        ..., min_length=1, json_schema_extra={"maxItems": settings.API_SECTIONS_MAX}, description=f"At most {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX)."
    )


class ClaimIn(BaseModel):
    """One published claim: its quote, what it states and how minebelt recomputes it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., min_length=1, description="Unique id of the claim.")
    source: str | None = Field(None, description="Where the claim was published.")
    quote: str = Field(..., description="The claim, verbatim.")
    stated: Union[float, list[float], str] = Field(..., description="A number, a [low, high] range, or a date 'YYYY-MM'.")
    qualifier: Literal["about", "exact", "over", "under", "after", "before"] = "about"
    unit: str | None = None
    tolerance: float | None = Field(None, description="Relative tolerance for 'holds' (default 0.05).")
    abs_tolerance: float | None = None
    selection: bool | None = Field(None, description="The stated figure is a choice of stretches: the verdict is 'unverifiable'.")
    note: str | None = None
    compute: dict[str, Any] = Field(
        ...,
        description="One of: {scenario, field, scenario_name?, section?} naming a bundled example, "
        "{expr, refs}, {range: [spec, spec]}, {date}, {members, of}, {unverifiable}.",
    )


class ClaimsIn(BaseModel):
    """A claims document: the JSON form of a claims TOML file."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Seed 001, Poland",
                    "claims": [
                        {
                            "id": "pol-400-mines",
                            "source": "seed-001",
                            "quote": "...which corresponds to about 9.6 million mines.",
                            "stated": 9600000,
                            "qualifier": "about",
                            "unit": "mines",
                            "compute": {"scenario": "seed-korean-model.toml", "section": "Poland: border with Belarus, 400 km", "field": "mines"},
                        },
                        {
                            "id": "mile",
                            "quote": "a mile is 1.6 km",
                            "stated": 1.6,
                            "unit": "km",
                            "compute": {"expr": "m", "refs": {"m": "const:KM_PER_MILE"}},
                        },
                    ],
                }
            ]
        },
    )

    title: str | None = None
    sources: Any = None
    claims: list[ClaimIn] = Field(..., min_length=1)


# ----------------------------------------------------------------------------- validation


def _loc_text(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for x in loc:
        if isinstance(x, int) and parts:
            parts[-1] += f"[{x}]"
        elif isinstance(x, int):
            parts.append(f"[{x}]")
        else:
            parts.append(str(x))
    return ".".join(parts)


def _validation_message(exc: RequestValidationError, path: str) -> str:
    errors = exc.errors()
    if not errors:
        return "request: invalid request"
    e = errors[0]
    loc = tuple(e.get("loc", ()))
    if loc and loc[0] == "body" and path.endswith("/api/estimate") and isinstance(exc.body, dict):
        from ..scenario import scenario_from_dict

        try:
            scenario_from_dict(exc.body, label="request")
        except InputError as err:
            return str(err)
    if e.get("type") == "json_invalid":
        return "request: body: not valid JSON"
    kind = loc[0] if loc else ""
    rest = tuple(x for x in loc[1:] if not (isinstance(x, str) and (x.startswith(("function-", "union[")) or x in ("float", "str", "list[float]"))))
    where = _loc_text(rest)
    if kind == "query":
        where = f"query {where}" if where else "query"
    msg = str(e.get("msg", "invalid value")).removeprefix("Value error, ")
    if e.get("type") == "missing":
        msg = "required field is missing"
    elif e.get("type") == "extra_forbidden":
        msg = "unknown key (check the spelling)"
    elif "input" in e and not isinstance(e["input"], (dict, list)) and e.get("type") != "value_error":
        msg = f"{msg} (got {e['input']!r})"
    return f"request: {where}: {msg}" if where else f"request: {msg}"


def _check_inline_geojson(sc: Scenario) -> None:
    for i, s in enumerate(sc.sections):
        for fld in ("line", "mask"):
            v = getattr(s, fld)
            if isinstance(v, str):
                raise InputError(
                    f"request: sections[{i}] {s.name!r}: {fld}: the web API does not read files; give the GeoJSON object inline"
                )


def _check_claims(doc: ClaimsIn, examples: Path | None) -> list[dict[str, Any]]:
    """The claims as plain dicts (as :func:`minebelt.factcheck.load_claims` gives), scenario names checked."""
    claims = [c.model_dump(exclude_none=True) for c in doc.claims]
    known = sorted(p.name for p in examples.glob("*.toml")) if examples else []
    seen: set[str] = set()

    def check_spec(spec: Any, where: str) -> None:
        if not isinstance(spec, dict):
            return
        if "scenario" in spec:
            name = spec["scenario"]
            if not (isinstance(name, str) and _NAME_OK.match(name) and name in known):
                if not known:
                    raise InputError(f"{where}.scenario = {name!r}: the bundled examples are not installed, so the web API cannot read scenarios")
                raise InputError(
                    f"{where}.scenario = {name!r}: the web API reads only the bundled examples ({', '.join(known)})"
                )
        rng = spec.get("range")
        if isinstance(rng, list):
            for j, sub in enumerate(rng):
                check_spec(sub, f"{where}.range[{j}]")
        refs = spec.get("refs")
        if isinstance(refs, dict):
            for k, v in refs.items():
                check_spec(v, f"{where}.refs.{k}")

    for i, c in enumerate(claims):
        if c["id"] in seen:
            raise InputError(f"request: claims[{i}]: duplicate id {c['id']!r}")
        seen.add(c["id"])
        check_spec(c["compute"], f"request: claims[{i}] {c['id']!r}: compute")
    return claims


def _factcheck(claims: list[dict[str, Any]], path: Path, label: str) -> dict[str, Any]:
    from ..factcheck import SCHEMA, Checker, check_claim

    checker = Checker(path, claims)
    try:
        rows = [check_claim(checker, c) for c in claims]
    except InputError as e:
        raise InputError(str(e).replace(str(path), label)) from None
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    return {"schema": SCHEMA, "file": label, "summary": counts, "claims": rows, "provenance": {"minebelt_version": __version__}}


@lru_cache(maxsize=1)
def seed_factcheck_doc() -> bytes:
    from ..factcheck import check_file

    ex = examples_dir()
    if ex is None or not (ex / "seed-claims.toml").is_file():
        raise DataMissing("the bundled examples (examples/seed-claims.toml) are not installed")
    return _dumps(check_file(ex / "seed-claims.toml"))


# ----------------------------------------------------------------------------- middleware


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, whether or not Content-Length is sent."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def _refuse(self, send: Any) -> None:
        body = _dumps({"detail": f"request: body larger than the web API's limit of {self.limit:,} bytes (API_BODY_BYTES_MAX)"})
        await send({"type": "http.response.start", "status": 413, "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method") not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    if int(v) > self.limit:
                        await self._refuse(send)
                        return
                except ValueError:
                    pass
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._refuse(send)
                return
            chunks.append(chunk)
            more = msg.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class SecurityHeaders:
    """``nosniff`` everywhere; the page and its static files get a self-only Content Security Policy."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        page = not scope.get("path", "").startswith("/api/")

        async def send_with_headers(msg: dict[str, Any]) -> None:
            if msg["type"] == "http.response.start":
                headers = list(msg.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                if page:
                    headers.append((b"content-security-policy", CSP.encode()))
                msg = {**msg, "headers": headers}
            await send(msg)

        await self.app(scope, receive, send_with_headers)


# ----------------------------------------------------------------------------- the app


def warm_caches() -> None:
    """Compute what the page asks for first (world basemap, every border's overview line, the
    country list, eastern-flank borders, the default estimate at 2 km), so the first visitor
    does not wait for the geometry."""
    if not data_available():
        return
    from ..pipeline.estimate import estimate
    from ..scenario import scenario_from_dict

    try:
        from .routers.world import LINES_TOLERANCE_DEG, border_lines_doc, countries_doc

        outlines_doc(*PAGE_OUTLINES)
        border_lines_doc(LINES_TOLERANCE_DEG)
        countries_doc()
        for c, b in EASTERN_FLANK:
            border_doc(*sorted((c, b)))
        doc = {
            "name": "warm-up",
            "defaults": {"depth_km": 2.0, "density": "korea-peak", "along_water": "skip"},
            "sections": [{"name": f"{c}-{b}", "country": c, "border": b} for c, b in EASTERN_FLANK],
        }
        estimate(scenario_from_dict(doc, label="warm-up"))
    except Exception:  # noqa: BLE001 - warming is best effort; requests report their own errors
        pass


def create_app(warm: bool = False, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The minebelt web application (API + page). Serve it with uvicorn, or use :func:`serve`.

    ``warm=True`` computes the page's first view in a background thread at startup
    (:func:`warm_caches`). ``allowed_hosts``: Host header names answered besides
    127.0.0.1, localhost and ::1 (see :mod:`minebelt.web.guard`: worker pool, Host
    allow-list, cancellation).
    """
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
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
            "Errors: HTTP 422 with {\"detail\": one line naming the field}; 503 when the bundled border data is "
            "missing. Border data: OpenStreetMap contributors, ODbL 1.0."
        ),
        docs_url=None,  # FastAPI's docs load from a CDN: /docs is routers.docs (vendored Swagger UI)
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, limit=settings.API_BODY_BYTES_MAX)
    app.add_middleware(SecurityHeaders)
    from .guard import install as install_guards

    install_guards(app, allowed_hosts)  # issue 13: Host allow-list, worker pool, limits in OpenAPI
    cache = _LRU(ESTIMATE_CACHE_SIZE)
    app.state.estimate_cache = cache

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError) -> JSONResponse:
        if _is_data_missing(str(exc)):
            return JSONResponse({"detail": str(exc)}, status_code=503)
        return JSONResponse({"detail": str(exc)}, status_code=422)

    @app.exception_handler(DataMissing)
    async def _data_missing(request: Request, exc: DataMissing) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_message(exc, request.url.path)}, status_code=422)

    err = {
        422: {"description": "Bad input: `{\"detail\": \"one line naming the field\"}`"},
        503: {"description": "The bundled border data is not installed"},
    }

    # ------------------------------------------------------------------ page
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    # ------------------------------------------------------------------ routers (one per resource)
    from .routers import docs as docs_router
    from .routers import examples as examples_router
    from .routers import scenario as scenario_router
    from .routers import world as world_router

    app.include_router(docs_router.router)
    app.include_router(examples_router.make_router(lambda: examples_dir()))
    app.include_router(world_router.router, responses=err)
    app.include_router(scenario_router.router, responses=err)

    # ------------------------------------------------------------------ API
    @app.get("/api/info", tags=["meta"], summary="Version, data availability, caps")
    def info() -> Response:
        avail = data_available()
        ex = examples_dir()
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
        return _json(_dumps(doc))

    @app.get("/api/models", tags=["reference"], summary="Named density models with their sources (minebelt.models/1)")
    def models(request: Request) -> Response:
        return _cached_json(request, models_doc())

    @app.get("/api/borders", tags=["geography"], summary="Measured land borders (minebelt.borders/1)", responses=err)
    def borders(request: Request, country: Annotated[str | None, Query(description="Only this country's borders (ISO 3166-1 alpha-3).", max_length=16)] = None) -> Response:
        _require_data()
        code = None
        if country is not None:
            from ..data.iso import country_names

            code = country.strip().upper()
            if code not in country_names():
                raise InputError(f"request: country = {country!r}: unknown ISO 3166-1 alpha-3 code")
        return _cached_json(request, borders_doc(code))

    @app.get("/api/outlines", tags=["geography"], summary="Simplified country outlines (GeoJSON), the map's basemap", responses=err)
    def outlines(
        request: Request,
        bbox: Annotated[str | None, Query(description="Clip to 'min_lon,min_lat,max_lon,max_lat' (degrees).", max_length=100)] = None,
        tolerance_deg: Annotated[float, Query(description="Simplify further by this many degrees (0 to 1); coordinates are then rounded to 1e-4 degree.")] = 0.0,
    ) -> Response:
        _require_data()
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
        return _cached_json(request, outlines_doc(box, round(tolerance_deg, 4)))

    @app.get(
        "/api/border/{a}/{b}",
        tags=["geography"],
        summary="One land border: segments (land/water) and km markers every 25 km (GeoJSON)",
        responses={**err, 404: {"description": "The two countries share no land border"}},
    )
    def border(request: Request, a: str, b: str) -> Response:
        _require_data()
        x, y = (c.strip().upper() for c in (a, b))
        for c, name in ((x, "a"), (y, "b")):
            if not (len(c) == 3 and c.isascii() and c.isalpha()):
                raise InputError(f"request: {name} = {c!r}: must be an ISO 3166-1 alpha-3 code like 'POL'")
        if x == y:
            raise InputError(f"request: b = {y!r}: a border needs two different countries")
        x, y = sorted((x, y))
        try:
            return _cached_json(request, border_doc(x, y))
        except LookupError as e:
            return JSONResponse({"detail": f"request: {e}"}, status_code=404)

    @app.post(
        "/api/estimate",
        tags=["estimate"],
        summary="Estimate a scenario (minebelt.estimate/1, plus belts as GeoJSON)",
        responses={**err, 413: {"description": "Request body too large"}},
    )
    def estimate(
        scenario: ScenarioIn,
        samples: Annotated[
            int | None,
            Query(
                description=f"Monte Carlo samples, 1 to {settings.API_SAMPLES_MAX:,} (API_SAMPLES_MAX), and samples x sections at most "
                f"{settings.API_SAMPLE_SECTIONS_MAX:,} (API_SAMPLE_SECTIONS_MAX). Omit for point values.",
                json_schema_extra={"minimum": 1, "maximum": settings.API_SAMPLES_MAX},
            ),
        ] = None,
        seed: Annotated[
            int | None,
            Query(description="Random seed (>= 0); defaults to 0 with samples.", json_schema_extra={"minimum": 0, "maximum": 2**63 - 1}),
        ] = None,
        belts: Annotated[bool, Query(description="Include the belt polygons (GeoJSON) of measured sections.")] = True,
    ) -> Response:
        from ..outputs.exports import belt_features
        from ..pipeline.estimate import estimate as run
        from ..scenario import scenario_from_dict

        if samples is not None and not 1 <= samples <= settings.API_SAMPLES_MAX:
            raise InputError(f"request: samples = {samples}: must lie in [1, {settings.API_SAMPLES_MAX:,}] in the web API (API_SAMPLES_MAX)")
        if seed is not None and not 0 <= seed < 2**63:
            raise InputError(f"request: seed = {seed}: must be a whole number in [0, 2**63)")
        if len(scenario.sections) > settings.API_SECTIONS_MAX:
            raise InputError(
                f"request: sections: {len(scenario.sections)} sections, more than the web API's limit of {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX)"
            )
        _check_inline_geojson(scenario)
        from .budget import check_estimate

        check_estimate(scenario, samples)  # issue 13: samples x sections and geometry buffers, before any work
        doc_in = scenario.model_dump(mode="json", exclude_unset=True)
        key = hashlib.sha256(_dumps([doc_in, samples, seed, belts])).hexdigest()
        hit = cache.get(key)
        if hit is not None:
            return _json(hit)
        sc = scenario_from_dict(doc_in, label="request")
        if any(s.is_geometric for s in sc.sections):
            _require_data()
        result = run(sc, samples=samples, seed=seed, with_geometry=belts)  # errors say "request: ..."
        doc = dict(result.document)
        feats = belt_features([result]) if belts and result.belts else []
        if feats:
            from ..data.borders import data_info

            di = data_info()
            doc["belts"] = {
                "type": "FeatureCollection",
                "name": "minebelt belts",
                "attribution": di.get("attribution"),
                "license": di.get("license"),
                "features": feats,
            }
        body = _dumps(doc)
        cache.put(key, body)
        return _json(body)

    @app.post("/api/factcheck", tags=["factcheck"], summary="Fact-check claims (minebelt.factcheck/1)", responses={**err, 413: {"description": "Request body too large"}})
    def factcheck(claims: ClaimsIn) -> Response:
        ex = examples_dir()
        rows = _check_claims(claims, ex)
        base = (ex or Path.cwd()) / "request"
        return _json(_dumps(_factcheck(rows, base, "request")))

    @app.get("/api/factcheck/seed", tags=["factcheck"], summary="Fact-check of the bundled seed claims (examples/seed-claims.toml)", responses=err)
    def factcheck_seed(request: Request) -> Response:
        return _cached_json(request, seed_factcheck_doc())

    return app


def serve(host: str = "127.0.0.1", port: int = 8000, allow_hosts: list[str] | None = None) -> None:
    """Run the web app with uvicorn (blocking). ``minebelt serve`` calls this.

    The Host header must be 127.0.0.1, localhost, ::1, the address ``host`` (unless it is a
    wildcard such as 0.0.0.0) or one of ``allow_hosts`` (see :mod:`minebelt.web.guard`).
    """
    import uvicorn

    names = list(allow_hosts or [])
    if host not in ("0.0.0.0", "::", ""):
        names.append(host)
    uvicorn.run(create_app(warm=True, allowed_hosts=names), host=host, port=port)


__all__ = ["create_app", "serve", "warm_caches", "examples_dir", "data_available"]
