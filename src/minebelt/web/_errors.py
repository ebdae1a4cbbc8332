"""Request validation errors of the web API as one line naming the field (HTTP 422).

Layer: interfaces.
"""

from __future__ import annotations

from typing import Any

from fastapi.exceptions import RequestValidationError

from ..errors import InputError


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


def validation_message(exc: RequestValidationError, path: str) -> str:
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
            return "; ".join(err.lines)  # one line, every problem
    if e.get("type") == "json_invalid":
        return "request: body: not valid JSON"
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
    return f"request: {where}: {msg}" if where else f"request: {msg}"
