"""The building blocks of the scenario schema: the quantity type, country codes, the strict base.

Layer: inputs. Every scenario table derives from :class:`_Strict` (unknown keys refused, no
NaN, no boolean where a number belongs, no control characters in text); every numeric value
is a :data:`Quantity` (a number, an interval ``"a to b"``, a distribution table or
``{param = "name"}``), shape-checked here and range-checked when inputs are resolved
(:func:`minebelt.scenario.quantities.resolve_quantity`).
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from .. import settings
from ..errors import InputError, clip
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
        raise ValueError(
            f"{len(value):,} characters, more than {settings.NAME_CHARS_MAX} (NAME_CHARS_MAX) for a number, interval or model name"
        )
    return value


#: A number, an interval string ``"a to b"``, a distribution table or ``{param = "name"}``.
#: Shape-checked before pydantic sees it (:func:`_quantity_shape`); ranges are checked when
#: inputs are resolved (:func:`minebelt.scenario.quantities.resolve_quantity`).
Quantity = Annotated[float | str | dict[str, Any], BeforeValidator(_quantity_shape)]


def _check_codes(value: str, field: str) -> str:
    """``country``/``border`` as alpha-3 codes joined by ``+``: each part a code (any case), a
    country name or a common alias where it names one country (``"Finland"`` -> ``FIN``,
    ``"Russia"`` -> ``RUS``, ``"Estonia+Latvia"`` -> ``EST+LVA``; :func:`minebelt.data.iso.country_code`)."""
    from ..data.iso import country_code, country_hint

    parts = [p.strip() for p in str(value).split("+")]
    if not all(parts):
        raise ValueError(
            f"{field} {clip(value)}: give an ISO 3166-1 alpha-3 code like 'POL', a country name like 'Poland', or several joined by '+' like 'EST+LVA+LTU'"
        )
    codes = []
    for part in parts:
        code = country_code(part)
        if code is None:
            hint = (
                country_hint(part)
                or " (an ISO 3166-1 alpha-3 code such as POL, or a country name; minebelt borders lists those with land borders)"
            )
            what = "ISO 3166-1 alpha-3 code" if len(part) == 3 and part.isalpha() else "country"
            raise ValueError(f"unknown {what} {clip(part)}{hint}")
        codes.append(code)
    twice = sorted({c for c in codes if codes.count(c) > 1})
    if twice:
        raise ValueError(f"{value!r}: {', '.join(twice)} listed more than once (each country counts once)")
    return "+".join(codes)


#: JSON Schema of a country field: ISO 3166-1 alpha-3 codes joined by '+' (``joint``), or one code.
#: Whether a code exists, repeats, or borders the other field's code is checked by the server
#: (rules JSON Schema cannot state: :mod:`minebelt.web.rules`).
def code_schema(joint: bool = True) -> dict[str, Any]:
    return {
        "pattern": r"^\s*[A-Za-z]{3}(\+[A-Za-z]{3})*\s*$" if joint else r"^\s*[A-Za-z]{3}\s*$",
        "maxLength": settings.NAME_CHARS_MAX,
    }


#: JSON Schema of a table's keys (names in ``parameters``, country keys): at most ``NAME_CHARS_MAX``.
KEYS_SCHEMA: dict[str, Any] = {"propertyNames": {"maxLength": settings.NAME_CHARS_MAX}}


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


#: pydantic error type of minebelt's checks inside validation (worded by :mod:`._messages`).
TAIL = "minebelt_tail"


def in_range(kind: str) -> Any:
    """A field validator: the shape check, then the range of a number or an interval written
    in place (``kind``: ``length``, ``depth``, ``areal`` or ``linear``, the ranges of
    :mod:`.quantities`), so ``Defaults(depth_km=-2)`` fails when it is built, with the words
    the file's loader uses (``depth_km = -2: must lie in (0, 50] km``). A ``{param = ...}``
    reference and a density model's name are checked when the scenario is resolved."""

    def check(value: Any) -> Any:
        from ..model.densities import DENSITY_MODELS
        from .quantities import AREAL, DEPTH, LENGTH, LINEAR, resolve_quantity

        value = _check_quantity(value)
        if value is None or (isinstance(value, dict) and set(value) == {"param"}):
            return value
        if kind == "areal" and isinstance(value, str) and (value.strip() in DENSITY_MODELS or " to " not in value):
            return value  # a model name (or a misspelt one): resolve words the choices
        rng = {"length": LENGTH, "depth": DEPTH, "areal": AREAL, "linear": LINEAR}[kind]
        try:
            resolve_quantity(value, "x", "\x01", rng, {}, "\x00")
        except InputError as e:
            tail = str(e).replace("\x00: \x01", "", 1)
            raise PydanticCustomError(TAIL, "{tail}", {"tail": tail}) from None
        return value

    return check


def api_label(model: type[BaseModel], data: Any) -> str:
    """How an error names a table built in code: ``Section 'Poland'``, ``Defaults``."""
    name = data.get("name") if isinstance(data, dict) else None
    return f"{model.__name__} {clip(name)}" if isinstance(name, str) else model.__name__


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

    def __init__(self, /, **data: Any) -> None:
        """Build the table from keyword values; bad values raise :class:`~minebelt.errors.InputError`,
        one line per problem naming the field (the words of the file loader)."""
        try:
            super().__init__(**data)
        except ValidationError as err:
            from ._messages import validation_lines

            raise InputError(*validation_lines(err, api_label(type(self), data), data, type(self))) from None

    # Validation of a nested table (a section inside a scenario) must not run this __init__:
    # pydantic calls a model's own __init__ unless it is marked as the base one (as its
    # RootModel does); the scenario's error then names the section's place in the file.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            super().__setattr__(name, value)
        except ValidationError as err:
            from ._messages import validation_lines

            label = api_label(type(self), {"name": getattr(self, "name", None)})
            raise InputError(*validation_lines(err, label, {name: value}, type(self))) from None

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        for key, value in data.items():
            field = cls.model_fields.get(key) if isinstance(key, str) else None
            if field is None:
                continue
            if (
                isinstance(value, bool)
                and not _admits(field.annotation, (bool,))
                and _admits(field.annotation, (int, float))
            ):
                raise ValueError(f"{key}: expected a number, got {str(value).lower()} (a boolean)")
            if isinstance(value, str) and _admits(field.annotation, (str,)):
                try:
                    (check_name if key == "name" else check_text)(value)
                except ValueError as e:
                    raise ValueError(f"{key}: {e}") from None
            if isinstance(value, dict):
                for k in value:
                    if isinstance(k, str) and (len(k) > settings.NAME_CHARS_MAX or not k.isprintable()):
                        raise ValueError(
                            f"{key}: key {clip(k)}: at most {settings.NAME_CHARS_MAX} printable characters (NAME_CHARS_MAX)"
                        )
        return data
