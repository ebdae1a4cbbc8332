"""The ``[clearance]`` block resolved into model inputs: land release, workforce, productivities, cost.

Layer: inputs.

The time rests on one of (``capacity["basis"]``):

- ``"workforce"`` (the default): ``deminers`` (stated, a number or a distribution) or a named
  workforce preset (:mod:`minebelt.model.clearance_workforce`: the defending country's own
  programme where one is on record, otherwise Ukraine's certified operators), at the
  productivities fitted on historical clearances, unless stated. ``machines``, ``dog_teams`` and
  per-day productivities with ``working_days_per_year`` set the ground-search term from a stated
  method mix (``area_resources``);
- ``"stated"`` / ``"stated by country"`` (km² a year) and ``"stated mines"`` (mines a year).

Every national programme's reported output is resolved as well (``yardstick``): the area and
mine rates of Croatia, Ukraine and South Korea are context, never the headline.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..model import clearance_sources as clr_src
from ..model import clearance_workforce as wf
from ..model.currency import currencies
from ..uncertainty.distributions import parse
from .clearance_labour import labour_inputs
from .money import figures_text, money_input, need_rate
from .quantities import Input

if TYPE_CHECKING:
    from .schema import Scenario

Q = Callable[..., Input]


def _parse_text(text: str | float | dict[str, Any], key: str) -> Any:
    """A sourced table value: a number, a 90 % interval "a to b", or ``{uniform = [a, b]}``."""
    if isinstance(text, dict) and set(text) == {"uniform"}:
        lo, hi = text["uniform"]
        return dataclasses.replace(parse(text, key), text=f"uniform {lo:g} to {hi:g}")
    if isinstance(text, str) and " to " not in text:
        return parse(float(text), key)
    return parse(text, key)


def country_keys(sc: Scenario) -> list[str]:
    return list(dict.fromkeys(s.country for s in sc.sections))


def _land_release(k: Any) -> dict[str, Any]:
    if isinstance(k.land_release, dict):
        return {
            "name": "stated",
            "shares": dict(k.land_release),
            "description": "shares stated in the scenario",
            "sources": [],
        }
    preset = clr_src.LAND_RELEASE_PRESETS[k.land_release or clr_src.LAND_RELEASE_DEFAULT]
    return {
        "name": preset.name,
        "shares": {"cancelled_nts": preset.cancelled_nts, "reduced_ts": preset.reduced_ts, "cleared": preset.cleared},
        "description": preset.description,
        "sources": [str(c) for c in preset.citations],
    }


def _workforce(sc: Scenario, q: Q, out: dict[str, Any]) -> dict[str, Any]:
    """The workforce basis: deminers (stated or preset), productivities, optional per-day area mix."""
    k = sc.clearance
    assert k is not None
    res: dict[str, Any] = {"basis": "workforce"}
    if k.deminers is not None:
        res["deminers"] = q("clearance.deminers", k.deminers)
        res["preset"] = None
    else:
        key = k.workforce or wf.default_workforce(country_keys(sc))
        preset = wf.WORKFORCE_PRESETS[key]
        res["deminers"] = Input("clearance.deminers", parse(float(preset.deminers), "clearance.deminers"), "deminers")
        res["preset"] = preset
        res["preset_source"] = "stated" if k.workforce else "default"
        out["sources"].append(
            f"clearance workforce {'preset' if k.workforce else 'default'} {preset.key}: {preset.programme}, {preset.scope}: {'; '.join(str(c) for c in preset.citations)}"
        )
    from ..model.clearance_history import CONDITIONS, DEFAULT_CONDITION

    condition = k.minefield_condition or DEFAULT_CONDITION
    res["condition"] = {
        "key": condition,
        "text": CONDITIONS[condition],
        "chosen": "stated" if k.minefield_condition else "default",
    }
    for name, stated in (
        ("mines_per_deminer_year", k.mines_per_deminer_year),
        ("m2_per_deminer_year", k.m2_per_deminer_year),
    ):
        fit = wf.mines_rate(condition) if name == "mines_per_deminer_year" else wf.PRODUCTIVITY_FIT[name]
        if stated is None:
            res[name] = Input(f"clearance.{name}", parse(fit.interval, f"clearance.{name}"), fit.unit)
            out["sources"].append(
                f"clearance.{name} default {fit.interval} ({fit.unit}, nominal 90 %): {wf.PRODUCTIVITY_SOURCE}"
            )
        else:
            res[name] = q(f"clearance.{name}", stated)
    per_day = any(
        x is not None for x in (k.productivity_m2_per_deminer_day, k.machines, k.dog_teams, k.working_days_per_year)
    )
    if per_day:  # a stated method mix searches the ground; the mine term keeps the deminers' rate
        mix: dict[str, Any] = {"working_days_per_year": q("clearance.working_days_per_year", k.working_days_per_year)}
        for unit, count, prod, method, pname in (
            ("deminers", k.deminers, k.productivity_m2_per_deminer_day, "manual", "productivity_m2_per_deminer_day"),
            ("machines", k.machines, k.productivity_m2_per_machine_day, "machines", "productivity_m2_per_machine_day"),
            ("dog_teams", k.dog_teams, k.productivity_m2_per_dog_team_day, "dogs", "productivity_m2_per_dog_team_day"),
        ):
            if unit == "deminers":
                mix[unit] = res["deminers"]
            elif count is None:
                continue
            else:
                mix[unit] = q(f"clearance.{unit}", count)
            if prod is None:
                d = clr_src.PRODUCTIVITY[method]
                prod = d.value
                out["sources"].append(
                    f"clearance.{pname} default {d.value} {d.unit} ({d.note}): {'; '.join(str(x) for x in (d.citation, *d.extra_citations))}"
                )
            mix[pname] = q(f"clearance.{pname}", prod)
        res["area_resources"] = mix
    return res


def _yardstick(countries: list[str]) -> dict[str, Any]:
    """Each defending country at a national programme's reported output: context, not the headline."""
    by: dict[str, Any] = {}
    for c in countries:
        code = c if c in clr_src.NATIONAL_PROGRAMMES else clr_src.BENCHMARK_PROGRAMME
        prog = clr_src.NATIONAL_PROGRAMMES[code]
        key = f"clearance.programme.{code}"
        by[c] = {
            "programme": prog,
            "own": code == c,
            "input": Input(key, _parse_text(prog.km2_per_year, key), "km\u00b2/year"),
        }
        mines = prog.mines_per_year
        by[c]["mines_input"] = (
            Input(f"{key}.mines", _parse_text(mines, f"{key}.mines"), "mines/year") if mines is not None else None
        )
    return {"basis": "national programmes", "by_country": by}


