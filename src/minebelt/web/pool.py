"""The web server's worker pool: a bounded number of computing requests, a bounded wait, cancellation.

Layer: interfaces.

:class:`WorkLimiter` is the innermost middleware (inside the body-size limit) that
:func:`minebelt.web.guard.install` adds; :mod:`minebelt.web.guard` describes what it admits,
queues, refuses and cancels. It also refuses JSON bodies nested deeper than
:data:`API_JSON_DEPTH_MAX` before any parser sees them. :func:`_answer` writes the one-line JSON
refusals of this pool and of the Host allow-list.
"""

from __future__ import annotations

import json
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
#: POST paths whose answers are cached by the router: a request whose bytes were answered
#: before is served from that cache before it takes a worker slot (repeats never queue behind
#: computations).
CACHED_POST_PATHS = frozenset({"/api/estimate"})


def _json_response(
    status: int, detail: str, extra: Iterable[tuple[bytes, bytes]] = (), text: str | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    doc = {"detail": detail} if text is None else {"detail": detail, "text": text}
    body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"cache-control", b"no-store"),
        *extra,
    ]
    return {"type": "http.response.start", "status": status, "headers": headers}, {
        "type": "http.response.body",
        "body": body,
    }


async def _answer(
    send: Any, status: int, detail: str, extra: Iterable[tuple[bytes, bytes]] = (), text: str | None = None
) -> None:
    start, body = _json_response(status, detail, extra, text)
    await send(start)
    await send(body)


def _reader_text(scope: Any, detail: str) -> str:
    """A 422's ``text``: ``detail`` in the request's language, as every other 422 words it
    (:func:`~minebelt.web._errors.reader_line`), read from the raw request's scope."""
    from starlette.requests import Request

    from ._errors import reader_line

    return reader_line(detail, Request(scope))


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

    async def _cached(self, scope: Any, body: bytes) -> bytes | None:
        """The cached answer of a request (the router's own cache, by the request's bytes), or
        None; the keys are left in ``scope`` for the router to store its answer under.

        A request in a reader's language whose English answer is cached (the page after a
        language change) is answered from it: its cards are written in a thread, without a
        worker slot, so it never waits behind a computation."""
        cache = getattr(self.registry, "estimate_cache", None)
        if cache is None:
            return None
        from .routers.estimate import ENGLISH_KEY_SCOPE, RAW_KEY_SCOPE, cached_answer, english_key, raw_key, text_answer

        query = scope.get("query_string", b"").decode("latin-1")
        key = scope[RAW_KEY_SCOPE] = raw_key(body, query)
        hit = cached_answer(cache, key)
        if hit is not None:
            return hit
        english = english_key(body, query)
        if english is None:
            return None
        scope[ENGLISH_KEY_SCOPE], lang = english
        hit = cached_answer(cache, english[0])
        if hit is None or lang is None:
            return hit
        return await anyio.to_thread.run_sync(text_answer, cache, key, hit, lang)

    def _busy(self, why: str) -> tuple[str, list[tuple[bytes, bytes]]]:
        self.refused += 1
        return (
            f"request: the server is busy ({why}); retry in {self.retry_after.decode()} s",
            [(b"retry-after", self.retry_after)],
        )

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        heavy = path.startswith("/api/") and (
            scope.get("method") != "GET" and scope.get("method") != "HEAD" or path in HEAVY_GET_PATHS
        )
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
            detail = f"request: body: nested more than {API_JSON_DEPTH_MAX} levels deep (API_JSON_DEPTH_MAX)"
            await _answer(send, 422, detail, text=_reader_text(scope, detail))
            return

        if path in CACHED_POST_PATHS and self.registry is not None:
            hit = await self._cached(scope, body)
            if hit is not None:  # a cached answer costs milliseconds: it never waits for a worker
                self.cache_hits += 1
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(hit)).encode()),
                            (b"cache-control", b"no-store"),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": hit})
                return

        sem = self._sem
        if sem.value == 0 and self.waiting >= self.queue_max:
            detail, extra = self._busy(
                f"{self.workers} requests computing and {self.waiting} waiting, WEB_WORKERS/WEB_QUEUE_MAX"
            )
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
