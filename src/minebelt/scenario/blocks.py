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

import dataclasses
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..model import clearance_sources as clr_src
from ..model import cost_sources as cost_src
from ..model import production_sources as prod_src
from ..uncertainty.distributions import parse
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
    "clearance.deminers": Range(0, 1e7, "deminers", low_open=False),
    "clearance.machines": Range(0, 1e6, "machines", low_open=False),
    "clearance.dog_teams": Range(0, 1e6, "dog teams", low_open=False),
    "clearance.working_days_per_year": Range(0, 366, "days/year"),
    "clearance.productivity_m2_per_deminer_day": Range(0, 10_000, "m\u00b2/deminer/day"),
    "clearance.productivity_m2_per_machine_day": Range(0, 1e6, "m\u00b2/machine/day"),
    "clearance.productivity_m2_per_dog_team_day": Range(0, 1e5, "m\u00b2/dog team/day"),
    "clearance.unrecorded_allowance": Range(0, 10, "share of the belt area", low_open=False),
    "clearance.cost_per_m2": Range(0, 1e5, "per m\u00b2", low_open=False),
}


def _is_not_costed(value: Any) -> bool:
    return isinstance(value, str) and value.strip().lower() == "not costed"


def _q(sc: Scenario, key: str, value: Any, label: str, prefix: str, rng: str | None = None) -> Input:
    return resolve_quantity(value, key, f"{prefix}{key}", RANGES[rng or key], sc.parameters, label)


def _parse_text(text: str | float | dict[str, Any], key: str) -> Any:
    """A sourced table value: a number, a 90 % interval written "a to b", or ``{uniform = [a, b]}``
    (then shown as ``uniform a to b``)."""
    if isinstance(text, dict) and set(text) == {"uniform"}:
        lo, hi = text["uniform"]
        return dataclasses.replace(parse(text, key), text=f"uniform {lo:g} to {hi:g}")
    if isinstance(text, str) and " to " not in text:
        return parse(float(text), key)
    return parse(text, key)


def _production(sc: Scenario, label: str, prefix: str) -> dict[str, Any]:
    p = sc.production
    assert p is not None
    out: dict[str, Any] = {"sources": [], "pooled_by": p.pooled_by}
    entries = []
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
            out["sources"].append(f"production.capacity default {rec.producer} ({rec.country}, {rec.scope}, {rec.year}): {rec.citation}")
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
        raise InputError(f"{label}: {prefix}production.capacity: give at least one producer, or leave it out for the cited default")
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
    out["ramp_up_years"] = _q(sc, "production.ramp_up_years", p.ramp_up_years if p.ramp_up_years is not None else 0.0, label, prefix)
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
        out["sources"].append(f"{key} default {info['shown']}: {cits}. Figures: {figures_text(d, cur)}; {d.description}")
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


def country_keys(sc: Scenario) -> list[str]:
    """The defending-country keys of the estimate's ``by_country``, in order."""
    return list(dict.fromkeys(s.country for s in sc.sections))


