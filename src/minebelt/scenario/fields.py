"""The building blocks of the scenario schema: the quantity type, country codes, the strict base.

Layer: inputs. Every scenario table derives from :class:`_Strict` (unknown keys refused, no
NaN, no boolean where a number belongs, no control characters in text); every numeric value
is a :data:`Quantity` (a number, an interval ``"a to b"``, a distribution table or
``{param = "name"}``), shape-checked here and range-checked when inputs are resolved
(:func:`minebelt.scenario.quantities.resolve_quantity`).
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, model_validator

from .. import settings
from ..errors import clip
from ._validate import check_name, check_text


def _quantity_shape(value: Any) -> Any:
    """Every quantity, before pydantic's coercions: no booleans, no NaN or infinity.

    Runs in ``mode="before"`` (part of the :data:`Quantity` type), so ``true`` is refused
    instead of read as 1, whichever table the field is in.
    """
    if isinstance(value, bool):
        raise ValueError(f"expected a number or a distribution, got {str(value).lower()} (a boolean)")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value!r} is not a finite number")
    if isinstance(value, str) and len(value) > settings.NAME_CHARS_MAX:
        raise ValueError(f"{len(value):,} characters, more than {settings.NAME_CHARS_MAX} (NAME_CHARS_MAX) for a number, interval or model name")
    return value


#: A number, an interval string ``"a to b"``, a distribution table or ``{param = "name"}``.
#: Shape-checked before pydantic sees it (:func:`_quantity_shape`); ranges are checked when
#: inputs are resolved (:func:`minebelt.scenario.quantities.resolve_quantity`).
Quantity = Annotated[float | str | dict[str, Any], BeforeValidator(_quantity_shape)]

_CODE = re.compile(r"^[A-Z]{3}(\+[A-Z]{3})*$")


def _iso_names() -> dict[str, str]:
    from ..data.iso import country_names

    return country_names()


def _check_codes(value: str, field: str) -> str:
    value = value.strip().upper()
    if not _CODE.match(value):
        raise ValueError(f"{field} {clip(value)} must be an ISO 3166-1 alpha-3 code like 'POL' or several joined by '+' like 'EST+LVA+LTU'")
    parts = value.split("+")
    twice = sorted({c for c in parts if parts.count(c) > 1})
    if twice:
        raise ValueError(f"{value!r}: {', '.join(twice)} listed more than once (each country counts once)")
    names = _iso_names()
    unknown = [c for c in value.split("+") if c not in names]
    if unknown:
        raise ValueError(f"unknown ISO 3166-1 alpha-3 code {', '.join(unknown)} (see 'minebelt borders' for codes with land borders)")
    return value


def declared(high: float) -> Any:
    """``json_schema_extra`` of a quantity field: its number form's range, its text form's
    length, in the JSON schema (OpenAPI) — the checks themselves are in
    :func:`minebelt.scenario.quantities.resolve_quantity`, with their one-line messages."""

    def extra(schema: dict[str, Any]) -> None:
        for branch in schema.get("anyOf", []):
            if branch.get("type") == "number":
                branch.update({"minimum": settings.POSITIVE_MIN, "maximum": high})
            elif branch.get("type") == "string":
                branch["maxLength"] = settings.NAME_CHARS_MAX

    return extra


def _check_quantity(value: Any) -> Any:
    """Shape check only; numeric ranges are checked when inputs are resolved."""
    value = _quantity_shape(value)
    if isinstance(value, int):
        return float(value)
    return value


def _admits(annotation: Any, kinds: tuple[type, ...]) -> bool:
    """True if a field annotated ``annotation`` accepts a value of one of ``kinds`` (or Any)."""
    if annotation is Any or (isinstance(annotation, type) and issubclass(annotation, kinds)):
        return True
    if get_origin(annotation) is Literal:
        return any(isinstance(a, kinds) for a in get_args(annotation))
    return any(_admits(a, kinds) for a in get_args(annotation))


class _Strict(BaseModel):
    """Base of every scenario table: unknown keys refused, no NaN or infinity, and, before
    pydantic's coercions, no boolean where a number is expected and no control characters
    or oversized text in any string (``settings.NAME_CHARS_MAX`` for ``name``,
    ``settings.TEXT_CHARS_MAX`` for other text). New fields get these checks by inheritance."""

    model_config = ConfigDict(extra="forbid", frozen=False, validate_assignment=True, allow_inf_nan=False)

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        for key, value in data.items():
            field = cls.model_fields.get(key) if isinstance(key, str) else None
            if field is None:
                continue
            if isinstance(value, bool) and not _admits(field.annotation, (bool,)) and _admits(field.annotation, (int, float)):
                raise ValueError(f"{key}: expected a number, got {str(value).lower()} (a boolean)")
            if isinstance(value, str) and _admits(field.annotation, (str,)):
                try:
                    (check_name if key == "name" else check_text)(value)
                except ValueError as e:
                    raise ValueError(f"{key}: {e}") from None
            if isinstance(value, dict):
                for k in value:
                    if isinstance(k, str) and (len(k) > settings.NAME_CHARS_MAX or not k.isprintable()):
                        raise ValueError(f"{key}: key {clip(k)}: at most {settings.NAME_CHARS_MAX} printable characters (NAME_CHARS_MAX)")
        return data
