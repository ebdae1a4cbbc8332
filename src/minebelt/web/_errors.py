"""Request validation errors of the web API as one line naming the field (HTTP 422).

Layer: interfaces.

A 422 body is ``{"detail": ..., "text": ...}``: ``detail`` is the English line (a contract: it
holds a marker of :mod:`.rules`), ``text`` the same line for the reader (:func:`reader_line`),
in the language of ``?lang=``, else the server's ``--lang``, else ``Accept-Language``.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError

from ..errors import InputError

#: Where the next problem of a joined 422 ``detail`` starts: each names the request first
#: ("request: sections[0]: ..."); a sentence's own "; " is never followed by that label.
_NEXT_PROBLEM = re.compile(r"; (?=request\b)")
#: The label before a problem's field: the request, a claims file drafted from its article, and
#: a query parameter (``request: query depth_km``); words of minebelt's, not keys typed.
_LABEL = re.compile(r"^request(?P<drafted> \(drafted claims\))?(?P<query>: query\b)?")


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


def _problem(exc: RequestValidationError, path: str) -> tuple[str, str, dict[str, Any] | None]:
    """The request's first problem: (the English line, the field before its sentence, the
    pydantic error the sentence says or None when the line is minebelt's own, worded whole)."""
    errors = exc.errors()
    if not errors:
        return "request: invalid request", "request", None
    e = dict(errors[0])
    loc = tuple(e.get("loc", ()))
    if loc and loc[0] == "body" and path.endswith("/api/estimate") and isinstance(exc.body, dict):
        from ..scenario import scenario_from_dict

        try:
            scenario_from_dict(exc.body, label="request")
        except InputError as err:
            return "; ".join(err.lines), "request", None  # one line, every problem
    if e.get("type") == "json_invalid":
        return "request: body: not valid JSON", "request: body", e
    kind = loc[0] if loc else ""
    rest = tuple(
        x
        for x in loc[1:]
        if not (isinstance(x, str) and (x.startswith(("function-", "union[")) or x in ("float", "str", "list[float]")))
    )
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
    head = f"request: {where}" if where else "request"
    return f"{head}: {msg}", head, e


def validation_message(exc: RequestValidationError, path: str) -> str:
    """The English line of a request pydantic refused (the 422's ``detail``)."""
    return _problem(exc, path)[0]


def validation_body(exc: RequestValidationError, request: Request) -> dict[str, str]:
    """The JSON of a 422 pydantic refused: the English ``detail`` and the reader's ``text``, whose
    sentence is chosen by pydantic's error type (:mod:`.error_types`), not its English words."""
    from .. import i18n
    from .error_types import sentence

    line, head, error = _problem(exc, request.url.path)
    if error is None:
        return error_body(line, request)
    with i18n.language(request_language(request)):
        text = line if i18n.current() == "en" else labelled(f"{head}: {sentence(error)}")
    return {"detail": line, "text": text}


def request_language(request: Request) -> str:
    """The reader's language of a request: ``?lang=`` (when a known code), else the server's
    ``--lang``, else ``Accept-Language``; ``"en"`` when none names a language of minebelt."""
    from .. import i18n

    asked = request.query_params.get("lang")
    if asked in i18n.LANGS:
        return str(asked)
    default = getattr(request.app.state, "default_lang", None)
    return default or i18n.from_accept_language(request.headers.get("accept-language"))


def labelled(line: str) -> str:
    """``line`` with its label ("request", "request (drafted claims)", "request: query") in the
    current language; the fields after it as written. Unchanged in English."""
    from ..i18n import current, pgettext

    m = _LABEL.match(line)
    if m is None or current() == "en":
        return line
    words = pgettext("error label", "request")
    if m["drafted"]:
        words += " " + pgettext("error label", "(drafted claims)")
    if m["query"]:
        words += ": " + pgettext("error label", "query")
    return words + line[m.end() :]


def reader_line(detail: str, request: Request) -> str:
    """A 422 ``detail`` for the reader: each problem's label and sentence in the request's
    language, the field, the value and the allowed range as written
    (:func:`~minebelt.outputs.error_words.localise`); the problems joined by "; " as in ``detail``."""
    from .. import i18n
    from ..outputs.error_words import localise

    with i18n.language(request_language(request)):
        # each problem on its own: a pattern tried on the whole line would take the problems
        # after its sentence for the sentence's tail and leave them English
        return "; ".join(labelled(localise(part)) for part in _NEXT_PROBLEM.split(detail))


def error_body(detail: str, request: Request) -> dict[str, str]:
    """The JSON of a 422: the English ``detail`` and the reader's ``text``."""
    return {"detail": detail, "text": reader_line(detail, request)}
