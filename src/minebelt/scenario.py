"""Scenarios: the TOML file format, its validation, and the in-code classes.

A scenario names a density model and lists sections of front::

    name = "Korean DMZ model, priority fronts"
    source = "seed 001, 'Security belt' section"     # optional free text
    [defaults]
    depth_km = 2.0
    density = "korea-peak"      # a named model, a number (mines/km²) or a distribution
    [[sections]]
    name = "Poland: border with Belarus"
    country = "POL"             # defender (mines on its side); "EST+LVA+LTU" for a joint front
    border = "BLR"              # neighbour; "BLR+RUS" for several
    length_km = 400             # omit to measure the border from the bundled geometry

A file may also hold several scenarios as ``[[scenarios]]`` tables, each of the form above.
Every numeric value may be uncertain (see :mod:`minebelt.distributions`); ``{param = "x"}``
refers to an entry of ``[parameters]``, drawn once per Monte Carlo iteration and shared by
every section that refers to it — as is any distribution written in ``[defaults]``.

Validation errors are :class:`~minebelt.errors.InputError` with one line naming the file,
the section and the field, e.g. ``seed.toml: sections[1] 'Poland': depth_km = 80: must lie
in (0, 50] km``.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from . import settings
from ._validate import check_name, check_text
from .errors import InputError, clip, suggest, unknown_key


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
#: inputs are resolved (:func:`minebelt.inputs.resolve_quantity`).
Quantity = Annotated[Union[float, str, dict[str, Any]], BeforeValidator(_quantity_shape)]

_CODE = re.compile(r"^[A-Z]{3}(\+[A-Z]{3})*$")


def _iso_names() -> dict[str, str]:
    from .data.iso import country_names

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
    :func:`minebelt.inputs.resolve_quantity`, with their one-line messages."""

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


class Defaults(_Strict):
    """Values every section inherits unless it sets its own."""

    depth_km: Quantity | None = Field(None, description="Belt depth, km, in (0, 50].", json_schema_extra=declared(settings.DEPTH_KM_MAX))
    density: Quantity | None = Field(None, description="Named density model, or mines per km² of belt.", json_schema_extra=declared(settings.DENSITY_PER_KM2_MAX))
    density_per_km_front: Quantity | None = Field(
        None, description="Linear density: mines per km of front.", json_schema_extra=declared(settings.DENSITY_PER_KM_FRONT_MAX)
    )
    along_water: Literal["skip", "include"] = Field(
        "skip", description="Measured borders: 'skip' leaves no belt behind river and lake segments."
    )

    _q = field_validator("depth_km", "density", "density_per_km_front")(_check_quantity)


class Section(_Strict):
    """One stretch of front: who defends it, against whom, how long, how deep, how dense."""

    name: str = Field(..., min_length=1, max_length=settings.NAME_CHARS_MAX, description="Label of the section, shown in every output.")
    country: str = Field(..., description="Defender, ISO 3166-1 alpha-3 ('POL'), or 'EST+LVA+LTU' for a joint front.")
    border: str | None = Field(None, description="Neighbour(s), ISO alpha-3, '+'-joined for several. Required unless 'line' is given.")
    length_km: Quantity | None = Field(
        None, description="Stated front length, km. Omit to measure the border.", json_schema_extra=declared(settings.LENGTH_KM_MAX)
    )
    depth_km: Quantity | None = Field(
        None, description="Belt depth, km, in (0, 50]; defaults.depth_km if omitted.", json_schema_extra=declared(settings.DEPTH_KM_MAX)
    )
    density: Quantity | None = Field(
        None, description="Named model or mines per km²; defaults.density if omitted.", json_schema_extra=declared(settings.DENSITY_PER_KM2_MAX)
    )
    density_per_km_front: Quantity | None = Field(
        None, description="Linear density, mines per km of front.", json_schema_extra=declared(settings.DENSITY_PER_KM_FRONT_MAX)
    )
    along_water: Literal["skip", "include"] | None = Field(None, description="'skip' or 'include' river and lake segments.")
    from_km: float | None = Field(None, ge=0, description="Start of a stretch of the border, km from its km-0 point.")
    to_km: float | None = Field(None, gt=0, description="End of a stretch of the border, km from its km-0 point.")
    line: str | dict[str, Any] | None = Field(None, description="User frontier: GeoJSON LineString (EPSG:4326) file, or the object itself.")
    side: Literal["left", "right"] | None = Field(None, description="Side of 'line' (in its direction) where the belt lies.")
    mask: str | dict[str, Any] | None = Field(None, description="GeoJSON polygon (file or object) restricting where the belt may lie.")

    _q = field_validator("length_km", "depth_km", "density", "density_per_km_front")(_check_quantity)

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        return _check_codes(v, "country")

    @field_validator("border")
    @classmethod
    def _border(cls, v: str | None) -> str | None:
        return None if v is None else _check_codes(v, "border")

    @model_validator(mode="after")
    def _consistent(self) -> Section:
        if self.border is None and self.line is None:
            raise ValueError("border: required (the neighbour's ISO alpha-3 code) unless a 'line' is given")
        if self.line is not None and self.side is None:
            raise ValueError("side: required with 'line' ('left' or 'right' of the line's direction)")
        if self.side is not None and self.line is None:
            raise ValueError("side: only meaningful with 'line'")
        if self.line is not None and self.length_km is not None:
            raise ValueError("length_km: leave it out with 'line' (the line is measured)")
        if (self.from_km is not None or self.to_km is not None) and self.length_km is not None:
            raise ValueError("from_km/to_km: only for measured borders; leave out length_km")
        if self.from_km is not None and self.to_km is not None and not self.from_km < self.to_km:
            raise ValueError(f"to_km: must be greater than from_km ({self.from_km:g}), got {self.to_km:g}")
        if self.density is not None and self.density_per_km_front is not None:
            raise ValueError("density: give either density (per km²) or density_per_km_front, not both")
        for code in self.country.split("+"):
            if self.border and code in self.border.split("+"):
                raise ValueError(f"border: {code} cannot be both defender and neighbour")
        return self

    @property
    def is_geometric(self) -> bool:
        """True when the section's length and area come from geometry, not from a stated length."""
        return self.length_km is None