def clearance_inputs(sc: Scenario, label: str, prefix: str, currency: str, q_: Callable[..., Input]) -> dict[str, Any]:
    """The resolved ``[clearance]`` block (``q_`` resolves one quantity against the block's ranges)."""
    k = sc.clearance
    assert k is not None

    def q(key: str, value: Any, rng: str | None = None) -> Input:
        return q_(sc, key, value, label, prefix, rng)

    out: dict[str, Any] = {"currency": currency, "sources": [], "converted": False, "land_release": _land_release(k)}
    allowance = k.unrecorded_allowance if k.unrecorded_allowance is not None else clr_src.UNRECORDED_ALLOWANCE_DEFAULT
    out["unrecorded_allowance"] = q("clearance.unrecorded_allowance", allowance)
    out["unrecorded_allowance_source"] = (
        "stated" if k.unrecorded_allowance is not None else f"default {clr_src.UNRECORDED_ALLOWANCE_ASSUMPTION}"
    )

    out["price_years"] = {}
    out["conversions"] = []
    if k.cost_per_m2 is None:
        d = clr_src.COST_PER_M2_DEFAULT
        need_rate(label, f"{prefix}clearance.cost_per_m2", currency)
        out["cost_per_m2"], info = money_input("clearance.cost_per_m2", d, currency)
        out["converted"] |= info["converted"]
        out["conversions"] += info["conversions"]
        out["price_years"]["cost_per_m2"] = info["price_years"]
        out["cost_deflated_to"] = info.get("deflated_to")
        cits = "; ".join(str(x) for x in d.citations)
        out["sources"].append(
            f"clearance.cost_per_m2 default {info['shown']}: {cits}. Figures: {figures_text(d, currency)}; {d.description}"
        )
    else:
        out["cost_per_m2"] = q("clearance.cost_per_m2", k.cost_per_m2)
    if currency in currencies():  # shown beside the cost, never sampled: its ends only, not an Input
        alt, alt_info = money_input("clearance.cost_per_m2_alternative", clr_src.COST_PER_M2_EPS_2006, currency)
        lo, hi = (float(alt.dist.ppf(q)) for q in (0.0, 1.0)) if alt.dist.kind == "uniform" else (alt.dist.median,) * 2
        out["cost_alternative"] = {
            "low": lo,
            "high": hi,
            "shown": alt_info["shown"],
            "price_years": alt_info["price_years"],
            "default": clr_src.COST_PER_M2_EPS_2006,
        }

    countries = country_keys(sc)
    out["labour"] = labour_inputs(k.cost_per_deminer_year, countries, currency, q)
    out["cost_per_m2_stated"] = k.cost_per_m2 is not None
    cap: dict[str, Any]
    if k.capacity_km2_per_year is not None:
        cap = {"basis": "stated", "total": q("clearance.capacity_km2_per_year", k.capacity_km2_per_year)}
    elif k.capacity_mines_per_year is not None:
        cap = {"basis": "stated mines", "total": q("clearance.capacity_mines_per_year", k.capacity_mines_per_year)}
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
                c: q(f"clearance.capacity_km2_per_year_by_country.{c}", v, "clearance.capacity_km2_per_year")
                for c, v in given.items()
            },
        }
    else:
        cap = _workforce(sc, q, out)
    out["capacity"] = cap
    out["yardstick"] = _yardstick(countries)
    for code in dict.fromkeys(v["programme"].country for v in out["yardstick"]["by_country"].values()):
        prog = clr_src.NATIONAL_PROGRAMMES[code]
        lo, hi = prog.span
        span = f"{lo:g}" if lo == hi else f"{lo:g} to {hi:g}"
        out["sources"].append(
            f"clearance yardstick {prog.name}, {span} km\u00b2 cleared a year ({prog.year}, {prog.reading}): {'; '.join(str(x) for x in prog.citations)}"
        )

    year = k.world_output_year if k.world_output_year is not None else clr_src.WORLD_OUTPUT_DEFAULT_YEAR
    if year not in clr_src.WORLD_OUTPUT:
        raise InputError(
            f"{label}: {prefix}clearance.world_output_year = {year}: allowed {', '.join(map(str, clr_src.WORLD_OUTPUT))} (Landmine Monitor years on record)"
        )
    out["world"] = clr_src.WORLD_OUTPUT[year]
    return out
