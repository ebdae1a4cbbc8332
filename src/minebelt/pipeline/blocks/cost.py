"""The ``cost`` block: build cost = mines + laying + marking and fence on the land front.

Layer: pipeline.

A part without a rate is *not costed*: its figure is ``null``, ``total`` is the sum of the
costed parts only (``complete`` is false and ``not_costed`` names the missing parts), and no
ratio against the build cost is given anywhere. Each sourced default is converted at the ECB
reference rate of its own price date (``exchange_rate.conversions``) and keeps its price year
(``price_years``); nothing is adjusted for inflation. The default fence rate is a
**border-fence proxy** (anti-migration barriers), not the cost of marking a minefield.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ... import model
from ...model import clearance_sources as clr_src
from ...model import currency as fx
from .budgets import budgets_block

if TYPE_CHECKING:
    from .context import BlockContext

PARTS = ("mines_cost", "laying_cost", "fence_cost")
LABELS = {"mines_cost": "mines", "laying_cost": "laying", "fence_cost": "marking and fence"}
#: The fence part when it takes the sourced default (no minefield-marking cost is on record).
FENCE_PROXY_LABEL = "border-fence proxy (anti-migration barriers: Lithuania, Finland, Poland)"
FENCE_PROXY_NOTE = (
    "The fence rate is a proxy: the per-km cost of three anti-migration border barriers (steel mesh or wall, razor "
    "wire, cameras, roads), not of marking a minefield. Amended Protocol II, Art. 5(2)(a), requires mines without "
    "self-destruction to lie in a perimeter-marked area, monitored and protected by fencing: a perimeter at least twice "
    "the front, whose cost no public source gives."
)


def exchange_rate_block(conversions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Every conversion of a sourced figure, each at the ECB rate of its price date (None if none)."""
    if not conversions:
        return None
    return {
        "conversions": conversions,
        "source": str(fx.ECB_RATES),
        "attribution": fx.ATTRIBUTION,
        "note": "each sourced figure converted at the ECB euro reference rate of its own price date (the last working day on or before it); not adjusted for inflation; conversions are minebelt's own calculation",
    }


def price_basis(price_years: dict[str, str], labels: dict[str, str], stated: list[str]) -> str:
    """``mines at 2026 prices, border-fence proxy at 2022 prices; mixed price years, not adjusted for inflation``."""
    parts = [f"{labels.get(k, k)} at {y} prices" for k, y in price_years.items()]
    parts += [f"{labels.get(k, k)} as stated" for k in stated]
    years = {y for y in price_years.values()}
    tail = (
        "; mixed price years, not adjusted for inflation"
        if len(years) > 1
        else "; not adjusted for inflation"
        if years
        else ""
    )
    return ", ".join(parts) + tail


def cost_block(k: dict[str, Any], ctx: BlockContext) -> tuple[dict[str, Any], dict[str, Any]]:
    """The block and, for the clearance block, the build total and whether it is complete."""
    lay_in, fence_in = k["laying_cost_per_km2"], k["fence_cost_per_km"]
    not_costed = [LABELS[p] for p, inp in (("laying_cost", lay_in), ("fence_cost", fence_in)) if inp is None]
    per: dict[bool, dict[str, dict[str, Any]]] = {}
    fence_km: dict[bool, dict[str, np.ndarray]] = {}
    for use_mc in ctx.modes:
        unit = ctx.draw(k["unit_cost_per_mine"], use_mc)
        lay = None if lay_in is None else ctx.draw(lay_in, use_mc)
        fence = None if fence_in is None else ctx.draw(fence_in, use_mc)
        fence_km[use_mc] = {c: ctx.fence_km(c, use_mc) for c in ctx.countries}
        per[use_mc] = {
            c: model.build_cost(
                ctx.country(c, "mines", use_mc),
                unit,
                ctx.country(c, "area_km2", use_mc),
                lay,
                fence_km[use_mc][c],
                fence,
            )
            for c in ctx.countries
        }

    def total(part: str, use_mc: bool) -> np.ndarray | None:
        vals = [per[use_mc][c][part] for c in ctx.countries]
        return None if any(v is None for v in vals) else np.sum(vals, axis=0)

    block: dict[str, Any] = {"currency": k["currency"]}
    for part in (*PARTS, "total"):
        ctx.put(block, part, {m: total(part, m) for m in ctx.modes}, f"cost.{part}")
    # put() records a not-costed part as NaN samples, so asking for it says "not estimated"
    block["complete"] = not not_costed
    block["not_costed"] = not_costed
    proxy = bool(k.get("fence_proxy"))
    costed = [
        ("border-fence proxy" if p == "fence_cost" and proxy else LABELS[p])
        for p in PARTS
        if LABELS[p] not in not_costed
    ]
    block["total_scope"] = " + ".join(costed) + (f" ({', '.join(not_costed)} not estimated)" if not_costed else "")
    block["fence_included"] = fence_in is not None
    block["fence_label"] = (
        FENCE_PROXY_LABEL
        if proxy
        else ("marking and fence (stated)" if fence_in is not None else "marking and fence: not costed")
    )
    block["fence_is_proxy"] = proxy
    ctx.put(block, "fence_km", {m: np.sum(list(fence_km[m].values()), axis=0) for m in ctx.modes})
    block["fence_basis"] = (
        "land front: measured sections skipping water are fenced along land_km only; stated sections along their length"
    )
    if proxy:
        block["fence_note"] = FENCE_PROXY_NOTE
    block["by_country"] = {}
    for c in ctx.countries:
        row: dict[str, Any] = {}
        for part in (*PARTS, "total"):
            ctx.put(row, part, {m: per[m][c][part] for m in ctx.modes}, f"cost.by_country.{c}.{part}")
        ctx.put(row, "fence_km", {m: fence_km[m][c] for m in ctx.modes})
        block["by_country"][c] = row
    block["exchange_rate"] = exchange_rate_block(k.get("conversions", []))
    block["budgets"] = budgets_block(block, ctx.countries)
    years = {
        "mines_cost" if n == "unit_cost_per_mine" else "fence_cost": y for n, y in k.get("price_years", {}).items()
    }
    stated = [
        p
        for p, inp in (("mines_cost", k["unit_cost_per_mine"]), ("laying_cost", lay_in), ("fence_cost", fence_in))
        if inp is not None and p not in years
    ]
    block["price_years"] = years
    words = {
        "mines_cost": "mines",
        "laying_cost": "laying",
        "fence_cost": "border-fence proxy" if proxy else "marking and fence",
    }
    block["price_basis"] = price_basis(years, words, stated)
    block["inputs"] = {
        "unit_cost_per_mine": k["unit_cost_per_mine"].dist.describe(),
        "laying_cost_per_km2": "not costed" if lay_in is None else lay_in.dist.describe(),
        "fence_cost_per_km": "not costed" if fence_in is None else fence_in.dist.describe(),
    }
    block["method"] = (
        "total = mines x unit_cost_per_mine + area_km2 x laying_cost_per_km2 + land front km x fence_cost_per_km; "
        "a part with no rate is not costed (null) and left out of the total"
    )
    block["caveat"] = (
        f"Comparing the cost of making or laying a mine with the cost of removing it is misleading per mine ({clr_src.UN_ASKDAG.publisher}, {clr_src.UN_ASKDAG.date})."
    )
    block["sources"] = k["sources"]
    build = {m: total("total", m) for m in ctx.modes}
    return block, {"total": build, "complete": not not_costed, "not_costed": not_costed}