Scope = Literal["anti-personnel", "all-types"]
NOT_COSTED = "not costed"


class _Recorded(_Strict):
    """Fields every production record carries: whose, what it covers, when, from where."""

    country: str = Field(..., description="Country, ISO 3166-1 alpha-3 (one per entry).")
    scope: Scope = Field(..., description="'anti-personnel' (AP mines only) or 'all-types' (AP and anti-vehicle together).")
    year: int = Field(..., ge=1900, le=2200, description="Year the figure applies to.")
    source: str = Field(..., min_length=1, description="Where the figure was published (document, date).")

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        v = _check_codes(v, "country")
        if "+" in v:
            raise ValueError("country: one country per entry")
        return v


class CapacityEntry(_Recorded):
    """One producer's annual output, with what it covers and where the figure comes from."""

    producer: str = Field(..., min_length=1, description="Producer (firm or plant).")
    mines_per_year: Quantity = Field(..., description="Mines produced per year.")

    _q = field_validator("mines_per_year")(_check_quantity)


class StockEntry(_Recorded):
    """Mines already in stock at the start of production."""

    mines: Quantity = Field(..., description="Mines in stock.")

    _q = field_validator("mines")(_check_quantity)


class Production(_Strict):
    """Mine production: who makes how many mines of which scope, and who pools its output.

    Every field is optional: ``[production]`` alone uses the cited capacity table of
    :mod:`minebelt.block_sources` (each defending country fills its own sections).
    """

    capacity: list[CapacityEntry] | None = Field(None, description="Producers' capacities; default: the cited table (Belma, Poland, 2026, all types).")
    stock: list[StockEntry] | None = Field(None, description="Stocks at the start; default: none.")
    pooled_by: list[str] | None = Field(None, description="Countries (ISO3) that pool their capacity and stock to fill all their sections together.")
    start_year: int | None = Field(None, ge=1900, le=2200, description="First year of production; default: the earliest year of the capacity entries.")
    ramp_up_years: Quantity | None = Field(None, description="Years to reach full capacity (linear ramp from zero). 0 if omitted.")

    _q = field_validator("ramp_up_years")(_check_quantity)

    @field_validator("pooled_by")
    @classmethod
    def _pool(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return v
        if len(v) < 2:
            raise ValueError("pooled_by: name at least two countries (ISO3) that pool their production")
        out = [_check_codes(c, "pooled_by") for c in v]
        if any("+" in c for c in out):
            raise ValueError("pooled_by: list single countries, e.g. ['POL', 'LTU']")
        return out


class Cost(_Strict):
    """Build cost: mines, laying, and marking and fence on the land front, in one currency."""

    currency: str = Field("USD", description="Currency of every money figure of the cost and clearance blocks (ISO 4217).")
    unit_cost_per_mine: Quantity | None = Field(None, description="Cost of one mine; default EUR 20-200 (Finnish Army, 2026), converted.")
    laying_cost_per_km2: Quantity | None = Field(None, description="Cost of laying one km\u00b2 of belt, or 'not costed' (the default: no public figure).")
    fence_cost_per_km: Quantity | None = Field(
        None, description="Marking and fence per km of land front, or 'not costed'; default EUR 0.3-1.9 M/km (Lithuanian and Finnish border fences), converted."
    )

    _q = field_validator("unit_cost_per_mine", "laying_cost_per_km2", "fence_cost_per_km")(_check_quantity)

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        v = v.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"currency {v!r} must be an ISO 4217 code such as 'USD' or 'EUR'")
        return v


