"""pydantic's request validation errors in the reader's words, by pydantic's error ``type``.

Layer: interfaces.

A 422's ``detail`` keeps pydantic's English message (a contract, :mod:`._errors`); its ``text``
says the same in the reader's language. The sentence is chosen by the error's ``type``
(``"missing"``, ``"greater_than"``, ...), which pydantic keeps stable across versions, never by
its English message; the bounds, allowed values and the value given come from the error's
``ctx`` and ``input`` and stay as written. A ``value_error`` raised by minebelt's own
validators holds one of minebelt's sentences, worded by :func:`~minebelt.outputs.error_words.localise`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..i18n import N_
from ..i18n import gettext as _
from ..outputs.error_words import localise

#: pydantic's error type -> the sentence (a message of the catalogues, in English); its
#: placeholders are filled by :func:`_fill` from the error's ``ctx`` and ``input``.
TYPES: dict[str, str] = {
    "missing": N_("required field is missing"),
    "extra_forbidden": N_("unknown key (check the spelling)"),
    "string_type": N_("must be text (in quotes)"),
    "int_type": N_("must be a whole number"),
    "int_parsing": N_("must be a whole number"),
    "int_from_float": N_("must be a whole number"),
    "float_type": N_("must be a number"),
    "float_parsing": N_("must be a number"),
    "decimal_type": N_("must be a number"),
    "decimal_parsing": N_("must be a number"),
    "finite_number": N_("must be a finite number"),
    "bool_type": N_("must be true or false"),
    "bool_parsing": N_("must be true or false"),
    "list_type": N_("must be an array"),
    "tuple_type": N_("must be an array"),
    "set_type": N_("must be an array"),
    "frozen_set_type": N_("must be an array"),
    "iterable_type": N_("must be an array"),
    "dict_type": N_("must be a JSON object"),
    "model_type": N_("must be a JSON object"),
    "model_attributes_type": N_("must be a JSON object"),
    "mapping_type": N_("must be a JSON object"),
    "greater_than": N_("must be %(bound)s"),
    "greater_than_equal": N_("must be %(bound)s"),
    "less_than": N_("must be %(bound)s"),
    "less_than_equal": N_("must be %(bound)s"),
    "multiple_of": N_("must be a multiple of %(n)s"),
    "too_short": N_("too few entries (at least %(n)s)"),
    "too_long": N_("too many entries (at most %(n)s)"),
    "string_too_short": N_("text too short (at least %(n)s characters long)"),
    "string_too_long": N_("text too long (%(n)s characters long, at most %(max)s)"),
    "string_pattern_mismatch": N_("must match the pattern %(pattern)s"),
    "literal_error": N_("must be one of %(allowed)s"),
    "enum": N_("must be one of %(allowed)s"),
    "json_invalid": N_("not valid JSON"),
    "json_type": N_("not valid JSON"),
}

#: The bound of a comparison type, as written: ``greater_than`` with ``ctx={"gt": 0}`` is "> 0".
_BOUNDS = {"greater_than": ("gt", ">"), "greater_than_equal": ("ge", ">="), "less_than": ("lt", "<"),
           "less_than_equal": ("le", "<=")}  # fmt: skip

#: The types whose English line adds the value given, "(got 'abc')" (a scalar only).
_NO_VALUE = frozenset({"missing", "extra_forbidden", "value_error", "json_invalid", "json_type"})


def _fill(kind: str, ctx: Mapping[str, Any], given: Any) -> dict[str, str]:
    """The placeholders of ``kind``'s sentence from pydantic's ``ctx`` and the value given."""
    if kind in _BOUNDS:
        key, sign = _BOUNDS[kind]
        bound = ctx.get(key)
        return {"bound": f"{sign} {bound:g}" if isinstance(bound, float) else f"{sign} {bound}"}
    if kind == "multiple_of":
        return {"n": str(ctx.get("multiple_of"))}
    if kind in ("too_short", "string_too_short"):
        return {"n": str(ctx.get("min_length"))}
    if kind == "too_long":
        return {"n": str(ctx.get("max_length"))}
    if kind == "string_too_long":
        n = len(given) if isinstance(given, str) else ctx.get("actual_length", "?")
        return {"n": f"{n:,}" if isinstance(n, int) else str(n), "max": str(ctx.get("max_length"))}
    if kind == "string_pattern_mismatch":
        return {"pattern": repr(str(ctx.get("pattern")))}
    if kind in ("literal_error", "enum"):
        return {"allowed": str(ctx.get("expected", "")).replace("' or '", "', '")}
    return {}


def sentence(error: Mapping[str, Any]) -> str:
    """One pydantic error (an item of ``RequestValidationError.errors()``) as a sentence in the
    current language: the field's problem, then the value given ``(got 'abc')`` as the English
    line has it. An error type not in :data:`TYPES` reads as pydantic wrote it (English)."""
    kind = str(error.get("type", ""))
    msg = str(error.get("msg", "")).removeprefix("Value error, ")
    if kind in ("value_error", "assertion_error"):
        return localise(msg)
    if kind not in TYPES:
        words = msg
    else:
        words = _(TYPES[kind]) % _fill(kind, error.get("ctx") or {}, error.get("input"))
    given = error.get("input")
    if "input" in error and kind not in _NO_VALUE and not isinstance(given, (dict, list)):
        words += " " + _("(got %(value)s)") % {"value": repr(given)}
    return words


__all__ = ["TYPES", "sentence"]
