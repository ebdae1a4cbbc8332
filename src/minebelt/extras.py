"""The optional scenario blocks — production, cost, clearance — resolved into model inputs.

Each value becomes an :class:`~minebelt.inputs.Input` keyed ``production.capacity_per_year``,
``cost.unit_cost_per_mine``, ... (one draw per iteration). A value left out takes a cited
default from :mod:`minebelt.constants` where a public source exists; otherwise it is
required when its table is present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import constants
from .errors import InputError
from .inputs import Input, Range, resolve_quantity

if TYPE_CHECKING:
    from .scenario import Scenario

BIG = 1e12
RANGES: dict[str, Range] = {
    "production.capacity_per_year": Range(0, 1e10, "mines/year"),
    "production.capacity_per_year_by_country": Range(0, 1e10, "mines/year"),
    "production.ramp_up_years": Range(0, 50, "years", low_open=False),
    "production.stock": Range(0, 1e10, "mines", low_open=False),
    "cost.unit_cost_per_mine": Range(0, 1e6, "per mine"),
    "cost.laying_cost_per_km2": Range(0, BIG, "per km\u00b2", low_open=False),
    "cost.fence_cost_per_km": Range(0, BIG, "per km", low_open=False),
    "clearance.productivity_m2_per_deminer_day": Range(0, 10_000, "m\u00b2/deminer/day"),
    "clearance.working_days_per_year": Range(0, 366, "days/year"),
    "clearance.deminers": Range(0, 1e6, "deminers"),
    "clearance.cost_per_m2": Range(0, 1e4, "per m\u00b2", low_open=False),
    "clearance.full_clearance_share": Range(0, 1, "share"),
}


def _one(sc: Scenario, key: str, value: Any, label: str, prefix: str) -> Input:
    return resolve_quantity(value, key, f"{prefix}{key}", RANGES[key], sc.parameters, label)


def extras_inputs(sc: Scenario, label: str = "", prefix: str = "") -> dict[str, dict[str, Any]]:
    """``{"production": {...}, "cost": {...}, "clearance": {...}}`` of Inputs (blocks present only).

    Also returns, under ``"sources"``, the citation of every default used.
    """
    label = label or sc.label
    out: dict[str, dict[str, Any]] = {}
    if sc.production is not None:
        p = sc.production
        block: dict[str, Any] = {"start_year": p.start_year}
        if p.capacity_per_year is not None:
            block["capacity_per_year"] = _one(sc, "production.capacity_per_year", p.capacity_per_year, label, prefix)
        else:
            block["capacity_by_country"] = {
                code: resolve_quantity(
                    v,
                    f"production.capacity_per_year_by_country.{code}",
                    f"{prefix}production.capacity_per_year_by_country.{code}",
                    RANGES["production.capacity_per_year_by_country"],
                    sc.parameters,
                    label,
                )
                for code, v in (p.capacity_per_year_by_country or {}).items()
            }
        block["ramp_up_years"] = _one(sc, "production.ramp_up_years", p.ramp_up_years if p.ramp_up_years is not None else 0.0, label, prefix)
        block["stock"] = _one(sc, "production.stock", p.stock if p.stock is not None else 0.0, label, prefix)
        block["sources"] = []
        out["production"] = block
    if sc.cost is not None:
        c = sc.cost
        block = {"currency": c.currency, "sources": []}
        unit = c.unit_cost_per_mine
        if unit is None:
            unit, cit = constants.COST_DEFAULTS["unit_cost_per_mine"]
            block["sources"].append(f"cost.unit_cost_per_mine default {unit} USD: {cit}")
            if c.currency != "USD":
                raise InputError(f"{label}: {prefix}cost.unit_cost_per_mine: required when currency is not USD (the sourced default is in USD)")
        block["unit_cost_per_mine"] = _one(sc, "cost.unit_cost_per_mine", unit, label, prefix)
        block["laying_cost_per_km2"] = _one(sc, "cost.laying_cost_per_km2", c.laying_cost_per_km2, label, prefix)
        block["fence_cost_per_km"] = _one(sc, "cost.fence_cost_per_km", c.fence_cost_per_km if c.fence_cost_per_km is not None else 0.0, label, prefix)
        block["fence_included"] = c.fence_cost_per_km is not None
        out["cost"] = block
    if sc.clearance is not None:
        k = sc.clearance
        block = {"sources": []}
        for name in ("productivity_m2_per_deminer_day", "working_days_per_year", "deminers", "cost_per_m2", "full_clearance_share"):
            value = getattr(k, name)
            if value is None and name in constants.CLEARANCE_DEFAULTS:
                value, cit = constants.CLEARANCE_DEFAULTS[name]
                if name == "cost_per_m2" and sc.cost is not None and sc.cost.currency != "USD":
                    raise InputError(f"{label}: {prefix}clearance.cost_per_m2: required when the cost currency is not USD (the sourced default is in USD)")
                block["sources"].append(f"clearance.{name} default {value}: {cit}")
            elif value is None and name == "full_clearance_share":
                value = constants.FULL_CLEARANCE_SHARE_DEFAULT
                block["sources"].append("clearance.full_clearance_share default 1.0: a laid, recorded belt is confirmed hazardous area (modelling convention)")
            elif value is None:
                raise InputError(f"{label}: {prefix}clearance.{name}: required field is missing (no public source gives a default)")
            block[name] = _one(sc, f"clearance.{name}", value, label, prefix)
        if sc.cost is None and "cost_per_m2" in block:
            block["currency"] = "USD"
        else:
            block["currency"] = sc.cost.currency if sc.cost else "USD"
        out["clearance"] = block
    return out


def resolve_extras(sc: Scenario, label: str, prefix: str = "") -> None:
    """Validate the optional blocks' values (ranges, distributions, required fields)."""
    extras_inputs(sc, label, prefix)
