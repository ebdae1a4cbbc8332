"""``GET /api/i18n``: the page's words in the reader's language, from the gettext catalogues.

Layer: interfaces. The web page translates with the same catalogues as the terminal and the
report (``minebelt/locale/<lang>/LC_MESSAGES/minebelt.mo``), served as JSON: ``{"schema",
"lang", "name", "languages": {code: name}, "messages": {msgid: msgstr}, "plurals": {msgid:
[forms]}, "countries": {iso3: name}}`` (a context is written ``context\\u0004msgid``, as gettext
stores it; ``countries``: each country's name in the language, CLDR's through Babel as the
report and the terminal name them, empty in English). ``lang``
chooses the language; without it the server's default (``minebelt serve --lang``), else the
browser's ``Accept-Language`` does (English when none fits). An unknown code is a 422 naming ``lang`` and the allowed codes.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response

from ... import i18n
from .._common import dumps, json_response

router = APIRouter()
LANG_PATTERN = "^(" + "|".join(i18n.LANGS) + ")$"


@cache
def catalogue(lang: str) -> bytes:
    """The JSON catalogue of ``lang`` (built once per language)."""
    table: dict[Any, str] = dict(getattr(i18n.translations(lang), "_catalog", {}) or {})
    messages = {k: v for k, v in table.items() if isinstance(k, str) and k}
    plurals: dict[str, list[tuple[int, str]]] = {}  # msgid -> (plural index, form)
    for k, v in table.items():
        if isinstance(k, tuple):
            plurals.setdefault(k[0], []).append((k[1], v))
    doc = {
        "schema": "minebelt.i18n/1",
        "lang": lang,
        "name": i18n.NAMES[lang],
        "languages": dict(i18n.NAMES),
        "messages": messages,
        "plurals": {k: [v for _i, v in sorted(forms)] for k, forms in plurals.items()},
        "countries": country_names(lang),
    }
    return dumps(doc)


def country_names(lang: str) -> dict[str, str]:
    """Each ISO 3166-1 alpha-3 code's country name in ``lang`` (English: none, the page keeps
    the bundled names)."""
    if lang == "en":
        return {}
    from ...data.iso import country_names as english
    from ...outputs.report.local_names import country

    with i18n.language(lang):
        return {code: country(code) for code in english()}


@router.get("/api/i18n", tags=["meta"], summary="The page's words in a language (gettext catalogue as JSON)")
def words(
    request: Request,
    # the allowed codes are in the schema (a code from a fixed list), so a client generated
    # from the OpenAPI document never sends another
    lang: str | None = Query(
        None,
        pattern=LANG_PATTERN,
        max_length=2,
        description="en, uk, pl, fi, et, lv or lt; default: the server's --lang, else from Accept-Language",
    ),
    accept_language: str | None = Header(None),
) -> Response:
    default = getattr(request.app.state, "default_lang", None)
    if lang is not None:
        code = i18n.check(lang, "lang")
    else:
        code = default or i18n.from_accept_language(accept_language)
    response = json_response(catalogue(code))
    response.headers["Content-Language"] = code
    response.headers["Vary"] = "Accept-Language"
    return response


__all__ = ["catalogue", "router"]
