"""The optional tables of a scenario: ``[production]``, ``[cost]``, ``[clearance]``.

Layer: inputs. Every field is optional; a value left out takes a cited default from the
sourced tables of :mod:`minebelt.model` when the block is resolved (:mod:`.blocks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from .fields import Quantity, _check_codes, _check_quantity, _Strict, code_schema

Scope = Literal["anti-personnel", "all-types"]
NOT_COSTED = "not costed"


class _Recorded(_Strict):
    """Fields every production record carries: whose, what it covers, when, from where."""

    country: str = Field(
        ..., description="Country, ISO 3166-1 alpha-3 (one per entry).", json_schema_extra=code_schema(joint=False)
    )
    scope: Scope = Field(
        ..., description="'anti-personnel' (AP mines only) or 'all-types' (AP and anti-vehicle together)."
    )
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
    :mod:`minebelt.model.production_sources` (each defending country fills its own sections).
    """

    capacity: list[CapacityEntry] | None = Field(
        None,
        description="Producers' capacities; default: the cited table (Belma, Poland, 2026, all types).",
        json_schema_extra={"minItems": 1},
    )
    stock: list[StockEntry] | None = Field(None, description="Stocks at the start; default: none.")
    pooled_by: list[str] | None = Field(
        None,
        description="Countries (ISO3) that pool their capacity and stock to fill all their sections together.",
        json_schema_extra={"minItems": 2, "items": {"type": "string", **code_schema(joint=False)}},
    )
    start_year: int | None = Field(
        None,
        ge=1900,
        le=2200,
        description="First year of production; default: the earliest year of the capacity entries.",
    )
    ramp_up_years: Quantity | None = Field(
        None, description="Years to reach full capacity (linear ramp from zero). 0 if omitted."
    )

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

    currency: str = Field(
        "USD", description="Currency of every money figure of the cost and clearance blocks (ISO 4217)."
    )
    unit_cost_per_mine: Quantity | None = Field(
        None,
        description="Cost of one mine; default EUR 20-200 (Finnish Army, January 2026), converted at the ECB rate of that date.",
    )
    laying_cost_per_km2: Quantity | None = Field(
        None, description="Cost of laying one km\u00b2 of belt, or 'not costed' (the default: no public figure)."
    )
    fence_cost_per_km: Quantity | None = Field(
        None,
        description=(
            "Marking and fence per km of land front, or 'not costed'; default: a border-fence proxy, uniform between the "
            "per-km costs of three anti-migration barriers (Lithuania, Poland, Finland, 2022; EUR 0.30-1.9 M/km), each "
            "converted at the ECB rate of its date. Not minefield marking (Amended Protocol II, Art. 5(2)(a))."
        ),
    )

    _q = field_validator("unit_cost_per_mine", "laying_cost_per_km2", "fence_cost_per_km")(_check_quantity)

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        v = v.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"currency {v!r} must be an ISO 4217 code such as 'USD' or 'EUR'")
        return v


def _workforce_names() -> list[str]:
    from ..model.clearance_workforce import WORKFORCE_PRESETS

    return sorted(WORKFORCE_PRESETS)


def _condition_names() -> list[str]:
    from ..model.clearance_history import CONDITIONS

    return sorted(CONDITIONS)


def _world_output_years() -> list[int]:
    from ..model import clearance_sources

    return sorted(clearance_sources.WORLD_OUTPUT)


def _one_of(values: Callable[[], list[Any]], kind: str = "string") -> Callable[[dict[str, Any]], None]:
    """``json_schema_extra`` of an optional field that takes one of ``values()`` (read when the
    JSON schema is built; the field's validator gives the message): the enum on its non-null branch."""

    def extra(schema: dict[str, Any]) -> None:
        for branch in schema.get("anyOf", [schema]):
            if branch.get("type") == kind:
                branch["enum"] = values()

    return extra


