"""The optional scenario blocks — production, cost, clearance — resolved into model inputs.

Layer: inputs.

Each value becomes an :class:`~minebelt.scenario.quantities.Input` keyed by where it was written
(``cost.unit_cost_per_mine``, ``production.capacity[0].mines_per_year``, ...; one draw per
iteration). A value left out takes a cited default from :mod:`minebelt.model.clearance_sources`,
:mod:`minebelt.model.cost_sources` or :mod:`minebelt.model.production_sources`; a sourced money
figure is converted to the block's currency at the ECB rate of its own price date
(:mod:`.money`); a value with no public source is either required or reported as
"not costed" / "not estimated".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..model import cost_sources as cost_src
from ..model import production_sources as prod_src
from ..uncertainty.distributions import parse
from .clearance_inputs import clearance_inputs
from .money import figures_text, money_input, need_rate
from .quantities import Input, Range, resolve_quantity

if TYPE_CHECKING:
    from .schema import Scenario

BIG = 1e12
RANGES: dict[str, Range] = {
    "production.mines_per_year": Range(0, 1e10, "mines/year"),
    "production.stock": Range(0, 1e10, "mines", low_open=False),
    "production.ramp_up_years": Range(0, 50, "years", low_open=False),
    "cost.unit_cost_per_mine": Range(0, 1e9, "per mine"),
    "cost.laying_cost_per_km2": Range(0, BIG, "per km\u00b2", low_open=False, words=("not costed",)),
    "cost.fence_cost_per_km": Range(0, BIG, "per km", low_open=False, words=("not costed",)),
    "clearance.capacity_km2_per_year": Range(0, 1e5, "km\u00b2/year"),
    "clearance.capacity_mines_per_year": Range(0, 1e10, "mines/year"),
    "clearance.mines_per_deminer_year": Range(0, 1e5, "mines/deminer/year"),
    "clearance.m2_per_deminer_year": Range(0, 1e8, "m\u00b2/deminer/year"),
    "clearance.deminers": Range(0, 1e7, "deminers"),  # the effort divides by them
    "clearance.machines": Range(0, 1e6, "machines", low_open=False),
    "clearance.dog_teams": Range(0, 1e6, "dog teams", low_open=False),
    "clearance.working_days_per_year": Range(0, 366, "days/year"),
    "clearance.productivity_m2_per_deminer_day": Range(0, 10_000, "m\u00b2/deminer/day"),
    "clearance.productivity_m2_per_machine_day": Range(0, 1e6, "m\u00b2/machine/day"),
    "clearance.productivity_m2_per_dog_team_day": Range(0, 1e5, "m\u00b2/dog team/day"),
    "clearance.unrecorded_allowance": Range(0, 10, "share of the belt area", low_open=False),
    "clearance.cost_per_m2": Range(0, 1e5, "per m\u00b2", low_open=False),
    "clearance.cost_per_deminer_year": Range(0, 1e8, "per deminer-year", low_open=False),
}


def _is_not_costed(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() == "not costed"


def _q(sc: Scenario, key: str, value: Any, label: str, prefix: str, rng: str | None = None) -> Input:
    return resolve_quantity(value, key, f"{prefix}{key}", RANGES[rng or key], sc.parameters, label)


def _production(sc: Scenario, label: str, prefix: str) -> dict[str, Any]:
    p = sc.production
    assert p is not None
    out: dict[str, Any] = {"sources": [], "pooled_by": p.pooled_by}
    entries: list[dict[str, Any]] = []
    if p.capacity is None:
        for i, rec in enumerate(prod_src.PRODUCTION_CAPACITY_DEFAULTS):
            key = f"production.capacity[{i}].mines_per_year"
            entries.append(
                {
                    "producer": rec.producer,
                    "country": rec.country,
                    "scope": rec.scope,
                    "year": rec.year,
                    "source": str(rec.citation),
                    "note": rec.note,
                    "input": Input(key, parse(rec.mines_per_year, key), "mines/year"),
                    "default": True,
                }
            )
            out["sources"].append(
                f"production.capacity default {rec.producer} ({rec.country}, {rec.scope}, {rec.year}): {rec.citation}"
            )
    else:
        for i, e in enumerate(p.capacity):
            key = f"production.capacity[{i}].mines_per_year"
            entries.append(
                {
                    "producer": e.producer,
                    "country": e.country,
                    "scope": e.scope,
                    "year": e.year,
                    "source": e.source,
                    "input": _q(sc, key, e.mines_per_year, label, prefix, "production.mines_per_year"),
                    "default": False,
                }
            )
    if not entries:
        raise InputError(
            f"{label}: {prefix}production.capacity: give at least one producer, or leave it out for the cited default"
        )
    out["capacity"] = entries
    out["stock"] = [
        {
            "country": s.country,
            "scope": s.scope,
            "year": s.year,
            "source": s.source,
            "input": _q(sc, f"production.stock[{i}].mines", s.mines, label, prefix, "production.stock"),
        }
        for i, s in enumerate(p.stock or [])
    ]
    out["start_year"] = p.start_year if p.start_year is not None else min(e["year"] for e in entries)
    out["start_year_source"] = "stated" if p.start_year is not None else "the earliest year of the capacity entries"
    out["ramp_up_years"] = _q(
        sc, "production.ramp_up_years", p.ramp_up_years if p.ramp_up_years is not None else 0.0, label, prefix
    )
    return out


def _cost(sc: Scenario, label: str, prefix: str) -> dict[str, Any]:
    c = sc.cost
    assert c is not None
    cur = c.currency
    out: dict[str, Any] = {"currency": cur, "sources": [], "converted": False}

    out["price_years"] = {}
    out["conversions"] = []

    def default(key: str, d: Any) -> Input:
        need_rate(label, f"{prefix}{key}", cur)
        inp, info = money_input(key, d, cur)
        out["converted"] |= info["converted"]
        out["conversions"] += info["conversions"]
        out["price_years"][key.split(".", 1)[1]] = info["price_years"]
        cits = "; ".join(str(x) for x in d.citations)
        out["sources"].append(
            f"{key} default {info['shown']}: {cits}. Figures: {figures_text(d, cur)}; {d.description}"
        )
        return inp

    if c.unit_cost_per_mine is None:
        out["unit_cost_per_mine"] = default("cost.unit_cost_per_mine", cost_src.UNIT_COST_DEFAULT)
    else:
        out["unit_cost_per_mine"] = _q(sc, "cost.unit_cost_per_mine", c.unit_cost_per_mine, label, prefix)

    if c.laying_cost_per_km2 is None or _is_not_costed(c.laying_cost_per_km2):
        out["laying_cost_per_km2"] = None
    else:
        out["laying_cost_per_km2"] = _q(sc, "cost.laying_cost_per_km2", c.laying_cost_per_km2, label, prefix)

    if _is_not_costed(c.fence_cost_per_km):
        out["fence_cost_per_km"] = None
    elif c.fence_cost_per_km is None:
        out["fence_cost_per_km"] = default("cost.fence_cost_per_km", cost_src.FENCE_COST_DEFAULT)
        out["fence_proxy"] = True
    else:
        out["fence_cost_per_km"] = _q(sc, "cost.fence_cost_per_km", c.fence_cost_per_km, label, prefix)
    return out


def extras_inputs(sc: Scenario, label: str = "", prefix: str = "") -> dict[str, dict[str, Any]]:
    """``{"production": {...}, "cost": {...}, "clearance": {...}}`` of Inputs (blocks present only).

    Each block also carries ``"sources"``: the citation of every default it used.
    """
    label = label or sc.label
    out: dict[str, dict[str, Any]] = {}
    if sc.production is not None:
        out["production"] = _production(sc, label, prefix)
    if sc.cost is not None:
        out["cost"] = _cost(sc, label, prefix)
    if sc.clearance is not None:
        out["clearance"] = clearance_inputs(sc, label, prefix, sc.cost.currency if sc.cost is not None else "USD", _q)
    return out


def block_inputs(ex: dict[str, dict[str, Any]]) -> list[tuple[str, Input]]:
    """Every Input of the resolved blocks as ``(block, input)``, in a stable order."""
    found: list[tuple[str, Input]] = []

    def walk(block: str, node: Any) -> None:
        if isinstance(node, Input):
            found.append((block, node))
        elif isinstance(node, dict):
            for v in node.values():
                walk(block, v)
        elif isinstance(node, list):
            for v in node:
                walk(block, v)

    for name, block in ex.items():
        walk(name, block)
    seen: dict[str, tuple[str, Input]] = {}
    for b, inp in found:
        seen.setdefault(inp.key, (b, inp))
    return list(seen.values())


def resolve_extras(sc: Scenario, label: str, prefix: str = "") -> None:
    """Validate the optional blocks' values (ranges, distributions, required fields)."""
    extras_inputs(sc, label, prefix)
