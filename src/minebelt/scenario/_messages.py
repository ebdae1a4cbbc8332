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

import difflib
from collections.abc import Mapping
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from ..errors import clip, unknown_key

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
        for attr, is_low, is_open in (
            ("ge", True, False),
            ("gt", True, True),
            ("le", False, False),
            ("lt", False, True),
        ):
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
        return (
            f"{got}: must not be empty"
            if ctx.get("min_length") == 1
            else f"{got}: at least {ctx.get('min_length')} characters"
        )
    if kind == "string_too_long":
        return f": {len(str(value)):,} characters, more than {ctx.get('max_length')}"
    if kind == "too_short":
        n = ctx.get("min_length", 1)
        return f": must hold at least {n} entr{'y' if n == 1 else 'ies'}" + (
            " (none given)" if ctx.get("actual_length") == 0 else ""
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"{got}: must be a table"
    if kind == "list_type":
        return f"{got}: must be an array"
    if kind == "bool_type":
        return f"{got}: must be true or false"
    return None


#: pydantic error type of minebelt's own checks run inside validation
#: (:func:`.fields.in_range`): the message is the text that follows the field's name
#: (``" = -2: must lie in (0, 50] km"``). The same string as ``fields.TAIL``.
TAIL = "minebelt_tail"


def _loc_text(doc: Any, loc: tuple[Any, ...], prefix: tuple[Any, ...]) -> str:
    """('sections', 2, 'depth_km') -> "sections[2] 'Poland ...': depth_km"."""
    parts: list[str] = []
    node: Any = doc
    path = list(prefix) + list(loc)
    for key in path:
        if isinstance(key, int):
            if not parts:
                parts.append("")
            parts[-1] = f"{parts[-1]}[{key}]"
            try:
                node = node[key]
                if isinstance(node, dict) and isinstance(node.get("name"), str):
                    parts[-1] += f" {clip(node['name'])}"
            except (IndexError, KeyError, TypeError):
                node = None
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    # the leading list tables ("scenarios[1] 'x' sections[2] 'y'") head the line; the rest is a
    # dotted path ("production.capacity[0].mines_per_year")
    head: list[str] = []
    for p in parts:
        if "[" not in p and p != "scenarios":
            break
        head.append(p)
    fields = parts[len(head) :]
    if head and fields:
        return f"{' '.join(head)}: {'.'.join(fields)}"
    return ".".join(parts)


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model whose fields hold the last key of ``loc`` (for spelling hints)."""

    def models_in(annotation: Any) -> list[type[BaseModel]]:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            return [annotation]
        return [m for a in get_args(annotation) for m in models_in(a)]

    current: type[BaseModel] | None = model
    for key in loc[:-1]:
        if isinstance(key, int) or current is None:
            continue
        field = current.model_fields.get(key)
        found = models_in(field.annotation) if field is not None else []
        current = found[0] if found else None
    return current


#: pydantic's tags for the member of a union or a validator function, left out of locations.
_TAGS = ("float", "str", "dict[str,any]", "int", "literal['skip','include']")


def _clean(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(
        x
        for x in loc
        if not (isinstance(x, str) and (x.startswith(("function-after", "function-before", "union")) or x in _TAGS))
    )


def _one(
    e: Mapping[str, Any], loc: tuple[Any, ...], label: str, doc: Any, prefix: tuple[Any, ...], root: type[BaseModel]
) -> str:
    where = _loc_text(doc, loc, prefix)
    msg = str(e.get("msg", "invalid value")).removeprefix("Value error, ")
    if e.get("type") == TAIL:  # minebelt's own words, to follow the field's name
        return f"{label}: {where}{msg}" if where else f"{label}{msg}"
    if e.get("type") == "extra_forbidden" and loc and isinstance(loc[-1], str):
        model = _model_at(root, loc)
        allowed = list(model.model_fields) if model is not None else []
        msg = (
            unknown_key(loc[-1], allowed)
            if allowed
            else "unknown key (check the spelling; see docs/user-guide.md for the schema)"
        )
        where = _loc_text(doc, loc[:-1], prefix)
    elif e.get("type") == "missing":
        msg = "required field is missing"
    else:
        model = _model_at(root, loc) if loc and isinstance(loc[-1], str) else None
        field = model.model_fields.get(str(loc[-1])) if model is not None else None
        worded = field_message(e, field.metadata if field is not None else None)
        if worded is not None:  # "= 1800: must lie in [1900, 2200]"
            return f"{label}: {where}{worded}" if where else f"{label}{worded}"
        if "input" in e and e.get("type") not in ("value_error",) and not isinstance(e["input"], (dict, list)):
            msg = f"{msg} (got {clip(e['input'])})"
    return f"{label}: {where}: {msg}" if where else f"{label}: {msg}"


def validation_lines(
    err: ValidationError, label: str, doc: Any, root: type[BaseModel], prefix: tuple[Any, ...] = ()
) -> list[str]:
    """Every error of a pydantic ValidationError, one line each naming file (``label``),
    section and field, in the order of the document: one line per place (a value that fails
    every member of a union is one error, not one per member).

    An unknown key names the closest allowed key (``unknown key 'sectoins' (did you mean
    'sections'?)``); ``root`` is the model validated (:class:`~.schema.Scenario` for a file).
    """
    seen: dict[tuple[Any, ...], Mapping[str, Any]] = {}
    e: Mapping[str, Any]
    for e in err.errors():
        loc = _clean(tuple(e["loc"]))
        if loc not in seen or (e.get("type") == "extra_forbidden" and seen[loc].get("type") != "extra_forbidden"):
            seen[loc] = e
    # a misspelt key ("sectoins") is one mistake: its "did you mean" names the key that is then
    # missing ("sections"), which is not reported a second time
    meant = set()
    for loc, e in seen.items():
        if e.get("type") == "extra_forbidden" and loc and isinstance(loc[-1], str):
            model = _model_at(root, loc)
            close = (
                difflib.get_close_matches(loc[-1], sorted(model.model_fields), n=1, cutoff=0.6)
                if model is not None
                else []
            )
            meant |= {(*loc[:-1], close[0])} if close else set()
    lines = [
        _one(e, loc, label, doc, prefix, root)
        for loc, e in seen.items()
        if not (e.get("type") == "missing" and loc in meant)
    ]
    return list(dict.fromkeys(lines)) or [f"{label}: invalid value"]


def format_validation_error(
    err: ValidationError, label: str, doc: Any, root: type[BaseModel], prefix: tuple[Any, ...] = ()
) -> str:
    """The first line of :func:`validation_lines` (an unknown key first, when there is one)."""
    lines = validation_lines(err, label, doc, root, prefix)
    return next((line for line in lines if "unknown key" in line), lines[0])


__all__ = ["RANGE_ERRORS", "TAIL", "bounds_text", "field_message", "format_validation_error", "validation_lines"]
