"""pydantic's validation errors in minebelt's words: what is allowed, with the value given.

Layer: inputs.

pydantic says "Input should be greater than or equal to 1900" — one bound, the other left
out, in its own phrasing. Scenario errors say what the field allows, both ends of a range
included (``start_year = 1800: must lie in [1900, 2200]``), the way every other check of
the inputs words it (:func:`minebelt.uncertainty.distributions.check_range`). Pure functions
of a pydantic error dict and the field's declared constraints (``annotated_types`` ``Ge``,
``Gt``, ``Le``, ``Lt`` in ``FieldInfo.metadata``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..errors import clip

#: pydantic error types that mean "outside the field's range".
RANGE_ERRORS = frozenset({"greater_than", "greater_than_equal", "less_than", "less_than_equal"})


def _num(x: Any) -> str:
    """A bound as written in a range: ``1900``, ``0``, ``0.5`` (no float noise, no separator)."""
    return f"{x:g}" if isinstance(x, float) else str(x)


def bounds_text(metadata: list[Any]) -> str | None:
    """The range a field's constraints allow: ``[1900, 2200]``, ``(0, 50]``, ``>= 0``, ``> 0``.

    ``metadata`` is a pydantic ``FieldInfo.metadata`` list; returns None without a bound.
    """
    lo = hi = None
    lo_open = hi_open = False
    for m in metadata:
        for attr, is_low, is_open in (("ge", True, False), ("gt", True, True), ("le", False, False), ("lt", False, True)):
            value = getattr(m, attr, None)
            if value is None:
                continue
            if is_low:
                lo, lo_open = value, is_open
            else:
                hi, hi_open = value, is_open
    if lo is not None and hi is not None:
        return f"{'(' if lo_open else '['}{_num(lo)}, {_num(hi)}{')' if hi_open else ']'}"
    if lo is not None:
        return f"{'>' if lo_open else '>='} {_num(lo)}"
    if hi is not None:
        return f"{'<' if hi_open else '<='} {_num(hi)}"
    return None


def _allowed(bounds: str | None) -> str:
    if bounds is None:
        return ""
    return f"must lie in {bounds}" if bounds[0] in "[(" else f"must be {bounds}"


def field_message(error: Mapping[str, Any], metadata: list[Any] | None = None) -> str | None:
    """One pydantic error as ``= VALUE: must ...`` (to follow the field's name), or None when
    pydantic's own words are kept (custom checks, which already speak minebelt's language).

    ``metadata`` is the constraint list of the field the error is about (for ranges).
    """
    kind = error.get("type")
    value = error.get("input")
    ctx = error.get("ctx") or {}
    bounds = bounds_text(metadata or [])
    got = f" = {clip(value)}" if not isinstance(value, (dict, list)) else ""
    if kind in RANGE_ERRORS:
        if bounds is None:  # a constraint pydantic knows but the field does not declare (cannot happen today)
            sign = {"greater_than": ">", "greater_than_equal": ">=", "less_than": "<", "less_than_equal": "<="}[kind]
            bound = next(iter(ctx.values()), "?")
            bounds = f"{sign} {_num(bound)}"
        return f"{got}: {_allowed(bounds)}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        tail = f" in {bounds}" if bounds and bounds[0] in "[(" else ""
        return f"{got}: must be a whole number{tail}"
    if kind in ("float_parsing", "float_type"):
        tail = f" in {bounds}" if bounds and bounds[0] in "[(" else ""
        return f"{got}: must be a number{tail}"
    if kind == "literal_error":
        return f"{got}: must be {ctx.get('expected', 'one of the allowed values')}"
    if kind == "string_type":
        return f"{got}: must be text (in quotes)"
    if kind == "string_too_short":
        return f"{got}: must not be empty" if ctx.get("min_length") == 1 else f"{got}: at least {ctx.get('min_length')} characters"
    if kind == "string_too_long":
        return f": {len(str(value)):,} characters, more than {ctx.get('max_length')}"
    if kind == "too_short":
        n = ctx.get("min_length", 1)
        return f": must hold at least {n} entr{'y' if n == 1 else 'ies'}" + (" (none given)" if ctx.get("actual_length") == 0 else "")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"{got}: must be a table"
    if kind == "list_type":
        return f"{got}: must be an array"
    if kind == "bool_type":
        return f"{got}: must be true or false"
    return None


__all__ = ["RANGE_ERRORS", "bounds_text", "field_message"]