class Clearance(_Strict):
    """Later clearance of the belt after the sector's practice: land release, capacity, cost.

    Every field is optional. Capacity is one of: ``capacity_km2_per_year`` (one programme for the
    whole belt), ``capacity_km2_per_year_by_country``, or resources (``deminers``, ``machines``,
    ``dog_teams`` with ``working_days_per_year``); when none is given, each defending country
    clears its own belt at a cited national programme's rate (its own, or Croatia's).
    """

    capacity_km2_per_year: Quantity | None = Field(None, description="Area cleared per year by one programme for the whole belt, km\u00b2.")
    capacity_km2_per_year_by_country: dict[str, Quantity] | None = Field(None, description="Area cleared per year, by defending country (ISO3 or joint key).")
    deminers: Quantity | None = Field(None, description="Manual deminers working at once.")
    machines: Quantity | None = Field(None, description="Ground-preparation / clearance machines working at once.")
    dog_teams: Quantity | None = Field(None, description="Mine detection dog teams working at once.")
    working_days_per_year: Quantity | None = Field(None, description="Working days per year (required with resources: no public source).")
    productivity_m2_per_deminer_day: Quantity | None = Field(None, description="m\u00b2 per deminer per day; default 10-50 (HALO Trust).")
    productivity_m2_per_machine_day: Quantity | None = Field(None, description="m\u00b2 per machine per day (required with machines: no public source).")
    productivity_m2_per_dog_team_day: Quantity | None = Field(None, description="m\u00b2 per dog team per day; default 800-900 (NATO SFOR, 2001).")
    land_release: str | dict[str, float] | None = Field(
        None, description="'confirmed-belt' (default), 'lm-2022-global', or {cancelled_nts, reduced_ts, cleared} shares summing to 1."
    )
    unrecorded_allowance: Quantity | None = Field(None, description="Share added to the belt for drift and unrecorded mines; default 0 (no source quantifies it).")
    cost_per_m2: Quantity | None = Field(None, description="Clearance cost per m\u00b2 cleared, in the cost table's currency; default USD 2-39 (EPS Journal 2006).")
    world_output_year: int | None = Field(None, description="Year of the world's clearance output used as yardstick; default 2022 (Landmine Monitor 2023).")

    _q = field_validator(
        "capacity_km2_per_year",
        "deminers",
        "machines",
        "dog_teams",
        "working_days_per_year",
        "productivity_m2_per_deminer_day",
        "productivity_m2_per_machine_day",
        "productivity_m2_per_dog_team_day",
        "unrecorded_allowance",
        "cost_per_m2",
    )(_check_quantity)

    @field_validator("land_release", mode="before")
    @classmethod
    def _release(cls, v: Any) -> Any:
        from .model.clearance_sources import LAND_RELEASE_PRESETS

        if v is None:
            return v
        if isinstance(v, str):
            if v not in LAND_RELEASE_PRESETS:
                raise ValueError(f"land_release {v!r}: allowed {', '.join(LAND_RELEASE_PRESETS)} or a table of shares")
            return v
        keys = {"cancelled_nts", "reduced_ts", "cleared"}
        if not isinstance(v, dict) or set(v) != keys:
            raise ValueError("land_release: a table needs exactly cancelled_nts, reduced_ts and cleared (shares summing to 1)")
        for k, x in v.items():
            if isinstance(x, bool) or not isinstance(x, (int, float)) or not 0 <= x <= 1:
                raise ValueError(f"land_release.{k} = {x!r}: must be a number in [0, 1]")
        if abs(sum(v.values()) - 1.0) > 1e-6:
            raise ValueError(f"land_release: shares must sum to 1, got {sum(v.values()):g}")
        if v["cleared"] <= 0:
            raise ValueError("land_release.cleared: must be > 0 (a laid belt is not released by survey alone)")
        return {k: float(x) for k, x in v.items()}

    @model_validator(mode="after")
    def _capacity(self) -> Clearance:
        resources = any(x is not None for x in (self.deminers, self.machines, self.dog_teams))
        given = [n for n, on in (("capacity_km2_per_year", self.capacity_km2_per_year is not None),
                                 ("capacity_km2_per_year_by_country", self.capacity_km2_per_year_by_country is not None),
                                 ("deminers/machines/dog_teams", resources)) if on]
        if len(given) > 1:
            raise ValueError(f"capacity: give one of capacity_km2_per_year, capacity_km2_per_year_by_country or resources, not {' and '.join(given)}")
        if resources and self.working_days_per_year is None:
            raise ValueError("working_days_per_year: required with deminers, machines or dog_teams (no public source gives a default)")
        if self.machines is not None and self.productivity_m2_per_machine_day is None:
            raise ValueError("productivity_m2_per_machine_day: required with machines (no public source gives a default)")
        if self.capacity_km2_per_year_by_country:
            for k in self.capacity_km2_per_year_by_country:
                _check_codes(k, "capacity_km2_per_year_by_country key")
        return self


