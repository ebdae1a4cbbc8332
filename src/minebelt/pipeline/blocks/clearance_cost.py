"""The clearance cost: from the effort (the headline) or the area, its price basis, its tables and
its labelled cross-checks, in words.

Layer: pipeline. Pure functions of the resolved clearance inputs: :func:`effort_costs` prices each
section's deminer-years at its wage level; :func:`cost_lines` words the headline
(``cost_headline``, ``cost_assumes``) and sets the per-m² figure beside it (``cost_from_area``,
``cost_differs``); :func:`cost_basis` says in what money the cost is ("USD at 2025 prices") and
how each outturn got there; :func:`cost_alternative` prices the cleared area at the 2006 span
across programmes (B. French), shown beside the cost, never as it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from ... import numbers as N
from ...data import iso
from ...model import clearance_labour as lab_src
from ...model import clearance_outturns as out
from ...model import currency as fx
from ...model.clearance_history import CASES
from ...scenario.clearance_labour import LEVEL_WORDS
from .clearance_text import RATES_ALONE, interval_words, rates_interval
from .cost import exchange_rate_block

if TYPE_CHECKING:
    from .context import BlockContext


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
    """The cleared area at the 2006 span across programmes (USD 2-39 per m² at 2006 prices, brought
    to the headline's price year): a labelled alternative beside the cost, low and high end (None without it)."""
    alt = k.get("cost_alternative")
    if alt is None:
        return None
    d = alt["default"]
    return {
        "label": "the 2006 span across programmes (B. French, EPS Journal)",
        "cost_per_m2": alt["shown"],
        "price_basis": f"{alt['price_years']} prices: 2006 prices deflated with the US CPI-U, as the headline's outturns",
        "cost_low": cleared_km2 * 1e6 * alt["low"],
        "cost_high": cleared_km2 * 1e6 * alt["high"],
        "source": "; ".join(str(c) for c in d.citations),
    }


def cost_basis_key(k: dict[str, Any]) -> str:
    """``"effort"`` (deminer-years x cost per deminer-year: the workforce basis, unless only a
    per-m² cost is stated, or a section lies where no cost per deminer-year is on record) or
    ``"area"`` (cleared m² x cost per m²)."""
    lab = k.get("labour")
    if k["capacity"]["basis"] != "workforce" or lab is None:
        return "area"
    if not lab["stated"] and "other" in lab["levels"].values():
        return "area"  # no figure of that country's own: a span of other countries' wages would be a guess
    return "effort" if lab["stated"] or not k.get("cost_per_m2_stated") else "area"


def effort_costs(
    k: dict[str, Any], ctx: BlockContext, use_mc: bool, rows: dict[str, dict[str, Any]], basis: str
) -> None:
    """Each row's ``cost`` (the headline) and, on the effort basis, ``cost_from_effort``: its
    deminer-years x the cost per deminer-year of its wage level (one draw per level)."""
    for c, r in rows.items():
        if basis == "effort":
            lab = k["labour"]
            r["cost_from_effort"] = r["deminer_years"] * ctx.draw(lab["rates"][lab["levels"][c]], use_mc)
            r["cost"] = r["cost_from_effort"]
        else:
            r["cost"] = r["cost_from_area"]


def labour_table() -> list[dict[str, Any]]:
    """Every sourced cost per deminer-year, in its own money and in USD at 2025 prices, with the
    division behind it and whether the default uses it."""
    return [
        {
            "key": c.key,
            "short": c.short,
            "programme": c.programme,
            "money": c.money,
            "currency": c.currency,
            "price_year": c.price_date[:4],
            "deminer_years": c.deminer_years,
            "division": c.division,
            "per_deminer_year": c.per_deminer_year,
            "usd_per_deminer_year": lab_src.usd_per_deminer_year(c),
            "usd_price_year": out.PRICE_YEAR,
            "wage_level": c.level,
            "scope": c.scope,
            "certainty": c.certainty,
            "kind": c.kind,
            "use": c.use,
            "sources": [str(x) for x in c.citations],
        }
        for c in lab_src.DEMINER_YEAR_COSTS
    ]


def _span_text(lo: Any, hi: Any, cur: str, words: str = "90 %") -> str:
    rng = N.span(lo, hi, 2, currency=cur)
    return f" ({words}: {rng.removeprefix(cur + ' ')})" if rng else ""


def cost_lines(
    k: dict[str, Any], block: dict[str, Any], area: dict[str, Any], basis: str, effort: dict[str, Any]
) -> dict[str, Any]:
    """The cost headline's words and the figure beside it: ``cost_basis``, ``cost_headline``,
    ``cost_assumes``, ``cost_from_area`` (the cleared area at the per-m² cost), on a workforce
    basis ``cost_per_deminer_year`` and ``cost_from_effort``, and ``cost_differs`` (one line: why
    the two differ)."""
    cur = block["currency"]
    lab = k.get("labour")
    d = block.get("cost_dist") or {}
    year = lab["price_year"] if basis == "effort" and lab else k.get("cost_deflated_to")
    into = "" if cur == "USD" else f", converted from USD at the ECB rate of {year}-12-31"
    price = f"{cur} at {year} prices{into}" if year else str(block.get("cost_price_basis") or "")
    # an effort-based cost carries the fitted rates' spread: nominal, as the effort's interval is
    words = interval_words(block) if basis == "effort" else "90 %"
    head = f"about {N.sig(block.get('cost'), 2, currency=cur)}{_span_text(d.get('p05'), d.get('p95'), cur, words)}"
    res: dict[str, Any] = {"cost_basis": basis}
    if basis == "area" and not d and (per_m2 := per_m2_interval(k, block)) is not None:  # a point run
        rng = N.span(*per_m2, 2, currency=cur).removeprefix(cur + " ")
        if k.get("cost_per_m2_stated"):
            head = f"about {N.sig(block.get('cost'), 2, currency=cur)} (90 %, {PER_M2_ALONE}: {rng})"
        else:  # the default: two programmes' outturns read as uniform between them, not a 90 % interval
            head = f"about {N.sig(block.get('cost'), 2, currency=cur)} ({PER_M2_SPAN}: {rng})"
        res["cost_per_m2_90"] = list(per_m2)
    area.update(
        label=("the headline" if basis == "area" else "cross-check, not the headline")
        + ": the cleared area at the cost per m\u00b2 cleared",
        cost_per_m2=block.get("cost_per_m2"),
        stated=bool(k.get("cost_per_m2_stated")),
        price_basis=block.get("cost_price_basis"),
    )
    res["cost_from_area"] = area
    dy = {c: float(np.asarray(v, dtype=float).reshape(-1)[0]) for c, v in effort.items() if v is not None}
    if lab is None or not dy:
        res["cost_headline"] = f"{head}, {price}" if block.get("cost") is not None else "not estimated"
        res["cost_assumes"] = f"the cleared area at the {_per_m2_kind(k)} cost per m\u00b2 cleared" + (
            "" if lab is not None else f" (no cost per deminer-year in {cur}: no ECB rate)"
        )
        return res
    total = sum(dy.values())
    levels = {lv: [c for c in dy if lab["levels"][c] == lv] for lv in dict.fromkeys(lab["levels"][c] for c in dy)}
    by_level = []
    lo_cost = hi_cost = 0.0
    for lv, cs in levels.items():
        inp = lab["rates"][lv]
        lo, hi = (float(inp.dist.ppf(q)) for q in (0.0, 1.0))
        e = sum(dy[c] for c in cs)
        lo_cost, hi_cost = lo_cost + e * lo, hi_cost + e * hi
        by_level.append({"wage_level": lv, "words": LEVEL_WORDS.get(lv, "stated"), "countries": cs, "deminer_years": e,
                         "value": lab["shown"][lv], "low": lo, "high": hi})  # fmt: skip
    res["cost_per_deminer_year"] = {
        "stated": lab["stated"],
        "by_wage_level": by_level,
        "figures": labour_table(),
        "price_basis": price,
        "why_no_area_term": (
            "a programme's money per deminer-year already pays for the machines, dogs, survey, quality control and "
            "management that clear the area: the per-m\u00b2 cost is not added to it"
        ),
    }
    where = _wage_words(lab, list(dy))
    res["cost_from_effort"] = {
        "label": ("the headline" if basis == "effort" else "cross-check, not the headline")
        + f": the effort x the cost per deminer-year {where}",
        "currency": cur,
        "price_basis": price,
        "deminer_years": total,
        "per_deminer_year": [min(b["low"] for b in by_level), max(b["high"] for b in by_level)],
        "usd_per_deminer_year": _usd_span(lab, by_level, cur),
        "cost_low": lo_cost,
        "cost_high": hi_cost,
        "from": [b["value"] for b in by_level],
        "sources": list(dict.fromkeys(s for r in labour_table() if r["use"] == "default" for s in r["sources"])),
        "why_not_headline": None
        if basis == "effort"
        else (
            "a per-m\u00b2 cost is stated and no cost per deminer-year"
            if k.get("cost_per_m2_stated")
            else "no cost per deminer-year on record where the belt lies: the span of other countries' wages would be a guess"
        ),
    }
    per = " and ".join(
        f"{N.sig(b['low'], 2, currency=cur)}" + ("" if N.sig(b["low"], 2) == N.sig(b["high"], 2) else f"\u2013{N.sig(b['high'], 2)}")
        + f" a deminer-year in {b['words']}" for b in by_level
    )  # fmt: skip
    effort_words = f"about {N.sig(total, 2, words=True)} deminer-years"
    if basis == "effort":
        if not d and (rates := rates_interval(block, "cost")) is not None:
            rng = N.span(*rates, 2, currency=cur).removeprefix(cur + " ")
            head = f"about {N.sig(block.get('cost'), 2, currency=cur)} (nominal 90 %, {RATES_ALONE}: {rng})"
            res["cost_rates_90"] = list(rates)
        res["cost_headline"] = f"{head}, {price}: {effort_words} at {per}"
        res["cost_assumes"] = (
            lab_src.ASSUMES if not lab["stated"] else "the effort times the stated cost per deminer-year"
        )
    else:
        res["cost_headline"] = f"{head}, {price}"
        res["cost_assumes"] = f"the cleared area at the {_per_m2_kind(k)} cost per m\u00b2 cleared"
    a = area.get("cost")
    if not a:
        return res
    reasons = _why_area_is_lower(block, total) if not k.get("cost_per_m2_stated") else {}
    if reasons:
        res["cost_differs_reasons"] = reasons
    why = _reasons_text(reasons) if not k.get("cost_per_m2_stated") else "It rests on the stated cost per m\u00b2"
    pays = f"{N.sig(a / total, 2, currency=cur)} a deminer-year"
    if basis == "effort" and block.get("cost"):
        res["cost_differs"] = (
            f"The per-m\u00b2 cross-check gives {N.sig(a, 2, currency=cur)} ({N.pct(a / block['cost'])} of it): at this "
            f"effort it pays {pays}. {why}."
        )
    elif (
        basis == "area"
    ):  # the headline is the per-m² figure: the cross-check is the effort's, never the headline's own
        rng = N.span(lo_cost, hi_cost, 2, currency=cur) or N.sig(lo_cost, 2, currency=cur)
        res["cost_differs"] = (
            f"Cross-check, not the estimate: the effort x the cost per deminer-year {where}"
            f"{',' if where.startswith('at other') else ''} gives {rng}; "
            f"at this effort the per-m\u00b2 headline pays {pays}."
        )
        if a < lo_cost or k.get("cost_per_m2_stated"):  # "lower" only when it is below the whole span
            res["cost_differs"] += f" {why}."
    return res


def _per_m2_kind(k: dict[str, Any]) -> str:
    """``"stated"`` (the scenario's own cost per m²) or ``"default"`` (minebelt's bundled outturns)."""
    return "stated" if k.get("cost_per_m2_stated") else "default"


#: The countries whose figures make the wage level of a country with no figure of its own.
OTHER_LEVEL_COUNTRIES = ("HRV", "UKR")


def _wage_words(lab: dict[str, Any], countries: list[str]) -> str:
    """Where the cost per deminer-year comes from, in words: ``"where the belt lies"``, or, for
    a country with no figure of its own, ``"at other countries' wage levels (Croatia, Ukraine),
    not South Korea's"`` (the span of other countries' wages is not that country's cost)."""
    others = [c for c in countries if lab["levels"].get(c) == "other"]
    if not others:
        return "where the belt lies"
    names = iso.country_names()
    theirs = " and ".join(f"{names.get(c, c)}'s" for c in others)
    return f"at other countries' wage levels ({', '.join(names[c] for c in OTHER_LEVEL_COUNTRIES)}), not {theirs}"


def _usd_span(lab: dict[str, Any], by_level: list[dict[str, Any]], cur: str) -> list[float] | None:
    """Lowest and highest USD per deminer-year (2025 prices) of the wage levels used; a stated
    figure is in the cost table's currency, so it has a USD span only when that is USD (None
    otherwise: minebelt does not convert a figure without a price date)."""
    if lab["stated"]:
        return [min(b["low"] for b in by_level), max(b["high"] for b in by_level)] if cur == "USD" else None
    spans = [lab_src.level_span(b["wage_level"]) for b in by_level]
    return [min(lo for lo, _ in spans), max(hi for _, hi in spans)]


#: What a point run's interval of an area-based cost covers (``clearance.cost_per_m2_90``).
PER_M2_ALONE = "the cost per m\u00b2 alone"
#: The same on the default per-m² costs: the spread between two programmes' outturns (read as
#: uniform between them), which says how far apart two programmes were, not how sure the cost is.
PER_M2_SPAN = "the spread of two programmes' cost per m\u00b2, not a 90 % probability range"


def per_m2_interval(k: dict[str, Any], block: dict[str, Any]) -> tuple[float, float] | None:
    """The 90 % interval of an area-based cost on a point run: the cleared m² (fixed at the point)
    times the 5th and 95th percentiles of the cost per m² (its only uncertain input here); None
    when the cost per m² is one figure or either is missing."""
    per = k.get("cost_per_m2")
    cleared = block.get("cleared_km2")
    if per is None or not hasattr(per, "dist") or cleared is None:
        return None
    m2 = float(np.asarray(cleared, dtype=float).reshape(-1)[0]) * 1e6
    lo, hi = m2 * float(per.dist.quantile(0.05)), m2 * float(per.dist.quantile(0.95))
    return (lo, hi) if hi > lo else None


def _why_area_is_lower(block: dict[str, Any], effort: float) -> dict[str, float]:
    """Why the per-m² programmes cost less than the belt's effort: ``cyprus_effort_share`` (Cyprus's
    recorded fields' deminer-years per m², the back-test's case, over this belt's) and
    ``nicaragua_usd_per_deminer_year`` (the outturn, USD at 2025 prices, over its 306 sappers'
    twenty years: Army engineer teams funded by donors through the OAS, Landmine Monitor 2005 and AP
    2007; donor money, which may leave out army pay); either absent when
    its figure is missing."""
    cases = {c.key: c for c in CASES}
    cy, ni = cases["cyprus-2004-2005"], cases["nicaragua"]
    cleared = float(np.asarray(block.get("cleared_km2") or 0.0, dtype=float).reshape(-1)[0]) * 1e6
    rows = {r["key"]: r for r in block.get("cost_outturns") or []}
    reasons: dict[str, float] = {}
    if cleared > 0 and cy.deminers:
        reasons["cyprus_effort_share"] = (cy.deminers * cy.years / cy.cleared_m2) / (effort / cleared)
    r = rows.get("nicaragua")
    if r and r.get("usd_per_m2") and ni.deminers:
        reasons["nicaragua_usd_per_deminer_year"] = r["usd_per_m2"] * ni.cleared_m2 / (ni.deminers * ni.years)
    return reasons


#: The per-m² outturn whose force is on record (the back-test's case).
_NICARAGUA = next(c for c in CASES if c.key == "nicaragua")


def _reasons_text(reasons: dict[str, float]) -> str:
    """The reasons of :func:`_why_area_is_lower` in one sentence (no final stop)."""
    parts = []
    if "cyprus_effort_share" in reasons:
        parts.append(
            f"Cyprus's recorded fields needed {N.pct(reasons['cyprus_effort_share'])} of this belt's effort per m\u00b2"
        )
    if "nicaragua_usd_per_deminer_year" in reasons:
        parts.append(
            f"Nicaragua's demining force ({_NICARAGUA.deminers:,.0f} sappers over {_NICARAGUA.years:,.0f} years; Army "
            "engineer teams funded by donors through the OAS) cost about "
            f"{N.sig(reasons['nicaragua_usd_per_deminer_year'], 2, currency='USD')} a deminer-year at 2025 prices in "
            "donor money, which may leave out army pay: not what a deminer-year costs where the belt lies"
        )
    return ("It is lower because " + "; and ".join(parts)) if parts else "The two rest on different programmes"
