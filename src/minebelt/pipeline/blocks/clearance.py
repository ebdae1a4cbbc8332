"""The ``clearance`` block: the belt's legacy after the sector's practice (IMAS land release).

Layer: pipeline.

``area to address = belt area x (1 + unrecorded allowance)`` is released by non-technical
survey (cancelled), technical survey (reduced) and clearance in the scenario's shares; the
cleared part sets the time and the cost:

- ``calendar_years`` (the headline, with ``headline`` and ``headline_assumes`` in words) =
  deminer-years / deminers, with deminer-years = mines / mines per deminer-year + cleared m² /
  m² per deminer-year (``deminer_years``), the workforce stated or a named programme's
  (``workforce``), the productivities fitted on historical clearances of laid, recorded
  minefields (``productivity``); or a stated capacity (km² or mines a year);
- ``cost`` (the headline, ``cost_headline``, ``cost_basis``) = deminer-years x cost per
  deminer-year at the wage level where each section lies, on a workforce basis; else (or with a
  stated per-m² cost) cleared m² x cost per m²; the other is ``cost_from_area`` /
  ``cost_from_effort``, a labelled cross-check; price years in ``cost_price_basis``;
- ``yardsticks``: each defending country at a national programme's reported yearly output, by
  area and by mines (Croatia, Ukraine, South Korea's own record), and ``world_capacity_years`` /
  ``world_capacity_years_by_mines``: the States Parties' output of one year (Landmine Monitor).
  Context, labelled as yardsticks, never the headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ... import model
from ...model import clearance_workforce as wf
from .clearance_cost import cost_alternative, cost_basis, cost_basis_key, cost_lines, effort_costs
from .clearance_text import (
    allowance_info,
    capacity_info,
    condition_alternative,
    condition_clause,
    dmz_alternative,
    dmz_reference,
    headline_text,
    korea_cost_yardstick,
    survey_beyond_belt,
    world_info,
)
from .clearance_yardsticks import yardsticks

if TYPE_CHECKING:
    from .context import BlockContext


METHOD = (
    "area to address = belt area x (1 + unrecorded_allowance); released by NTS cancellation, TS reduction and "
    "clearance in the land-release shares; deminer-years = mines / mines per deminer-year + cleared m2 / m2 per "
    "deminer-year; calendar years = deminer-years / deminers (or cleared km2 / stated km2 a year, or mines / stated "
    "mines a year); cost = deminer-years x cost per deminer-year where the belt lies (or cleared m2 x cost per m2 "
    "without an effort; the other as a cross-check); survey not costed apart; yardsticks: national programmes' reported "
    "output and the States Parties' output of one year"
)


def _time(k: dict[str, Any], ctx: BlockContext, use_mc: bool, rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per-country and total years (and deminer-years on the workforce basis), in place in ``rows``."""
    cap = k["capacity"]
    basis = cap["basis"]
    mines = {c: ctx.country(c, "mines", use_mc) for c in ctx.countries}
    t: dict[str, Any] = {}
    if basis == "workforce":
        w = ctx.draw(cap["deminers"], use_mc)
        a = ctx.draw(cap["mines_per_deminer_year"], use_mc)
        if "area_resources" in cap:
            mix = cap["area_resources"]

            def d(name: str) -> Any:
                return ctx.draw(mix[name], use_mc) if name in mix else 0.0

            area_cap = model.capacity_from_resources(
                d("working_days_per_year"),
                d("deminers"),
                d("productivity_m2_per_deminer_day"),
                d("machines"),
                d("productivity_m2_per_machine_day"),
                d("dog_teams"),
                d("productivity_m2_per_dog_team_day"),
            )
            b = area_cap * model.M2_PER_KM2 / w  # the mix's ground rate, per deminer
        else:
            b = ctx.draw(cap["m2_per_deminer_year"], use_mc)
            if _fitted(cap):
                # The back-test's errors are on a job's whole effort, so the fitted prediction
                # interval is one factor on both rates: the ground rate moves with the mine rate.
                b = cap["m2_per_deminer_year"].dist.median * a / cap["mines_per_deminer_year"].dist.median
        for c in ctx.countries:
            rows[c]["deminer_years"] = model.deminer_years(mines[c], rows[c]["cleared_km2"] * model.M2_PER_KM2, a, b)
            rows[c]["calendar_years"] = model.years_with_workforce(rows[c]["deminer_years"], w)
        t["deminer_years"] = np.sum([rows[c]["deminer_years"] for c in ctx.countries], axis=0)
        t["calendar_years"] = model.years_with_workforce(t["deminer_years"], w)
    elif basis == "stated":
        capacity = ctx.draw(cap["total"], use_mc)
        for c in ctx.countries:
            rows[c]["calendar_years"] = model.years_at_capacity(rows[c]["cleared_km2"], capacity)
        t["calendar_years"] = model.years_at_capacity(
            np.sum([rows[c]["cleared_km2"] for c in ctx.countries], axis=0), capacity
        )
    elif basis == "stated mines":
        capacity = ctx.draw(cap["total"], use_mc)
        for c in ctx.countries:
            rows[c]["calendar_years"] = model.years_at_capacity(mines[c], capacity)
        t["calendar_years"] = model.years_at_capacity(np.sum([mines[c] for c in ctx.countries], axis=0), capacity)
    else:  # stated by country, in parallel: the slowest country sets the total
        for c in ctx.countries:
            rows[c]["calendar_years"] = model.years_at_capacity(
                rows[c]["cleared_km2"], ctx.draw(cap["by_country"][c], use_mc)
            )
        t["calendar_years"] = np.max([rows[c]["calendar_years"] for c in ctx.countries], axis=0)
    return t