class Scenario(_Strict):
    """A complete scenario. Build one in code or read it with :func:`load_scenario`."""

    name: str = Field(..., min_length=1, max_length=settings.NAME_CHARS_MAX)
    source: str | None = Field(None, max_length=settings.TEXT_CHARS_MAX, description="Free text: where the scenario's figures come from.")
    description: str | None = Field(None, max_length=settings.TEXT_CHARS_MAX)
    defaults: Defaults = Field(default_factory=Defaults)
    parameters: dict[str, Quantity] = Field(default_factory=dict, description="Named shared assumptions, referred to as {param = \"name\"}.")
    sections: list[Section] = Field(
        ..., min_length=1, json_schema_extra={"maxItems": settings.SECTIONS_MAX}, description=f"At most {settings.SECTIONS_MAX:,} (SECTIONS_MAX)."
    )

    @field_validator("sections", mode="before")
    @classmethod
    def _few_enough(cls, v: Any) -> Any:
        if isinstance(v, list) and len(v) > settings.SECTIONS_MAX:
            raise ValueError(f"{len(v):,} sections, more than {settings.SECTIONS_MAX:,} (SECTIONS_MAX)")
        return v

    production: Production | None = None
    cost: Cost | None = None
    clearance: Clearance | None = None

    _path: Path | None = PrivateAttr(None)
    _sha256: str | None = PrivateAttr(None)
    _label: str | None = PrivateAttr(None)

    @property
    def path(self) -> Path | None:
        """The file this scenario was read from, if any (relative paths resolve against it)."""
        return self._path

    @property
    def base_dir(self) -> Path:
        return self._path.parent if self._path else Path.cwd()

    @property
    def sha256(self) -> str:
        """sha256 of the file's bytes, or of the canonical JSON of a scenario built in code."""
        if self._sha256 is None:
            blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":")).encode()
            return hashlib.sha256(blob).hexdigest()
        return self._sha256

    @property
    def label(self) -> str:
        return str(self._path) if self._path else (self._label or "scenario")


# --------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------


def _loc_text(doc: dict[str, Any], loc: tuple[Any, ...], prefix: tuple[Any, ...]) -> str:
    """('sections', 2, 'depth_km') -> "sections[2] 'Poland ...': depth_km"."""
    parts: list[str] = []
    node: Any = doc
    path = list(prefix) + list(loc)
    for i, key in enumerate(path):
        if isinstance(key, int):
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
    fields = parts[len(head):]
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


def format_validation_error(err: ValidationError, label: str, doc: dict[str, Any], prefix: tuple[Any, ...] = ()) -> str:
    """The first error of a pydantic ValidationError as one line naming file, section, field.

    An unknown key is reported before anything else, with the closest allowed key
    (``unknown key 'sectoins' (did you mean 'sections'?)``): a misspelt table otherwise
    shows up only as its correct name "missing".
    """
    errors = err.errors()
    e = next((x for x in errors if x.get("type") == "extra_forbidden"), errors[0])
    loc = tuple(x for x in e["loc"] if not (isinstance(x, str) and x.startswith(("function-after", "function-before", "union"))))
    # drop pydantic's union-member tags such as 'float', 'str', 'dict[str,any]'
    loc = tuple(x for x in loc if x not in ("float", "str", "dict[str,any]", "int", "literal['skip','include']"))
    where = _loc_text(doc, loc, prefix)
    msg = str(e.get("msg", "invalid value"))
    msg = msg.removeprefix("Value error, ")
    if e.get("type") == "extra_forbidden" and loc and isinstance(loc[-1], str):
        model = _model_at(Scenario, loc)
        allowed = list(model.model_fields) if model is not None else []
        msg = unknown_key(loc[-1], allowed) if allowed else "unknown key (check the spelling; see docs/user-guide.md for the schema)"
        where = _loc_text(doc, loc[:-1], prefix)
    elif e.get("type") == "missing":
        msg = "required field is missing"
    elif "input" in e and e.get("type") not in ("value_error",) and not isinstance(e["input"], (dict, list)):
        msg = f"{msg} (got {clip(e['input'])})"
    return f"{label}: {where}: {msg}" if where else f"{label}: {msg}"


