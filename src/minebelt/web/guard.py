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
:class:`WorkLimiter` (innermost, inside the body-size limit)
    Every API request that computes without a bound (``POST /api/estimate``, ``POST
    /api/factcheck``, ``GET /api/outlines`` with any box, ``GET /api/atlas`` at any depth) needs
    one of ``settings.WEB_WORKERS`` slots (one per CPU of the machine); other GET documents are
    cached per key from a finite set, and an estimate already answered is served from the
    router's cache without a slot. Up to ``settings.WEB_QUEUE_MAX`` requests wait for one, at
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
import threading
from collections.abc import Iterable
from typing import Any

import anyio

from .. import settings
from ..scenario._validate import json_depth

#: Deepest JSON nesting a request body may have (a scenario with an inline MultiPolygon
#: mask in a FeatureCollection is 12 deep).
API_JSON_DEPTH_MAX = 64

#: GET paths that may compute without bound (the world's outlines at any bbox and tolerance;
#: the atlas at any depth). Other GET documents have a finite key space and are cached (325
#: borders, 250 countries, one seed fact-check), so they pass without a worker slot.
HEAVY_GET_PATHS = frozenset({"/api/outlines", "/api/atlas"})
#: POST paths whose answers are cached by the router: a request already answered is served
#: from that cache before it takes a worker slot (repeats never queue behind computations).
CACHED_POST_PATHS = frozenset({"/api/estimate"})


def _json_response(status: int, detail: str, extra: Iterable[tuple[bytes, bytes]] = ()) -> tuple[dict[str, Any], dict[str, Any]]:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store"), *extra]
    return {"type": "http.response.start", "status": status, "headers": headers}, {"type": "http.response.body", "body": body}


async def _answer(send: Any, status: int, detail: str, extra: Iterable[tuple[bytes, bytes]] = ()) -> None:
    start, body = _json_response(status, detail, extra)
    await send(start)
    await send(body)


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
_HOST = re.compile(r"(?:\[(?P<ip6>[0-9a-f:.]+)\]|(?P<name>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.?))(?::[0-9]{0,5})?", re.IGNORECASE)


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


# ----------------------------------------------------------------------------- worker pool


