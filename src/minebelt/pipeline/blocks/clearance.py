"""The ``clearance`` block: the belt's legacy after the sector's practice (IMAS land release).

Layer: pipeline.

``area to address = belt area x (1 + unrecorded allowance)`` is released by non-technical
survey (cancelled), technical survey (reduced) and clearance in the scenario's shares; the
cleared part sets the time and the cost:

- ``calendar_years`` = cleared area / annual clearance capacity, the capacity named in
  ``calendar_years_capacity`` (stated, from resources, or each defending country at a cited
  national programme's rate, in parallel);
- ``cost`` = cleared m\u00b2 x cost per m\u00b2 (survey is not costed);
- ``world_capacity_years`` = cleared area / the world's whole annual clearance output
  (Landmine Monitor, year and scope in ``world_capacity``): a capacity-free yardstick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ... import model

if TYPE_CHECKING:
    from .context import BlockContext

METHOD = (
    "area to address = belt area x (1 + unrecorded_allowance); released by NTS cancellation, TS reduction and "
    "clearance in the land-release shares; calendar years = cleared km2 / clearance capacity (km2/year); "
    "cost = cleared m2 x cost per m2 (survey not costed); world capacity years = cleared km2 / world km2 cleared per year"
)


def _fmt_km2(x: float) -> str:
    return f"{x:,.4g}" if x < 10 else f"{x:,.0f}"


def _capacity(k: dict[str, Any], ctx: BlockContext, use_mc: bool) -> tuple[str, dict[str, np.ndarray] | np.ndarray]:
    """("one"|"parallel", total array or per-country arrays) in km2 per year."""
    cap = k["capacity"]
    basis = cap["basis"]
    if basis == "stated":
        return "one", ctx.draw(cap["total"], use_mc)
    if basis == "resources":
        d = lambda name: ctx.draw(cap[name], use_mc) if name in cap else 0.0  # noqa: E731
        total = model.capacity_from_resources(
            d("working_days_per_year"),
            d("deminers"),
            d("productivity_m2_per_deminer_day"),
            d("machines"),
            d("productivity_m2_per_machine_day"),
            d("dog_teams"),
            d("productivity_m2_per_dog_team_day"),
        )
        return "one", total
    if basis == "stated by country":
        return "parallel", {c: ctx.draw(inp, use_mc) for c, inp in cap["by_country"].items()}
    return "parallel", {c: ctx.draw(v["input"], use_mc) for c, v in cap["by_country"].items()}


def _capacity_text(k: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    cap = k["capacity"]
    basis = cap["basis"]
    info: dict[str, Any] = {"basis": basis}
    if basis == "stated":
        text = f"one clearance programme for the whole belt, {cap['total'].dist.describe()} km\u00b2 cleared a year (stated)"
        info["km2_per_year"] = cap["total"].dist.describe()
    elif basis == "resources":
        parts = []
        for unit, prod in (("deminers", "productivity_m2_per_deminer_day"), ("machines", "productivity_m2_per_machine_day"), ("dog_teams", "productivity_m2_per_dog_team_day")):
            if unit in cap:
                parts.append(f"{cap[unit].dist.describe()} {unit.replace('_', ' ')} at {cap[prod].dist.describe()} m\u00b2/day")
        text = f"one workforce for the whole belt: {', '.join(parts)}, {cap['working_days_per_year'].dist.describe()} working days a year"
        info["resources"] = {n: cap[n].dist.describe() for n in cap if n != "basis"}
    elif basis == "stated by country":
        text = "each defending country at its stated capacity, in parallel"
        info["by_country"] = {c: {"km2_per_year": inp.dist.describe(), "source": "stated"} for c, inp in cap["by_country"].items()}
    else:
        progs = {v["programme"].country: v["programme"] for v in cap["by_country"].values()}
        names = "; ".join(p.describe() for p in progs.values())
        text = f"each defending country clearing its own belt in parallel at the rate of {names}"
        info["by_country"] = {
            c: {
                "programme": v["programme"].name,
                "programme_country": v["programme"].country,
                "own_programme": v["own"],
                "km2_per_year": v["programme"].km2_per_year,
                "year": v["programme"].year,
                "scope": v["programme"].scope,
                "certainty": v["programme"].certainty,
                "source": str(v["programme"].citation),
            }
            for c, v in cap["by_country"].items()
        }
        benchmark = [c for c, v in cap["by_country"].items() if not v["own"]]
        if benchmark:
            info["note"] = (
                f"{', '.join(benchmark)}: no national clearance programme of their own on record; "
                f"{progs[next(v['programme'].country for c, v in cap['by_country'].items() if not v['own'])].name} stands in"
            )
    info["description"] = text
    return text, info


def clearance_block(k: dict[str, Any], ctx: BlockContext, build: dict[str, Any] | None) -> dict[str, Any]:
    shares = k["land_release"]["shares"]
    world = k["world"]
    per: dict[bool, dict[str, dict[str, Any]]] = {}
    tot: dict[bool, dict[str, Any]] = {}
    for use_mc in ctx.modes:
        allowance = ctx.draw(k["unrecorded_allowance"], use_mc)
        cost_m2 = ctx.draw(k["cost_per_m2"], use_mc)
        mode, cap = _capacity(k, ctx, use_mc)
        rows: dict[str, dict[str, Any]] = {}
        for c in ctx.countries:
            lr = model.land_release(ctx.country(c, "area_km2", use_mc), allowance, shares["cancelled_nts"], shares["reduced_ts"], shares["cleared"])
            r: dict[str, Any] = dict(lr)
            r["cost"] = model.clearance_cost(lr["cleared_km2"], cost_m2)
            r["world_capacity_years"] = model.years_at_capacity(lr["cleared_km2"], world.cleared_km2)
            if mode == "parallel":
                r["capacity_km2_per_year"] = cap[c]
                r["calendar_years"] = model.years_at_capacity(lr["cleared_km2"], cap[c])
            rows[c] = r
        t = {f: np.sum([rows[c][f] for c in ctx.countries], axis=0) for f in ("area_to_address_km2", "cancelled_nts_km2", "reduced_ts_km2", "cleared_km2", "cost", "world_capacity_years")}
        if mode == "parallel":
            t["capacity_km2_per_year"] = np.sum([rows[c]["capacity_km2_per_year"] for c in ctx.countries], axis=0)
            t["calendar_years"] = np.max([rows[c]["calendar_years"] for c in ctx.countries], axis=0)
        else:
            t["capacity_km2_per_year"] = cap
            t["calendar_years"] = model.years_at_capacity(t["cleared_km2"], cap)
            for c in ctx.countries:  # one programme: each country's share of its time
                rows[c]["calendar_years"] = model.years_at_capacity(rows[c]["cleared_km2"], cap)
        per[use_mc], tot[use_mc] = rows, t

    capacity_text, capacity_info = _capacity_text(k)
    block: dict[str, Any] = {"currency": k["currency"]}
    for f in ("area_to_address_km2", "cancelled_nts_km2", "reduced_ts_km2", "cleared_km2"):
        ctx.put(block, f, {m: tot[m][f] for m in ctx.modes}, f"clearance.{f}")
    block["area_to_clear_km2"] = block["cleared_km2"]  # name kept from the first minebelt.estimate/1 blocks
    if "cleared_km2_dist" in block:
        block["area_to_clear_km2_dist"] = block["cleared_km2_dist"]
    block["unrecorded_allowance"] = k["unrecorded_allowance"].dist.describe()
    block["unrecorded_allowance_source"] = k["unrecorded_allowance_source"]
    block["land_release"] = {
        "method": k["land_release"]["name"],
        "shares": shares,
        "description": k["land_release"]["description"],
        "sources": k["land_release"]["sources"],
    }
    ctx.put(block, "capacity_km2_per_year", {m: tot[m]["capacity_km2_per_year"] for m in ctx.modes}, "clearance.capacity_km2_per_year")
    ctx.put(block, "calendar_years", {m: tot[m]["calendar_years"] for m in ctx.modes}, "clearance.calendar_years")
    block["calendar_years_capacity"] = capacity_text
    block["capacity"] = capacity_info
    ctx.put(block, "cost", {m: tot[m]["cost"] for m in ctx.modes}, "clearance.cost")
    block["cost_scope"] = "clearance of the cleared area only (non-technical and technical survey are not costed)"
    block["cost_per_m2"] = k["cost_per_m2"].dist.describe()
    ctx.put(block, "world_capacity_years", {m: tot[m]["world_capacity_years"] for m in ctx.modes}, "clearance.world_capacity_years")
    block["world_capacity"] = {
        "km2_per_year": world.cleared_km2,
        "year": world.year,
        "scope": world.scope,
        "certainty": world.certainty,
        "source": str(world.citation),
    }
    block["by_country"] = {}
    for c in ctx.countries:
        row: dict[str, Any] = {}
        for f in ("area_to_address_km2", "cleared_km2", "capacity_km2_per_year", "calendar_years", "cost", "world_capacity_years"):
            if f == "capacity_km2_per_year" and f not in per[False][c]:
                row[f] = None
                continue
            ctx.put(row, f, {m: per[m][c][f] for m in ctx.modes}, f"clearance.by_country.{c}.{f}")
        if "by_country" in capacity_info:
            row["capacity_source"] = capacity_info["by_country"][c].get("programme", "stated")
        block["by_country"][c] = row
    if build is not None:
        vs: dict[str, Any] = {}
        ctx.put(vs, "build_cost", build["total"])
        vs["build_complete"] = build["complete"]
        ctx.put(vs, "clearance_cost", {m: tot[m]["cost"] for m in ctx.modes})
        if build["complete"]:
            ctx.put(vs, "clearance_to_build_ratio", {m: model.safe_ratio(tot[m]["cost"], build["total"][m]) for m in ctx.modes}, "clearance.vs_build.clearance_to_build_ratio")
        else:
            vs["clearance_to_build_ratio"] = None
            vs["ratio_note"] = f"ratio not estimated: the build cost leaves out {', '.join(build['not_costed'])}"
        block["vs_build"] = vs
    block["inputs"] = {
        "cost_per_m2": k["cost_per_m2"].dist.describe(),
        "unrecorded_allowance": k["unrecorded_allowance"].dist.describe(),
        "land_release": k["land_release"]["name"],
        "capacity": capacity_info["basis"],
    }
    block["method"] = METHOD
    block["dmz_reference"] = dmz_reference()
    block["sources"] = k["sources"] + [str(world.citation)]
    return block


def dmz_reference() -> list[dict[str, Any]]:
    """What Korean sources said about clearing the DMZ's minefields, for comparison."""
    from ...model.facts import FACTS

    out = []
    for key, label in (
        ("DMZ_CLEARANCE_YEARS_ALL_BATTALIONS", "years to clear all minefields south of the MDL with all 11 forward engineer battalions (Army, 2018)"),
        ("DMZ_CLEARANCE_YEARS_CURRENT_PACE", "years to clear at the current pace, about KRW 1 trillion (National Defense Committee review)"),
        ("KOREA_CLEARANCE_M2_PER_YEAR_HIGH", "m\u00b2 the Korean military clears a year (upper end of 100,000-200,000)"),
        ("DMZ_COMPANY_M2_PER_YEAR", "m\u00b2 one engineer company clears per year in the DMZ"),
    ):
        f = FACTS[key]
        out.append({"figure": label, "value": f.value, "unit": f.unit, "certainty": f.certainty, "source": str(f.citation)})
    return out
