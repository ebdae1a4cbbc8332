"""Hardening of the web server: Host allow-list, bounded worker pool, cancellation, limits.

Layer: interfaces.

:func:`install` wires it all into an app built by :func:`minebelt.web.app.create_app`:

:class:`HostAllowList` (outermost)
    Answers only requests whose ``Host`` header (port ignored) is in the allow-list:
    ``settings.WEB_ALLOWED_HOSTS`` (127.0.0.1, localhost, ::1), the names given to
    ``minebelt serve --allow-host`` and the environment variable ``MINEBELT_ALLOW_HOSTS``
    (comma-separated). Anything else gets 400 with a JSON line naming the header. A web
    page elsewhere can therefore not reach the local server through DNS rebinding
    (a name it controls resolving to 127.0.0.1): the browser sends that name as Host.
:class:`~minebelt.web.pool.WorkLimiter` (innermost, inside the body-size limit; in :mod:`minebelt.web.pool`)
    Every API request that computes without a bound (``POST /api/estimate``, ``POST
    /api/factcheck``, ``GET /api/outlines`` with any box, ``GET /api/atlas`` at any depth) needs
    one of ``settings.WEB_WORKERS`` slots (one per CPU of the machine); other GET documents are
    cached per key from a finite set, and an estimate request whose bytes (body and query)
    were answered before is served from the router's cache without a slot, and so is one that
    differs only by ``lang`` from one answered before (its cards written from the cached English
    document; the same scenario in other bytes is found by the router, in a slot). Up to ``settings.WEB_QUEUE_MAX`` requests wait for one, at
    most ``settings.WEB_QUEUE_WAIT_S``;
    beyond either the answer is 503 with ``Retry-After: settings.WEB_RETRY_AFTER_S`` at once,
    so load never piles up memory or threads. Waiting costs no thread. It also
    - refuses JSON bodies nested deeper than ``API_JSON_DEPTH_MAX`` (422) before any parser
      sees them (a million ``[`` would exhaust the parser's stack: a 500 before);
    - watches the connection: when the client leaves, the request's cancel event
      (:mod:`minebelt.cancel`) is set and the computation stops at its next checkpoint
      (between stages, after each measured section, after each input of a sensitivity run),
      freeing the slot; a request still waiting for a slot is dropped. Not interruptible:
      a GEOS, PROJ or numpy call already running, one section's belt at all its depths
      (measured in a worker thread), a Monte Carlo evaluation stage, and the GET documents
      (cached once computed).
Exception handlers
    :class:`~minebelt.cancel.Cancelled` (client gone) and ``RecursionError`` become JSON
    answers instead of a 500 that drops the keep-alive connection.
OpenAPI
    Every operation under ``/api/`` documents 400 (Host), 413 (body size), 422 (bad input,
    naming the field) and 503 (busy, with ``Retry-After``; or border data missing); the
    document carries every limit of :mod:`minebelt.settings` the API enforces under
    ``x-minebelt-limits``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from typing import Any

from .. import settings
from .pool import (  # noqa: F401  (re-exported: the worker pool used to live here)
    API_JSON_DEPTH_MAX,
    CACHED_POST_PATHS,
    HEAVY_GET_PATHS,
    WorkLimiter,
    _answer,
    _json_response,
)

# ----------------------------------------------------------------------------- Host allow-list


def _host_only(value: str) -> str:
    """``"localhost:8000"`` -> ``"localhost"``; ``"[::1]:8000"`` -> ``"::1"``; lower case."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        return value[1:end] if end > 0 else value
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


# RFC 9110 7.2 / RFC 3986 3.2.2: Host = uri-host [ ":" port ]; uri-host an IP literal in
# brackets, an IPv4 address or a registered name. Only names of letters, digits, "-" and "."
# can be in the allow-list, so anything else (user info "a@b", a second colon, spaces, percent
# signs) is refused outright rather than cut at the first colon.
_HOST = re.compile(
    r"(?:\[(?P<ip6>[0-9a-f:.]+)\]|(?P<name>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.?))(?::[0-9]{0,5})?", re.IGNORECASE
)


def request_host(value: str) -> str | None:
    """The host of a ``Host`` header value, lower case (``"LOCALHOST:1"`` -> ``"localhost"``,
    ``"[::1]:8000"`` -> ``"::1"``), or None for anything that is not a well-formed Host
    (``"localhost:1@evil.com"``, ``"a b"``, ``""``)."""
    m = _HOST.fullmatch(value.strip())
    if m is None:
        return None
    return (m.group("ip6") or m.group("name")).lower().rstrip(".")


