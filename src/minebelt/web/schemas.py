"""Request bodies of the web API: a scenario and a claims document, as JSON (pydantic).

Layer: interfaces. The scenario body is the TOML schema of :mod:`minebelt.scenario` with the web
API's own cap on sections declared in the schema (the endpoint's check gives the message).
"""

from __future__ import annotations

import copy
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .. import settings
from ..scenario import Scenario, Section

_EXAMPLE_STATED: dict[str, Any] = {
    "name": "Korean DMZ model: Poland",
    "defaults": {"depth_km": 2.0, "density": "korea-peak"},
    "sections": [{"name": "Poland: border with Belarus, 400 km", "country": "POL", "border": "BLR", "length_km": 400}],
}
_EXAMPLE_MEASURED: dict[str, Any] = {
    "name": "Eastern flank, measured",
    "defaults": {"depth_km": 2.0, "density": "6000 to 12000", "along_water": "skip"},
    "sections": [
        {"name": "Finland - Russia", "country": "FIN", "border": "RUS"},
        {"name": "Poland - Belarus, first 100 km", "country": "POL", "border": "BLR", "from_km": 0, "to_km": 100},
    ],
}


class ScenarioIn(Scenario):
    """A scenario: the TOML schema of minebelt, as JSON (see ``minebelt.scenario``)."""

    model_config = ConfigDict(title="Scenario", json_schema_extra={"examples": [_EXAMPLE_STATED, _EXAMPLE_MEASURED]})
    # issue 13: the web API's cap, declared in the schema (the endpoint's check gives the message)
    sections: list[Section] = Field(
        ...,
        min_length=1,
        json_schema_extra={"maxItems": settings.API_SECTIONS_MAX},
        description=f"At most {settings.API_SECTIONS_MAX} (API_SECTIONS_MAX).",
    )


def _compute_kinds() -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """The kinds of a ``compute`` as JSON Schema (each with its keys and their values' bounds; a
    scenario figure names a bundled example), and the schema of one number's computation (any
    kind but a range or a date)."""
    from ..data.iso import country_names
    from ..model.facts import DATES, MEMBERSHIPS
    from . import _data

    ex = _data.examples_dir()
    text = {"type": "string", "maxLength": settings.NAME_CHARS_MAX}
    kinds: dict[str, dict[str, Any]] = {
        "unverifiable": {"unverifiable": {}},  # any value: the reason, shown as text
        "range": {"range": {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "object"}}},
        "expr": {
            "expr": {"type": "string", "minLength": 1, "maxLength": settings.EXPR_CHARS_MAX},
            "refs": {
                "type": "object",
                "propertyNames": {"pattern": "^[A-Za-z_][A-Za-z0-9_]*$"},
                "additionalProperties": {"type": ["string", "object"]},
            },
        },
        "date": {"date": {"type": "string", "enum": sorted(DATES)}},
        "members": {
            "members": {"type": "array", "minItems": 1, "items": {"type": "string", "enum": sorted(country_names())}},
            "of": {"type": "string", "enum": sorted(MEMBERSHIPS)},
        },
        "scenario": {
            "scenario": {"type": "string", "enum": sorted(p.name for p in ex.glob("*.toml")) if ex else []},
            "field": text,
            "scenario_name": text,
            "section": text,
            "samples": {"type": "integer", "minimum": 1, "maximum": settings.API_SAMPLES_MAX},
            "seed": {"type": "integer", "minimum": 0, "maximum": 2**63 - 1},
        },
    }
    required = {"members": ["members", "of"], "scenario": ["scenario", "field"]}
    one = {
        k: {"type": "object", "required": required.get(k, [k]), "properties": props, "additionalProperties": False}
        for k, props in kinds.items()
    }
    # the ends of a range and the specs among refs compute one number: any kind but a range or a date
    # (one level deep, copied: the document is a tree, not a graph)
    numbers = copy.deepcopy({"oneOf": [v for k, v in one.items() if k not in ("range", "date")]})
    kinds["range"]["range"]["items"] = numbers
    kinds["expr"]["refs"]["additionalProperties"] = {"anyOf": [{"type": "string", "minLength": 1}, numbers]}
    return one, numbers


def _compute_schema(schema: dict[str, Any]) -> None:
    """OpenAPI of ``compute``: exactly one kind (the lists are filled when the document is built)."""
    schema["oneOf"] = list(_compute_kinds()[0].values())


def _context_schema(schema: dict[str, Any]) -> None:
    """OpenAPI of ``context``: label = a ref (text) or one number's computation with its own
    ``unit``; an ``expr`` may also use the name ``stated``."""
    numbers = copy.deepcopy(_compute_kinds()[1])
    for branch in numbers["oneOf"]:
        branch["properties"]["unit"] = {"type": "string"}
    value = {"anyOf": [{"type": "string", "minLength": 1}, numbers]}
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "object":
            branch["additionalProperties"] = value


