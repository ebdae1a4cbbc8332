"""Response helpers shared by the app and its routers (no FastAPI app state, no import of ``app``).

Layer: interfaces.
"""

from __future__ import annotations

import gzip
import json
import math
from functools import lru_cache
from typing import Any

import orjson
from fastapi import Request
from fastapi.responses import Response


def clean(x: Any) -> Any:
    """JSON-safe copy: non-finite floats become null, numpy scalars plain numbers."""
    if isinstance(x, dict):
        return {str(k): clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if hasattr(x, "item") and not isinstance(x, (str, bytes)):
        try:
            x = x.item()
        except (ValueError, TypeError):
            return str(x)
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return x


def dumps(doc: Any) -> bytes:
    """Compact UTF-8 JSON; non-finite floats become null.

    orjson first (a fresh estimate's 70 kB document in a tenth of the standard library's
    time); what it does not take (numpy scalars, integers beyond 64 bits) goes through
    :func:`clean` and :mod:`json`. Numbers are the same values either way (orjson may write
    ``0.00001`` where :mod:`json` writes ``1e-05``)."""
    try:
        return orjson.dumps(doc, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        pass
    try:
        return json.dumps(doc, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")
    except (ValueError, TypeError):
        return json.dumps(clean(doc), ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


@lru_cache(maxsize=1024)
def gzipped(content: bytes) -> bytes:
    return gzip.compress(content, compresslevel=6, mtime=0)


def cached_json(request: Request, content: bytes) -> Response:
    """A cached document (same bytes object every time), gzipped once when large and accepted."""
    headers = {"Cache-Control": "max-age=3600", "Vary": "Accept-Encoding"}
    if len(content) >= 16_384 and "gzip" in request.headers.get("accept-encoding", ""):
        headers["Content-Encoding"] = "gzip"
        return Response(content=gzipped(content), media_type="application/json", headers=headers)
    return Response(content=content, media_type="application/json", headers=headers)


def json_response(content: bytes, status: int = 200, cache: bool = False) -> Response:
    """A JSON response of ready bytes, not cached by the browser unless ``cache``."""
    headers = {"Cache-Control": "max-age=3600"} if cache else {"Cache-Control": "no-store"}
    return Response(content=content, status_code=status, media_type="application/json", headers=headers)
