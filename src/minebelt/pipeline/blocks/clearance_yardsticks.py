"""Clearance yardsticks: each defending country at a national programme's reported output.

Layer: pipeline.

Context for the headline, never the headline: the years if each defending country cleared as
many km² a year (``area_rate``) or destroyed as many mines a year (``mine_rate``) as a national
programme did (its own where one is on record, otherwise Croatia's), in parallel, the slowest
country setting the total. A km² rate from sparsely mined land understates a dense belt
(``density_note``); a mine rate measures how many mines were in that land, not what a workforce
can clear. Both are labelled as yardsticks in every output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ... import model
from .clearance_text import density_note, mines_rate_info, programme_capacity_info

if TYPE_CHECKING:
    from .context import BlockContext


def yardsticks(k: dict[str, Any], ctx: BlockContext, names: dict[str, str]) -> dict[str, Any]:
    """``{area_rate: {...}, mine_rate: {...} | None}``: years, 90 % range, label and scope."""
    ky = {**k, "capacity": k["yardstick"]}
    by = k["yardstick"]["by_country"]
    out: dict[str, Any] = {}
    area: dict[bool, np.ndarray | None] = {}  # keyed by use_mc
    mines: dict[bool, np.ndarray | None] = {}
    has_mines = all(by[c]["mines_input"] is not None for c in ctx.countries)
    for use_mc in ctx.modes:
        lr = {
            c: ctx.country(c, "area_km2", use_mc)
            * (1.0 + ctx.draw(k["unrecorded_allowance"], use_mc))
            * k["land_release"]["shares"]["cleared"]
            for c in ctx.countries
        }
        area[use_mc] = np.max(
            [model.years_at_capacity(lr[c], ctx.draw(by[c]["input"], use_mc)) for c in ctx.countries], axis=0
        )
        if has_mines:
            mines[use_mc] = np.max(
                [
                    model.years_at_capacity(ctx.country(c, "mines", use_mc), ctx.draw(by[c]["mines_input"], use_mc))
                    for c in ctx.countries
                ],
                axis=0,
            )
    info = programme_capacity_info(ky, ctx.countries, names)
    a: dict[str, Any] = {
        "label": "area-rate yardstick",
        "condition": info["headline"],
        "scope": "km\u00b2 cleared a year by national programmes on far less densely mined land",
    }
    ctx.put(a, "years", area, "clearance.yardsticks.area_rate.years")
    totals = ctx.doc["totals"]
    belt_density = totals["mines"] / totals["area_km2"] if totals.get("mines") and totals.get("area_km2") else None
    note = density_note(
        ky,
        belt_density,
        {c: (ctx.doc["by_country"][c].get("mines"), ctx.doc["by_country"][c].get("area_km2")) for c in ctx.countries},
    )
    if note:
        a["density_note"] = note
    if info.get("scope_caveat"):
        a["scope_caveat"] = info["scope_caveat"]
    if info.get("note"):
        a["note"] = info["note"]
    a["by_country"] = info.get("by_country", {})
    out["area_rate"] = a
    if has_mines:
        m: dict[str, Any] = {"label": "mine-rate yardstick"}
        ctx.put(m, "years", mines, "clearance.yardsticks.mine_rate.years")
        mi = mines_rate_info(ky, ctx.countries, names)
        m["condition"] = mi["calendar_years_by_mines_capacity"]
        m["scope"] = (
            "the mines national programmes destroyed a year: how many mines were in their land, not what a workforce can clear"
        )
        out["mine_rate"] = m
    else:
        out["mine_rate"] = None
    return out