def allowed_hosts(extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host allow-list: the defaults, ``extra`` and ``MINEBELT_ALLOW_HOSTS``."""
    names = list(settings.WEB_ALLOWED_HOSTS) + list(extra)
    names += [x for x in os.environ.get("MINEBELT_ALLOW_HOSTS", "").split(",") if x.strip()]
    return frozenset(_host_only(n) for n in names if n.strip())


class HostAllowList:
    """400 for any request whose Host header is not in the allow-list (``*`` allows all)."""

    def __init__(self, app: Any, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = frozenset(hosts)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket") or "*" in self.hosts:
            await self.app(scope, receive, send)
            return
        host = ""
        for k, v in scope.get("headers", []):
            if k == b"host":
                host = v.decode("latin-1")
                break
        if request_host(host) in self.hosts:
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        shown = json.dumps(host[:100])
        await _answer(
            send,
            400,
            f"request: Host header {shown} is not allowed (allowed: {', '.join(sorted(self.hosts))}); "
            "start the server with --allow-host NAME to add a name",
        )


# ----------------------------------------------------------------------------- OpenAPI

LIMITS = {
    "API_BODY_BYTES_MAX": settings.API_BODY_BYTES_MAX,
    "API_JSON_DEPTH_MAX": API_JSON_DEPTH_MAX,
    "API_SAMPLES_MAX": settings.API_SAMPLES_MAX,
    "API_SECTIONS_MAX": settings.API_SECTIONS_MAX,
    "API_SAMPLE_SECTIONS_MAX": settings.API_SAMPLE_SECTIONS_MAX,
    "API_GEOMETRY_BUFFERS_MAX": settings.API_GEOMETRY_BUFFERS_MAX,
    "API_COMPARE_SCENARIOS_MAX": settings.API_COMPARE_SCENARIOS_MAX,
    "ARTICLE_BYTES_MAX": settings.ARTICLE_BYTES_MAX,
    "NAME_CHARS_MAX": settings.NAME_CHARS_MAX,
    "TEXT_CHARS_MAX": settings.TEXT_CHARS_MAX,
    "LINE_VERTICES_MAX": settings.LINE_VERTICES_MAX,
    "GEOJSON_DEPTH_MAX": settings.GEOJSON_DEPTH_MAX,
    "EXPR_CHARS_MAX": settings.EXPR_CHARS_MAX,
    "EXPR_NODES_MAX": settings.EXPR_NODES_MAX,
    "DEPTH_KM_MAX": settings.DEPTH_KM_MAX,
    "DENSITY_PER_KM2_MAX": settings.DENSITY_PER_KM2_MAX,
    "DENSITY_PER_KM_FRONT_MAX": settings.DENSITY_PER_KM_FRONT_MAX,
    "LENGTH_KM_MAX": settings.LENGTH_KM_MAX,
    "WEB_WORKERS": settings.WEB_WORKERS,
    "WEB_QUEUE_MAX": settings.WEB_QUEUE_MAX,
    "WEB_QUEUE_WAIT_S": settings.WEB_QUEUE_WAIT_S,
    "WEB_RETRY_AFTER_S": settings.WEB_RETRY_AFTER_S,
}

_ERROR = {
    "content": {
        "application/json": {
            "schema": {"type": "object", "properties": {"detail": {"type": "string"}}, "required": ["detail"]}
        }
    }
}
RESPONSES = {
    "400": {"description": "Host header not allowed (see --allow-host)", **_ERROR},
    "413": {
        "description": f"Request body larger than API_BODY_BYTES_MAX ({settings.API_BODY_BYTES_MAX:,} bytes)",
        **_ERROR,
    },
    "422": {
        "description": 'Bad input: {"detail": "one line naming the field and the allowed range", "text": "the same '
        "line in the language of ?lang=, else the server's --lang, else Accept-Language\"}",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"detail": {"type": "string"}, "text": {"type": "string"}},
                    "required": ["detail"],
                }
            }
        },
    },
    "503": {
        "description": "Busy (all WEB_WORKERS computing and the queue full or waited too long; retry after Retry-After "
        "seconds), or the bundled border data is not installed",
        "headers": {
            "Retry-After": {"description": "Seconds to wait before retrying (when busy)", "schema": {"type": "integer"}}
        },
        **_ERROR,
    },
}


def _patch_openapi(app: Any) -> None:
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None and app.openapi_schema.get("x-minebelt-limits"):
            return app.openapi_schema
        schema = original()
        schema["x-minebelt-limits"] = dict(LIMITS)
        from .rules import openapi_rules
        from .schemas import state_quantity_bounds

        schema["x-minebelt-rules"] = openapi_rules()
        state_quantity_bounds(schema)
        for path, ops in schema.get("paths", {}).items():
            if not path.startswith("/api/"):
                continue
            for op in ops.values():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                for code, doc in RESPONSES.items():
                    if code == "413" and "requestBody" not in op:
                        continue
                    existing = op["responses"].get(code)
                    op["responses"][code] = {
                        **doc,
                        **({"description": existing["description"]} if existing and code != "503" else {}),
                    }
        app.openapi_schema = schema
        return schema

    app.openapi = openapi


# ----------------------------------------------------------------------------- wiring


def install(app: Any, hosts: Iterable[str] | None = None) -> None:
    """Add the Host allow-list (outermost), the worker pool (innermost), the exception
    handlers and the OpenAPI additions to ``app``; call after its other middleware."""
    from starlette.middleware import Middleware
    from starlette.responses import JSONResponse

    from ..cancel import Cancelled

    app.user_middleware.insert(0, Middleware(HostAllowList, hosts=allowed_hosts(hosts or ())))
    app.user_middleware.append(Middleware(WorkLimiter, registry=app.state))

    async def _cancelled(request: Any, exc: Exception) -> Any:
        # the client has left; this answer is for logs and proxies only
        request.app.state.cancelled_requests = getattr(request.app.state, "cancelled_requests", 0) + 1
        return JSONResponse(
            {"detail": "request: cancelled: the client left before the result was ready"}, status_code=503
        )

    async def _too_deep(request: Any, exc: Exception) -> Any:
        from ._errors import error_body

        return JSONResponse(error_body("request: body: nested too deeply to process", request), status_code=422)

    app.add_exception_handler(Cancelled, _cancelled)
    app.add_exception_handler(RecursionError, _too_deep)
    _patch_openapi(app)


__all__ = ["API_JSON_DEPTH_MAX", "HostAllowList", "WorkLimiter", "allowed_hosts", "install", "request_host"]
