"""``POST /api/estimate``: a scenario as JSON -> the ``minebelt.estimate/1`` document, plus the belts.

Layer: interfaces. Estimates are cached in-process (:class:`LRU` of response bodies on
``app.state.estimate_cache``); the API never reads a file a request names.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ... import i18n, settings
from ...errors import InputError
from ...scenario import Scenario
from .. import _data
from .._common import dumps, json_response
from ..schemas import ScenarioIn
from .errors_doc import ERR

#: Answers kept; each is stored under its scenario's key and its request's bytes (one object).
ESTIMATE_CACHE_SIZE = 128
LANG_PATTERN = "^(" + "|".join(i18n.LANGS) + ")$"

router = APIRouter()


class LRU:
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

    def peek(self, key: str) -> bytes | None:
        """Like :meth:`get`, but a miss is not counted (the request goes on to the router)."""
        with self.lock:
            v = self.items.get(key)
            if v is not None:
                self.items.move_to_end(key)
                self.hits += 1
            return v

    def put(self, key: str, value: bytes) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


def cache_key(doc_in: dict, samples: int | None, seed: int | None, belts: bool, lang: str | None = None) -> str:
    """The key of an answer in the cache: the validated scenario (fields as sent) and the options
    (the English document's key, and beside it one per reader's language asked for)."""
    key = hashlib.sha256(dumps([doc_in, samples, seed, belts])).hexdigest()
    return f"{key}:{lang}" if lang else key


#: The scope key under which :mod:`minebelt.web.pool` hands the router the request's
#: :func:`raw_key` (the router stores its answer under it too).
RAW_KEY_SCOPE = "minebelt.raw_key"


def raw_key(body: bytes, query: str) -> str:
    """The key of an answer by the request's bytes: its query string and body as sent."""
    return "raw:" + hashlib.sha256(query.encode("latin-1") + b"\0" + body).hexdigest()


#: The scope key of the request's :func:`english_key` (set by :mod:`minebelt.web.pool` with
#: :data:`RAW_KEY_SCOPE`): the router stores the English document under it as well.
ENGLISH_KEY_SCOPE = "minebelt.english_key"


def english_key(body: bytes, query: str) -> tuple[str, str | None] | None:
    """The :func:`raw_key` of the English answer of a request, and the reader's language it
    asks for (None without ``lang``): its body and its query without ``lang``, each parameter
    as decoded (as the router reads it). None when the query names ``lang`` more than once or
    a language minebelt has not: only the router answers (or refuses) those."""
    from urllib.parse import parse_qsl, urlencode

    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=False, errors="strict")
    except (UnicodeDecodeError, ValueError):
        return None
    langs = [v for k, v in pairs if k == "lang"]
    if len(langs) > 1 or (langs and langs[0] not in i18n.LANGS):
        return None
    rest = urlencode([(k, v) for k, v in pairs if k != "lang"])
    return raw_key(body, rest), (langs[0] if langs else None)


def text_answer(cache: LRU, raw: str, english: bytes, lang: str) -> bytes:
    """The answer in ``lang`` built from the cached English answer ``english`` (its cards in
    that language: tens of milliseconds, no estimate), stored under the request's ``raw``."""
    from ..reader_text import reader_text

    doc = json.loads(english)
    body = dumps({**doc, "text": reader_text(doc, lang)})
    cache.put(raw, body)
    return body


def cached_answer(cache: LRU, raw: str) -> bytes | None:
    """The cached answer of a ``POST /api/estimate`` request by its :func:`raw_key` (its very
    bytes, body and query), found before it waits for a worker (:mod:`minebelt.web.guard`);
    None otherwise.

    Only answers the router gave are stored, so a request it would refuse is never found. The
    same scenario sent in other bytes (other spacing or key order) is found by the router's
    own key after validation; validating here would cost every fresh request a parse of its
    body more."""
    return cache.peek(raw)


def check_inline_geojson(sc: Scenario) -> None:
    for i, s in enumerate(sc.sections):
        for fld in ("line", "mask"):
            v = getattr(s, fld)
            if isinstance(v, str):
                raise InputError(
                    f"request: sections[{i}] {s.name!r}: {fld}: the web API does not read files; give the GeoJSON object inline"
                )