def clearance_block(k: dict[str, Any], ctx: BlockContext, build: dict[str, Any] | None) -> dict[str, Any]:
    shares = k["land_release"]["shares"]
    world = k["world"]
    per: dict[bool, dict[str, dict[str, Any]]] = {}
    tot: dict[bool, dict[str, Any]] = {}
    basis = cost_basis_key(k)
    for use_mc in ctx.modes:
        allowance = ctx.draw(k["unrecorded_allowance"], use_mc)
        cost_m2 = ctx.draw(k["cost_per_m2"], use_mc)
        rows: dict[str, dict[str, Any]] = {}
        for c in ctx.countries:
            lr = model.land_release(
                ctx.country(c, "area_km2", use_mc),
                allowance,
                shares["cancelled_nts"],
                shares["reduced_ts"],
                shares["cleared"],
            )
            r: dict[str, Any] = dict(lr)
            r["cost_from_area"] = model.clearance_cost(lr["cleared_km2"], cost_m2)
            r["world_capacity_years"] = model.years_at_capacity(lr["cleared_km2"], world.cleared_km2)
            r["world_capacity_years_by_mines"] = model.years_at_capacity(
                ctx.country(c, "mines", use_mc), world.ap_mines_destroyed
            )
            rows[c] = r
        time = _time(k, ctx, use_mc, rows)
        effort_costs(k, ctx, use_mc, rows, basis)
        t = {
            f: np.sum([rows[c][f] for c in ctx.countries], axis=0)
            for f in (
                "area_to_address_km2",
                "cancelled_nts_km2",
                "reduced_ts_km2",
                "cleared_km2",
                "cost",
                "cost_from_area",
                "world_capacity_years",
                "world_capacity_years_by_mines",
            )
            + (("cost_from_effort",) if basis == "effort" else ())
        }
        t.update(time)
        per[use_mc], tot[use_mc] = rows, t

    names = {c: ctx.doc["by_country"][c].get("name") or c for c in ctx.countries}
    cap_info = capacity_info(k, ctx.countries, names)
    block: dict[str, Any] = {"currency": k["currency"]}
    for f in ("area_to_address_km2", "cancelled_nts_km2", "reduced_ts_km2", "cleared_km2"):
        ctx.put(block, f, {m: tot[m][f] for m in ctx.modes}, f"clearance.{f}")
    block["area_to_clear_km2"] = block["cleared_km2"]  # name kept from the first minebelt.estimate/1 blocks
    if "cleared_km2_dist" in block:
        block["area_to_clear_km2_dist"] = block["cleared_km2_dist"]
    block["unrecorded_allowance"] = k["unrecorded_allowance"].dist.describe()
    block["unrecorded_allowance_source"] = k["unrecorded_allowance_source"]
    block.update(allowance_info(k))
    block["land_release"] = {
        "method": k["land_release"]["name"],
        "shares": shares,
        "description": k["land_release"]["description"],
        "sources": k["land_release"]["sources"],
    }
    ctx.put(block, "calendar_years", {m: tot[m]["calendar_years"] for m in ctx.modes}, "clearance.calendar_years")
    if "deminer_years" in tot[False]:
        ctx.put(block, "deminer_years", {m: tot[m]["deminer_years"] for m in ctx.modes}, "clearance.deminer_years")
    block["calendar_years_capacity"] = cap_info["description"]
    area_varies, cap_varies = _varies(k, ctx)
    block["calendar_years_interval_varies"] = _what_varies(
        [
            ("belt", area_varies),
            ("workforce and productivity" if k["capacity"]["basis"] == "workforce" else "capacity", cap_varies),
        ]
    )
    block["capacity"] = cap_info
    if "workforce" in cap_info:
        block["workforce"] = cap_info["workforce"]
        block["productivity"] = cap_info["productivity"]
        block["condition"] = cap_info["condition"]
        if (survey := survey_beyond_belt(cap_info["condition"])) is not None:
            block["survey_beyond_belt"] = survey
    block.update(headline_text(block, cap_info))
    if "calendar_years_rates_90" in block and block["calendar_years_interval_varies"] == "nothing (no spread)":
        # a point run still prints the fitted rates' prediction interval beside the headline
        block["calendar_years_interval_varies"] = "the fitted rates"
    if "deminer_years" in tot[False]:
        alt = condition_alternative(
            k,
            tot[False],
            float(ctx.doc["totals"]["mines"]),
            float(np.asarray(tot[False]["cleared_km2"]).reshape(-1)[0]),
        )
        if alt is not None:
            block["condition_alternative"] = alt
            block["headline_assumes"] += condition_clause(block, alt)
    if set(ctx.countries) == {"KOR"} and "deminer_years" in tot[False]:
        block["alternative"] = dmz_alternative(k, ctx, tot[False])
    ctx.put(block, "cost", {m: tot[m]["cost"] for m in ctx.modes}, "clearance.cost")
    block["cost_scope"] = "clearance of the cleared area only (non-technical and technical survey are not costed)"
    area: dict[str, Any] = {}
    ctx.put(area, "cost", {m: tot[m]["cost_from_area"] for m in ctx.modes}, "clearance.cost_from_area.cost")
    block["cost_per_m2"] = k["cost_per_m2"].dist.describe()
    cpy = k.get("price_years", {}).get("cost_per_m2")
    block["cost_price_years"] = cpy
    block.update(cost_basis(k, cpy))
    alt = cost_alternative(k, float(np.asarray(tot[False]["cleared_km2"]).reshape(-1)[0]))
    if alt is not None:
        block["cost_alternative"] = alt
    block.update(cost_lines(k, block, area, basis, {c: per[False][c].get("deminer_years") for c in ctx.countries}))
    if basis == "effort":  # the headline's price year is the cost per deminer-year's (None when stated)
        block["cost_price_years"] = str(k["labour"]["price_year"]) if k["labour"]["price_year"] else None
        block["cost_scope"] = (
            "clearance of the cleared area at a programme's whole cost per deminer-year (machines, quality control and "
            "management included); land cancelled by NTS or reduced by TS is not costed apart"
        )
    block["yardsticks"] = yardsticks(k, ctx, names)
    ctx.put(
        block,
        "world_capacity_years",
        {m: tot[m]["world_capacity_years"] for m in ctx.modes},
        "clearance.world_capacity_years",
    )
    ctx.put(
        block,
        "world_capacity_years_by_mines",
        {m: tot[m]["world_capacity_years_by_mines"] for m in ctx.modes},
        "clearance.world_capacity_years_by_mines",
    )
    block["world_capacity_interval_varies"] = _what_varies([("belt area", area_varies)])
    block["world_capacity"] = world_info(world)
    block["by_country"] = {}
    for c in ctx.countries:
        row: dict[str, Any] = {}
        for f in (
            "area_to_address_km2",
            "cleared_km2",
            "deminer_years",
            "calendar_years",
            "cost",
            "cost_from_area",
            "world_capacity_years",
            "world_capacity_years_by_mines",
        ):
            if f not in per[False][c]:
                continue
            ctx.put(row, f, {m: per[m][c][f] for m in ctx.modes}, f"clearance.by_country.{c}.{f}")
        block["by_country"][c] = row
    if build is not None:
        vs: dict[str, Any] = {}
        ctx.put(vs, "build_cost", build["total"])
        vs["build_complete"] = build["complete"]
        ctx.put(vs, "clearance_cost", {m: tot[m]["cost"] for m in ctx.modes})
        if build["complete"]:
            ctx.put(
                vs,
                "clearance_to_build_ratio",
                {m: model.safe_ratio(tot[m]["cost"], build["total"][m]) for m in ctx.modes},
                "clearance.vs_build.clearance_to_build_ratio",
            )
        else:
            vs["clearance_to_build_ratio"] = None
            vs["ratio_note"] = f"ratio not estimated: the build cost leaves out {', '.join(build['not_costed'])}"
        block["vs_build"] = vs
    block["inputs"] = {
        "cost_per_m2": k["cost_per_m2"].dist.describe(),
        "unrecorded_allowance": k["unrecorded_allowance"].dist.describe(),
        "land_release": k["land_release"]["name"],
        "capacity": cap_info["basis"],
    }
    block["method"] = METHOD
    block["dmz_reference"] = dmz_reference()
    if (yard := korea_cost_yardstick(list(ctx.countries))) is not None:
        block["cost_yardstick"] = yard
    block["sources"] = k["sources"] + [str(world.citation)]
    return block


