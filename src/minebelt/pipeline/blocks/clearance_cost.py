"""The clearance cost's price basis, its outturn table and its labelled alternative, in words.

Layer: pipeline. Pure functions of the resolved clearance inputs: :func:`cost_basis` says in what
money the cost is ("USD at 2025 prices") and how each outturn got there; :func:`cost_alternative`
prices the cleared area at the 2006 span across programmes (B. French), shown beside the cost,
never as it.
"""

from __future__ import annotations

from typing import Any

from ...model import clearance_outturns as out
from ...model import currency as fx
from .cost import exchange_rate_block


def outturn_table() -> list[dict[str, Any]]:
    """The cost outturns behind the default (and those shown but not used), each at its own price
    year and in USD at ``usd_price_year`` prices (:data:`~minebelt.model.clearance_outturns.PRICE_YEAR`,
    CPI-U): ``usd_per_m2``, ``usd_per_mine``, ``usd_per_deminer_year`` (None where not sourced)."""
    rows = []
    y = out.PRICE_YEAR
    for o in out.OUTTURNS:
        factor = fx.conversion(o.currency, "USD", o.price_date).factor
        to_now = fx.deflate_usd(factor, int(o.price_date[:4]), y)  # USD of `y` per unit of money
        rows.append(
            {
                "key": o.key,
                "programme": o.programme,
                "money": o.money,
                "currency": o.currency,
                "price_year": o.price_date[:4],
                "price_note": o.price_note,
                "cleared_m2": o.cleared_m2,
                "mines": o.mines,
                "scope": o.scope,
                "certainty": o.certainty,
                "per_m2": o.per_m2,
                "per_mine": o.per_mine,
                "per_deminer_year": o.per_deminer_year,
                "usd_price_year": y,
                "usd_per_m2": None if o.per_m2 is None else o.per_m2 * to_now,
                "usd_per_mine": None if o.per_mine is None else o.per_mine * to_now,
                "usd_per_deminer_year": None if o.per_deminer_year is None else o.per_deminer_year * to_now,
                "use": o.use,
                "kind": o.kind,
                "sources": [str(c) for c in o.citations],
            }
        )
    return rows


def cost_basis(k: dict[str, Any], price_years: str | None) -> dict[str, Any]:
    """``cost_price_basis`` (words), ``exchange_rate`` and, for the outturn default, ``cost_outturns``."""
    cur = k["currency"]
    year = k.get("cost_deflated_to")
    if year is None:
        basis = (
            f"clearance at {price_years} prices, not adjusted for inflation"
            if price_years
            else "clearance cost per m\u00b2 as stated"
        )
        return {"cost_price_basis": basis, "exchange_rate": exchange_rate_block(k.get("conversions", []))}
    into = "" if cur == "USD" else f", then into {cur} at the ECB rate of {year}-12-31"
    basis = f"{cur} at {year} prices: each figure converted into USD at the ECB rate of its price date and deflated with the US CPI-U{into}"
    rates = {
        "conversions": k.get("conversions", []),
        "source": f"{fx.ECB_RATES}; {fx.US_CPI_U}",
        "attribution": f"{fx.ATTRIBUTION}; US Bureau of Labor Statistics (CPI-U)",
        "note": (
            f"each figure converted into USD at the ECB euro reference rate of its price date, deflated to {year} with the US CPI-U "
            f"annual averages{into}; conversions and deflation are minebelt's own calculation"
        ),
    }
    return {"cost_price_basis": basis, "exchange_rate": rates, "cost_outturns": outturn_table()}


def cost_alternative(k: dict[str, Any], cleared_km2: float) -> dict[str, Any] | None:
    """The cleared area at the 2006 span across programmes (USD 2-39 per m², 2006 prices): a
    labelled alternative beside the cost, low and high end (None without it)."""
    alt = k.get("cost_alternative")
    if alt is None:
        return None
    d = alt["default"]
    return {
        "label": "the 2006 span across programmes (B. French, EPS Journal)",
        "cost_per_m2": alt["shown"],
        "price_basis": f"{alt['price_years']} prices, not adjusted for inflation",
        "cost_low": cleared_km2 * 1e6 * alt["low"],
        "cost_high": cleared_km2 * 1e6 * alt["high"],
        "source": "; ".join(str(c) for c in d.citations),
    }


def cost_from_effort(deminer_years: float | None) -> dict[str, Any] | None:
    """The effort times the outturn table's own USD per deminer-year (the Falklands and the first
    Cyprus phase, 2025 prices): a labelled cross-check beside the per-m² cost, never the headline
    (None without an effort or with fewer than two such figures)."""
    if deminer_years is None or not deminer_years > 0:
        return None
    rows = [r for r in outturn_table() if r["usd_per_deminer_year"]]
    if len(rows) < 2:
        return None
    rates = sorted((r["usd_per_deminer_year"], r) for r in rows)
    lo, hi = rates[0], rates[-1]
    return {
        "label": "cross-check, not the headline: the effort x USD per deminer-year of the outturn table",
        "currency": "USD",
        "price_basis": f"USD at {out.PRICE_YEAR} prices",
        "deminer_years": deminer_years,
        "usd_per_deminer_year": [lo[0], hi[0]],
        "cost_low": deminer_years * lo[0],
        "cost_high": deminer_years * hi[0],
        "from": [f"{r['programme']} ({r['kind']})" for _, r in (lo, hi)],
        "sources": [s for _, r in (lo, hi) for s in r["sources"]],
        "why_not_headline": (
            "two figures three times apart with no third to arbitrate, one a budget announced at launch; the headline "
            "cost uses the per-m\u00b2 figures of two dense programmes, 1.2 times apart (docs/model.md)"
        ),
    }