def scenario_from_dict(doc: dict[str, Any], label: str = "scenario", prefix: tuple[Any, ...] = ()) -> Scenario:
    """Validate a mapping (from TOML or JSON) into a :class:`Scenario`."""
    if not isinstance(doc, dict):
        raise InputError(f"{label}: a scenario must be a table/object, got {type(doc).__name__}")
    try:
        sc = Scenario.model_validate(doc)
    except ValidationError as err:
        raise InputError(format_validation_error(err, label, doc, prefix)) from None
    sc._label = label  # later errors (geometry, blocks) name the same source
    from .inputs import resolve_scenario  # semantic checks: ranges, model names, parameters

    resolve_scenario(sc, label=label, prefix=prefix)
    return sc


def read_toml(path: str | Path, max_bytes: int = settings.SCENARIO_BYTES_MAX, what: str = "scenario file (TOML)") -> tuple[dict[str, Any], bytes]:
    """Parse a TOML file within the limits of :mod:`minebelt.settings`; returns ``(doc, bytes)``.

    The file must be a regular file of at most ``max_bytes`` (:mod:`minebelt.safe_files`);
    dotted keys, nesting and the number of entries are checked on the text and on the
    parsed tree (:mod:`minebelt._validate`). Raises :class:`InputError`.
    """
    from ._validate import check_toml_text, check_tree
    from .safe_files import read_bytes

    p = Path(path)
    blob = read_bytes(p, max_bytes=max_bytes, what=what)
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{p}: not UTF-8 text (byte {e.start})") from None
    text = text.removeprefix("\ufeff")
    check_toml_text(text, str(p))
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{p}: malformed TOML: {e}") from None
    except RecursionError:
        raise InputError(f"{p}: nested more than {settings.TOML_DEPTH_MAX} levels deep (TOML_DEPTH_MAX)") from None
    check_tree(doc, str(p))
    return doc, blob


def _check_files(sc: Scenario, label: str, prefix: str) -> None:
    """Sections' ``line``/``mask`` files: regular files within ``GEOJSON_BYTES_MAX`` (read later)."""
    from .geojson_input import resolve_path
    from .safe_files import check_regular

    for i, s in enumerate(sc.sections):
        for fld in ("line", "mask"):
            value = getattr(s, fld)
            if isinstance(value, str):
                p = resolve_path(value, sc.base_dir)
                where = f"{label}: {prefix}sections[{i}] {clip(s.name)}: {fld}: {p}"
                check_regular(p, max_bytes=settings.GEOJSON_BYTES_MAX, what="GeoJSON file", label=where)


def load_scenarios(path: str | Path) -> list[Scenario]:
    """Every scenario in a TOML file (one, or several as ``[[scenarios]]``)."""
    p = Path(path)
    doc, blob = read_toml(p)
    digest = hashlib.sha256(blob).hexdigest()
    if "scenarios" in doc:
        allowed = {"scenarios", "source", "title"}
        extra = sorted(set(doc) - allowed)
        if extra:
            raise InputError(f"{p}: unknown top-level key {clip(extra[0])}{suggest(extra[0], allowed)} in a multi-scenario file (allowed: scenarios, source, title)")
        items = doc["scenarios"]
        if not isinstance(items, list) or not items:
            raise InputError(f"{p}: scenarios: must be a non-empty array of tables ([[scenarios]])")
        out = []
        for i, item in enumerate(items):
            if isinstance(item, dict) and "source" not in item and "source" in doc:
                item = {**item, "source": doc["source"]}
            out.append(scenario_from_dict(item, str(p), prefix=("scenarios", i)))
    else:
        out = [scenario_from_dict(doc, str(p))]
    for i, sc in enumerate(out):
        sc._path = p.resolve()
        sc._sha256 = digest
        _check_files(sc, str(p), f"scenarios[{i}] " if "scenarios" in doc else "")
    return out


def load_scenario(path: str | Path) -> Scenario:
    """The scenario in a TOML file (the first one if the file holds several)."""
    return load_scenarios(path)[0]


__all__ = [
    "CapacityEntry",
    "Clearance",
    "Cost",
    "Defaults",
    "Production",
    "Scenario",
    "Section",
    "StockEntry",
    "load_scenario",
    "load_scenarios",
    "scenario_from_dict",
]