class Clearance(_Strict):
    """Later clearance of the belt after the sector's practice: land release, capacity, cost.

    Every field is optional. The time is one of: a workforce (``deminers``, a number or a
    distribution, alone is enough; or a named ``workforce`` preset; the default is a named
    programme's workforce) at the productivities fitted on historical clearances (effort =
    mines / mines per deminer-year + m² / m² per deminer-year); or a stated capacity
    (``capacity_km2_per_year``, ``capacity_km2_per_year_by_country``, ``capacity_mines_per_year``).
    ``machines``, ``dog_teams`` and per-day productivities (with ``working_days_per_year``) set the
    ground-search term from a stated method mix instead of the fitted one.
    """

    capacity_km2_per_year: Quantity | None = Field(
        None, description="Area cleared per year by one programme for the whole belt, km\u00b2."
    )
    capacity_km2_per_year_by_country: dict[str, Quantity] | None = Field(
        None,
        description="Area cleared per year, by defending country (ISO3 or joint key).",
        json_schema_extra={"propertyNames": code_schema()},
    )
    deminers: Quantity | None = Field(
        None,
        description="Deminers at work (a number or a distribution); enough on its own: productivities default to the fitted values.",
    )
    workforce: str | None = Field(
        None,
        description="A named programme's workforce instead of deminers: 'kor-military', 'ukraine-2024', 'halo-zimbabwe', 'falklands', 'npa-jordan'; default: the defending country's own ('kor-military' for South Korea) or 'ukraine-2024' (4,021 deminers, the largest national force on record).",
        json_schema_extra=_one_of(_workforce_names),
    )
    minefield_condition: str | None = Field(
        None,
        description="'legacy' (default: no pattern to follow, every mine found by search, mines moved or unrecorded after decades, as on the Falklands, in Zimbabwe and South Korea) or 'recorded' (pattern minefields on open ground: mines located from the laying pattern, the rest of the area verified to IMAS 09.10, as in Jordan and Cyprus): sets the fitted mines per deminer-year.",
        json_schema_extra=_one_of(_condition_names),
    )
    mines_per_deminer_year: Quantity | None = Field(
        None,
        description="Mines found, excavated and destroyed per deminer and year; default the fit on historical clearances (minebelt's model documentation).",
    )
    m2_per_deminer_year: Quantity | None = Field(
        None,
        description="m² of ground searched per deminer and year; default the fit on historical clearances (minebelt's model documentation).",
    )
    capacity_mines_per_year: Quantity | None = Field(
        None, description="Mines cleared per year by one programme for the whole belt (a stated capacity)."
    )
    machines: Quantity | None = Field(None, description="Ground-preparation / clearance machines working at once.")
    dog_teams: Quantity | None = Field(None, description="Mine detection dog teams working at once.")
    working_days_per_year: Quantity | None = Field(
        None,
        description="Working days per year: stating it (or per-day productivities, machines or dog teams) sets the ground-search term from a per-day method mix (no public source for the days); the fitted productivities are per calendar year.",
    )
    productivity_m2_per_deminer_day: Quantity | None = Field(
        None, description="m\u00b2 per deminer per day; default 10-50 (HALO Trust)."
    )
    productivity_m2_per_machine_day: Quantity | None = Field(
        None, description="m\u00b2 per machine per day (required with machines: no public source)."
    )
    productivity_m2_per_dog_team_day: Quantity | None = Field(
        None, description="m\u00b2 per dog team per day; default 800-900 (NATO SFOR, 2001)."
    )
    land_release: str | dict[str, float] | None = Field(
        None,
        description="'confirmed-belt' (default), 'lm-2022-global', or {cancelled_nts, reduced_ts, cleared} shares summing to 1.",
    )
    unrecorded_allowance: Quantity | None = Field(
        None,
        description=(
            "Share added to the belt area for drifted, lost or unrecorded mines; default 0, which assumes complete records "
            "(sourced anchors, shares of mines not of area, to test through the density: 2.5 % and 5.6 % of mines unaccounted after clearance, inner-German border and South Korea's "
            "air-defence bases; minebelt's model documentation)."
        ),
    )
    cost_per_m2: Quantity | None = Field(
        None,
        description="Clearance cost per m\u00b2 cleared, in the cost table's currency: the cross-check beside the effort's cost (the headline when stated without cost_per_deminer_year, or without a workforce); default the outturns of Nicaragua (1990-2010) and the Cyprus buffer zone (2004-2005) at 2025 prices (US CPI-U), uniform between them; the 2006 span USD 2-39 (EPS Journal) is shown as an alternative.",
    )
    cost_per_deminer_year: Quantity | None = Field(
        None,
        description="Clearance cost per deminer-year (a programme's whole money over its deminers' years), in the cost table's currency; the headline cost is the effort times it. Default by where the belt lies: EU member states Croatia's national programme 2020-2021, Ukraine a 2024 contract of its compensation programme, elsewhere the span of both, at 2025 prices (minebelt's model documentation).",
    )
    world_output_year: int | None = Field(
        None,
        description="Year of the States Parties' clearance output used as yardstick; default 2023 (Landmine Monitor 2024, relayed); 2022 (Landmine Monitor 2023).",
        json_schema_extra=_one_of(_world_output_years, "integer"),
    )

    _q = field_validator(
        "capacity_km2_per_year",
        "capacity_mines_per_year",
        "mines_per_deminer_year",
        "m2_per_deminer_year",
        "deminers",
        "machines",
        "dog_teams",
        "working_days_per_year",
        "productivity_m2_per_deminer_day",
        "productivity_m2_per_machine_day",
        "productivity_m2_per_dog_team_day",
        "unrecorded_allowance",
        "cost_per_m2",
        "cost_per_deminer_year",
    )(_check_quantity)

    @field_validator("land_release", mode="before")
    @classmethod
    def _release(cls, v: Any) -> Any:
        from ..model.clearance_sources import LAND_RELEASE_PRESETS

        if v is None:
            return v
        if isinstance(v, str):
            if v not in LAND_RELEASE_PRESETS:
                raise ValueError(f"land_release {v!r}: allowed {', '.join(LAND_RELEASE_PRESETS)} or a table of shares")
            return v
        keys = {"cancelled_nts", "reduced_ts", "cleared"}
        if not isinstance(v, dict) or set(v) != keys:
            raise ValueError(
                "land_release: a table needs exactly cancelled_nts, reduced_ts and cleared (shares summing to 1)"
            )
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
        resources = any(x is not None for x in (self.deminers, self.machines, self.dog_teams, self.workforce))
        given = [
            n
            for n, on in (
                ("capacity_km2_per_year", self.capacity_km2_per_year is not None),
                ("capacity_km2_per_year_by_country", self.capacity_km2_per_year_by_country is not None),
                ("capacity_mines_per_year", self.capacity_mines_per_year is not None),
                ("deminers/workforce/machines/dog_teams", resources),
            )
            if on
        ]
        if len(given) > 1:
            raise ValueError(
                f"capacity: give one of capacity_km2_per_year, capacity_km2_per_year_by_country, capacity_mines_per_year or a workforce, not {' and '.join(given)}"
            )
        if self.deminers is not None and self.workforce is not None:
            raise ValueError("workforce: give deminers or a workforce preset, not both")
        if self.workforce is not None:
            from ..model.clearance_workforce import WORKFORCE_PRESETS

            if self.workforce not in WORKFORCE_PRESETS:
                raise ValueError(f"workforce {self.workforce!r}: allowed {', '.join(WORKFORCE_PRESETS)}")
        if self.minefield_condition is not None:
            from ..model.clearance_history import CONDITIONS

            if self.minefield_condition not in CONDITIONS:
                raise ValueError(f"minefield_condition {self.minefield_condition!r}: allowed {', '.join(CONDITIONS)}")
        per_day = (
            self.productivity_m2_per_deminer_day is not None or self.machines is not None or self.dog_teams is not None
        )
        if per_day and self.working_days_per_year is None:
            raise ValueError(
                "working_days_per_year: required with per-day productivities, machines or dog_teams (no public source gives a default)"
            )
        if self.machines is not None and self.productivity_m2_per_machine_day is None:
            raise ValueError(
                "productivity_m2_per_machine_day: required with machines (no public source gives a default)"
            )
        if self.capacity_km2_per_year_by_country:
            for k in self.capacity_km2_per_year_by_country:
                _check_codes(k, "capacity_km2_per_year_by_country key")
        return self