def _fitted(cap: dict[str, Any]) -> bool:
    """Both productivities are the fitted table's (the prediction interval applies to the effort)."""
    cond = cap.get("condition") or {}
    return "key" in cond and wf.fitted(
        cap["mines_per_deminer_year"].dist.describe(), cap["m2_per_deminer_year"].dist.describe(), cond["key"]
    )


def _varies(k: dict[str, Any], ctx: BlockContext) -> tuple[bool, bool]:
    """(belt area varies, capacity varies) across the Monte Carlo draws (False, False without them)."""
    if ctx.mc is None:
        return False, False
    area = (
        any(np.ptp(np.asarray(ctx.store[f"by_country.{c}.area_km2"], dtype=float)) > 0 for c in ctx.countries)
        or k["unrecorded_allowance"].uncertain
    )
    cap = k["capacity"]
    if cap["basis"] in ("stated", "stated mines"):
        inputs = [cap["total"]]
    elif cap["basis"] == "stated by country":
        inputs = list(cap["by_country"].values())
    else:
        inputs = [cap[n] for n in ("deminers", "mines_per_deminer_year", "m2_per_deminer_year")] + list(
            cap.get("area_resources", {}).values()
        )
    return bool(area), any(getattr(i, "uncertain", False) for i in inputs)


def _what_varies(parts: list[tuple[str, bool]]) -> str:
    """``belt area and capacity``, ``belt area only``, ``capacity only`` or ``nothing (no spread)``."""
    on = [name for name, v in parts if v]
    if not on:
        return "nothing (no spread)"
    if len(on) == len(parts) and len(parts) > 1:
        return " and ".join(on)
    return f"{on[0]} only" if len(parts) > 1 or len(on) == 1 else " and ".join(on)
