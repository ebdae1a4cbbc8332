"""The ``clearance`` block: the belt's legacy after the sector's practice (IMAS land release).

Layer: pipeline.

``area to address = belt area x (1 + unrecorded allowance)`` is released by non-technical
survey (cancelled), technical survey (reduced) and clearance in the scenario's shares; the
cleared part sets the time and the cost:

- ``calendar_years`` = cleared area / annual clearance capacity, the capacity named in
  ``calendar_years_capacity`` and ``capacity.headline`` (stated, from resources, or each
  defending country at a cited national programme's reported yearly output, in parallel);
  ``calendar_years_interval_varies`` says what its 90 % interval varies with;
- ``cost`` = cleared m\u00b2 x cost per m\u00b2 (survey is not costed), at the price years in
  ``cost_price_basis``;
- ``calendar_years_by_mines`` = the belt's mines / the mines the same national programme
  destroyed a year (each country in parallel; ``calendar_years_by_mines_capacity`` names the
  rates and their scope). Only for national programmes with a sourced mine count; otherwise
  None with ``calendar_years_by_mines_note``. ``calendar_years`` (area rate only) and this
  bracket the clearance time: on the Korean DMZ Croatia's area rate gives about 2-4 years, its
  mine rate 500-900, against 200-489 published (docs/model.md);
- ``world_capacity_years`` = cleared area / the area States Parties cleared of anti-personnel
  mine contamination in one year (Landmine Monitor; year, scope and label in
  ``world_capacity``), and ``world_capacity_years_by_mines`` = the belt's mines / the
  anti-personnel mines they destroyed by clearance that year: two yardsticks, each assuming
  all States Parties' output of that year went into this belt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ... import model
from .clearance_text import allowance_info, capacity_info, density_note, dmz_reference, mines_rate_info, mines_rate_missing, world_info

if TYPE_CHECKING:
    from .context import BlockContext

from .cost import exchange_rate_block

METHOD = (
    "area to address = belt area x (1 + unrecorded_allowance); released by NTS cancellation, TS reduction and "
    "clearance in the land-release shares; calendar years = cleared km2 / clearance capacity (km2/year); "
    "cost = cleared m2 x cost per m2 (survey not costed); world capacity years = cleared km2 / km2 States Parties "
    "cleared in the yardstick year; by mines = belt mines / AP mines States Parties destroyed by clearance that year"
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


def clearance_block(k: dict[str, Any], ctx: BlockContext, build: dict[str, Any] | None) -> dict[str, Any]:
    shares = k["land_release"]["shares"]
    world = k["world"]
    per: dict[bool, dict[str, dict[str, Any]]] = {}
    tot: dict[bool, dict[str, Any]] = {}
    by_mines = _mine_rates(k, ctx.countries)
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
            r["world_capacity_years_by_mines"] = model.years_at_capacity(ctx.country(c, "mines", use_mc), world.ap_mines_destroyed)
            if mode == "parallel":
                r["capacity_km2_per_year"] = cap[c]
                r["calendar_years"] = model.years_at_capacity(lr["cleared_km2"], cap[c])
            rows[c] = r
        if by_mines:
            for c in ctx.countries:
                rows[c]["calendar_years_by_mines"] = model.years_at_capacity(ctx.country(c, "mines", use_mc), ctx.draw(by_mines[c], use_mc))
        t = {f: np.sum([rows[c][f] for c in ctx.countries], axis=0) for f in ("area_to_address_km2", "cancelled_nts_km2", "reduced_ts_km2", "cleared_km2", "cost", "world_capacity_years", "world_capacity_years_by_mines")}
        if by_mines:
            t["calendar_years_by_mines"] = np.max([rows[c]["calendar_years_by_mines"] for c in ctx.countries], axis=0)
        if mode == "parallel":
            t["capacity_km2_per_year"] = np.sum([rows[c]["capacity_km2_per_year"] for c in ctx.countries], axis=0)
            t["calendar_years"] = np.max([rows[c]["calendar_years"] for c in ctx.countries], axis=0)
        else:
            t["capacity_km2_per_year"] = cap
            t["calendar_years"] = model.years_at_capacity(t["cleared_km2"], cap)
            for c in ctx.countries:  # one programme: each country's share of its time
                rows[c]["calendar_years"] = model.years_at_capacity(rows[c]["cleared_km2"], cap)
        per[use_mc], tot[use_mc] = rows, t

    names = {c: ctx.doc["by_country"][c].get("name") or c for c in ctx.countries}
    cap_info = capacity_info(k, ctx.countries, names)
    totals = ctx.doc["totals"]
    belt_density = totals["mines"] / totals["area_km2"] if totals.get("mines") and totals.get("area_km2") else None
    note = density_note(k, belt_density, {c: (ctx.doc["by_country"][c].get("mines"), ctx.doc["by_country"][c].get("area_km2")) for c in ctx.countries})
    if note:
        cap_info["density_note"] = note
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
    ctx.put(block, "capacity_km2_per_year", {m: tot[m]["capacity_km2_per_year"] for m in ctx.modes}, "clearance.capacity_km2_per_year")
    ctx.put(block, "calendar_years", {m: tot[m]["calendar_years"] for m in ctx.modes}, "clearance.calendar_years")
    block["calendar_years_capacity"] = cap_info["description"]
    area_varies, cap_varies = _varies(k, ctx)
    block["calendar_years_interval_varies"] = _what_varies([("belt area", area_varies), ("capacity", cap_varies)])
    block["capacity"] = cap_info
    if by_mines:
        ctx.put(block, "calendar_years_by_mines", {m: tot[m]["calendar_years_by_mines"] for m in ctx.modes}, "clearance.calendar_years_by_mines")
        block.update(mines_rate_info(k, ctx.countries, names))
    else:
        block["calendar_years_by_mines"] = None
        block["calendar_years_by_mines_note"] = mines_rate_missing(k)
    ctx.put(block, "cost", {m: tot[m]["cost"] for m in ctx.modes}, "clearance.cost")
    block["cost_scope"] = "clearance of the cleared area only (non-technical and technical survey are not costed)"
    block["cost_per_m2"] = k["cost_per_m2"].dist.describe()
    cpy = k.get("price_years", {}).get("cost_per_m2")
    block["cost_price_years"] = cpy
    block["cost_price_basis"] = f"clearance at {cpy} prices, not adjusted for inflation" if cpy else "clearance cost per m\u00b2 as stated"
    block["exchange_rate"] = exchange_rate_block(k.get("conversions", []))
    ctx.put(block, "world_capacity_years", {m: tot[m]["world_capacity_years"] for m in ctx.modes}, "clearance.world_capacity_years")
    ctx.put(block, "world_capacity_years_by_mines", {m: tot[m]["world_capacity_years_by_mines"] for m in ctx.modes}, "clearance.world_capacity_years_by_mines")
    block["world_capacity_interval_varies"] = _what_varies([("belt area", area_varies)])
    block["world_capacity"] = world_info(world)
    block["by_country"] = {}
    for c in ctx.countries:
        row: dict[str, Any] = {}
        for f in ("area_to_address_km2", "cleared_km2", "capacity_km2_per_year", "calendar_years", "calendar_years_by_mines", "cost", "world_capacity_years", "world_capacity_years_by_mines"):
            if f in ("capacity_km2_per_year", "calendar_years_by_mines") and f not in per[False][c]:
                row[f] = None
                continue
            ctx.put(row, f, {m: per[m][c][f] for m in ctx.modes}, f"clearance.by_country.{c}.{f}")
        if "by_country" in cap_info:
            row["capacity_source"] = cap_info["by_country"][c].get("programme", "stated")
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
        "capacity": cap_info["basis"],
    }
    block["method"] = METHOD
    block["dmz_reference"] = dmz_reference()
    block["sources"] = k["sources"] + [str(world.citation)]
    return block


def _mine_rates(k: dict[str, Any], countries: list[str]) -> dict[str, Any] | None:
    """Each country's programme mine rate (an ``Input`` in mines a year), or None unless every
    country clears at a national programme with a sourced mine count."""
    cap = k["capacity"]
    if cap["basis"] != "national programmes":
        return None
    rates = {c: cap["by_country"][c].get("mines_input") for c in countries}
    return rates if all(r is not None for r in rates.values()) else None


def _varies(k: dict[str, Any], ctx: BlockContext) -> tuple[bool, bool]:
    """(belt area varies, capacity varies) across the Monte Carlo draws (False, False without them)."""
    if ctx.mc is None:
        return False, False
    area = any(np.ptp(np.asarray(ctx.store[f"by_country.{c}.area_km2"], dtype=float)) > 0 for c in ctx.countries) or k["unrecorded_allowance"].uncertain
    cap = k["capacity"]
    inputs = [cap["total"]] if cap["basis"] == "stated" else (
        [v for n, v in cap.items() if n != "basis"] if cap["basis"] == "resources" else
        list(cap["by_country"].values()) if cap["basis"] == "stated by country" else [v["input"] for v in cap["by_country"].values()]
    )  # fmt: skip
    return bool(area), any(getattr(i, "uncertain", False) for i in inputs)


def _what_varies(parts: list[tuple[str, bool]]) -> str:
    """``belt area and capacity``, ``belt area only``, ``capacity only`` or ``nothing (no spread)``."""
    on = [name for name, v in parts if v]
    if not on:
        return "nothing (no spread)"
    if len(on) == len(parts) and len(parts) > 1:
        return " and ".join(on)
    return f"{on[0]} only" if len(parts) > 1 or len(on) == 1 else " and ".join(on)