@router.post(
    "/api/estimate",
    tags=["estimate"],
    summary="Estimate a scenario (minebelt.estimate/1, plus belts as GeoJSON)",
    responses={**ERR, 413: {"description": "Request body too large"}},
)
def estimate(
    request: Request,
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
        Query(
            description="Random seed (>= 0); defaults to 0 with samples.",
            json_schema_extra={"minimum": 0, "maximum": 2**63 - 1},
        ),
    ] = None,
    belts: Annotated[bool, Query(description="Include the belt polygons (GeoJSON) of measured sections.")] = True,
    lang: Annotated[
        str | None,
        Query(
            pattern=LANG_PATTERN,
            max_length=2,
            description="Add `text`: the cards (figure, what it is, its range, what it assumes, detail) in this "
            "language (en, uk, pl, fi, et, lv or lt); the document itself stays English.",
        ),
    ] = None,
) -> Response:
    from ...outputs.exports import belt_features
    from ...pipeline.estimate import estimate as run

    if samples is not None and not 1 <= samples <= settings.API_SAMPLES_MAX:
        raise InputError(
            f"request: samples = {samples}: must lie in [1, {settings.API_SAMPLES_MAX:,}] in the web API (API_SAMPLES_MAX)"
        )
    if seed is not None and not 0 <= seed < 2**63:
        raise InputError(f"request: seed = {seed}: must be a whole number in [0, 2**63)")
    if len(scenario.sections) > settings.API_SECTIONS_MAX:
        raise InputError(
            f"request: sections: {len(scenario.sections)} sections, more than the web API's limit of {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX)"
        )
    check_inline_geojson(scenario)
    from ..budget import check_estimate

    check_estimate(scenario, samples)  # issue 13: samples x sections and geometry buffers, before any work
    doc_in = scenario.model_dump(mode="json", exclude_unset=True)
    key = cache_key(doc_in, samples, seed, belts)
    cache = request.app.state.estimate_cache
    raw = request.scope.get(RAW_KEY_SCOPE)
    if lang is not None:
        text_hit = cache.get(cache_key(doc_in, samples, seed, belts, lang))
        if text_hit is not None:
            return _answer(cache, raw, text_hit)
    hit = cache.get(key)
    if hit is not None:
        _keep_english(cache, request, hit)
        return _answer(
            cache,
            raw,
            hit
            if lang is None
            else _with_text(cache, cache_key(doc_in, samples, seed, belts, lang), json.loads(hit), lang),
        )
    # the body validated as ScenarioIn (a Scenario) and check_estimate resolved it (the
    # semantic checks, errors named "request"): validated once, not again from a dump of it
    sc = scenario
    sc._label = "request"
    if any(s.is_geometric for s in sc.sections):
        _data.require_data()
    result = run(sc, samples=samples, seed=seed, with_geometry=belts)  # errors say "request: ..."
    doc = dict(result.document)
    feats = belt_features([result]) if belts and result.belts else []
    if feats:
        from ...data.borders import data_info

        di = data_info()
        doc["belts"] = {
            "type": "FeatureCollection",
            "name": "minebelt belts",
            "attribution": di.get("attribution"),
            "license": di.get("license"),
            "features": feats,
        }
    body = dumps(doc)
    cache.put(key, body)
    _keep_english(cache, request, body)
    if lang is not None:
        return _answer(cache, raw, _with_text(cache, cache_key(doc_in, samples, seed, belts, lang), doc, lang))
    return _answer(cache, raw, body)


def _answer(cache: LRU, raw: str | None, body: bytes) -> Response:
    """The answer ``body``, stored under the request's :func:`raw_key` too (same bytes object)."""
    if raw is not None:
        cache.put(raw, body)
    return json_response(body)


def _keep_english(cache: LRU, request: Request, english: bytes) -> None:
    """Store the English answer under the request's :func:`english_key`: the same request in
    another language is then answered from it without a worker slot (:mod:`minebelt.web.pool`)."""
    key = request.scope.get(ENGLISH_KEY_SCOPE)
    if key is not None:
        cache.put(key, english)


def _with_text(cache: LRU, key: str, doc: dict, lang: str) -> bytes:
    """``doc`` with its ``text`` in ``lang`` (:mod:`minebelt.web.reader_text`), cached under ``key``."""
    from ..reader_text import reader_text

    body = dumps({**doc, "text": reader_text(doc, lang)})
    cache.put(key, body)
    return body
