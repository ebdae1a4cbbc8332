"""Scenarios: the TOML file format as pydantic models (the in-code classes).

Layer: inputs.

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
Every numeric value may be uncertain (see :mod:`minebelt.uncertainty.distributions`); ``{param = "x"}``
refers to an entry of ``[parameters]``, drawn once per Monte Carlo iteration and shared by
every section that refers to it — as is any distribution written in ``[defaults]``.

Validation errors are :class:`~minebelt.errors.InputError` with one line naming the file,
the section and the field, e.g. ``seed.toml: sections[1] 'Poland': depth_km = 80: must lie
in (0, 50] km``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, PrivateAttr, field_validator, model_validator

from .. import settings
from .fields import KEYS_SCHEMA, Quantity, _check_codes, _Strict, api_label, code_schema, declared, in_range
from .schema_blocks import Clearance, Cost, Production


class Defaults(_Strict):
    """Values every section inherits unless it sets its own."""

    depth_km: Quantity | None = Field(
        None, description="Belt depth, km, in (0, 50].", json_schema_extra=declared(settings.DEPTH_KM_MAX)
    )
    density: Quantity | None = Field(
        None,
        description="Named density model, or mines per km² of belt.",
        json_schema_extra=declared(settings.DENSITY_PER_KM2_MAX),
    )
    density_per_km_front: Quantity | None = Field(
        None,
        description="Linear density: mines per km of front.",
        json_schema_extra=declared(settings.DENSITY_PER_KM_FRONT_MAX),
    )
    along_water: Literal["skip", "include"] = Field(
        "skip", description="Measured borders: 'skip' leaves no belt behind river and lake segments."
    )

    _depth = field_validator("depth_km")(in_range("depth"))
    _density = field_validator("density")(in_range("areal"))
    _linear = field_validator("density_per_km_front")(in_range("linear"))


class Section(_Strict):
    """One stretch of front: who defends it, against whom, how long, how deep, how dense."""

    name: str = Field(
        ...,
        min_length=1,
        max_length=settings.NAME_CHARS_MAX,
        description="Label of the section, shown in every output.",
    )
    country: str = Field(
        ...,
        description="Defender, ISO 3166-1 alpha-3 ('POL'), or 'EST+LVA+LTU' for a joint front.",
        json_schema_extra=code_schema(),
    )
    border: str | None = Field(
        None,
        description="Neighbour(s), ISO alpha-3, '+'-joined for several. Required unless 'line' is given.",
        json_schema_extra=code_schema(),
    )
    length_km: Quantity | None = Field(
        None,
        description="Stated front length, km. Omit to measure the border.",
        json_schema_extra=declared(settings.LENGTH_KM_MAX),
    )
    depth_km: Quantity | None = Field(
        None,
        description="Belt depth, km, in (0, 50]; defaults.depth_km if omitted.",
        json_schema_extra=declared(settings.DEPTH_KM_MAX),
    )
    density: Quantity | None = Field(
        None,
        description="Named model or mines per km²; defaults.density if omitted.",
        json_schema_extra=declared(settings.DENSITY_PER_KM2_MAX),
    )
    density_per_km_front: Quantity | None = Field(
        None,
        description="Linear density, mines per km of front.",
        json_schema_extra=declared(settings.DENSITY_PER_KM_FRONT_MAX),
    )
    along_water: Literal["skip", "include"] | None = Field(
        None, description="'skip' or 'include' river and lake segments."
    )
    from_km: float | None = Field(None, ge=0, description="Start of a stretch of the border, km from its km-0 point.")
    to_km: float | None = Field(None, gt=0, description="End of a stretch of the border, km from its km-0 point.")
    line: str | dict[str, Any] | None = Field(
        None,
        description="User frontier: GeoJSON LineString (EPSG:4326) file, or the object itself; a MultiLineString cut at the antimeridian (RFC 7946 3.1.9) is joined.",
    )
    side: Literal["left", "right"] | None = Field(
        None, description="Side of 'line' (in its direction) where the belt lies."
    )
    mask: str | dict[str, Any] | None = Field(
        None, description="GeoJSON polygon (file or object) restricting where the belt may lie."
    )

    _length = field_validator("length_km")(in_range("length"))
    _depth = field_validator("depth_km")(in_range("depth"))
    _density = field_validator("density")(in_range("areal"))
    _linear = field_validator("density_per_km_front")(in_range("linear"))

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


#: Checks of a scenario built in code, after its schema: :mod:`.resolve` registers the
#: value checks a file's loader runs (ranges, density models, parameters, blocks), so that
#: ``Scenario(...)`` refuses what ``load_scenario`` refuses (each ``check(scenario, label)``
#: raises :class:`~minebelt.errors.InputError`).
POST_BUILD: list[Callable[[Scenario, str], None]] = []


class Scenario(_Strict):
    """A complete scenario. Build one in code or read it with :func:`load_scenario`."""

    name: str = Field(..., min_length=1, max_length=settings.NAME_CHARS_MAX)
    source: str | None = Field(
        None, max_length=settings.TEXT_CHARS_MAX, description="Free text: where the scenario's figures come from."
    )
    description: str | None = Field(None, max_length=settings.TEXT_CHARS_MAX)
    defaults: Defaults = Field(default_factory=Defaults)
    parameters: dict[str, Quantity] = Field(
        default_factory=dict,
        description='Named shared assumptions, referred to as {param = "name"}.',
        json_schema_extra=KEYS_SCHEMA,
    )
    sections: list[Section] = Field(
        ...,
        min_length=1,
        json_schema_extra={"maxItems": settings.SECTIONS_MAX},
        description=f"At most {settings.SECTIONS_MAX:,} (SECTIONS_MAX).",
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

    def __init__(self, /, **data: Any) -> None:
        """A scenario built in code, checked as a file is: every problem of the schema, then of
        the values (ranges, density models, parameters, blocks), one line each in one
        :class:`~minebelt.errors.InputError`."""
        super().__init__(**data)
        for check in POST_BUILD:
            check(self, self.label if self._label else api_label(Scenario, {"name": self.name}))

    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]  # files: model_validate, then resolve

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
        """How error lines name this scenario: the file as the user gave it (``s.toml``,
        ``examples/a.toml``), the same at every stage (schema, ranges, geometry, blocks)."""
        return self._label or (str(self._path) if self._path else "scenario")