def _clearance(sc: Scenario, label: str, prefix: str, currency: str) -> dict[str, Any]:
    k = sc.clearance
    assert k is not None
    out: dict[str, Any] = {"currency": currency, "sources": [], "converted": False}

    # land release shares
    if isinstance(k.land_release, dict):
        shares = dict(k.land_release)
        out["land_release"] = {"name": "stated", "shares": shares, "description": "shares stated in the scenario", "sources": []}
    else:
        preset = clr_src.LAND_RELEASE_PRESETS[k.land_release or clr_src.LAND_RELEASE_DEFAULT]
        out["land_release"] = {
            "name": preset.name,
            "shares": {"cancelled_nts": preset.cancelled_nts, "reduced_ts": preset.reduced_ts, "cleared": preset.cleared},
            "description": preset.description,
            "sources": [str(c) for c in preset.citations],
        }
    allowance = k.unrecorded_allowance if k.unrecorded_allowance is not None else clr_src.UNRECORDED_ALLOWANCE_DEFAULT
    out["unrecorded_allowance"] = _q(sc, "clearance.unrecorded_allowance", allowance, label, prefix)
    out["unrecorded_allowance_source"] = "stated" if k.unrecorded_allowance is not None else f"default {clr_src.UNRECORDED_ALLOWANCE_ASSUMPTION}"

    # cost per m2
    out["price_years"] = {}
    out["conversions"] = []
    if k.cost_per_m2 is None:
        d = clr_src.COST_PER_M2_DEFAULT
        need_rate(label, f"{prefix}clearance.cost_per_m2", currency)
        out["cost_per_m2"], info = money_input("clearance.cost_per_m2", d, currency)
        out["converted"] |= info["converted"]
        out["conversions"] += info["conversions"]
        out["price_years"]["cost_per_m2"] = info["price_years"]
        cits = "; ".join(str(x) for x in d.citations)
        out["sources"].append(f"clearance.cost_per_m2 default {info['shown']}: {cits}. Figures: {figures_text(d, currency)}; {d.description}, not adjusted for inflation")
    else:
        out["cost_per_m2"] = _q(sc, "clearance.cost_per_m2", k.cost_per_m2, label, prefix)

    # capacity
    countries = country_keys(sc)
    cap: dict[str, Any]
    if k.capacity_km2_per_year is not None:
        cap = {"basis": "stated", "total": _q(sc, "clearance.capacity_km2_per_year", k.capacity_km2_per_year, label, prefix)}
    elif k.capacity_km2_per_year_by_country is not None:
        given = k.capacity_km2_per_year_by_country
        missing = [c for c in countries if c not in given]
        extra = [c for c in given if c not in countries]
        if missing or extra:
            bad = f"no capacity for {', '.join(missing)}" if missing else f"{', '.join(extra)} defends no section"
            raise InputError(
                f"{label}: {prefix}clearance.capacity_km2_per_year_by_country: {bad} (given: {', '.join(sorted(given)) or 'none'}; needed: {', '.join(countries)})"
            )
        cap = {
            "basis": "stated by country",
            "by_country": {
                c: _q(sc, f"clearance.capacity_km2_per_year_by_country.{c}", v, label, prefix, "clearance.capacity_km2_per_year") for c, v in given.items()
            },
        }
    elif any(x is not None for x in (k.deminers, k.machines, k.dog_teams)):
        res: dict[str, Any] = {"basis": "resources", "working_days_per_year": _q(sc, "clearance.working_days_per_year", k.working_days_per_year, label, prefix)}
        for unit, count, prod, method in (
            ("deminers", k.deminers, k.productivity_m2_per_deminer_day, "manual"),
            ("machines", k.machines, k.productivity_m2_per_machine_day, "machines"),
            ("dog_teams", k.dog_teams, k.productivity_m2_per_dog_team_day, "dogs"),
        ):
            if count is None:
                continue
            res[unit] = _q(sc, f"clearance.{unit}", count, label, prefix)
            pname = {"deminers": "productivity_m2_per_deminer_day", "machines": "productivity_m2_per_machine_day", "dog_teams": "productivity_m2_per_dog_team_day"}[unit]
            if prod is None:
                d = clr_src.PRODUCTIVITY[method]
                prod = d.value
                cits = "; ".join(str(x) for x in (d.citation, *d.extra_citations))
                out["sources"].append(f"clearance.{pname} default {d.value} {d.unit} ({d.note}): {cits}")
            res[pname] = _q(sc, f"clearance.{pname}", prod, label, prefix)
        cap = res
    else:
        by: dict[str, Any] = {}
        for c in countries:
            code = c if c in clr_src.NATIONAL_PROGRAMMES else clr_src.BENCHMARK_PROGRAMME
            prog = clr_src.NATIONAL_PROGRAMMES[code]
            key = f"clearance.programme.{code}"
            by[c] = {"programme": prog, "own": code == c, "input": Input(key, _parse_text(prog.km2_per_year, key), "km\u00b2/year")}
            mines = prog.mines_per_year
            by[c]["mines_input"] = Input(f"{key}.mines", _parse_text(mines, f"{key}.mines"), "mines/year") if mines is not None else None
        cap = {"basis": "national programmes", "by_country": by}
        for code in dict.fromkeys(v["programme"].country for v in by.values()):
            prog = clr_src.NATIONAL_PROGRAMMES[code]
            cits = "; ".join(str(x) for x in prog.citations)
            lo, hi = prog.span
            span = f"{lo:g}" if lo == hi else f"{lo:g} to {hi:g}"
            out["sources"].append(f"clearance capacity default {prog.name}, {span} km\u00b2 cleared a year ({prog.year}, {prog.reading}): {cits}")
    out["capacity"] = cap

    year = k.world_output_year if k.world_output_year is not None else clr_src.WORLD_OUTPUT_DEFAULT_YEAR
    if year not in clr_src.WORLD_OUTPUT:
        raise InputError(f"{label}: {prefix}clearance.world_output_year = {year}: allowed {', '.join(map(str, clr_src.WORLD_OUTPUT))} (Landmine Monitor years on record)")
    out["world"] = clr_src.WORLD_OUTPUT[year]
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
        out["clearance"] = _clearance(sc, label, prefix, sc.cost.currency if sc.cost is not None else "USD")
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
