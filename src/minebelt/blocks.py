"""Optional result blocks: calibration, production, cost, clearance, exposure.

Each block is computed from the estimate's per-country figures with the pure functions of
:mod:`minebelt.model`, once at the point values and, with Monte Carlo, once more over the
samples (its own inputs drawn from a generator seeded with ``[seed, 1]``, so adding a block
never changes the draws of the mine estimate itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from . import model
from .distributions import summarize

if TYPE_CHECKING:
    from .core import Evaluation
    from .inputs import Input, ResolvedSection
    from .result import EstimateResult


def _num(x: Any) -> float | None:
    v = float(np.asarray(x).reshape(-1)[0])
    return v if np.isfinite(v) else None


class _Values:
    """Point values and (optionally) Monte Carlo samples of block inputs, one draw per key."""

    def __init__(self, n: int | None, seed: int | None) -> None:
        self.n = n
        self.rng = np.random.default_rng([seed or 0, 1]) if n else None
        self.samples: dict[str, np.ndarray] = {}

    def point(self, inp: Input) -> np.ndarray:
        return np.array([inp.dist.median])

    def mc(self, inp: Input) -> np.ndarray:
        assert self.rng is not None and self.n is not None
        if inp.key not in self.samples:
            self.samples[inp.key] = inp.dist.sample(self.rng, self.n)
        return self.samples[inp.key]


def _figures(arrays_point: dict[str, np.ndarray], arrays_mc: dict[str, np.ndarray] | None) -> dict[str, Any]:
    out: dict[str, Any] = {k: _num(v) for k, v in arrays_point.items()}
    if arrays_mc is not None:
        for k, v in arrays_mc.items():
            out[f"{k}_dist"] = summarize(v)
    return out


def add_blocks(
    result: EstimateResult,
    resolved: list[ResolvedSection],
    geoms: dict[int, Any],
    point: Evaluation,
    mc: Evaluation | None,
    seed: int | None,
) -> None:
    """Add the optional blocks the scenario asks for to ``result.document``."""
    from .calibration import calibration_block
    from .extras import extras_inputs

    doc = result.document
    sc = result.scenario
    ex = extras_inputs(sc)
    vals = _Values(mc.n if mc is not None else None, seed)
    countries = list(doc["by_country"])

    def country_arrays(c: str, field: str, use_mc: bool) -> np.ndarray:
        if use_mc:
            return result.samples[f"by_country.{c}.{field}"]
        v = doc["by_country"][c][field]
        return np.array([np.nan if v is None else v])

    doc["calibration"] = calibration_block(doc)

    modes = [False] + ([True] if mc is not None else [])

    if "production" in ex:
        p = ex["production"]
        block: dict[str, Any] = {"start_year": p["start_year"], "by_country": {}}
        res: dict[bool, dict[str, Any]] = {}
        for use_mc in modes:
            get = vals.mc if use_mc else vals.point
            ramp, stock = get(p["ramp_up_years"]), get(p["stock"])
            r: dict[str, Any] = {"countries": {}}
            if "capacity_per_year" in p:
                cap = get(p["capacity_per_year"])
                total_mines = np.sum([country_arrays(c, "mines", use_mc) for c in countries], axis=0)
                r["years"] = model.years_to_produce(total_mines, cap, ramp, stock)
                r["capacity"] = cap
            else:
                caps = p["capacity_by_country"]
                years = []
                for c in countries:
                    members = c.split("+")
                    if c in caps:
                        cap_c = get(caps[c])
                    elif all(m in caps for m in members):
                        cap_c = np.sum([get(caps[m]) for m in members], axis=0)
                    else:
                        from .errors import InputError

                        raise InputError(f"{sc.label}: production.capacity_per_year_by_country: no capacity for {c} (give {c} or each of {', '.join(members)})")
                    y = model.years_to_produce(country_arrays(c, "mines", use_mc), cap_c, ramp, stock if len(countries) == 1 else 0.0)
                    r["countries"][c] = {"years_to_fill": y, "year_complete": p["start_year"] + y, "capacity_per_year": cap_c}
                    years.append(y)
                r["years"] = np.max(years, axis=0)
            res[use_mc] = r
        pt = res[False]
        block.update({"years_to_fill": _num(pt["years"]), "year_complete": _num(p["start_year"] + pt["years"])})
        if "capacity" in pt:
            block["capacity_per_year"] = _num(pt["capacity"])
        block["ramp_up_years"] = p["ramp_up_years"].dist.median
        block["stock"] = p["stock"].dist.median
        for c, r in pt["countries"].items():
            block["by_country"][c] = {k: _num(v) for k, v in r.items()}
        if True in res:
            m = res[True]
            block["years_to_fill_dist"] = summarize(m["years"])
            block["year_complete_dist"] = summarize(p["start_year"] + m["years"])
            for c, r in m["countries"].items():
                block["by_country"][c]["years_to_fill_dist"] = summarize(r["years_to_fill"])
                block["by_country"][c]["year_complete_dist"] = summarize(r["year_complete"])
        block["method"] = "linear ramp from zero to full capacity over ramp_up_years, then full capacity; stock counts at the start"
        block["sources"] = p["sources"]
        doc["production"] = block

    build_total: dict[bool, np.ndarray] = {}
    if "cost" in ex:
        k = ex["cost"]
        block = {"currency": k["currency"], "fence_included": k["fence_included"], "by_country": {}}
        for use_mc in modes:
            get = vals.mc if use_mc else vals.point
            unit, lay, fence = get(k["unit_cost_per_mine"]), get(k["laying_cost_per_km2"]), get(k["fence_cost_per_km"])
            per = {
                c: model.build_cost(
                    country_arrays(c, "mines", use_mc), country_arrays(c, "area_km2", use_mc), country_arrays(c, "length_km", use_mc), unit, lay, fence
                )
                for c in countries
            }
            tot = {f: np.sum([per[c][f] for c in countries], axis=0) for f in ("mines_cost", "laying_cost", "fence_cost", "total")}
            build_total[use_mc] = tot["total"]
            if not use_mc:
                block.update({f: _num(v) for f, v in tot.items()})
                block["by_country"] = {c: {f: _num(v) for f, v in per[c].items()} for c in countries}
            else:
                block.update({f"{f}_dist": summarize(v) for f, v in tot.items()})
                for c in countries:
                    block["by_country"][c].update({f"{f}_dist": summarize(v) for f, v in per[c].items()})
        block["inputs"] = {name: k[name].dist.describe() for name in ("unit_cost_per_mine", "laying_cost_per_km2", "fence_cost_per_km")}
        block["sources"] = k["sources"]
        doc["cost"] = block

    if "clearance" in ex:
        k = ex["clearance"]
        block = {"currency": k["currency"], "by_country": {}}
        for use_mc in modes:
            get = vals.mc if use_mc else vals.point
            args = [get(k[n]) for n in ("full_clearance_share", "productivity_m2_per_deminer_day", "working_days_per_year", "deminers", "cost_per_m2")]
            per = {c: model.clearance_effort(country_arrays(c, "area_km2", use_mc), *args) for c in countries}
            tot = {f: np.sum([per[c][f] for c in countries], axis=0) for f in ("area_to_clear_km2", "deminer_years", "cost")}
            # one workforce clears the whole belt: calendar years add up across countries
            tot["calendar_years"] = np.sum([per[c]["calendar_years"] for c in countries], axis=0)
            if not use_mc:
                block.update({f: _num(v) for f, v in tot.items()})
                block["by_country"] = {c: {f: _num(v) for f, v in per[c].items()} for c in countries}
                if False in build_total:
                    block["laying_vs_clearing"] = {
                        "build_cost": _num(build_total[False]),
                        "clearance_cost": _num(tot["cost"]),
                        "clearance_to_build_ratio": _num(model.safe_ratio(tot["cost"], build_total[False])),
                    }
            else:
                block.update({f"{f}_dist": summarize(v) for f, v in tot.items()})
                for c in countries:
                    block["by_country"][c].update({f"{f}_dist": summarize(v) for f, v in per[c].items()})
                if True in build_total:
                    block["laying_vs_clearing"]["clearance_to_build_ratio_dist"] = summarize(model.safe_ratio(tot["cost"], build_total[True]))
        block["inputs"] = {n: k[n].dist.describe() for n in ("productivity_m2_per_deminer_day", "working_days_per_year", "deminers", "cost_per_m2", "full_clearance_share")}
        block["method"] = "area to clear = belt area x full-clearance share; deminer-years = area / (m2 per day x days per year); calendar years = deminer-years / deminers (one workforce for the whole belt)"
        block["dmz_reference"] = _dmz_reference()
        block["sources"] = k["sources"]
        doc["clearance"] = block

    if geoms:
        from .exposure import exposure_block

        doc["exposure"] = exposure_block(result, resolved, geoms)


def _dmz_reference() -> list[dict[str, Any]]:
    from .constants import FACTS

    out = []
    for key, label in (
        ("DMZ_CLEARANCE_YEARS_ALL_BATTALIONS", "years to clear the minefields south of the MDL with all 11 forward engineer battalions"),
        ("DMZ_CLEARANCE_YEARS_CURRENT_PACE", "years to clear at the current pace (about KRW 1 trillion)"),
        ("DMZ_COMPANY_M2_PER_YEAR", "m\u00b2 one engineer company clears per year in the DMZ"),
    ):
        f = FACTS[key]
        out.append({"figure": label, "value": f.value, "unit": f.unit, "certainty": f.certainty, "source": str(f.citation)})
    return out