class ClaimIn(BaseModel):
    """One published claim: its quote, what it states and how minebelt recomputes it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., min_length=1, description="Unique id of the claim.")
    source: str | None = Field(None, description="Where the claim was published.")
    quote: str = Field(..., description="The claim, verbatim.")
    stated: float | list[float] | str = Field(..., description="A number, a [low, high] range, or a date 'YYYY-MM'.")
    qualifier: Literal["about", "exact", "over", "under", "at-least", "up-to", "after", "before"] = "about"
    unit: str | None = None
    tolerance: float | None = Field(
        None,
        description="Relative tolerance for 'holds' (default 0.05).",
        json_schema_extra={"minimum": 0, "maximum": 1},
    )
    abs_tolerance: float | None = Field(None, json_schema_extra={"minimum": 0})
    selection: bool | None = Field(
        None, description="The stated figure is a choice of stretches: the verdict is 'unverifiable'."
    )
    note: str | None = None
    kind: Literal["fact", "model", "plan", "out-of-scope"] | None = Field(
        None,
        description="What the claim is (default from what it computes): 'plan' gets the verdict 'stated', 'out-of-scope' 'not-checked'.",
    )
    by: str | None = Field(
        None,
        description="Whose model a 'model' claim's figure is (\"the article's own arithmetic\").",
        json_schema_extra={"minLength": 1, "pattern": r"\S"},
    )
    context: dict[str, Any] | None = Field(
        None,
        description="Side figures, label = ref; for a 'plan', what it implies (an expr may use 'stated').",
        json_schema_extra=_context_schema,
    )
    compute: dict[str, Any] = Field(
        ...,
        description="One of: {scenario, field, scenario_name?, section?} naming a bundled example, "
        "{expr, refs}, {range: [spec, spec]}, {date}, {members, of}, {unverifiable}. Refs: claim:ID, const:NAME, "
        "border:A-B:FIELD, fx:FROM:TO:DATE (the ECB reference rate of that date), or a scenario table.",
        json_schema_extra=_compute_schema,
    )


class ClaimsIn(BaseModel):
    """A claims document: the JSON form of a claims TOML file."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Seed 001, Poland",
                    "claims": [
                        {
                            "id": "pol-400-mines",
                            "source": "seed-001",
                            "quote": "...which corresponds to about 9.6 million mines.",
                            "stated": 9600000,
                            "qualifier": "about",
                            "unit": "mines",
                            "compute": {
                                "scenario": "seed-korean-model.toml",
                                "section": "Poland: border with Belarus, 400 km",
                                "field": "mines",
                            },
                        },
                        {
                            "id": "mile",
                            "quote": "a mile is 1.6 km",
                            "stated": 1.6,
                            "unit": "km",
                            "compute": {"expr": "m", "refs": {"m": "const:KM_PER_MILE"}},
                        },
                    ],
                }
            ]
        },
    )

    title: str | None = None
    sources: Any = None
    claims: list[ClaimIn] = Field(..., min_length=1)


# ----------------------------------------------------------------------------- quantities in OpenAPI

#: A quantity written as a table: one distribution (its arguments) or a reference to a parameter.
DISTRIBUTION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "minProperties": 1,
    "maxProperties": 1,
    "properties": {
        "uniform": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "triangular": {"type": "array", "items": {"type": "number"}, "minItems": 3, "maxItems": 3},
        "normal": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "lognormal": {"type": "array", "items": {"type": "number"}, "minItems": 2, "maxItems": 2},
        "param": {"type": "string", "minLength": 1, "maxLength": settings.NAME_CHARS_MAX},
    },
    "additionalProperties": False,
}
#: Block fields whose range key differs from ``<model>.<field>`` (:data:`minebelt.scenario.blocks.RANGES`).
_RANGE_KEYS = {("CapacityEntry", "mines_per_year"): "production.mines_per_year", ("StockEntry", "mines"): "production.stock",
               ("Production", "ramp_up_years"): "production.ramp_up_years"}  # fmt: skip


def state_quantity_bounds(openapi: dict[str, Any]) -> None:
    """Every quantity field of the OpenAPI components: its number form within the range the
    server checks (``minebelt.scenario.blocks.RANGES``, or the field's own declared bounds), its
    text form at most ``NAME_CHARS_MAX`` characters, its table form one distribution."""
    from ..model.clearance_sources import LAND_RELEASE_PRESETS
    from ..scenario.blocks import RANGES

    comps = openapi.get("components", {}).get("schemas", {})
    release = comps.get("Clearance", {}).get("properties", {}).get("land_release")
    if release is not None:  # a preset, or the three shares (their sum is a rule: minebelt.web.rules)
        shares = {k: {"type": "number", "minimum": 0, "maximum": 1} for k in ("cancelled_nts", "reduced_ts", "cleared")}
        shares["cleared"] = {
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 1,
        }  # a laid belt is not released by survey alone
        release["anyOf"] = [
            {"type": "string", "enum": sorted(LAND_RELEASE_PRESETS)},
            {"type": "object", "properties": shares, "required": sorted(shares), "additionalProperties": False},
            {"type": "null"},
        ]
    for name, comp in comps.items():
        for field, prop in comp.get("properties", {}).items():
            branches = prop.get("anyOf", [])
            types = {b.get("type") for b in branches}
            if not {"number", "string", "object"} <= types:
                continue
            rng = RANGES.get(_RANGE_KEYS.get((name, field), f"{name.lower()}.{field}"))
            for b in branches:
                if b.get("type") == "object":
                    b.clear()
                    b.update(DISTRIBUTION_SCHEMA)
                elif b.get("type") == "string":
                    b["maxLength"] = settings.NAME_CHARS_MAX
                elif b.get("type") == "number" and rng is not None:
                    b["minimum"] = settings.POSITIVE_MIN if rng.low_open and rng.low == 0 else rng.low
                    b["maximum"] = rng.high