class WorkLimiter:
    """A bounded pool of request slots with a bounded wait queue; cancellation on disconnect."""

    def __init__(
        self,
        app: Any,
        workers: int = settings.WEB_WORKERS,
        queue_max: int = settings.WEB_QUEUE_MAX,
        queue_wait_s: float = settings.WEB_QUEUE_WAIT_S,
        retry_after_s: int = settings.WEB_RETRY_AFTER_S,
        registry: Any = None,
    ) -> None:
        self.app = app
        self.registry = registry
        if registry is not None:  # app.state: lets tests and /api/info see the counters
            registry.work_limiter = self
        self.workers = workers
        self.queue_max = queue_max
        self.queue_wait_s = queue_wait_s
        self.retry_after = str(retry_after_s).encode()
        self._sem: anyio.Semaphore | None = None
        self.waiting = 0
        self.running = 0
        self.refused = 0
        self.cancelled = 0
        self.cache_hits = 0

    def _cached(self, path: str, body: bytes, query: str) -> bytes | None:
        """The cached answer of a request (the router's own cache), or None."""
        cache = getattr(self.registry, "estimate_cache", None)
        if cache is None:
            return None
        from .routers.estimate import cached_answer

        return cached_answer(cache, body, query)

    def _busy(self, why: str) -> tuple[str, list[tuple[bytes, bytes]]]:
        self.refused += 1
        return (
            f"request: the server is busy ({why}); retry in {self.retry_after.decode()} s",
            [(b"retry-after", self.retry_after)],
        )

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        heavy = path.startswith("/api/") and (scope.get("method") != "GET" and scope.get("method") != "HEAD" or path in HEAVY_GET_PATHS)
        if not heavy:
            await self.app(scope, receive, send)
            return
        if self._sem is None:
            self._sem = anyio.Semaphore(self.workers)

        # the whole body (already capped by the body-size limit outside this middleware)
        chunks: list[bytes] = []
        while True:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            chunks.append(msg.get("body", b""))
            if not msg.get("more_body", False):
                break
        body = b"".join(chunks)
        if body and json_depth(body) > API_JSON_DEPTH_MAX:
            await _answer(send, 422, f"request: body: nested more than {API_JSON_DEPTH_MAX} levels deep (API_JSON_DEPTH_MAX)")
            return

        if path in CACHED_POST_PATHS and self.registry is not None:
            hit = self._cached(path, body, scope.get("query_string", b"").decode("latin-1"))
            if hit is not None:  # a cached answer costs milliseconds: it never waits for a worker
                self.cache_hits += 1
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-type", b"application/json"), (b"content-length", str(len(hit)).encode()), (b"cache-control", b"no-store")]})
                await send({"type": "http.response.body", "body": hit})
                return

        sem = self._sem
        if sem.value == 0 and self.waiting >= self.queue_max:
            detail, extra = self._busy(f"{self.workers} requests computing and {self.waiting} waiting, WEB_WORKERS/WEB_QUEUE_MAX")
            await _answer(send, 503, detail, extra)
            return

        cancel = threading.Event()
        gone = anyio.Event()
        delivered = False

        async def watch() -> None:
            while True:
                m = await receive()
                if m["type"] == "http.disconnect":
                    cancel.set()
                    gone.set()
                    return

        async def app_receive() -> dict[str, Any]:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            await gone.wait()
            return {"type": "http.disconnect"}

        from ..cancel import cancellable

        async with anyio.create_task_group() as tg:
            tg.start_soon(watch)
            self.waiting += 1
            acquired = False
            try:
                with anyio.move_on_after(self.queue_wait_s):
                    async with anyio.create_task_group() as race:

                        async def acquire() -> None:
                            nonlocal acquired
                            await sem.acquire()
                            acquired = True
                            race.cancel_scope.cancel()

                        async def left() -> None:
                            await gone.wait()
                            race.cancel_scope.cancel()

                        race.start_soon(acquire)
                        race.start_soon(left)
            finally:
                self.waiting -= 1
            if not acquired:
                if not gone.is_set():
                    detail, extra = self._busy(f"no worker free within {self.queue_wait_s:g} s, WEB_QUEUE_WAIT_S")
                    await _answer(send, 503, detail, extra)
                tg.cancel_scope.cancel()
                return
            self.running += 1
            try:
                with cancellable(cancel):
                    await self.app(scope, app_receive, send)
            finally:
                self.running -= 1
                sem.release()
                if cancel.is_set():
                    self.cancelled += 1
                tg.cancel_scope.cancel()


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
    "413": {"description": f"Request body larger than API_BODY_BYTES_MAX ({settings.API_BODY_BYTES_MAX:,} bytes)", **_ERROR},
    "422": {"description": "Bad input: {\"detail\": \"one line naming the field and the allowed range\"}", **_ERROR},
    "503": {
        "description": "Busy (all WEB_WORKERS computing and the queue full or waited too long; retry after Retry-After "
        "seconds), or the bundled border data is not installed",
        "headers": {"Retry-After": {"description": "Seconds to wait before retrying (when busy)", "schema": {"type": "integer"}}},
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
                    op["responses"][code] = {**doc, **({"description": existing["description"]} if existing and code != "503" else {})}
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
        return JSONResponse({"detail": "request: cancelled: the client left before the result was ready"}, status_code=503)

    async def _too_deep(request: Any, exc: Exception) -> Any:
        return JSONResponse({"detail": "request: body: nested too deeply to process"}, status_code=422)

    app.add_exception_handler(Cancelled, _cancelled)
    app.add_exception_handler(RecursionError, _too_deep)
    _patch_openapi(app)


__all__ = ["API_JSON_DEPTH_MAX", "HostAllowList", "WorkLimiter", "allowed_hosts", "install", "request_host"]
